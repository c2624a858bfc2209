// 287(g) in North Carolina and the growth of the program in 2025. Writes:
//   data/nc_287g_agreements.csv            NC agreements on ICE's sheet of 2025-07-18 pm, with county
//   data/ice_287g_agreements_by_state.csv  agreements per state in each 2025 snapshot (17 merged + ICE's sheet of 07-18)
//   data/nc_287g_identified_removed.csv    identified and removed per NC agency, FY2006-2013 (blank is not zero)
//   data/nc_287g_roster_snapshots.csv      NC agencies on ICE's 287(g) page in 33 snapshots, 2011-2017
//   data/nc_287g_events.csv                Mecklenburg and Wake ending their agreements, December 2018
// with Table Schemas in datapackage.json, sources, the unit "agreements",
// series and observations, and context links to the 287(g) claims.
// Run from the project root: npx tsx scripts/derive/ice-287g.ts
import { slug } from './nc-aoc-lib';
import path from 'node:path';
import fs from 'node:fs';
import Papa from 'papaparse';
import { facilityCounty } from './ice-facilities';
import { MODELS, agreementsBySnapshot, isIsoDate, parseAgreements, parseHistory, snapshotOf } from './ice-287g-lib';
import { readCounties, readRows } from './ice-sources';
import { DATA_DIR, RAW_DIR, Row, csvText, md5, mergeRows, upsertResource, writeIfChanged } from './write-rows';

const DIR = path.join(RAW_DIR, 'ice-287g');
const FILES = {
  sheet: 'participating-agencies-2025-07-18pm.csv',
  xlsx: 'participatingAgencies07182025pm.xlsx',
  snapshots: 'agreements-snapshots-2025-05-16-to-07-03.csv',
  history: 'nc-287g-identified-removed-fy2006-2013.csv',
  roster: 'nc-287g-roster-snapshots-2011-2017.csv',
};
const raw = (f: string) => path.join(DIR, f);
// What the pages call each file: the source and its table, never the dossier's file name (that stays in access_note).
const READER = {
  sheet: "ICE's 287(g) participating-agencies spreadsheet of 2025-07-18 pm",
  snapshots: "Tracking 287(g)'s merge of ICE's sheets",
  history: "the Deportation Data Project's table of ICE's 287(g) identification and removal statistics",
  roster: "the Deportation Data Project's table of archived ICE 287(g) pages",
};
const NC = 'NORTH CAROLINA';
const SHEET_DATE = '2025-07-18';
// The date is ICE's own, from its file name (07182025pm); the collector saved the sheet on 2025-07-19.
const CAPTURE_DIR = 'sheets_20250719_151637';
const CAPTURED = `captured 2025-07-19 by appelson/Tracking_287g (folder ${CAPTURE_DIR})`;
const counties = readCounties();
const name = new Map(counties.map((c) => [c.fips, c.name]));
const fmt = (n: number) => n.toLocaleString('en-US');

// ---- sources --------------------------------------------------------------------
const SRC = {
  sheet: 'ice-287g-participating-agencies-2025-07-18',
  snapshots: 'tracking-287g-snapshots-2025',
  history: 'ice-287g-foia-nc-fy2006-2013',
  roster: 'ice-287g-page-snapshots-2011-2017',
  wbtv: 'wbtv-2018-12-05-mecklenburg-ends-287g',
  abc11: 'abc11-2018-12-07-wake-ends-287g',
};
const TRACKING = 'https://github.com/appelson/Tracking_287g';
const DDP = 'https://github.com/deportationdata/ice-287g';
const WBTV_URL =
  'https://www.wbtv.com/2018/12/05/first-day-office-mecklenburg-co-sheriff-ends-controversial-immigration-program/';
