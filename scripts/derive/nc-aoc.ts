// NC AOC criminal caseloads, FY2012-13 to FY2019-20, from the AOC open-data
// dataset caseload-inventory. Writes the county criminal records to
// <data>/nc_aoc_caseload.csv (with its Table Schema in datapackage.json), sums
// them into statewide series, observations, a source and the unit "cases",
// and cross-checks the sums against the research dossier's FIGURES.csv.
// Run from the project root: npx tsx scripts/derive/nc-aoc.ts [--data DIR]
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { RAW_DIR, Row, md5, mergeRows, upsertResource, writeIfChanged } from './write-rows';
import {
  CASE_TYPE_ORDER,
  COUNTY_COLUMNS,
  type CountyRecord,
  JURISDICTIONS,
  MEASURES,
  RAW_COLUMNS,
  type RawRow,
  SERIES_CASE_TYPES,
  type StatewideTotal,
  compareCaseTypes,
  countyCells,
  observationId,
  parseCaseload,
  seriesId,
  statewideTotals,
} from './nc-aoc-lib';

// ---- arguments --------------------------------------------------------------
const args = process.argv.slice(2);
let dataArg = 'data';
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--data' && args[i + 1]) dataArg = args[++i];
  else throw new Error(`usage: npx tsx scripts/derive/nc-aoc.ts [--data DIR] (unexpected ${JSON.stringify(args[i])})`);
}
const DATA = path.resolve(dataArg);
if (!fs.existsSync(path.join(DATA, 'datapackage.json'))) throw new Error(`${DATA}: no datapackage.json`);

// ---- constants --------------------------------------------------------------
const FILE = 'caseload-inventory-fy2012-13-to-fy2019-20.csv';
const RAW = path.join(RAW_DIR, 'nc-aoc', FILE);
const FIGURES = process.env.FIGURES ?? path.join(RAW_DIR, '..', 'FIGURES.csv');
const SOURCE_ID = 'nc-aoc-caseload-inventory';
const RESOURCE = 'nc_aoc_caseload';
const COUNTY_FILE = `${RESOURCE}.csv`;
// What the pages call it: the dataset by name (its file is the download on its /data page).
const COUNTY_DATASET = `dataset ${RESOURCE}`;
const UNIT = 'cases';
// Public origin as recorded in the research dossier (README raw/ table and the
// url column of its NC AOC rows in FIGURES.csv). The commit is the mirror
// commit the README names (db453de), in full.
const AOC_URL = 'https://data.nccourts.gov/api/records/1.0/download/?dataset=caseload-inventory';
const MIRROR = {
  repo: 'aassumpcao/CJIL',
  commit: 'db453de5f016d0c4dcaca3b5a2ff30258ce5e0f6',
  path: 'data-raw/data.rds.xz',
};
const MIRROR_URL = `https://github.com/${MIRROR.repo}/blob/${MIRROR.commit}/${MIRROR.path}`;
const MIRROR_SHORT = `${MIRROR.repo} @${MIRROR.commit.slice(0, 7)}, ${MIRROR.path}`;

