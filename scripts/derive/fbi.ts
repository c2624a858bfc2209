// Derives rape rates per 100,000 residents (legacy and revised UCR
// definitions) for North Carolina and the United States from the FBI state
// estimates file, reads the file's own counts (population, violent crime,
// rape under each definition) for the same geographies, and merges series,
// observations, source, unit and claim-evidence rows into data/.
// Run from the project root: npx tsx scripts/derive/fbi.ts
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { RAW_DIR, DATA_DIR, Row, int, md5, ratio1dp, mergeRows, evidenceRank } from './write-rows';

const FILE = 'estimated_crimes_1979_2019.csv';
const RAW = path.join(RAW_DIR, 'fbi', FILE);
// What the pages call the file: the source's table in words (its file name is in the source's access_note).
const TABLE = "the FBI Crime Data Explorer's table of state estimates, 1979-2019";
const SOURCE_ID = 'fbi-cde-state-estimates';
const MIRROR = {
  repo: 'lorenzomezzini/Group_project',
  commit: '6a8b703',
  path: `data/${FILE}`,
  citedCommit: '3cb1cab',
};
const CLAIM = 'breitbart-2019-11-03-disproportionately-high-rate';
const FIRST_YEAR = 2005;

// Semicolon-delimited; the U.S. total row has blank state_abbr and state_name.
const parsed = Papa.parse<Row>(fs.readFileSync(RAW, 'utf8'), { delimiter: ';', header: true, skipEmptyLines: true });
if (parsed.errors.length) throw new Error(`${FILE}: ${parsed.errors[0].message}`);
for (const col of [
  'year',
  'state_abbr',
  'state_name',
  'population',
  'violent_crime',
  'homicide',
  'rape_legacy',
  'rape_revised',
  'robbery',
  'aggravated_assault',
]) {
  if (!parsed.meta.fields?.includes(col)) throw new Error(`${FILE}: no column ${col}`);
}

const GEOS = [
  { key: 'nc', geography: 'North Carolina', fips: '37', abbr: 'NC', rowDesc: 'state_abbr=NC' },
  { key: 'us', geography: 'United States', fips: 'US', abbr: '', rowDesc: 'state_abbr blank (U.S. total)' },
] as const;

// One row per year and geography; fail loudly on duplicates.
const byKey = new Map<string, Row>();
for (const r of parsed.data) {
  const geo = GEOS.find((g) => g.abbr === r.state_abbr && (g.abbr !== '' || r.state_name === ''));
  if (!geo) continue;
  const k = `${geo.key}-${r.year}`;
  if (byKey.has(k)) throw new Error(`${FILE}: two rows for ${k}`);
  byKey.set(k, r);
}

const count = (key: string, col: string) => int(byKey.get(key)?.[col], `${FILE} ${key} ${col}`);
const rate = (key: string, col: string) => ratio1dp(count(key, col), count(key, 'population'), 100000);

// NC 2017 revised count is out of line with its neighbours (dossier caveat 6).
// The counts in the text are read from the file, not typed in.
const anomaly =
  `In the file, North Carolina's 2017 rape (revised definition) count (${count('nc-2017', 'rape_revised')}) is out of line with ` +
  `2016 (${count('nc-2016', 'rape_revised')}) and 2018 (${count('nc-2018', 'rape_revised')}), and the file carries no caveat for it; ` +
  `the SBI's own 2018 summary reports a far smaller rise in the rape rate from 2017 than the file implies ` +
  `(see the SBI rape-rate change series). Treat North Carolina 2017 with caution.`;
const origin =
  `Computed by On the Record from ${TABLE}, a copy of the FBI Crime Data Explorer state estimates mirrored on GitHub ` +
  `(${MIRROR.repo} @${MIRROR.commit}); not a rate the FBI published in this form.`;
const police = 'Offenses known to police, calendar years; the file has no immigration-status field.';

const SERIES = [
  { id: 'fbi-rape-rate-revised', col: 'rape_revised', def: 'revised', other: 'legacy', extra: ` ${anomaly}` },
  { id: 'fbi-rape-rate-legacy', col: 'rape_legacy', def: 'legacy', other: 'revised', extra: '' },
];