const ABC11_URL = 'https://abc11.com/politics/wake-county-ends-cooperation-with-feds-over-deportation/4855495/';
const sources: Row[] = [
  {
    id: SRC.sheet,
    title: `[ICE, 287(g) Program: participating agencies spreadsheet dated ${SHEET_DATE} pm, captured 2025-07-19 by appelson/Tracking_287g]`,
    publisher: 'U.S. Immigration and Customs Enforcement (capture in GitHub appelson/Tracking_287g)',
    date: SHEET_DATE,
    url: `${TRACKING}/tree/1946c79/sheets/${CAPTURE_DIR}`,
    kind: 'public-data-file',
    access_note: `ICE's own sheet from the ice.gov 287(g) page, dated ${SHEET_DATE} pm in ICE's file name, ${CAPTURED}, at commit 1946c79. Read from the research dossier's copies ${FILES.xlsx} (md5 ${md5(raw(FILES.xlsx))}) and ${FILES.sheet} (Excel dates as ISO dates, blank rows dropped; md5 ${md5(raw(FILES.sheet))}).`,
  },
  {
    id: SRC.snapshots,
    title:
      "[Tracking 287(g): merge of 17 snapshots of ICE's 287(g) participating-agencies sheet, 2025-05-16 to 2025-07-03]",
    publisher: "appelson/Tracking_287g (GitHub; a third party's collection of ICE's own sheets)",
    date: '2025-07-03',
    url: `${TRACKING}/blob/1946c79/agreements.csv`,
    kind: 'public-data-file',
    access_note: `agreements.csv of appelson/Tracking_287g @1946c79: one row per agreement per snapshot. Read from the research dossier's copy ${FILES.snapshots} (md5 ${md5(raw(FILES.snapshots))}). A third party's merge, not an ICE publication.`,
  },
  {
    id: SRC.history,
    title:
      '[ICE 287(g) identification and removal statistics FY2006-2013, released under FOIA, compiled per agency by the Deportation Data Project]',
    publisher: 'Deportation Data Project (GitHub deportationdata/ice-287g), from ICE FOIA releases',
    date: '',
    url: `${DDP}/blob/92556ed51e6084d8672c45611063fc2e2956160a/data/pre2018-ice-removals-long.csv`,
    kind: 'public-data-file',
    access_note: `ICE's 287g-masterstats2010oct31.pdf and two MuckRock FOIA releases, compiled per agency by the ICE287g-removals project; NC rows of data/pre2018-ice-removals-long.csv at commit 92556ed, byte for byte, in the research dossier's ${FILES.history} (md5 ${md5(raw(FILES.history))}). Addresses and coordinates were geocoded by the compiler, not ICE.`,
  },
  {
    id: SRC.roster,
    title:
      '[ICE 287(g) agreements page, 33 archived snapshots 2011-02-20 to 2017-08-01, parsed by the Deportation Data Project]',
    publisher: 'Deportation Data Project (GitHub deportationdata/ice-287g), from archived copies of ice.gov',
    date: '',
    url: `${DDP}/blob/92556ed51e6084d8672c45611063fc2e2956160a/data/pre2018-roster-long.csv`,
    kind: 'public-data-file',
    access_note: `NC rows of data/pre2018-roster-long.csv at commit 92556ed, in the research dossier's ${FILES.roster} (md5 ${md5(raw(FILES.roster))}). Dates signed are as the page showed them at each snapshot (overwritten on renewal).`,
  },
  {
    id: SRC.wbtv,
    title: 'Mecklenburg Co. Sheriff keeps promise, ends controversial immigration program on first day in office',
    publisher: 'WBTV',
    date: '2018-12-05',
    url: WBTV_URL,
    kind: 'news-report',
    access_note: 'Stored copy read through the research search tool.',
  },
  {
    id: SRC.abc11,
    title: 'Wake County, as new sheriff promised, ends cooperation with feds over deportation',
    publisher: 'ABC11 (WTVD)',
    date: '2018-12-07',
    url: ABC11_URL,
    kind: 'news-report',
    access_note:
      'Stored copy read through the research search tool; the page carries the date 2018-12-07 (another copy is dated Saturday, December 8, 2018).',
  },
];

// ---- 1. NC agreements on 2025-07-18 --------------------------------------------------
const sheetRows = readRows(raw(FILES.sheet), [
  'state',
  'law_enforcement_agency',
  'type',
  'county',
  'support_type',
  'signed',
]);
const agreements = parseAgreements(sheetRows);
const ncAgreements = agreements.filter((a) => a.state === NC);
for (const a of agreements)
  if (!isIsoDate(a.date_signed))
    console.log(
      `  ANOMALY: ${a.state}, ${a.agency}: signed ${JSON.stringify(a.date_signed)} is not a date; the row is counted, its date is not used`,
    );
for (const a of ncAgreements)
  if (!isIsoDate(a.date_signed))
    throw new Error(`${a.agency}: signed ${JSON.stringify(a.date_signed)} is not an ISO date`);
const ncRows = ncAgreements.map((a) => {
  const f = facilityCounty(a.agency, counties);
  // The sheet's county column must agree with a name-based mapping.
  if (f.basis === 'name' && a.county !== `${f.county} County`)
    throw new Error(`${a.agency}: sheet county ${a.county} disagrees with ${f.county}`);
  return { ...a, county_fips: f.county_fips, basis: f.basis, basis_url: f.basis_url, note: f.note };
});
const AGREEMENT_COLUMNS = [
  'agency',
  'county_fips',
  'support_model',
  'date_signed',
  'snapshot_date',
  'type',
  'county_as_ice_wrote_it',
  'basis',
  'basis_url',
  'note',
];
writeIfChanged(
  path.join(DATA_DIR, 'nc_287g_agreements.csv'),
  csvText(
    AGREEMENT_COLUMNS,
    ncRows.map((r) => [
      r.agency,
      r.county_fips,
      r.support_model,
      r.date_signed,
      SHEET_DATE,
      r.type,
      r.county,
      r.basis,
      r.basis_url,
      r.note,
    ]),
  ),
);

