// ICE's detainer records for FY2015 to date (2014-10-01 to 2015-07-19),
// released under FOIA and published by NPR (sheet "FOIA 15-06333 Detail" of a file
// named for FOIA 15-87693; which is the request number is not stated). Writes:
//   data/ice_detainers_fy2015.csv                 every record, ICE's values, a stable id, county_fips for NC
//   data/nc_facility_county.csv                   every NC facility named in the raw files -> county, with its basis
//   data/ice_detainers_fy2015_nc_county.csv       NC detainers by county and lift reason
//   data/ice_detainers_fy2015_state_lift_reason.csv  detainers by state and lift reason
// their Table Schemas in datapackage.json, a source, and three series with
// their observations (NC detainers by county; lift-reason shares, NC and US).
// Run from the project root: npx tsx scripts/derive/ice-lesa.ts
import { slug } from './nc-aoc-lib';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { facilityCounty, type FacilityCounty } from './ice-facilities';
import {
  COLUMNS,
  DECLINED,
  NC,
  cells,
  countBy,
  ncCountyLiftReason,
  parseDetainers,
  stateLiftReason,
} from './ice-lesa-lib';
import { DATA_DIR, Row, csvText, md5, mergeRows, ratio1dp, upsertResource, writeIfChanged } from './write-rows';
import { LESA, ncFacilityNames, readCounties } from './ice-sources';

const started = performance.now();
const counties = readCounties();
const countyName = new Map(counties.map((c) => [c.fips, c.name]));

