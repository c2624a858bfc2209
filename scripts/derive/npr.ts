// Reads NPR's FOIA-based exports of ICE detainer records (GitHub
// nprapps/sanctuary-cities) and merges into data/: national detainers by
// calendar year and by month, and detainers whose lift reason is "Detainer
// Declined by LEA" by calendar year (each value read from one file row); from
// NPR's facility-year export of declines, two resources (declines by state and
// year; NC facility-years with county) and NC declines by year (sums), linked
// as context to the NC declined-detainer claims.
// Run from the project root: npx tsx scripts/derive/npr.ts
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { facilityCounty } from './ice-facilities';
import { readCounties } from './ice-sources';
import { DATA_DIR, RAW_DIR, Row, csvText, int, md5, mergeRows, upsertResource, writeIfChanged } from './write-rows';
import { MONTH_NAMES } from '../../lib/format/months';

const DIR = path.join(RAW_DIR, 'npr-sanctuary-cities');
const FILES = {
  all: 'all_detainers_by_year.csv',
  reason: 'detainers_by_lift_reason_and_year.csv',
  lifted: 'lifted_detainers_by_year.csv',
  month: 'detainers_by_year_and_month.csv',
} as const;
const SOURCE_ID = 'npr-sanctuary-cities-foia';
// What the pages call each export: NPR's table in words (the file names are in the source's access_note).
const TABLES: Record<keyof typeof FILES, string> = {
  all: "NPR's export of all detainers by year",
  reason: "NPR's export of lifted detainers by lift reason and year",
  lifted: "NPR's export of lifted detainers by year",
  month: "NPR's export of all detainers by month",
};
const DECLINED_TABLE = "NPR's export of declined detainers by facility and year";
const MIRROR = { repo: 'nprapps/sanctuary-cities', branch: 'reporting-analysis', commit: 'f80c438', dir: 'export' };
const DECLINED = 'Detainer Declined by LEA';
const SERIES_ALL = 'npr-us-detainers-by-year';
const SERIES_DECLINED = 'npr-us-declined-detainers-by-year';