// ---- 2. agreements per state per snapshot ----------------------------------------------
const snapRows = readRows(raw(FILES.snapshots), ['date', 'state', 'agency', 'type']);
const bySnapshot = agreementsBySnapshot(snapRows);
const sheetByState = new Map<string, number>();
for (const a of agreements) sheetByState.set(a.state, (sheetByState.get(a.state) ?? 0) + 1);
const stateRows = [
  ...bySnapshot.map((r) => [r.snapshot, r.date, r.state, String(r.agreements), SRC.snapshots]),
  ...[...sheetByState]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([state, n]) => [`${SHEET_DATE} pm`, SHEET_DATE, state, String(n), SRC.sheet]),
];
writeIfChanged(
  path.join(DATA_DIR, 'ice_287g_agreements_by_state.csv'),
  csvText(['snapshot', 'snapshot_date', 'state', 'agreements', 'source_id'], stateRows),
);

// ---- 3. identified and removed, FY2006-2013 ---------------------------------------------
const history = parseHistory(
  readRows(raw(FILES.history), [
    'agency',
    'agency_raw',
    'fiscal_year',
    'fy_start',
    'fy_end',
    'identified',
    'removed',
    'attests_active',
    'address',
  ]),
);
const agencyCounty = (agency: string) => {
  // The compiled names read "X County Sheriff Office"; the city police department has no county.
  const f = facilityCounty(agency.replace(/ Sheriff Office$/, " Sheriff's Office"), counties);
  return f.county_fips;
};
const blank = (n: number | null) => (n === null ? '' : String(n));
writeIfChanged(
  path.join(DATA_DIR, 'nc_287g_identified_removed.csv'),
  csvText(
    [
      'agency',
      'agency_raw',
      'county_fips',
      'fiscal_year',
      'period_start',
      'period_end',
      'identified',
      'removed',
      'attests_active',
      'address',
    ],
    history.map((h) => [
      h.agency,
      h.agency_raw,
      agencyCounty(h.agency),
      h.fiscal_year,
      h.period_start,
      h.period_end,
      blank(h.identified),
      blank(h.removed),
      h.attests_active,
      h.address,
    ]),
  ),
);

// ---- 4. roster snapshots, 2011-2017 ----------------------------------------------------------
const roster = readRows(raw(FILES.roster), [
  'snapshot_ts',
  'capture_date',
  'caption',
  'content_asof',
  'asof_basis',
  'state',
  'agency',
  'support_type',
  'date_signed',
]);
for (const r of roster) if (r.state !== NC) throw new Error(`${FILES.roster}: a row for ${r.state}`);
writeIfChanged(
  path.join(DATA_DIR, 'nc_287g_roster_snapshots.csv'),
  csvText(
    [
      'capture_date',
      'snapshot_ts',
      'content_asof',
      'asof_basis',
      'agency',
      'county_fips',
      'support_type',
      'date_signed',
    ],
    roster.map((r) => [
      r.capture_date,
      r.snapshot_ts,
      r.content_asof,
      r.asof_basis,
      r.agency,
      facilityCounty(r.agency, counties).county_fips,
      r.support_type,
      r.date_signed,
    ]),
  ),
);

// ---- 5. events ---------------------------------------------------------------------------------
const EVENTS = [
  {
    date: '2018-12-05',
    agency: "Mecklenburg County Sheriff's Office",
    county_fips: '37119',
    event: 'Ended its 287(g) agreement',
    quote:
      'On his first day in office, Mecklenburg County Sheriff Garry McFadden ended the 287(g) program that allowed Immigration and Customs Enforcement (ICE) to operate within the Mecklenburg County Jail.',
    source_id: SRC.wbtv,
  },
  {
    date: '2018-12-07',
    agency: "Wake County Sheriff's Office",
    county_fips: '37183',
    event: 'Ended its 287(g) agreement',
    quote:
      "Wake County has officially ended the 287 (g) agreement, which allowed the sheriff's office to turn over undocumented immigrants charged with crimes to federal immigration authorities.",
    source_id: SRC.abc11,
  },
];
const EVENT_COLUMNS = ['date', 'agency', 'county_fips', 'event', 'quote', 'source_id'] as const;
writeIfChanged(
  path.join(DATA_DIR, 'nc_287g_events.csv'),
  csvText(
    EVENT_COLUMNS,
    EVENTS.map((e) => EVENT_COLUMNS.map((c) => e[c])),
  ),
);