// ---- the records ----------------------------------------------------------------
const rawText = fs.readFileSync(LESA.csv, 'utf8');
const parsed = Papa.parse<string[]>(rawText, { skipEmptyLines: true });
if (parsed.errors.length) throw new Error(`${LESA.file}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
const mapped = new Map<string, FacilityCounty>();
const countyOf = (facility: string) => {
  if (!mapped.has(facility)) mapped.set(facility, facilityCounty(facility, counties));
  return mapped.get(facility)!.county_fips;
};
const records = parseDetainers(parsed.data, countyOf);
const nc = records.filter((r) => r.state === NC);
const dates = records.map((r) => r.prepare_date).sort();
const [FIRST, LAST] = [dates[0], dates[dates.length - 1]];
const noState = records.filter((r) => r.state === '').length;
const noReason = records.filter((r) => r.lift_reason === '').length;
const declined = records.filter((r) => r.lift_reason === DECLINED);
console.log(
  `${LESA.file}: ${records.length} rows, ${FIRST} to ${LAST}; NC ${nc.length}; no state ${noState}; no lift reason ${noReason}; declined by LEA ${declined.length} (NC ${declined.filter((r) => r.state === NC).length})`,
);

writeIfChanged(path.join(DATA_DIR, 'ice_detainers_fy2015.csv'), csvText(COLUMNS, records.map(cells)));

// ---- the facility lookup: every NC facility named in the raw files ---------------
const named = ncFacilityNames();
const lookupRows = [...named].map(([facility, { city, files }]) => {
  const f = facilityCounty(facility, counties);
  const rows = nc.filter((r) => r.detention_facility === facility).length;
  return [facility, city, f.county_fips, f.county, f.basis, f.basis_url, f.note, files.join('; '), String(rows)];
});
const LOOKUP_COLUMNS = [
  'facility',
  'city',
  'county_fips',
  'county',
  'basis',
  'basis_url',
  'note',
  'named_in',
  'detainers_fy2015',
];
writeIfChanged(path.join(DATA_DIR, 'nc_facility_county.csv'), csvText(LOOKUP_COLUMNS, lookupRows));
for (const r of lookupRows) console.log(`  ${r[4].padEnd(8)} ${r[2] || '-----'} ${r[0]} (${r[1]}) ${r[8]} rows`);

// ---- aggregates -------------------------------------------------------------------
const byCounty = ncCountyLiftReason(records);
writeIfChanged(
  path.join(DATA_DIR, 'ice_detainers_fy2015_nc_county.csv'),
  csvText(
    ['county_fips', 'county', 'lift_reason', 'detainers'],
    byCounty.map((r) => [r.county_fips, countyName.get(r.county_fips) ?? '', r.lift_reason, String(r.detainers)]),
  ),
);
const byState = stateLiftReason(records);
writeIfChanged(
  path.join(DATA_DIR, 'ice_detainers_fy2015_state_lift_reason.csv'),
  csvText(
    ['state', 'lift_reason', 'detainers'],
    byState.map((r) => [r.state, r.lift_reason, String(r.detainers)]),
  ),
);

// ---- caveats, said once -----------------------------------------------------------
const fmt = (n: number) => n.toLocaleString('en-US');
const PERIOD_WORDS = `FY2015 to date: detainers prepared ${FIRST} to ${LAST}, about 9.6 months of the federal fiscal year that ran from 2014-10-01 to 2015-09-30`;
const CAVEATS =
  `A FOIA extract is a snapshot: ICE's file is dated 2015-07-26, and later releases of the same records count differently. ` +
  `FY2015 is partial (${PERIOD_WORDS}). ` +
  `${fmt(noState)} of the ${fmt(records.length)} rows have no state, and ${fmt(noReason)} have no lift reason (the detainer was still open, or no reason was recorded). ` +
  `"${DECLINED}" (${fmt(declined.length)} rows nationally) is what ICE recorded: ICE records a decline only when it learns of it, so these are not all declines. ` +
  `A row is one detainer, not one person. NC counties are not in ICE's record: they come from the facility-to-county lookup (nc_facility_county), ` +
  `and detainers at facilities that belong to no county (the state prison system, the U.S. Marshals districts) or could not be placed are left without one.`;

// ---- descriptor entries -----------------------------------------------------------
const SOURCE_ID = 'ice-lesa-detainers-fy2015-foia';
const REPO = 'https://github.com/nprapps/sanctuary-cities';
const sources = [
  {
    title:
      'ICE LESA detainer records FY2015 to date (sheet "FOIA 15-06333 Detail" of ICE\'s FOIA 15-87693 spreadsheet, dated 2015-07-26), as published by NPR in GitHub nprapps/sanctuary-cities',
    path: REPO,
  },
];
const typeEnum = countBy(records, (r) => r.detainer_type)
  .map(([k]) => k)
  .filter(Boolean);
const reasonEnum = countBy(records, (r) => r.lift_reason)
  .map(([k]) => k)
  .filter(Boolean);
const FIPS = {
  name: 'county_fips',
  type: 'string',
  description:
    '5-digit NC county FIPS code from nc_facility_county; blank when the row is not in North Carolina or its facility belongs to no county',
  constraints: { pattern: '^37[0-9]{3}$' },
};
const resource = (
  name: string,
  title: string,
  description: string,
  fields: unknown[],
  primaryKey: string | string[],
) => ({
  name,
  path: `${name}.csv`,
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  title,
  description,
  caveats: CAVEATS,
  sources,
  schema: { fields, primaryKey },
});
const detailResource = resource(
  'ice_detainers_fy2015',
  'ICE detainer records, FY2015 to date (FOIA)',
  `ICE's own records of immigration detainers, one row per detainer prepared ${FIRST} to ${LAST} (${fmt(records.length)} rows), from the sheet "FOIA 15-06333 Detail" ` +
    `released under FOIA and published by NPR. ICE's values are kept as ICE wrote them (misspellings included); the dates are ISO dates; id and county_fips are added by On the Record.`,
  [
    {
      name: 'id',
      type: 'integer',
      description:
        "Stable row id: the row's position in ICE's sheet, 1 = the first row under the header, so the spreadsheet row number is id + 1",
      constraints: { required: true, minimum: 1 },
    },
    {
      name: 'prepare_date',
      type: 'date',
      description: 'Prepare Date: the day ICE prepared the detainer',
      constraints: { required: true },
    },
    {
      name: 'detainer_type',
      type: 'string',
      description: 'Detainer Type, as ICE wrote it (form I-247 and its variants)',
      constraints: { required: true, enum: typeEnum },
    },
    {
      name: 'detention_facility',
      type: 'string',
      description: 'Detainer Detention Facility: where the person was held, as ICE wrote it; blank in a few rows',
    },
    {
      name: 'state',
      type: 'string',
      description: 'State of the facility, as ICE wrote it (NORTH CAROLINA); blank in about 9,000 rows',
    },
    { name: 'city', type: 'string', description: 'City of the facility, as ICE wrote it' },
    {
      name: 'lift_reason',
      type: 'string',
      description: `Detainer Lift Reason, as ICE wrote it; blank when none was recorded (most rows). "${DECLINED}" is a decline ICE learned of`,
      constraints: { enum: reasonEnum },
    },
    FIPS,
  ],
  'id',
);
const lookupResource = resource(
  'nc_facility_county',
  "North Carolina facilities in ICE's records, by county",
  `Every North Carolina facility named in the raw ICE records this site publishes (the FY2015 detainer records, NPR's declined-detainer export and its Charlotte and Raleigh tallies, ICE's detention statistics), ` +
    `with the county it stands in and the basis: the county its name names, or its documented address with the URL checked. Facilities that belong to no county, or whose address could not be checked, are unmapped, and the note says why.`,
  [
    {
      name: 'facility',
      type: 'string',
      description: 'Facility name exactly as the file wrote it',
      constraints: { required: true },
    },
    { name: 'city', type: 'string', description: 'City as the file wrote it' },
    { ...FIPS, description: '5-digit NC county FIPS code; blank = unmapped' },
    { name: 'county', type: 'string', description: 'County name (as in nc_aoc_caseload); blank = unmapped' },
    {
      name: 'basis',
      type: 'string',
      description:
        "name: the facility's name names the county; address: a checked source places its address in the county; unmapped: no county",
      constraints: { required: true, enum: ['name', 'address', 'unmapped'] },
    },
    {
      name: 'basis_url',
      type: 'string',
      description: 'The page checked for an address basis (or for why the facility is unmapped)',
      constraints: { pattern: '^https://[^\\s"<>`]+$' },
    },
    {
      name: 'note',
      type: 'string',
      description: 'How the county was decided, or why there is none',
      constraints: { required: true },
    },
    {
      name: 'named_in',
      type: 'string',
      description: 'The raw files that name the facility with this spelling',
      constraints: { required: true },
    },
    {
      name: 'detainers_fy2015',
      type: 'integer',
      description: 'Rows at this facility in ice_detainers_fy2015 (0 if it is named only in another file)',
      constraints: { required: true, minimum: 0 },
    },
  ],
  'facility',
);
const countyResource = resource(
  'ice_detainers_fy2015_nc_county',
  'ICE detainers in North Carolina by county and lift reason, FY2015 to date',
  `Rows of ice_detainers_fy2015 with state NORTH CAROLINA (${fmt(nc.length)}), counted by county_fips and lift_reason. Rows with a blank county_fips are the detainers at facilities mapped to no county.`,
  [
    {
      ...FIPS,
      description: '5-digit NC county FIPS code; blank = facilities that belong to no county or could not be placed',
    },
    { name: 'county', type: 'string', description: 'County name; blank with a blank county_fips' },
    {
      name: 'lift_reason',
      type: 'string',
      description: 'Detainer Lift Reason as ICE wrote it; blank = none recorded',
      constraints: { enum: reasonEnum },
    },
    {
      name: 'detainers',
      type: 'integer',
      description: 'Number of detainer rows',
      constraints: { required: true, minimum: 1 },
    },
  ],
  ['county_fips', 'lift_reason'],
);
const stateResource = resource(
  'ice_detainers_fy2015_state_lift_reason',
  'ICE detainers by state and lift reason, FY2015 to date',
  `Every row of ice_detainers_fy2015 (${fmt(records.length)}), counted by state and lift_reason as ICE wrote them. A blank state is a row with no state (${fmt(noState)}).`,
  [
    { name: 'state', type: 'string', description: 'State as ICE wrote it; blank = none recorded' },
    {
      name: 'lift_reason',
      type: 'string',
      description: 'Detainer Lift Reason as ICE wrote it; blank = none recorded',
      constraints: { enum: reasonEnum },
    },
    {
      name: 'detainers',
      type: 'integer',
      description: 'Number of detainer rows',
      constraints: { required: true, minimum: 1 },
    },
  ],
  ['state', 'lift_reason'],
);
let after = 'nc_aoc_caseload';
for (const r of [detailResource, lookupResource, countyResource, stateResource]) {
  upsertResource(r, after);
  after = r.name;
}

// ---- source, series, observations --------------------------------------------------
const source: Row = {
  id: SOURCE_ID,
  title:
    '[ICE LESA detainer records, FY2015 to date: sheet "FOIA 15-06333 Detail" of ICE\'s FOIA 15-87693 spreadsheet, dated 2015-07-26]',
  publisher:
    'U.S. Immigration and Customs Enforcement (released under FOIA; published by NPR in GitHub nprapps/sanctuary-cities)',
  date: '2015-07-26',
  url: REPO,
  kind: 'public-data-file',
  access_note:
    `File raw/rif-FOIA 15-87693 _07262015_LESA-STU_FINAL FY15YTD.xlsx of GitHub nprapps/sanctuary-cities, in the history before commit 8c9db3b (git blob 5953e7…); ` +
    `NPR's README calls it "to the best of our knowledge, in the public domain". Read from the research dossier's copies: ${path.basename(LESA.xlsx)} (md5 ${md5(LESA.xlsx)}) ` +
    `and its CSV copy with ISO dates ${LESA.file} (md5 ${md5(LESA.csv)}, ${records.length} rows). Published whole as ice_detainers_fy2015.csv; counts computed by scripts/derive/ice-lesa.ts.`,
};

const PERIOD = {
  label: `FY2015 to ${LAST}`,
  period: `FY2015 to date (${FIRST} to ${LAST}; partial year)`,
  period_type: 'range-other',
  period_start: FIRST,
  period_end: LAST,
};
const base = { ...PERIOD, source_id: SOURCE_ID, qualifier: 'computed', locator_type: 'computed', confidence: 'medium' };
const SERIES_COUNTY = 'ice-lesa-fy2015-nc-detainers-by-county';
const SERIES_SHARE_NC = 'ice-lesa-fy2015-lift-reason-share-nc';
const SERIES_SHARE_US = 'ice-lesa-fy2015-lift-reason-share-us';
const observations: Row[] = [];
const countyCounts = new Map(
  countBy(
    nc.filter((r) => r.county_fips),
    (r) => r.county_fips,
  ),
);
const unmappedNc = nc.filter((r) => !r.county_fips);
const unmappedFacilities = countBy(unmappedNc, (r) => r.detention_facility)
  .map(([f, n]) => `${f} ${n}`)
  .join(', ');
// Every county gets a value: a county with no row at a facility mapped to it had none in these records.
for (const { fips, name } of counties) {
  const n = countyCounts.get(fips) ?? 0;
  const facilities = [...new Set(nc.filter((r) => r.county_fips === fips).map((r) => r.detention_facility))].sort();
  observations.push({
    id: `ice-lesa-fy2015-nc-detainers-${fips}`,
    series_id: SERIES_COUNTY,
    ...base,
    label: `${name} County`,
    geography: `${name} County, NC`,
    fips,
    value: String(n),
    unit: 'detainers',
    locator: n
      ? `Count of the rows of ICE's FY2015 detainer records (dataset ice_detainers_fy2015) with state ${NC} and county_fips ${fips} (facilities: ${facilities.join('; ')})`
      : `No row of ICE's FY2015 detainer records (dataset ice_detainers_fy2015) with state ${NC} has county_fips ${fips}`,
    note: n
      ? `Computed by On the Record from ICE's FOIA records; the county comes from nc_facility_county (${facilities.map((f) => `${f}: ${mapped.get(f)!.basis}`).join('; ')}). FY2015 is partial. A FOIA extract is a snapshot.`
      : `No detainer in these records names a facility mapped to ${name} County. ${unmappedNc.length} NC rows are at facilities with no county (${unmappedFacilities}). FY2015 is partial. A FOIA extract is a snapshot.`,
  });
}
const reasonSlug = (s: string) => slug(s || 'none recorded');
function shares(seriesId: string, rows: typeof records, geography: string, fips: string, where: string) {
  for (const [reason, n] of countBy(rows, (r) => r.lift_reason)) {
    const value = ratio1dp(n, rows.length, 100);
    observations.push({
      id: `${seriesId}-${reasonSlug(reason)}`,
      series_id: seriesId,
      ...base,
      label: reason || 'No lift reason recorded',
      geography,
      fips,
      value,
      unit: 'percent',
      locator: `${n} of the ${rows.length} rows of ICE's FY2015 detainer records (dataset ice_detainers_fy2015) ${where} have lift_reason ${reason ? JSON.stringify(reason) : 'blank'}; ${n} / ${rows.length} × 100, 1 decimal`,
      note:
        // A share that rounds to nothing still has cases: say how many, so 0.0 does not read as none.
        (Number(value) === 0 ? `${value} percent after rounding; ${fmt(n)} of ${fmt(rows.length)} records. ` : '') +
        (reason === DECLINED
          ? 'What ICE recorded: ICE records a decline only when it learns of it, so this is a lower bound. '
          : '') +
        (reason === '' ? 'A blank lift reason means the detainer was still open or no reason was recorded. ' : '') +
        'Share of all detainer rows, not of people. FY2015 is partial; a FOIA extract is a snapshot.',
    });
  }
}
shares(SERIES_SHARE_NC, nc, 'North Carolina', '37', `with state ${NC}`);
shares(SERIES_SHARE_US, records, 'United States', 'US', '(all states, including the rows with no state)');

const series: Row[] = [
  {
    id: SERIES_COUNTY,
    title: 'ICE detainers prepared, by county of the named North Carolina facility, FY2015 to date (ICE records, FOIA)',
    short_title: 'ICE records: NC detainers by county, FY2015',
    measure: `Rows of ICE's FY2015-to-date detainer records (${FIRST} to ${LAST}) with state ${NC}, counted by the county of the facility each row names (a jail or a prison; nc_facility_county)`,
    unit: 'detainers',
    geography: 'North Carolina counties',
    fips: '37',
    period_type: 'range-other',
    publisher: 'U.S. Immigration and Customs Enforcement (records released under FOIA)',
    caveats: `${CAVEATS} A county with no row at a facility mapped to it shows 0; ${unmappedNc.length} NC rows are at facilities with no county (${unmappedFacilities}).`,
  },
  {
    id: SERIES_SHARE_NC,
    title: 'Lift reasons of ICE detainers in North Carolina, FY2015 to date, as shares (ICE records, FOIA)',
    short_title: 'ICE records: NC lift reasons, FY2015',
    measure: `Share of the ${fmt(nc.length)} North Carolina rows of ICE's FY2015-to-date detainer records with each Detainer Lift Reason`,
    unit: 'percent',
    geography: 'North Carolina',
    fips: '37',
    period_type: 'range-other',
    publisher: 'U.S. Immigration and Customs Enforcement (records released under FOIA)',
    caveats: `${CAVEATS} Compare with the U.S. shares (${SERIES_SHARE_US}) as shares, not counts.`,
  },
  {
    id: SERIES_SHARE_US,
    title: 'Lift reasons of ICE detainers nationally, FY2015 to date, as shares (ICE records, FOIA)',
    short_title: 'ICE records: U.S. lift reasons, FY2015',
    measure: `Share of all ${fmt(records.length)} rows of ICE's FY2015-to-date detainer records (including those with no state) with each Detainer Lift Reason`,
    unit: 'percent',
    geography: 'United States',
    fips: 'US',
    period_type: 'range-other',
    publisher: 'U.S. Immigration and Customs Enforcement (records released under FOIA)',
    caveats: `${CAVEATS} Compare with the North Carolina shares (${SERIES_SHARE_NC}) as shares, not counts.`,
  },
];
const ours = new Set(series.map((s) => s.id));
mergeRows('sources.csv', (r) => r.id === SOURCE_ID, [source]);
mergeRows('series.csv', (r) => ours.has(r.id), series);
mergeRows('observations.csv', (r) => r.source_id === SOURCE_ID, observations);
// Context for the county declined-detainer claims: detainers prepared for the county's facilities in FY2015 to date
// (a different measure and years: prepared, not declined).
const COUNTY_CLAIMS: Array<[string, string]> = [
  ['fair-2021-01-12-mecklenburg-more-than-200', '37119'],
  ['mountainx-2020-02-10-murray-mecklenburg-over-200', '37119'],
  ['wral-2020-02-14-higdon-wake-200-in-13-months', '37183'],
];
mergeRows(
  'claim_evidence.csv',
  (r) => r.observation_id.startsWith('ice-lesa-'),
  COUNTY_CLAIMS.map(([claim_id, fips]) => ({
    claim_id,
    observation_id: `ice-lesa-fy2015-nc-detainers-${fips}`,
    role: 'context',
  })),
);

const count = (fips: string) => nc.filter((r) => r.county_fips === fips).length;
console.log(
  `ice-lesa: ${records.length} records, ${named.size} NC facilities (${lookupRows.filter((r) => r[4] === 'unmapped').length} unmapped), ` +
    `${byCounty.length} county rows, ${byState.length} state rows, ${observations.length} observations; ` +
    `Mecklenburg ${count('37119')}, Wake ${count('37183')}; in ${Math.round(performance.now() - started)} ms`,
);