// ---- read and check the raw file ---------------------------------------------
const parsed = Papa.parse<RawRow>(fs.readFileSync(RAW, 'utf8'), { header: true, skipEmptyLines: true });
if (parsed.errors.length) throw new Error(`${FILE}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
for (const col of RAW_COLUMNS) if (!parsed.meta.fields?.includes(col)) throw new Error(`${FILE}: no column ${col}`);
const raw = parsed.data;
const tally = (rows: RawRow[], f: (r: RawRow) => string) => {
  const m = new Map<string, number>();
  for (const r of rows) m.set(f(r), (m.get(f(r)) ?? 0) + 1);
  return [...m]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join('; ');
};
console.log(`${FILE}: ${raw.length} rows; md5 ${md5(RAW)}`);
console.log(`  categories: ${tally(raw, (r) => r.category)}`);
const stamps = [...new Set(raw.map((r) => r.record_timestamp))].sort();
if (stamps.some((s) => !/^\d{4}-\d{2}-\d{2}T/.test(s)))
  throw new Error(`${FILE}: record_timestamp not ISO: ${stamps.join(', ')}`);
if (stamps.length !== 1)
  console.log(`  ANOMALY: ${stamps.length} different record_timestamp values: ${stamps.join(', ')}`);
const SNAPSHOT = stamps.length === 1 ? stamps[0] : `${stamps[0]} to ${stamps[stamps.length - 1]}`;
const SNAPSHOT_DATE = stamps[stamps.length - 1].slice(0, 10);

const { records, skipped } = parseCaseload(raw);
for (const s of skipped) console.log(`  SKIPPED record ${s.record_id}: ${s.reason}`);
const criminalRaw = raw.filter((r) => r.category === 'Criminal');
console.log(
  `  category Criminal: ${criminalRaw.length} rows -> ${records.length} county records, ${skipped.length} skipped`,
);
console.log(
  `  Criminal rows by jurisdiction / case_type: ${tally(criminalRaw, (r) => `${r.jurisdiction} / ${r.case_type}`)}`,
);
const otherSameCaseType = raw.filter(
  (r) => r.category !== 'Criminal' && JURISDICTIONS.includes(r.jurisdiction as (typeof JURISDICTIONS)[number]),
);
if (otherSameCaseType.length) {
  console.log(
    `  note: ${otherSameCaseType.length} rows outside category Criminal also carry a criminal jurisdiction (${tally(otherSameCaseType, (r) => `${r.category} / ${r.jurisdiction} / ${r.case_type}`)}); not included`,
  );
}

const periods = [...new Map(records.map((r) => [r.period, r])).values()].sort((a, b) => (a.period < b.period ? -1 : 1));
const counties = new Map(records.map((r) => [r.fips, r.county]));
const fipsList = [...counties.keys()].sort();
console.log(`  ${counties.size} counties; ${periods.length} periods: ${periods.map((p) => p.period).join(', ')}`);
if (counties.size !== 100) console.log(`  ANOMALY: ${counties.size} counties, not 100`);
const countyName = (f: string) => `${counties.get(f)} (${f})`;

// Completeness: every county, period, jurisdiction, case type and measure.
const combos = [...new Map(records.map((r) => [`${r.jurisdiction}|${r.case_type}`, r])).values()]
  .map((r) => ({ jurisdiction: r.jurisdiction, case_type: r.case_type }))
  .sort((a, b) =>
    a.jurisdiction < b.jurisdiction
      ? -1
      : a.jurisdiction > b.jurisdiction
        ? 1
        : compareCaseTypes(a.case_type, b.case_type),
  );
const have = new Set(records.map((r) => `${r.period}|${r.fips}|${r.jurisdiction}|${r.case_type}|${r.measure}`));
for (const c of combos) {
  if (!SERIES_CASE_TYPES.includes(c.case_type)) {
    const rows = records.filter((r) => r.jurisdiction === c.jurisdiction && r.case_type === c.case_type);
    console.log(
      `  ANOMALY: ${rows.length} Criminal records with case_type ${c.case_type} (${c.jurisdiction}): ` +
        rows.map((r) => `${r.period} ${countyName(r.fips)} ${r.measure} ${r.cases}`).join('; ') +
        `. Kept in ${COUNTY_DATASET}; no statewide series (not a complete series).`,
    );
    continue;
  }
  const missing: string[] = [];
  for (const p of periods)
    for (const f of fipsList)
      for (const m of MEASURES) {
        if (!have.has(`${p.period}|${f}|${c.jurisdiction}|${c.case_type}|${m}`))
          missing.push(`${p.period} ${countyName(f)} ${m}`);
      }
  if (missing.length)
    console.log(
      `  ANOMALY: ${c.jurisdiction} / ${c.case_type}: no record for ${missing.length} county-year-measures: ${missing.join('; ')}`,
    );
}
for (const t of SERIES_CASE_TYPES)
  for (const j of JURISDICTIONS) {
    if (!combos.some((c) => c.jurisdiction === j && c.case_type === t)) throw new Error(`no records for ${j} / ${t}`);
  }
const zeros = records.filter((r) => r.cases === 0).length;
console.log(
  `  county records with cases = 0: ${zeros}; whole raw file: ${raw.filter((r) => r.number_of_cases === '0').length}`,
);
const rawHasZeros = raw.some((r) => r.number_of_cases === '0');

// ---- 1. the county file -------------------------------------------------------
const countyText = Papa.unparse([[...COUNTY_COLUMNS], ...records.map(countyCells)], { newline: '\n' }) + '\n';
writeIfChanged(path.join(DATA, COUNTY_FILE), countyText);

// ---- 2. its entry in datapackage.json ----------------------------------------
const first = periods[0].period;
const last = periods[periods.length - 1].period;
const caseTypes = [...new Set(records.map((r) => r.case_type))].sort(compareCaseTypes);
const nonSeries = caseTypes.filter((t) => !SERIES_CASE_TYPES.includes(t));
const resource = {
  name: RESOURCE,
  path: COUNTY_FILE,
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  title: 'NC AOC criminal caseload by county',
  description:
    `North Carolina Administrative Office of the Courts (NC AOC) county records of criminal cases filed, disposed and pending at year end, ` +
    `state fiscal years ${first} to ${last} (July 1 to June 30), ${counties.size} counties: one row per record of the AOC open-data dataset ` +
    `caseload-inventory with category "Criminal", as in the snapshot with record_timestamp ${SNAPSHOT} (GitHub mirror ${MIRROR_SHORT}). ` +
    `Unit: cases, not charges or people. ` +
    (rawHasZeros
      ? 'A county with no record for a year and measure has no row here. '
      : 'The dataset has no row where a count is zero, so a county with no record for a year and measure probably had no cases, but the file does not say so. ') +
    (nonSeries.length
      ? `It includes ${records.filter((r) => nonSeries.includes(r.case_type)).length} records with case_type ${nonSeries.join(', ')} filed under category Criminal; they are kept as published but not summed. `
      : '') +
    `The statewide observations with source nc-aoc-caseload-inventory are sums of these rows computed by On the Record, not AOC-published totals.`,
  sources: [
    {
      title: 'NC Administrative Office of the Courts, open data: caseload-inventory (data.nccourts.gov)',
      path: AOC_URL,
    },
    { title: `GitHub mirror of the ${SNAPSHOT_DATE} snapshot: ${MIRROR_SHORT}`, path: MIRROR_URL },
  ],
  schema: {
    fields: [
      {
        name: 'period',
        type: 'string',
        description: 'NC state fiscal year, e.g. FY2018-19 (raw period 2018-2019)',
        constraints: { required: true, pattern: '^FY[0-9]{4}-[0-9]{2}$' },
      },
      {
        name: 'period_start',
        type: 'date',
        description: 'First day of the fiscal year (July 1)',
        constraints: { required: true },
      },
      {
        name: 'period_end',
        type: 'date',
        description: 'Last day of the fiscal year (June 30)',
        constraints: { required: true },
      },
      {
        name: 'county',
        type: 'string',
        description: 'County name as in the AOC record',
        constraints: { required: true },
      },
      {
        name: 'fips',
        type: 'string',
        description: '5-digit county FIPS code (raw ctyfips)',
        constraints: { required: true, pattern: '^37[0-9]{3}$' },
      },
      {
        name: 'jurisdiction',
        type: 'string',
        description:
          'Court, as in the raw file: District Criminal (District Court, file type CR) or Superior Criminal (Superior Court, file type CRS). Do not add District and Superior felony counts: most felonies start in District Court and move up on indictment',
        constraints: { required: true, enum: [...JURISDICTIONS] },
      },
      {
        name: 'case_type',
        type: 'string',
        description: `Case type as in the raw file${nonSeries.length ? `; ${nonSeries.join(', ')} appears in only a few records under category Criminal` : ''}`,
        constraints: { required: true, enum: caseTypes },
      },
      {
        name: 'measure',
        type: 'string',
        description:
          'Raw case_count: cases Filed or Disposed during the fiscal year, or End Pending (pending on June 30)',
        constraints: { required: true, enum: [...MEASURES] },
      },
      {
        name: 'cases',
        type: 'integer',
        description: 'Number of cases (raw number_of_cases)',
        constraints: { required: true, minimum: 0 },
      },
      {
        name: 'population',
        type: 'integer',
        description:
          'County population given in the AOC record (NC OSBM estimate; the record does not state the vintage)',
        constraints: { required: true, minimum: 0 },
      },
      {
        name: 'record_id',
        type: 'string',
        description: 'The AOC open-data record id',
        constraints: { required: true, pattern: '^[0-9a-f]{40}$' },
      },
    ],
    primaryKey: 'record_id',
    uniqueKeys: [['period', 'fips', 'jurisdiction', 'case_type', 'measure']],
  },
};
upsertResource(resource, 'observations', DATA);

// ---- 3. statewide totals ------------------------------------------------------
const totals = statewideTotals(records);
const court = (j: string) => (j === 'District Criminal' ? 'District Court' : 'Superior Court');
const typeLabel = (t: string) =>
  ({
    Felonies: 'felony',
    'Misdemeanors (Non-MV)': 'misdemeanor (non-motor-vehicle)',
    'Misdemeanors (Traffic)': 'misdemeanor (traffic)',
  })[t] ?? t;
const measureLabel = (m: string) =>
  ({ Filed: 'filed', Disposed: 'disposed', 'End Pending': 'pending at end of year' })[m] ?? m;
/** "Superior Court felony cases filed": the dossier's wording, used to match its rows. */
const phrase = (t: Pick<StatewideTotal, 'jurisdiction' | 'case_type' | 'measure'>) =>
  `${court(t.jurisdiction)} ${typeLabel(t.case_type)} cases ${measureLabel(t.measure)}`;
const names = (fips: string[]) => fips.map(countyName).join(', ');

// Confidence as the research dossier's ledger rates these sums (FIGURES.csv):
// medium (the research rated them medium-high; a split rating takes the lower
// one), and low for the FY2018-19 District Court misdemeanor dispositions.
const isFy1819DistrictMisdDisposed = (t: StatewideTotal) =>
  t.period === 'FY2018-19' &&
  t.jurisdiction === 'District Criminal' &&
  t.case_type.startsWith('Misdemeanors') &&
  t.measure === 'Disposed';
const confidence = (t: StatewideTotal) => (isFy1819DistrictMisdDisposed(t) ? 'low' : 'medium');

const origin =
  `Computed by On the Record: the sum of NC AOC county records (${COUNTY_DATASET}), from the AOC open-data dataset caseload-inventory ` +
  `as snapshotted on ${SNAPSHOT_DATE} (GitHub mirror ${MIRROR_SHORT}). Each county record is an official AOC record; the statewide sum is not ` +
  `a total the AOC published, and the AOC may have revised its records since.`;
const unitNote =
  'The unit is cases, not charges or people: one case can carry several charges, and one person can have several cases.';
const absentNote = rawHasZeros
  ? 'A county with no record is left out of the sum, not counted as zero.'
  : 'The raw file has no zero counts at all, so an absent county record probably means no cases, but the file does not say so; it is left out of the sum, not counted as zero.';

const seriesRows: Row[] = [];
const observations: Row[] = [];
const bySeries = new Map<string, StatewideTotal[]>();
for (const t of totals) bySeries.set(seriesId(t), [...(bySeries.get(seriesId(t)) ?? []), t]);
for (const [id, ts] of bySeries) {
  const t0 = ts[0];
  const gaps = ts.filter((t) => t.missing.length);
  const what = phrase(t0);
  seriesRows.push({
    id,
    title: `${what[0].toUpperCase()}${what.slice(1)}, North Carolina (sum of NC AOC county records)`,
    short_title: `NC AOC: ${court(t0.jurisdiction)} ${typeLabel(t0.case_type)} ${measureLabel(t0.measure)}`,
    measure:
      `${what[0].toUpperCase()}${what.slice(1)} in North Carolina${t0.measure === 'End Pending' ? ' (pending on June 30)' : ' during the state fiscal year'}: ` +
      `the sum over counties of the NC AOC caseload-inventory records with jurisdiction ${t0.jurisdiction}, case_type ${t0.case_type}, case_count ${t0.measure}`,
    unit: UNIT,
    geography: 'North Carolina',
    fips: '37',
    period_type: 'state-fy',
    publisher: 'NC Administrative Office of the Courts',
    caveats:
      `Statewide totals are sums of the AOC's county records computed by On the Record, not AOC-published totals; the AOC may revise its records ` +
      `(snapshot of ${SNAPSHOT_DATE}). Never add District and Superior Court felony counts: most felonies start in District Court and move up to ` +
      `Superior Court on indictment, so one case can be counted in both. FY2018-19 District Court misdemeanor dispositions look like a one-time ` +
      `administrative effect. FY2019-20 includes the first COVID-19 months. ${unitNote} State fiscal years run July 1 to June 30.` +
      (gaps.length
        ? ` ${gaps.length} of the ${ts.length} years sum fewer than ${counties.size} county records because the file has no record for ` +
          gaps.map((t) => `${names(t.missing)} in ${t.period}`).join(', ') +
          `. ${absentNote}`
        : ''),
  });
  for (const t of ts) {
    const where = `${COUNTY_DATASET}, period ${t.period}, jurisdiction ${t.jurisdiction}, case_type ${t.case_type}, measure ${t.measure}`;
    const locator = t.missing.length
      ? `Sum of the ${t.records} county records present (${where}); no record for ${names(t.missing)}`
      : `Sum of ${t.records} county records (${where})`;
    const notes = [origin, unitNote];
    if (t.missing.length)
      notes.push(`The file has no record for ${names(t.missing)} for this year and measure. ${absentNote}`);
    if (isFy1819DistrictMisdDisposed(t))
      notes.push(
        'FY2018-19 District Court misdemeanor dispositions look like a one-time administrative effect (research dossier, caveat 7); treat this value with caution.',
      );
    if (t.period === 'FY2019-20') notes.push('FY2019-20 includes the first COVID-19 months.');
    if (t.case_type === 'Felonies')
      notes.push(
        'Do not add District and Superior Court felony counts: most felonies start in District Court and move up on indictment.',
      );
    notes.push(
      confidence(t) === 'low'
        ? 'Confidence low, as the research dossier rates this sum.'
        : 'Confidence medium, as the research dossier rates these sums (it rates each county record high; the research rated the sums medium-high, and a split rating takes the lower one).',
    );
    observations.push({
      id: observationId(t),
      series_id: id,
      label: t.period,
      period: t.period,
      period_type: 'state-fy',
      period_start: t.period_start,
      period_end: t.period_end,
      geography: 'North Carolina',
      fips: '37',
      value: String(t.cases),
      qualifier: 'computed',
      unit: UNIT,
      source_id: SOURCE_ID,
      locator,
      locator_type: 'computed',
      confidence: confidence(t),
      note: notes.join(' '),
    });
  }
}