// ---- caveats ------------------------------------------------------------------------------------
const CAVEAT_2025 =
  "The May-July 2025 snapshots come from a third party's collection of ICE's own sheets (appelson/Tracking_287g), merged by that collector; " +
  `the ${SHEET_DATE} sheet is ICE's own list, dated ${SHEET_DATE} pm in the name ICE gave the file, and ${CAPTURED}. ` +
  'A row is an agreement: one agency can hold agreements under several support models. ' +
  'An agreement on the list says nothing about how much it was used.';
const CAVEAT_HISTORY =
  "ICE's identification and removal statistics FY2006-2013 (federal fiscal years), released under FOIA and compiled per agency by a third party: " +
  'a blank is not zero (the release has no figure). "Identified" and "removed" are ICE\'s counts for the agency\'s 287(g) program, not all removals from the county. ' +
  'Mecklenburg ended its agreement on 2018-12-05 and Wake on 2018-12-07 (nc_287g_events).';
const CAVEAT_ROSTER =
  "Which NC agencies ICE's 287(g) page listed in each archived snapshot (2011-2017), parsed by a third party; the date signed is as the page showed it at the time and is overwritten on renewal, so it is not the original date. Some snapshots carried a stale caption (asof_basis).";

// ---- descriptor entries ---------------------------------------------------------------------------
const FIPS = {
  name: 'county_fips',
  type: 'string',
  description: '5-digit NC county FIPS code; blank when the agency is not a county agency',
  constraints: { pattern: '^37[0-9]{3}$' },
};
const res = (
  name: string,
  title: string,
  description: string,
  caveats: string,
  srcs: Array<{ title: string; path: string }>,
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
  caveats,
  sources: srcs,
  schema: { fields, primaryKey },
});
const srcRef = (id: string) => {
  const s = sources.find((x) => x.id === id)!;
  return { title: s.title.replace(/^\[|\]$/g, ''), path: s.url };
};
const resources = [
  res(
    'nc_287g_agreements',
    "North Carolina 287(g) agreements on ICE's list of 2025-07-18",
    `The ${ncRows.length} North Carolina rows of ICE's 287(g) participating-agencies sheet dated ${SHEET_DATE} pm and ${CAPTURED}, with the county of each agency. ICE's wording is kept (trailing spaces dropped): the sheet names "Albemarle County" for the Albemarle District Jail, which stands in Pasquotank County (basis_url).`,
    CAVEAT_2025,
    [srcRef(SRC.sheet)],
    [
      {
        name: 'agency',
        type: 'string',
        description: 'law_enforcement_agency, as ICE wrote it',
        constraints: { required: true },
      },
      {
        ...FIPS,
        description: '5-digit NC county FIPS code of the agency (basis says how it was decided)',
        constraints: { required: true, pattern: '^37[0-9]{3}$' },
      },
      {
        name: 'support_model',
        type: 'string',
        description: 'support_type: the 287(g) model',
        constraints: { required: true, enum: [...MODELS] },
      },
      {
        name: 'date_signed',
        type: 'date',
        description: 'signed: the date ICE gives for the agreement',
        constraints: { required: true },
      },
      {
        name: 'snapshot_date',
        type: 'date',
        description: "Date of the capture of ICE's sheet",
        constraints: { required: true },
      },
      { name: 'type', type: 'string', description: 'type, as ICE wrote it (County, Municipality, State Agency)' },
      {
        name: 'county_as_ice_wrote_it',
        type: 'string',
        description: 'county, as ICE wrote it (trailing space dropped)',
      },
      {
        name: 'basis',
        type: 'string',
        description: "name: the agency's name names the county; address: a checked source places it",
        constraints: { required: true, enum: ['name', 'address', 'unmapped'] },
      },
      {
        name: 'basis_url',
        type: 'string',
        description: 'The page checked for an address basis',
        constraints: { pattern: '^https://[^\\s"<>`]+$' },
      },
      { name: 'note', type: 'string', description: 'How the county was decided', constraints: { required: true } },
    ],
    ['agency', 'support_model'],
  ),
  res(
    'ice_287g_agreements_by_state',
    "287(g) agreements per state in each snapshot of ICE's list, May to July 2025",
    `Agreements per state in each of the ${new Set(bySnapshot.map((r) => r.snapshot)).size} snapshots of ICE's 287(g) sheet merged by appelson/Tracking_287g (${bySnapshot[0].snapshot} to ${bySnapshot[bySnapshot.length - 1].snapshot}; rows counted by On the Record), and in ICE's sheet of ${SHEET_DATE} pm (source_id says which).`,
    CAVEAT_2025,
    [srcRef(SRC.snapshots), srcRef(SRC.sheet)],
    [
      {
        name: 'snapshot',
        type: 'string',
        description: 'Snapshot as the collector labels it: date and am/pm',
        constraints: { required: true, pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2} (am|pm)$' },
      },
      { name: 'snapshot_date', type: 'date', description: 'Date of the snapshot', constraints: { required: true } },
      { name: 'state', type: 'string', description: 'State as ICE wrote it', constraints: { required: true } },
      {
        name: 'agreements',
        type: 'integer',
        description: 'Agreements (rows) for the state in that snapshot',
        constraints: { required: true, minimum: 1 },
      },
      {
        name: 'source_id',
        type: 'string',
        description: `Id in sources of the list counted (${SRC.snapshots} or ${SRC.sheet})`,
        constraints: { required: true },
      },
    ],
    ['snapshot', 'state'],
  ),
  res(
    'nc_287g_identified_removed',
    'People identified and removed through 287(g), per North Carolina agency, FY2006-2013',
    `ICE's 287(g) identification and removal statistics for the ${new Set(history.map((h) => h.agency)).size} North Carolina agencies in them, federal fiscal years FY2006-2013, as compiled per agency from ICE FOIA releases. Blank is not zero.`,
    CAVEAT_HISTORY,
    [srcRef(SRC.history)],
    [
      {
        name: 'agency',
        type: 'string',
        description: 'Agency as the compiler names it',
        constraints: { required: true },
      },
      {
        name: 'agency_raw',
        type: 'string',
        description:
          'Agency as the source spelled it, from the source\'s agency_raw column (the misspelling "Gilford County Sheriff" is only in its agency_short column, which is not published)',
        constraints: { required: true },
      },
      FIPS,
      {
        name: 'fiscal_year',
        type: 'string',
        description: 'Federal fiscal year (October to September)',
        constraints: { required: true, pattern: '^FY[0-9]{4}$' },
      },
      {
        name: 'period_start',
        type: 'date',
        description: 'First day of the fiscal year',
        constraints: { required: true },
      },
      { name: 'period_end', type: 'date', description: 'Last day of the fiscal year', constraints: { required: true } },
      {
        name: 'identified',
        type: 'integer',
        description: "People identified through the agency's 287(g) program; blank = no figure (not zero)",
        constraints: { minimum: 0 },
      },
      {
        name: 'removed',
        type: 'integer',
        description: 'People removed; blank = no figure (not zero)',
        constraints: { minimum: 0 },
      },
      {
        name: 'attests_active',
        type: 'string',
        description: "Whether the compiler's source attests the agreement was active that year",
        constraints: { required: true, enum: ['TRUE', 'FALSE'] },
      },
      { name: 'address', type: 'string', description: 'Agency address, geocoded by the compiler (not ICE)' },
    ],
    ['agency', 'fiscal_year'],
  ),
  res(
    'nc_287g_roster_snapshots',
    "North Carolina agencies on ICE's 287(g) page, 33 snapshots 2011-2017",
    `Which North Carolina agencies ICE's 287(g) agreements page listed in each of ${new Set(roster.map((r) => r.capture_date)).size} archived snapshots, ${roster[0].capture_date} to ${roster[roster.length - 1].capture_date}.`,
    CAVEAT_ROSTER,
    [srcRef(SRC.roster)],
    [
      { name: 'capture_date', type: 'date', description: 'Date of the archived copy', constraints: { required: true } },
      {
        name: 'snapshot_ts',
        type: 'string',
        description: 'Archive timestamp',
        constraints: { required: true, pattern: '^[0-9]{14}$' },
      },
      { name: 'content_asof', type: 'date', description: "Date the page's content was current, per asof_basis" },
      { name: 'asof_basis', type: 'string', description: 'How content_asof was decided by the compiler' },
      { name: 'agency', type: 'string', description: 'Agency as the page wrote it', constraints: { required: true } },
      FIPS,
      {
        name: 'support_type',
        type: 'string',
        description: 'Support type as the page wrote it',
        constraints: { required: true },
      },
      {
        name: 'date_signed',
        type: 'date',
        description: 'Date signed as the page showed it at the time (overwritten on renewal)',
      },
    ],
    ['snapshot_ts', 'agency'],
  ),
  res(
    'nc_287g_events',
    'Mecklenburg and Wake end their 287(g) agreements, December 2018',
    "Dated events for the 287(g) charts: the day each sheriff's office ended its agreement, quoted from the news report.",
    "News reports of the sheriffs' announcements; ICE's own termination records were not found.",
    [srcRef(SRC.wbtv), srcRef(SRC.abc11)],
    [
      { name: 'date', type: 'date', description: 'Date of the event as reported', constraints: { required: true } },
      { name: 'agency', type: 'string', description: 'Agency', constraints: { required: true } },
      { ...FIPS, constraints: { required: true, pattern: '^37[0-9]{3}$' } },
      { name: 'event', type: 'string', description: 'What happened', constraints: { required: true } },
      {
        name: 'quote',
        type: 'string',
        description: "The report's sentence, word for word",
        constraints: { required: true },
      },
      {
        name: 'source_id',
        type: 'string',
        description: 'Id of the report in sources',
        constraints: { required: true },
      },
    ],
    ['date', 'agency'],
  ),
];
// Rows that name a source must name one in sources.csv.
const toSources = [{ fields: 'source_id', reference: { resource: 'sources', fields: 'id' } }];
for (const r of resources)
  if (r.schema.fields.some((f) => (f as { name: string }).name === 'source_id'))
    Object.assign(r.schema, { foreignKeys: toSources });