const series: Row[] = [];
const observations: Row[] = [];
for (const s of SERIES) {
  series.push({
    id: s.id,
    title: `Rape (${s.def} UCR definition) per 100,000 residents, North Carolina and United States (computed from FBI estimates)`,
    short_title: `FBI: rape rate (${s.def} definition)`,
    measure: `Rapes (${s.def} UCR definition) known to police per 100,000 residents: ${s.col} / population × 100,000 from the FBI state estimates, rounded to 1 decimal`,
    unit: 'per 100000',
    geography: 'North Carolina and United States',
    fips: '',
    period_type: 'calendar',
    publisher: 'U.S. Federal Bureau of Investigation (state estimates; rate computed by On the Record)',
    caveats: `${origin} ${police} The ${s.def} and ${s.other} definitions count different offenses; do not join this series with the ${s.other}-definition one.${s.extra}`,
  });
  const years = [...new Set(parsed.data.map((r) => Number(r.year)))]
    .filter((y) => y >= FIRST_YEAR)
    .sort((a, b) => a - b);
  for (const year of years) {
    // "Every year where present": skip years with a blank cell for this definition.
    const present = GEOS.filter((g) => byKey.get(`${g.key}-${year}`)?.[s.col] !== '');
    if (present.length === 0) continue;
    if (present.length !== GEOS.length) throw new Error(`${s.id} ${year}: present for NC or US only`);
    for (const g of GEOS) {
      const k = `${g.key}-${year}`;
      const value = rate(k, s.col);
      observations.push({
        id: `${s.id}-${k}`,
        series_id: s.id,
        label: `${g.geography}, ${year}`,
        period: `${year}`,
        period_type: 'calendar',
        period_start: `${year}-01-01`,
        period_end: `${year}-12-31`,
        geography: g.geography,
        fips: g.fips,
        value,
        qualifier: 'computed',
        unit: 'per 100000',
        source_id: SOURCE_ID,
        locator: `${TABLE}, row year=${year} ${g.rowDesc}: ${s.col} ${count(k, s.col)} / population ${count(k, 'population')} × 100000 = ${value} (rounded to 1 decimal)`,
        locator_type: 'computed',
        confidence: 'medium',
        note: `${origin} ${police}${g.key === 'nc' && year === 2017 && s.col === 'rape_revised' ? ` ${anomaly}` : ''}`,
      });
    }
  }
}

// ---- Counts read unchanged from the file (qualifier exact, locator_type table) ----
// Years: every year from FIRST_YEAR where both NC and the U.S. have the cell;
// the expected spans are asserted so that a different file fails loudly.
const UNIT_OFFENSES = 'offenses';
const read =
  `Read by On the Record from ${TABLE}, a copy of the FBI Crime Data Explorer state estimates mirrored on GitHub ` +
  `(${MIRROR.repo} @${MIRROR.commit}); each value is the file's own, unchanged.`;

// violent_crime is the sum of homicide, rape, robbery and aggravated_assault;
// find, row by row, which rape definition the file's total uses.
const violentDef = new Map<string, 'legacy' | 'revised'>();
for (const [k, r] of byKey) {
  if (Number(r.year) < FIRST_YEAR) continue;
  const base = count(k, 'homicide') + count(k, 'robbery') + count(k, 'aggravated_assault');
  const total = count(k, 'violent_crime');
  const defs = (['legacy', 'revised'] as const).filter(
    (d) => r[`rape_${d}`] !== '' && base + count(k, `rape_${d}`) === total,
  );
  if (defs.length !== 1) throw new Error(`${FILE} ${k}: violent_crime matches ${defs.length} rape definitions`);
  violentDef.set(k, defs[0]);
}
const spans = (years: number[]) => {
  const out: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    out.push(i === j ? `${years[i]}` : `${years[i]}-${years[j]}`);
    i = j + 1;
  }
  return out.join(', ');
};
const defYears = (g: (typeof GEOS)[number], d: string) =>
  spans(
    [...violentDef]
      .filter(([k, v]) => k.startsWith(`${g.key}-`) && v === d)
      .map(([k]) => Number(k.slice(g.key.length + 1)))
      .sort((a, b) => a - b),
  );