const source: Row = {
  id: SOURCE_ID,
  title: `[NC AOC open-data dataset caseload-inventory (data.nccourts.gov), snapshot of ${SNAPSHOT_DATE}: GitHub mirror]`,
  publisher: `NC Administrative Office of the Courts (mirror copy in GitHub ${MIRROR.repo})`,
  date: SNAPSHOT_DATE,
  url: MIRROR_URL,
  kind: 'public-data-file',
  access_note:
    `Snapshot with record_timestamp ${SNAPSHOT} of the AOC open-data dataset caseload-inventory (${AOC_URL}), as saved in ` +
    `${MIRROR.path} of GitHub ${MIRROR.repo} at commit ${MIRROR.commit}. Read from the research dossier's extract ${FILE} ` +
    `(${raw.length} rows, md5 ${md5(RAW)}). County criminal records are in ${COUNTY_FILE}; statewide sums computed by scripts/derive/nc-aoc.ts.`,
};

const unitsText = fs.readFileSync(path.join(DATA, 'units.csv'), 'utf8');
const unitRow = Papa.parse<Row>(unitsText, { header: true, skipEmptyLines: true }).data.find((u) => u.id === UNIT);
if (!unitRow) {
  mergeRows(
    'units.csv',
    (r) => r.id === UNIT,
    [
      {
        id: UNIT,
        kind: 'count',
        minimum: '0',
        maximum: '',
        description: 'Court cases; one case can carry several charges, and one person can have several cases',
      },
    ],
    undefined,
    DATA,
  );
} else {
  if (unitRow.kind !== 'count' || unitRow.minimum !== '0')
    console.log(
      `  WARNING: units.csv already has "${UNIT}" with kind ${unitRow.kind}, minimum ${unitRow.minimum}; left as it is`,
    );
  console.log(`units.csv: "${UNIT}" already present, left as it is`);
}
mergeRows('sources.csv', (r) => r.id === SOURCE_ID, [source], undefined, DATA);
mergeRows('series.csv', (r) => /^nc-aoc-(district|superior)-criminal-/.test(r.id), seriesRows, undefined, DATA);
mergeRows('observations.csv', (r) => r.source_id === SOURCE_ID, observations, undefined, DATA);