let after = 'ice_detainers_fy2015_state_lift_reason';
for (const r of resources) {
  upsertResource(r, after);
  after = r.name;
}

// ---- series and observations ----------------------------------------------------------------------
const observations: Row[] = [];
const series: Row[] = [];
const point = (date: string) => ({ period_type: 'point-in-time', period_start: date, period_end: date });

// NC agreements by county (a map): one observation per county, its agreements and models.
const SERIES_MAP = 'ice-287g-nc-agreements-by-county-2025-07-18';
const byCounty = new Map<string, typeof ncRows>();
for (const r of ncRows) byCounty.set(r.county_fips, [...(byCounty.get(r.county_fips) ?? []), r]);
// Every county gets a value: a county with no agreement on ICE's list has 0.
for (const { fips } of counties) {
  const rows = byCounty.get(fips) ?? [];
  observations.push({
    id: `${SERIES_MAP}-${fips}`,
    series_id: SERIES_MAP,
    label: `${name.get(fips)} County: ${rows.length ? rows.map((r) => r.support_model).join(', ') : 'none'}`,
    period: `${SHEET_DATE} (ICE's list dated that afternoon)`,
    ...point(SHEET_DATE),
    geography: `${name.get(fips)} County, NC`,
    fips,
    value: String(rows.length),
    qualifier: rows.length === 1 ? 'exact' : 'computed',
    unit: 'agreements',
    source_id: SRC.sheet,
    locator: rows.length
      ? `${READER.sheet}: ${rows.map((r) => `row state ${NC}, law_enforcement_agency "${r.agency}", support_type ${r.support_model}, signed ${r.date_signed}`).join('; ')}`
      : `${READER.sheet}: no row with state ${NC} for an agency in ${name.get(fips)} County`,
    locator_type: rows.length === 1 ? 'table' : 'computed',
    confidence: 'medium',
    note: rows.length
      ? `${rows.map((r) => `${r.agency} (${r.support_model}, signed ${r.date_signed})`).join('; ')}. ${rows.some((r) => r.basis === 'address') ? rows.find((r) => r.basis === 'address')!.note : ''}`.trim()
      : `No agreement for an agency in ${name.get(fips)} County on ICE's list of ${SHEET_DATE}.`,
  });
}
series.push({
  id: SERIES_MAP,
  // The map draws how many agreements each county's agencies hold; the support models are named in each county's row, not drawn.
  title: `287(g) agreements in North Carolina by county, ICE's list of ${SHEET_DATE}`,
  short_title: `ICE: NC 287(g) agreements, ${SHEET_DATE}`,
  measure: `Agreements listed for North Carolina agencies on ICE's 287(g) participating-agencies sheet dated ${SHEET_DATE} pm, counted by the agency's county (the table names each agreement's support model)`,
  unit: 'agreements',
  geography: 'North Carolina counties',
  fips: '37',
  period_type: 'point-in-time',
  publisher: 'U.S. Immigration and Customs Enforcement',
  caveats: `${CAVEAT_2025} ICE's sheet names "Albemarle County" for the Albemarle District Jail; it is shown in Pasquotank County, where the jail stands. Mecklenburg and Wake ended their agreements in December 2018 and are not on the list.`,
});