function read(file: string, columns: string[]): Row[] {
  const parsed = Papa.parse<Row>(fs.readFileSync(path.join(DIR, file), 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0].message}`);
  for (const col of columns) if (!parsed.meta.fields?.includes(col)) throw new Error(`${file}: no column ${col}`);
  return parsed.data;
}

// One value per key; fail loudly on duplicates or odd cells.
function byYear(file: string, rows: Row[], keep: (r: Row) => boolean = () => true): Map<number, number> {
  const m = new Map<number, number>();
  for (const r of rows.filter(keep)) {
    const year = int(r.year, `${file} year`);
    if (m.has(year)) throw new Error(`${file}: two rows for ${year}`);
    m.set(year, int(r.count, `${file} ${year} count`));
  }
  return m;
}

const all = byYear(FILES.all, read(FILES.all, ['year', 'count']));
const reasonRows = read(FILES.reason, ['year', 'lift_reason', 'count']);
const declined = byYear(FILES.reason, reasonRows, (r) => r.lift_reason === DECLINED);
const lifted = byYear(FILES.lifted, read(FILES.lifted, ['year', 'count']));

// Monthly counts: which months each year covers, and a check on the annual totals.
const months = new Map<number, Map<number, number>>();
for (const r of read(FILES.month, ['year_month', 'count'])) {
  const m = /^(\d{4})-(\d{2})$/.exec(r.year_month);
  if (!m) throw new Error(`${FILES.month}: odd year_month ${JSON.stringify(r.year_month)}`);
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (!months.has(year)) months.set(year, new Map());
  if (months.get(year)!.has(month)) throw new Error(`${FILES.month}: two rows for ${r.year_month}`);
  months.get(year)!.set(month, int(r.count, `${FILES.month} ${r.year_month} count`));
}

const years = [...all.keys()].sort((a, b) => a - b);
const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
for (const [file, m] of [
  [FILES.reason, declined],
  [FILES.lifted, lifted],
  [FILES.month, months],
] as const) {
  if (
    !same(
      [...m.keys()].sort((a, b) => a - b),
      years,
    )
  )
    throw new Error(`${file}: years differ from ${FILES.all}`);
}
// The lift-reason rows of a year add up to that year's lifted detainers.
for (const y of years) {
  const sum = reasonRows.filter((r) => int(r.year, 'year') === y).reduce((s, r) => s + int(r.count, 'count'), 0);
  if (sum !== lifted.get(y)) throw new Error(`${FILES.reason} ${y}: lift reasons sum to ${sum}, not ${lifted.get(y)}`);
}

interface Coverage {
  first: number;
  last: number;
  full: boolean;
}
const coverage = new Map<number, Coverage>();
for (const y of years) {
  const ms = [...months.get(y)!.keys()].sort((a, b) => a - b);
  const [first, last] = [ms[0], ms[ms.length - 1]];
  if (ms.length !== last - first + 1) throw new Error(`${FILES.month} ${y}: months are not contiguous`);
  const total = [...months.get(y)!.values()].reduce((s, c) => s + c, 0);
  if (total !== all.get(y)) throw new Error(`${FILES.month} ${y}: months sum to ${total}, not ${all.get(y)}`);
  const c = { first, last, full: first === 1 && last === 12 };
  // Only the first and last years may be partial.
  if (!c.full && y !== years[0] && y !== years[years.length - 1])
    throw new Error(`${y}: partial year inside the range`);
  coverage.set(y, c);
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthSpan = (c: Coverage) => `${MONTH_NAMES[c.first - 1]}-${MONTH_NAMES[c.last - 1]}`;
const short = (c: Coverage) => `${MONTH_NAMES[c.first - 1].slice(0, 3)}-${MONTH_NAMES[c.last - 1].slice(0, 3)}`;

function period(y: number) {
  const c = coverage.get(y)!;
  return {
    label: c.full ? `${y}` : `${y} (${short(c)} only)`,
    period: c.full ? `${y}` : `${y} (${monthSpan(c)} only; partial year)`,
    period_type: c.full ? 'calendar' : 'range-other',
    period_start: `${y}-${pad(c.first)}-01`,
    period_end: `${y}-${pad(c.last)}-${pad(lastDay(y, c.last))}`,
    partial: c.full
      ? ''
      : ` Partial year: ${TABLES.month} has records for ${y} only from ${y}-${pad(c.first)} to ${y}-${pad(c.last)}` +
        (y === years[years.length - 1]
          ? `, the last month in the file, which may itself be incomplete.`
          : `, the first month in the file.`),
  };
}

const origin =
  `FOIA-derived: NPR's analysis of ICE detainer records obtained under the Freedom of Information Act (GitHub ${MIRROR.repo}, ` +
  `branch ${MIRROR.branch} @${MIRROR.commit}), not an official ICE publication.`;
const notIce =
  "Calendar years, so not comparable year for year with TRAC's FOIA-based counts or ICE's annual-report totals, which use federal fiscal years; FOIA extracts of different vintages give different counts.";
const lowerBound = 'Lower bound: ICE records a declined detainer only when it learns of the release.';
const reasonYear =
  `The year is as NPR's lift-reason export gives it. That export has no month field, so the months a partial year covers are ` +
  `taken from NPR's monthly export of all detainers and assumed to hold for it too.`;
const firstYear = years[0];
const lastYear = years[years.length - 1];
const partialYears = years
  .filter((y) => !coverage.get(y)!.full)
  .map((y) => `${y} covers ${monthSpan(coverage.get(y)!)} only`)
  .join(' and ');

const observations: Row[] = [];
for (const y of years) {
  const p = period(y);
  const base = {
    period: p.period,
    period_type: p.period_type,
    period_start: p.period_start,
    period_end: p.period_end,
    geography: 'United States',
    fips: 'US',
    qualifier: 'exact',
    source_id: SOURCE_ID,
    locator_type: 'table',
    confidence: 'medium',
  };
  observations.push({
    id: `npr-us-detainers-${y}`,
    series_id: SERIES_ALL,
    label: p.label,
    ...base,
    value: String(all.get(y)),
    unit: 'detainers',
    locator: `${TABLES.all}, row year=${y}: count ${all.get(y)}`,
    note: `${origin} ${notIce}${p.partial}`,
  });
  observations.push({
    id: `npr-us-declined-detainers-${y}`,
    series_id: SERIES_DECLINED,
    label: p.label,
    ...base,
    value: String(declined.get(y)),
    unit: 'declined detainers',
    locator: `${TABLES.reason}, row year=${y}, lift_reason=${DECLINED}: count ${declined.get(y)}`,
    note: `${origin} ${lowerBound} ${reasonYear}${p.partial}`,
  });
}

const caveatsCommon = `${origin} ${notIce} Partial years: ${partialYears}.`;
const series: Row[] = [
  {
    id: SERIES_ALL,
    title: 'ICE detainers nationally by calendar year, from ICE records obtained by NPR (FOIA)',
    short_title: 'NPR FOIA: U.S. detainers by year',
    measure: `ICE detainers in the ICE detainer records NPR obtained under FOIA, counted by calendar year in NPR's export`,
    unit: 'detainers',
    geography: 'United States',
    fips: 'US',
    period_type: 'calendar',
    publisher: 'NPR (analysis of ICE records obtained under FOIA)',
    caveats: `${caveatsCommon} Not TRAC's counts and not ICE's annual totals; do not join them into one series.`,
  },
  {
    id: SERIES_DECLINED,
    title: 'Detainers declined by law enforcement nationally by calendar year, from ICE records obtained by NPR (FOIA)',
    short_title: 'NPR FOIA: U.S. declined detainers by year',
    measure: `Detainers whose lift reason in ICE's records is "${DECLINED}", counted by calendar year in NPR's export of the ICE detainer records it obtained under FOIA`,
    unit: 'declined detainers',
    geography: 'United States',
    fips: 'US',
    period_type: 'calendar',
    publisher: 'NPR (analysis of ICE records obtained under FOIA)',
    caveats:
      `ICE records a declined detainer only when it learns of the release, so every figure is a lower bound. ${caveatsCommon} ` +
      `The lift-reason export covers lifted detainers only (each year's lift reasons add up to ${TABLES.lifted}). ${reasonYear}`,
  },
];

const source: Row = {
  id: SOURCE_ID,
  title: `[NPR analysis of ICE detainer records obtained under FOIA, ${firstYear}-${lastYear}: NPR's exports, GitHub]`,
  publisher: `NPR (GitHub ${MIRROR.repo}; records from U.S. Immigration and Customs Enforcement)`,
  date: '',
  url: `https://github.com/${MIRROR.repo}/tree/${MIRROR.commit}/${MIRROR.dir}`,
  kind: 'public-data-file',
  access_note:
    `Folder ${MIRROR.dir}/ of branch ${MIRROR.branch} at commit ${MIRROR.commit}. md5 of the copies read: ` +
    `${FILES.all} ${md5(path.join(DIR, FILES.all))}, ${FILES.reason} ${md5(path.join(DIR, FILES.reason))}, ` +
    `${FILES.month} ${md5(path.join(DIR, FILES.month))}, ${FILES.lifted} ${md5(path.join(DIR, FILES.lifted))}. ` +
    `Rows read by scripts/derive/npr.ts; the raw files are not copied into this project. FOIA-derived, not an official publication.`,
};

// ---- national detainers per month ------------------------------------------------------
const SERIES_MONTH = 'npr-us-detainers-by-month';
const monthKeys = years.flatMap((y) => [...months.get(y)!.keys()].sort((a, b) => a - b).map((m) => [y, m] as const));
const [firstMonth, lastMonth] = [monthKeys[0], monthKeys[monthKeys.length - 1]];
for (const [y, m] of monthKeys) {
  const n = months.get(y)!.get(m)!;
  const edge =
    y === firstMonth[0] && m === firstMonth[1] ? 'first' : y === lastMonth[0] && m === lastMonth[1] ? 'last' : null;
  observations.push({
    id: `npr-us-detainers-${y}-${pad(m)}`,
    series_id: SERIES_MONTH,
    label: `${MONTH_NAMES[m - 1].slice(0, 3)} ${y}${edge ? ' (may be partial)' : ''}`,
    period: `${MONTH_NAMES[m - 1]} ${y}${edge ? ' (may be partial)' : ''}`,
    period_type: 'range-other',
    period_start: `${y}-${pad(m)}-01`,
    period_end: `${y}-${pad(m)}-${pad(lastDay(y, m))}`,
    geography: 'United States',
    fips: 'US',
    value: String(n),
    qualifier: 'exact',
    unit: 'detainers',
    source_id: SOURCE_ID,
    locator: `${TABLES.month}, row year_month=${y}-${pad(m)}: count ${n}`,
    locator_type: 'table',
    confidence: 'medium',
    note:
      `${origin}` +
      (edge === 'first'
        ? ' The first month in the file: it does not say whether the records begin on the first day of the month.'
        : '') +
      (edge === 'last' ? ' The last month in the file, which may itself be incomplete.' : ''),
  });
}
series.push({
  id: SERIES_MONTH,
  title: 'ICE detainers nationally by month, from ICE records obtained by NPR (FOIA)',
  short_title: 'NPR FOIA: U.S. detainers by month',
  measure: `ICE detainers in the ICE detainer records NPR obtained under FOIA, counted by month in NPR's export`,
  unit: 'detainers',
  geography: 'United States',
  fips: 'US',
  period_type: 'range-other',
  publisher: 'NPR (analysis of ICE records obtained under FOIA)',
  caveats:
    `${origin} The file runs from ${MONTH_NAMES[firstMonth[1] - 1]} ${firstMonth[0]} to ${MONTH_NAMES[lastMonth[1] - 1]} ${lastMonth[0]}; both end months are marked as possibly partial ` +
    `(the file does not say whether the records begin on the first day of its first month, and its last month may be incomplete). FOIA extracts of different vintages give different counts. ` +
    `Not TRAC's counts and not ICE's annual totals.`,
});

// ---- declines by state and year, and NC facility-years (NPR's declined_vs_everythingelse) -------------
const DECLINED_FILE = 'declined_vs_everythingelse.csv';
const DECLINED_MIRROR = { commit: '8912c69', path: `export/${DECLINED_FILE}` };
const declinedParsed = Papa.parse<string[]>(fs.readFileSync(path.join(DIR, DECLINED_FILE), 'utf8'), {
  skipEmptyLines: true,
});
if (declinedParsed.errors.length) throw new Error(`${DECLINED_FILE}: ${declinedParsed.errors[0].message}`);
const [declinedHeader, ...declinedRows] = declinedParsed.data;
if (declinedHeader.join(',') !== 'year,det_facility,city,state,count,det_facility,year,count')
  throw new Error(`${DECLINED_FILE}: header ${declinedHeader.join(',')}`);
const facilityYears = declinedRows.map((c, i) => {
  const where = `${DECLINED_FILE} data row ${i + 1}`;
  const other =
    c[5] === '' && c[6] === '' && c[7] === ''
      ? null
      : c[5] === c[1] && c[6] === c[0]
        ? int(c[7], `${where} other count`)
        : null;
  if (other === null && !(c[5] === '' && c[6] === '' && c[7] === ''))
    throw new Error(`${where}: the second facility/year (${c[5]}/${c[6]}) differ from the first`);
  return {
    year: int(c[0], `${where} year`),
    facility: c[1],
    city: c[2],
    state: c[3],
    declined: int(c[4], `${where} count`),
    other,
  };
});
const declinedYears = [...new Set(facilityYears.map((f) => f.year))].sort((a, b) => a - b);
const stateYear = new Map<string, { year: number; state: string; declined: number; facilities: number }>();
for (const f of facilityYears) {
  const k = `${f.year}\t${f.state}`;
  const e = stateYear.get(k) ?? { year: f.year, state: f.state, declined: 0, facilities: 0 };
  e.declined += f.declined;
  e.facilities += 1;
  stateYear.set(k, e);
}
const stateYearRows = [...stateYear.values()].sort(
  (a, b) => a.year - b.year || (a.state < b.state ? -1 : a.state > b.state ? 1 : 0),
);
writeIfChanged(
  path.join(DATA_DIR, 'npr_declined_detainers_by_state_year.csv'),
  csvText(
    ['year', 'state', 'declined_detainers', 'facilities'],
    stateYearRows.map((r) => [String(r.year), r.state, String(r.declined), String(r.facilities)]),
  ),
);
const counties = readCounties();
const ncFacilityYears = facilityYears.filter((f) => f.state === 'NORTH CAROLINA');
writeIfChanged(
  path.join(DATA_DIR, 'npr_nc_facility_declines.csv'),
  csvText(
    ['year', 'facility', 'city', 'county_fips', 'declined_detainers', 'other_outcomes'],
    ncFacilityYears.map((f) => [
      String(f.year),
      f.facility,
      f.city,
      facilityCounty(f.facility, counties).county_fips,
      String(f.declined),
      f.other === null ? '' : String(f.other),
    ]),
  ),
);
// NPR's two exports count the same declines separately and differ by one in a year (2014: 13,595 against 13,594).
// Both are kept as NPR gives them, and the caveats say so, so no one "fixes" either to match the other.
const fmt = (n: number) => n.toLocaleString('en-US');
const exportGaps = years
  .map((y) => ({
    y,
    national: declined.get(y)!,
    summed: stateYearRows.filter((r) => r.year === y).reduce((a, r) => a + r.declined, 0),
  }))
  .filter((g) => g.national !== g.summed);
const EXPORTS_DIFFER = exportGaps.length
  ? ` NPR's two exports differ slightly, and both are published as NPR gives them: ${exportGaps.map((g) => `for ${g.y}, ${TABLES.reason} gives ${fmt(g.national)} declined detainers nationally, while ${DECLINED_TABLE} sums to ${fmt(g.summed)}`).join('; ')}. Neither is corrected to match the other.`
  : '';
series[1].caveats += EXPORTS_DIFFER;
const NPR_CAVEATS =
  `NPR's derivation from ICE's detainer records obtained under FOIA (${DECLINED_TABLE}, GitHub ${MIRROR.repo} @${DECLINED_MIRROR.commit}), not an ICE publication. ` +
  `Calendar years as NPR's export gives them; ${partialYears}. "${DECLINED}" is what ICE recorded: ICE records a decline only when it learns of it, so these are lower bounds. ` +
  `The file lists only facility-years with at least one declined detainer.${EXPORTS_DIFFER}`;
const yearField = {
  name: 'year',
  type: 'integer',
  description: "Calendar year, as NPR's export gives it",
  constraints: { required: true, minimum: 2007, maximum: 2015 },
};
const nprSource = [
  {
    title: `NPR, ${DECLINED_TABLE} (GitHub ${MIRROR.repo} @${DECLINED_MIRROR.commit})`,
    path: `https://github.com/${MIRROR.repo}/blob/${DECLINED_MIRROR.commit}/${DECLINED_MIRROR.path}`,
  },
];
upsertResource(
  {
    name: 'npr_declined_detainers_by_state_year',
    path: 'npr_declined_detainers_by_state_year.csv',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    title: "Declined detainers by state and year, 2007-2015 (NPR's analysis of ICE records)",
    description: `Detainers with lift reason "${DECLINED}" summed by state and calendar year over the ${facilityYears.length} facility-year rows of ${DECLINED_TABLE}; a blank state is as NPR's file has it.`,
    caveats: NPR_CAVEATS,
    sources: nprSource,
    schema: {
      fields: [
        yearField,
        { name: 'state', type: 'string', description: 'State as ICE wrote it; blank in a few rows' },
        {
          name: 'declined_detainers',
          type: 'integer',
          description: "Sum of the facilities' declined detainers (computed by On the Record)",
          constraints: { required: true, minimum: 1 },
        },
        {
          name: 'facilities',
          type: 'integer',
          description: 'Facilities with at least one decline that year',
          constraints: { required: true, minimum: 1 },
        },
      ],
      primaryKey: ['year', 'state'],
    },
  },
  'nc_detention_facilities',
);
upsertResource(
  {
    name: 'npr_nc_facility_declines',
    path: 'npr_nc_facility_declines.csv',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    title: "North Carolina facility-years with declined detainers, 2007-2015 (NPR's analysis of ICE records)",
    description: `The ${ncFacilityYears.length} North Carolina rows of ${DECLINED_TABLE}: declined detainers and other outcomes per facility and calendar year, with the facility's county (nc_facility_county).`,
    caveats: NPR_CAVEATS,
    sources: nprSource,
    schema: {
      fields: [
        yearField,
        { name: 'facility', type: 'string', description: 'Facility as ICE wrote it', constraints: { required: true } },
        { name: 'city', type: 'string', description: 'City as ICE wrote it' },
        {
          name: 'county_fips',
          type: 'string',
          description: '5-digit NC county FIPS code; blank = facility with no county (nc_facility_county)',
          constraints: { pattern: '^37[0-9]{3}$' },
        },
        {
          name: 'declined_detainers',
          type: 'integer',
          description: `Detainers with lift reason "${DECLINED}"`,
          constraints: { required: true, minimum: 1 },
        },
        {
          name: 'other_outcomes',
          type: 'integer',
          description:
            "Detainers at the facility that year with any other outcome (NPR's second count column); blank where NPR's file has none",
          constraints: { minimum: 0 },
        },
      ],
      primaryKey: ['year', 'facility'],
    },
  },
  'npr_declined_detainers_by_state_year',
);
// NC declines by year: a year in the file with no NC row had no decline recorded at an NC facility.
const SERIES_NC_DECLINED = 'npr-nc-declined-detainers-by-year';
for (const y of declinedYears) {
  const rows = ncFacilityYears.filter((f) => f.year === y);
  const p = period(y);
  const n = rows.reduce((s, f) => s + f.declined, 0);
  observations.push({
    id: `npr-nc-declined-detainers-${y}`,
    series_id: SERIES_NC_DECLINED,
    label: p.label,
    period: p.period,
    period_type: p.period_type,
    period_start: p.period_start,
    period_end: p.period_end,
    geography: 'North Carolina',
    fips: '37',
    value: String(n),
    qualifier: 'computed',
    unit: 'declined detainers',
    source_id: SOURCE_ID,
    locator: rows.length
      ? `Sum of the rows of ${DECLINED_TABLE} with year ${y} and state NORTH CAROLINA: ${rows.map((f) => `${f.facility} ${f.declined}`).join(', ')}`
      : `${DECLINED_TABLE} has no row with year ${y} and state NORTH CAROLINA (it lists only facility-years with at least one decline)`,
    locator_type: 'computed',
    confidence: 'medium',
    note: `${NPR_CAVEATS}${p.partial}`,
  });
}
series.push({
  id: SERIES_NC_DECLINED,
  title:
    "Detainers declined by law enforcement in North Carolina by calendar year, 2007-2015 (NPR's analysis of ICE records)",
  short_title: 'NPR FOIA: NC declined detainers by year',
  measure: `Detainers at North Carolina facilities whose lift reason in ICE's records is "${DECLINED}", summed by calendar year over ${DECLINED_TABLE}`,
  unit: 'declined detainers',
  geography: 'North Carolina',
  fips: '37',
  period_type: 'calendar',
  publisher: 'NPR (analysis of ICE records obtained under FOIA)',
  caveats: `${NPR_CAVEATS} A year with no North Carolina row is counted as 0: none was recorded. Calendar years, so not the federal fiscal years of ICE's FY2019 statements.`,
});

const ours = new Set(series.map((s) => s.id));
mergeRows('sources.csv', (r) => r.id === SOURCE_ID, [source]);
mergeRows('series.csv', (r) => ours.has(r.id), series);
mergeRows('observations.csv', (r) => r.source_id === SOURCE_ID, observations);
// NPR's calendar-year NC declines are not linked to the FY2019 declined-detainer claims: set beside 563 the
// 2014 count (16) forces the claim's chart into panels of different scales and adds a period mismatch to every
// card, while its own chart (/charts/npr-nc-declined-detainers-by-year) shows the years on one axis. The merge
// below keeps the claim evidence free of rows this script once wrote.
mergeRows('claim_evidence.csv', (r) => r.observation_id.startsWith('npr-nc-declined-detainers-'), []);

for (const s of series) {
  const obs = observations.filter((o) => o.series_id === s.id);
  console.log(`${s.id}: ${obs.length} rows, ${obs[0].period} to ${obs[obs.length - 1].period}`);
}