const violentBreak =
  'In the file, violent_crime equals homicide + rape + robbery + aggravated_assault, but the rape it includes changes definition: ' +
  GEOS.map((g) => `${g.geography}, legacy ${defYears(g, 'legacy')} and revised ${defYears(g, 'revised')}`).join('; ') +
  '. The series therefore has a break, in a different year for North Carolina and the United States; do not read the change across it as a change in crime.';

const COUNT_SERIES = [
  {
    id: 'fbi-population',
    col: 'population',
    unit: 'people',
    span: [2005, 2019],
    title: 'Population in the FBI state estimates, North Carolina and United States',
    short_title: 'FBI: population',
    measure:
      'Population as given in the population column of the FBI state estimates file; it is the denominator of the rates On the Record computes from the file',
    caveats:
      `${read} The file does not say which population estimate or vintage it uses; the research report describes the column as Census estimates as used by the FBI (July 1). ` +
      'The research report notes that other published Census vintages differ slightly; the ACS total population also differs in most years (see the ACS total-population series). ' +
      'The file gives one population per calendar year.',
    note: (_k: string) => '',
  },
  {
    id: 'fbi-violent-crime',
    col: 'violent_crime',
    unit: UNIT_OFFENSES,
    span: [2005, 2019],
    title: 'Violent crimes known to police, North Carolina and United States (FBI estimates)',
    short_title: 'FBI: violent crime',
    measure:
      'Violent crime offenses known to law enforcement: the violent_crime column of the FBI state estimates file',
    caveats: `${read} ${police} ${violentBreak}`,
    note: (k: string) =>
      ` In this row violent_crime = homicide + rape_${violentDef.get(k)} + robbery + aggravated_assault.`,
  },
  {
    id: 'fbi-rape-legacy',
    col: 'rape_legacy',
    unit: UNIT_OFFENSES,
    span: [2005, 2016],
    title: 'Rapes (legacy UCR definition) known to police, North Carolina and United States (FBI estimates)',
    short_title: 'FBI: rapes (legacy definition)',
    measure:
      'Rapes under the legacy UCR definition known to law enforcement: the rape_legacy column of the FBI state estimates file',
    caveats: `${read} ${police} The legacy and revised definitions count different offenses; do not join this series with the revised-definition one.`,
    note: (_k: string) => '',
  },
  {
    id: 'fbi-rape-revised',
    col: 'rape_revised',
    unit: UNIT_OFFENSES,
    span: [2013, 2019],
    title: 'Rapes (revised UCR definition) known to police, North Carolina and United States (FBI estimates)',
    short_title: 'FBI: rapes (revised definition)',
    measure:
      'Rapes under the revised UCR definition known to law enforcement: the rape_revised column of the FBI state estimates file',
    caveats: `${read} ${police} The revised and legacy definitions count different offenses; do not join this series with the legacy-definition one. ${anomaly}`,
    note: (k: string) => (k === 'nc-2017' ? ` ${anomaly}` : ''),
  },
];