// The growth of the program, May to July 2025: U.S. and NC agreements per snapshot.
const snapshots = [...new Set(bySnapshot.map((r) => r.snapshot))];
for (const [geo, fips, state, id] of [
  ['United States', 'US', null, 'ice-287g-us-agreements-2025'],
  ['North Carolina', '37', NC, 'ice-287g-nc-agreements-2025'],
] as const) {
  const pick = (rows: typeof bySnapshot) =>
    rows.filter((r) => state === null || r.state === state).reduce((s, r) => s + r.agreements, 0);
  for (const snap of snapshots) {
    const n = pick(bySnapshot.filter((r) => r.snapshot === snap));
    observations.push({
      id: `${id}-${snap.replace(' ', '-')}`,
      series_id: id,
      label: snap,
      period: `${snap} snapshot`,
      ...point(snapshotOf(snap).date),
      geography: geo,
      fips,
      value: String(n),
      qualifier: 'computed',
      unit: 'agreements',
      source_id: SRC.snapshots,
      locator: `Count of rows in ${READER.snapshots} with date "${snap}"${state ? ` and state ${state}` : ''}: ${n}`,
      locator_type: 'computed',
      confidence: 'low',
      note: "A third party's merge of ICE's own sheets; counted by On the Record. Check any single row against ICE's sheet.",
    });
  }
  const n = state === null ? agreements.length : ncRows.length;
  observations.push({
    id: `${id}-${SHEET_DATE}-pm`,
    series_id: id,
    label: `${SHEET_DATE} pm (ICE's sheet)`,
    period: `${SHEET_DATE} pm snapshot`,
    ...point(SHEET_DATE),
    geography: geo,
    fips,
    value: String(n),
    qualifier: 'computed',
    unit: 'agreements',
    source_id: SRC.sheet,
    locator: `Count of rows in ${READER.sheet}${state ? ` with state ${state}` : ''}: ${n}`,
    locator_type: 'computed',
    confidence: 'medium',
    note: "ICE's own sheet as captured; counted by On the Record.",
  });
  series.push({
    id,
    title: `287(g) agreements${state ? ' in North Carolina' : ' nationally'}, snapshots of ICE's list, May to July 2025`,
    short_title: `287(g) agreements${state ? ', NC' : ', U.S.'}, May-July 2025`,
    measure: `Agreements${state ? ' of North Carolina agencies' : ''} on ICE's 287(g) participating-agencies sheet in each snapshot: ${snapshots.length} snapshots merged by a third party (${snapshots[0]} to ${snapshots[snapshots.length - 1]}) and ICE's sheet of ${SHEET_DATE} pm`,
    unit: 'agreements',
    geography: geo,
    fips,
    period_type: 'point-in-time',
    publisher: 'U.S. Immigration and Customs Enforcement (snapshots collected by appelson/Tracking_287g)',
    caveats: `${CAVEAT_2025} Two snapshots on one day are labelled am and pm.`,
  });
}