console.log(
  `county records: ${records.length}; statewide series: ${seriesRows.length}; statewide observations: ${observations.length}`,
);
for (const [id, ts] of bySeries)
  console.log(
    `  ${id}: ${ts.map((t) => `${t.period} ${t.cases}${t.missing.length ? ` (${t.records} records)` : ''}`).join(', ')}`,
  );

// ---- 4. cross-check with the research dossier -------------------------------
if (!fs.existsSync(FIGURES)) {
  console.log(`cross-check: ${FIGURES} not found; skipped`);
} else {
  const figs = Papa.parse<Row>(fs.readFileSync(FIGURES, 'utf8'), { header: true, skipEmptyLines: true }).data.filter(
    (f) => f.topic === 'nc-courts' && /caseload-inventory/.test(`${f.url} ${f.source_title}`),
  );
  const byPhrase = new Map(totals.map((t) => [`${phrase(t)}|${t.period_start}`, t]));
  const countyBy = new Map<string, CountyRecord>();
  for (const r of records)
    if (SERIES_CASE_TYPES.includes(r.case_type)) countyBy.set(`${phrase(r)}|${r.period_start}|${r.fips}`, r);
  let same = 0;
  const lines: string[] = [];
  for (const f of figs) {
    const mine =
      f.fips === '37'
        ? byPhrase.get(`${f.measure}|${f.period_start}`)?.cases
        : countyBy.get(`${f.measure}|${f.period_start}|${f.fips}`)?.cases;
    const kind = f.fips === '37' ? 'statewide sum' : 'county record';
    if (mine === undefined) lines.push(`  UNMATCHED ${f.id}: ${f.measure}, ${f.geography}, ${f.period} = ${f.value}`);
    else if (String(mine) === f.value) same++;
    else lines.push(`  MISMATCH ${f.id}: dossier ${f.value}, ${kind} here ${mine}`);
  }
  console.log(
    `cross-check with ${path.basename(FIGURES)}: ${figs.length} NC AOC rows, ${same} equal, ${lines.length} not`,
  );
  for (const l of lines) console.log(l);
}

// Keep the case-type order list honest: the schema enum is built from it.
for (const t of caseTypes)
  if (!CASE_TYPE_ORDER.includes(t))
    console.log(`  note: case_type ${t} is not in CASE_TYPE_ORDER; sorted after the known ones`);