for (const s of COUNT_SERIES) {
  series.push({
    id: s.id,
    title: s.title,
    short_title: s.short_title,
    measure: s.measure,
    unit: s.unit,
    geography: 'North Carolina and United States',
    fips: '',
    period_type: 'calendar',
    publisher: 'U.S. Federal Bureau of Investigation (state estimates)',
    caveats: s.caveats,
  });
  const years = [...new Set(parsed.data.map((r) => Number(r.year)))]
    .filter((y) => y >= FIRST_YEAR)
    .sort((a, b) => a - b);
  const got: number[] = [];
  for (const year of years) {
    const present = GEOS.filter((g) => (byKey.get(`${g.key}-${year}`)?.[s.col] ?? '') !== '');
    if (present.length === 0) continue;
    if (present.length !== GEOS.length) throw new Error(`${s.id} ${year}: present for NC or US only`);
    got.push(year);
    for (const g of GEOS) {
      const k = `${g.key}-${year}`;
      const value = count(k, s.col);
      observations.push({
        id: `${s.id}-${k}`,
        series_id: s.id,
        label: `${g.geography}, ${year}`,
        period: `${year}`,
        period_type: 'calendar',
        period_start: `${year}-01-01`,
        period_end: `${year}-12-31`,
        geography: g.geography,
        fips: g.fips,
        value: `${value}`,
        qualifier: 'exact',
        unit: s.unit,
        source_id: SOURCE_ID,
        locator: `${TABLE}, row year=${year} ${g.rowDesc}, column ${s.col}: ${value}`,
        locator_type: 'table',
        confidence: 'medium',
        note: `${read}${s.col === 'population' ? '' : ` ${police}`}${s.note(k)}`,
      });
    }
  }
  const want = Array.from({ length: s.span[1] - s.span[0] + 1 }, (_, i) => s.span[0] + i);
  if (got.join() !== want.join()) throw new Error(`${s.id}: years ${spans(got)} in the file, expected ${spans(want)}`);
}

const source: Row = {
  id: SOURCE_ID,
  title: '[FBI Crime Data Explorer state estimates, 1979-2019, GitHub mirror]',
  publisher: `U.S. Federal Bureau of Investigation (mirror copy in GitHub ${MIRROR.repo})`,
  date: '',
  url: `https://github.com/${MIRROR.repo}/blob/${MIRROR.commit}/${MIRROR.path}`,
  kind: 'public-data-file',
  access_note:
    `File ${MIRROR.path} at commit ${MIRROR.commit} (the research dossier cites the version at commit ${MIRROR.citedCommit}); ` +
    `md5 of the copy read: ${md5(RAW)}. Rates computed and counts read by scripts/derive/fbi.ts; the raw file is not copied into this project.`,
};

// Context evidence for the claim: NC and US revised rates for 2019.
const evidence: Row[] = ['fbi-rape-rate-revised-nc-2019', 'fbi-rape-rate-revised-us-2019'].map((id) => {
  if (!observations.some((o) => o.id === id)) throw new Error(`missing observation ${id}`);
  return { claim_id: CLAIM, observation_id: id, role: 'context' };
});

const ours = new Set([...SERIES, ...COUNT_SERIES].map((s) => s.id));
mergeRows('sources.csv', (r) => r.id === SOURCE_ID, [source]);
// The unit "offenses" is added if absent; an existing row is left as it is.
const unitsText = fs.readFileSync(path.join(DATA_DIR, 'units.csv'), 'utf8');
const unitRow = Papa.parse<Row>(unitsText, { header: true, skipEmptyLines: true }).data.find(
  (u) => u.id === UNIT_OFFENSES,
);
if (!unitRow) {
  mergeRows('units.csv', (r) => r.id === UNIT_OFFENSES, [
    { id: UNIT_OFFENSES, kind: 'count', minimum: '0', maximum: '', description: 'Offenses known to law enforcement' },
  ]);
} else {
  if (unitRow.kind !== 'count' || unitRow.minimum !== '0')
    console.log(
      `  WARNING: units.csv already has "${UNIT_OFFENSES}" with kind ${unitRow.kind}, minimum ${unitRow.minimum}; left as it is`,
    );
  console.log(`units.csv: "${UNIT_OFFENSES}" already present, left as it is`);
}
mergeRows('series.csv', (r) => ours.has(r.id), series);
mergeRows('observations.csv', (r) => r.source_id === SOURCE_ID, observations);
mergeRows(
  'claim_evidence.csv',
  (r) => r.claim_id === CLAIM && evidenceRank(r.observation_id) === 0,
  evidence,
  (r) => r.claim_id === CLAIM && evidenceRank(r.observation_id) > 0,
);

for (const s of [...SERIES, ...COUNT_SERIES]) {
  const obs = observations.filter((o) => o.series_id === s.id);
  console.log(`${s.id}: ${obs.length} rows, ${obs[0].period}-${obs[obs.length - 1].period}`);
}
console.log(violentBreak);