// NC agencies on ICE's 287(g) page, 2011-2017: the background to Mecklenburg and Wake ending theirs in 2018.
const SERIES_ROSTER = 'ice-287g-nc-agencies-2011-2017';
const captures = [...new Set(roster.map((r) => r.capture_date))];
for (const date of captures) {
  const rows = roster.filter((r) => r.capture_date === date);
  const agenciesThen = [...new Set(rows.map((r) => r.agency))].sort();
  observations.push({
    id: `${SERIES_ROSTER}-${date}`,
    series_id: SERIES_ROSTER,
    label: date,
    period: `${date} (archived copy of ICE's 287(g) page)`,
    ...point(date),
    geography: 'North Carolina',
    fips: '37',
    value: String(agenciesThen.length),
    qualifier: 'computed',
    unit: 'agencies',
    source_id: SRC.roster,
    locator: `Distinct agencies in the rows of ${READER.roster} with capture_date ${date} (snapshot ${rows[0].snapshot_ts}): ${agenciesThen.join('; ')}`,
    locator_type: 'computed',
    confidence: 'medium',
    note: `${rows[0].asof_basis === 'on-page caption' ? `The page's caption dates its list ${rows[0].content_asof}.` : "The page's caption was stale; the list is dated by the capture."} Agencies, not agreements: an agency with two support types counts once.`,
  });
}
series.push({
  id: SERIES_ROSTER,
  title: "North Carolina agencies listed on ICE's 287(g) page, 2011-2017 (archived snapshots)",
  short_title: "287(g): NC agencies on ICE's page, 2011-2017",
  measure: `Distinct North Carolina agencies listed on ICE's 287(g) agreements page in each of ${captures.length} archived snapshots, ${captures[0]} to ${captures[captures.length - 1]}`,
  unit: 'agencies',
  geography: 'North Carolina',
  fips: '37',
  period_type: 'point-in-time',
  publisher: 'U.S. Immigration and Customs Enforcement (archived pages parsed by the Deportation Data Project)',
  caveats: `${CAVEAT_ROSTER} Mecklenburg (2018-12-05) and Wake (2018-12-07) ended their agreements after the last snapshot (nc_287g_events). Agencies, not agreements.`,
});

// Removals per NC agency, FY2006-2013 (lines): one series per agency; a blank year has no observation.
const agencies = [...new Set(history.map((h) => h.agency))].sort();
for (const agency of agencies) {
  const rows = history.filter((h) => h.agency === agency);
  const fips = agencyCounty(agency);
  const id = `ice-287g-removed-${slug(agency)}`;
  const blanks = rows.filter((h) => h.removed === null).map((h) => h.fiscal_year);
  for (const h of rows) {
    if (h.removed === null) continue;
    observations.push({
      id: `${id}-${h.fiscal_year.toLowerCase()}`,
      series_id: id,
      label: h.fiscal_year,
      period: h.fiscal_year,
      period_type: 'federal-fy',
      period_start: h.period_start,
      period_end: h.period_end,
      geography: fips ? `${name.get(fips)} County, NC` : 'City of Durham, NC',
      fips,
      value: String(h.removed),
      qualifier: 'exact',
      unit: 'removals',
      source_id: SRC.history,
      locator: `${READER.history}, row agency "${agency}", fiscal_year ${h.fiscal_year.slice(2)}: removed ${h.removed}${h.identified === null ? '' : `, identified ${h.identified}`}`,
      locator_type: 'table',
      confidence: 'medium',
      note: `ICE FOIA statistics compiled per agency by a third party.${h.identified === null ? '' : ` The same row gives ${fmt(h.identified)} identified.`}`,
    });
  }
  series.push({
    id,
    title: `People removed through 287(g): ${agency}, FY2006-2013`,
    short_title: `287(g) removals: ${agency.replace(/ Sheriff Office$/, '')}`,
    measure: `People removed through the 287(g) program of the ${agency}, by federal fiscal year, in ICE's identification and removal statistics released under FOIA`,
    unit: 'removals',
    geography: fips ? `${name.get(fips)} County, NC` : 'City of Durham, NC',
    fips,
    period_type: 'federal-fy',
    publisher: 'U.S. Immigration and Customs Enforcement (FOIA; compiled by the Deportation Data Project)',
    caveats: `${CAVEAT_HISTORY}${blanks.length ? ` No figure for ${blanks.join(', ')} (shown as a gap, not zero).` : ''}`,
  });
}

// ---- units, claims, merge -------------------------------------------------------------------------
const units = Papa.parse<Row>(fs.readFileSync(path.join(DATA_DIR, 'units.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const UNITS = [
  {
    id: 'agreements',
    kind: 'count',
    minimum: '0',
    maximum: '',
    description:
      '287(g) agreements between ICE and a state or local agency; one agency can hold several (one per support model)',
  },
  {
    id: 'agencies',
    kind: 'count',
    minimum: '0',
    maximum: '',
    description: "Law enforcement agencies (a sheriff's office, a police department)",
  },
];
for (const u of UNITS) if (!units.some((x) => x.id === u.id)) mergeRows('units.csv', (r) => r.id === u.id, [u]);
// Context for the 287(g) claim about Mecklenburg: the program's removals there, FY2006-2013 (a different measure and years).
const meck = `ice-287g-removed-${slug(agencies.find((a) => a.startsWith('Mecklenburg'))!)}`;
const evidence: Row[] = observations
  .filter((o) => o.series_id === meck)
  .map((o) => ({ claim_id: 'wbtv-2018-12-07-ice-mecklenburg-287g-1185', observation_id: o.id, role: 'context' }));
const ownedObs = new Set(Object.values(SRC));
mergeRows('sources.csv', (r) => ownedObs.has(r.id), sources);
const ownedSeries = (id: string) => id.startsWith('ice-287g-');
mergeRows('series.csv', (r) => ownedSeries(r.id), series);
mergeRows('observations.csv', (r) => ownedObs.has(r.source_id), observations);
mergeRows('claim_evidence.csv', (r) => r.observation_id.startsWith('ice-287g-'), evidence);

const meckRow = history.find((h) => h.agency.startsWith('Mecklenburg') && h.fiscal_year === 'FY2009')!;
console.log(
  `ice-287g: ${agreements.length} agreements on ${SHEET_DATE} (NC ${ncRows.length}); ${snapshots.length} snapshots; ${history.length} history rows, ` +
    `Mecklenburg FY2009 identified ${meckRow.identified} removed ${meckRow.removed}; ${roster.length} roster rows; ${series.length} series, ${observations.length} observations`,
);
