// Derives non-citizens as a percent of North Carolina's population from the
// ACS 1-year table B05003 state files, 2005-2018, with the counts behind it
// (total population as the table gives it; foreign-born, naturalized and
// non-citizen residents as sums of the sex-by-age cells), and merges series,
// observations, source and claim-evidence rows into data/.
// Run from the project root: npx tsx scripts/derive/acs.ts
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { RAW_DIR, Row, int, ratio1dp, mergeRows, evidenceRank } from './write-rows';

type Cell = [string, number];

const DIR = path.join(RAW_DIR, 'acs-b05003');
const SOURCE_ID = 'census-acs1-b05003';
const SERIES_ID = 'acs-nc-noncitizen-share';
const MIRROR = {
  repo: 'gabrieljohndusing/NCNW-Project-Datasets',
  commit: '8b63f3f',
  path: 'data-sets/census/bystate/acs-acs1',
};
const CLAIM = 'breitbart-2019-11-03-disproportionately-high-rate';
const YEARS = Array.from({ length: 2018 - 2005 + 1 }, (_, i) => 2005 + i);
const NC_GEO_ID = '0400000US37';

const readCsv = (file: string): string[][] => {
  const p = Papa.parse<string[]>(fs.readFileSync(path.join(DIR, file), 'utf8'), { skipEmptyLines: true });
  if (p.errors.length) throw new Error(`${file}: ${p.errors[0].message}`);
  return p.data;
};

type Year = {
  year: number;
  file: string;
  rowDesc: string;
  total: Cell;
  noncit: Cell[];
  foreign: Cell[];
  naturalized: Cell[];
};

function readYear(year: number): Year {
  const file = `acs1-${year}-B05003.csv`;

  // The legend says which variable is which; never assume positions or codes.
  const [lh, ...legend] = readCsv(`acs1-${year}-B05003-legend.csv`);
  const [vi, li] = [lh.indexOf('VARIABLE'), lh.indexOf('LABEL')];
  if (vi === -1 || li === -1) throw new Error(`${year} legend: no VARIABLE or LABEL column`);
  const labelOf = new Map(legend.map((r) => [r[vi], r[li]]));
  const varOf = (label: string) => {
    const vars = [...labelOf].filter(([, l]) => l === label).map(([v]) => v);
    if (vars.length !== 1) throw new Error(`${year} legend: ${vars.length} variables labelled ${label}`);
    return vars[0];
  };
  const NONCIT =
    /^Estimate!!Total!!(Male|Female)!!(Under 18 years|18 years and over)!!Foreign born!!Not a U\.S\. citizen$/;
  const noncitLabels = [...labelOf.values()].filter((l) => NONCIT.test(l));
  if (noncitLabels.length !== 4)
    throw new Error(`${year} legend: ${noncitLabels.length} 'Not a U.S. citizen' leaves, expected 4`);

  // Columns by header name. Layouts differ by year (GEO_ID first, last, or
  // absent as in 2016, which also repeats the …M columns); a repeated header
  // is accepted only if every copy holds the same value.
  const [header, ...rows] = readCsv(file);
  const cols = (name: string) => header.flatMap((h, i) => (h === name ? [i] : []));
  const geoCol = cols('GEO_ID')[0];
  const stateCol = cols('state')[0];
  if (geoCol === undefined && stateCol === undefined) throw new Error(`${file}: neither GEO_ID nor state column`);
  const isNC = (r: string[]) => (geoCol !== undefined ? r[geoCol] === NC_GEO_ID : r[stateCol] === '37');
  const nc = rows.filter(isNC);
  if (nc.length !== 1) throw new Error(`${file}: ${nc.length} North Carolina rows`);
  const row = nc[0];
  if (stateCol !== undefined && row[stateCol] !== '37') throw new Error(`${file}: GEO_ID and state disagree`);
  const nameCol = cols('NAME')[0];
  if (nameCol !== undefined && row[nameCol] !== 'North Carolina') throw new Error(`${file}: NAME is ${row[nameCol]}`);

  const est = (label: string): [string, number] => {
    const v = varOf(label);
    const idx = cols(v);
    if (idx.length === 0) throw new Error(`${file}: no column ${v}`);
    const values = new Set(idx.map((i) => row[i]));
    if (values.size !== 1) throw new Error(`${file}: repeated column ${v} disagrees`);
    return [v, int(row[idx[0]], `${file} ${v}`)];
  };

  // Consistency checks on the table itself: each foreign-born cell equals
  // naturalized + not a citizen, each sex-by-age cell equals native + foreign
  // born, and the total equals male + female.
  const total = est('Estimate!!Total');
  if (total[1] !== est('Estimate!!Total!!Male')[1] + est('Estimate!!Total!!Female')[1])
    throw new Error(`${file}: total ≠ male + female`);
  const foreign: Cell[] = [];
  const naturalized: Cell[] = [];
  const noncit = noncitLabels.map((l) => {
    const fb = l.replace(/!!Not a U\.S\. citizen$/, '');
    if (est(fb)[1] !== est(`${fb}!!Naturalized U.S. citizen`)[1] + est(l)[1])
      throw new Error(`${file}: ${fb} ≠ naturalized + not a citizen`);
    const cell = fb.replace(/!!Foreign born$/, '');
    if (est(cell)[1] !== est(`${cell}!!Native`)[1] + est(fb)[1])
      throw new Error(`${file}: ${cell} ≠ native + foreign born`);
    foreign.push(est(fb));
    naturalized.push(est(`${fb}!!Naturalized U.S. citizen`));
    return est(l);
  });
  const sum = (cells: Cell[]) => cells.reduce((a, [, n]) => a + n, 0);
  if (sum(foreign) !== sum(naturalized) + sum(noncit))
    throw new Error(`${file}: foreign born ≠ naturalized + not a citizen`);
  const rowDesc = geoCol !== undefined ? `row GEO_ID=${NC_GEO_ID}` : 'row state=37 (file has no GEO_ID column)';
  // What the pages call the file: the table and its year in words (the file name is in the source's access_note).
  return {
    year,
    file: `ACS 1-year ${year}, table B05003, North Carolina`,
    rowDesc,
    total,
    noncit,
    foreign,
    naturalized,
  };
}

const data = YEARS.map(readYear);

const origin =
  `Computed by On the Record from the ACS 1-year table B05003 (Sex by Age by Nativity and Citizenship Status) state files, ` +
  `a copy mirrored on GitHub (${MIRROR.repo} @${MIRROR.commit}); not a share the Census Bureau published in this form.`;
const sampling =
  'ACS figures are survey estimates with sampling error; margins of error are not shown here, and those of the summed cells were not computed.';
const lawful =
  'Non-citizens include lawful permanent residents and other lawfully present residents, not only unauthorized immigrants.';

const series: Row = {
  id: SERIES_ID,
  title: "Non-U.S. citizens as a percent of North Carolina's population (ACS 1-year, computed)",
  short_title: 'ACS: NC non-citizen share',
  measure:
    "Residents who are not U.S. citizens as a percent of North Carolina's total population: the four 'Foreign born!!Not a U.S. citizen' cells of ACS table B05003 " +
    '(male and female, under 18 and 18 and over) summed, divided by the table total, × 100, rounded to 1 decimal',
  unit: 'percent',
  geography: 'North Carolina',
  fips: '37',
  period_type: 'calendar',
  publisher: 'U.S. Census Bureau, American Community Survey (share computed by On the Record)',
  caveats: `${origin} ${sampling} ${lawful} The ACS records no offenses or arrests.`,
};

const observations: Row[] = data.map((d) => {
  const sum = d.noncit.reduce((a, [, n]) => a + n, 0);
  const value = ratio1dp(sum, d.total[1], 100);
  return {
    id: `${SERIES_ID}-${d.year}`,
    series_id: SERIES_ID,
    label: `North Carolina, ${d.year}`,
    period: `${d.year}`,
    period_type: 'calendar',
    period_start: `${d.year}-01-01`,
    period_end: `${d.year}-12-31`,
    geography: 'North Carolina',
    fips: '37',
    value,
    qualifier: 'computed',
    unit: 'percent',
    source_id: SOURCE_ID,
    locator:
      `${d.file}, ${d.rowDesc}: Not a U.S. citizen ${d.noncit.map(([v, n]) => `${v} ${n}`).join(' + ')} = ${sum} ` +
      `/ total ${d.total[0]} ${d.total[1]} × 100 = ${value} (rounded to 1 decimal)`,
    locator_type: 'computed',
    confidence: 'medium',
    note: `${origin} ${sampling} ${lawful}`,
  };
});

// ---- Counts: the table total (exact) and the summed cells (computed) ----
const sumCells = (cells: Cell[]) => cells.reduce((a, [, n]) => a + n, 0);
const read =
  `Read by On the Record from the ACS 1-year table B05003 (Sex by Age by Nativity and Citizenship Status) state files, ` +
  `a copy mirrored on GitHub (${MIRROR.repo} @${MIRROR.commit}); the value is the table's own total, unchanged.`;
const summed =
  `Computed by On the Record from the ACS 1-year table B05003 (Sex by Age by Nativity and Citizenship Status) state files, ` +
  `a copy mirrored on GitHub (${MIRROR.repo} @${MIRROR.commit}): the sum of the four sex-by-age cells ` +
  `(male and female, under 18 and 18 and over); not a total the Census Bureau published in this form.`;
const samplingTotal =
  "ACS figures are survey estimates with sampling error; the table's margin of error is not shown here.";

// The ACS total set against the population column of the FBI state estimates
// file (both read from the raw files, never typed in).
const FBI_FILE = 'estimated_crimes_1979_2019.csv';
const fbi = Papa.parse<Row>(fs.readFileSync(path.join(RAW_DIR, 'fbi', FBI_FILE), 'utf8'), {
  delimiter: ';',
  header: true,
  skipEmptyLines: true,
});
if (fbi.errors.length) throw new Error(`${FBI_FILE}: ${fbi.errors[0].message}`);
const fbiPop = new Map<number, number>();
for (const r of fbi.data) {
  if (r.state_abbr !== 'NC') continue;
  if (fbiPop.has(Number(r.year))) throw new Error(`${FBI_FILE}: two NC rows for ${r.year}`);
  fbiPop.set(Number(r.year), int(r.population, `${FBI_FILE} NC ${r.year} population`));
}
const popDiff = data.map((d) => {
  const f = fbiPop.get(d.year);
  if (f === undefined) throw new Error(`${FBI_FILE}: no NC row for ${d.year}`);
  return { year: d.year, acs: d.total[1], fbi: f, diff: d.total[1] - f };
});
const first = popDiff[0];
if (first.diff === 0)
  throw new Error(`${first.year}: ACS total equals the FBI population; caveat text needs revisiting`);
const rest = popDiff.slice(1);
const same = rest.filter((p) => p.diff === 0).map((p) => p.year);
const maxRest = rest.reduce((m, p) => (Math.abs(p.diff) > Math.abs(m.diff) ? p : m), rest[0]);
const yearList = (ys: number[]) =>
  ys.length === 0 ? 'no year' : ys.length === 1 ? `${ys[0]}` : `${ys.slice(0, -1).join(', ')} and ${ys[ys.length - 1]}`;
const fbiFirst =
  `For ${first.year}, the ACS total for North Carolina (${first.acs}) differs from the population in the FBI state estimates file (${first.fbi}) ` +
  `by ${Math.abs(first.diff)} people; the research dossier does not explain the difference.`;
const fbiCompare =
  `${fbiFirst} In ${rest[0].year}-${rest[rest.length - 1].year} the two are equal in ${yearList(same)}, ` +
  `and in the other years differ by at most ${Math.abs(maxRest.diff)} people (${maxRest.year}).`;
const see2005 = `The ${first.year} ACS total differs markedly from the FBI file's population (see the ACS total-population series).`;

const COUNT_SERIES = [
  {
    id: 'acs-nc-total-population',
    title: "North Carolina's total population (ACS 1-year, table B05003)",
    short_title: 'ACS: NC total population',
    measure: "Total population of North Carolina as given by ACS table B05003 (B05003_001E, 'Estimate!!Total')",
    caveats: `${read} ${samplingTotal} ${fbiCompare}`,
    cells: null as ((d: Year) => Cell[]) | null,
    label: '',
  },
  {
    id: 'acs-nc-foreign-born',
    title: "North Carolina's foreign-born population (ACS 1-year, computed)",
    short_title: 'ACS: NC foreign-born',
    measure:
      "Residents of North Carolina counted as foreign born in ACS table B05003: the four 'Foreign born' cells of ACS table B05003 (male and female, under 18 and 18 and over) summed",
    caveats: `${summed} ${sampling} The foreign-born include naturalized U.S. citizens as well as non-citizens; ${lawful.charAt(0).toLowerCase()}${lawful.slice(1)} The ACS records no offenses or arrests. ${see2005}`,
    cells: (d: Year) => d.foreign,
    label: 'Foreign born',
  },
  {
    id: 'acs-nc-naturalized',
    title: 'Naturalized U.S. citizens in North Carolina (ACS 1-year, computed)',
    short_title: 'ACS: NC naturalized citizens',
    measure:
      "Foreign-born residents of North Carolina who are naturalized U.S. citizens: the four 'Foreign born!!Naturalized U.S. citizen' cells of ACS table B05003 (male and female, under 18 and 18 and over) summed",
    caveats: `${summed} ${sampling} The ACS records no offenses or arrests. ${see2005}`,
    cells: (d: Year) => d.naturalized,
    label: 'Naturalized U.S. citizen',
  },
  {
    id: 'acs-nc-not-a-citizen',
    title: 'Non-U.S. citizens in North Carolina (ACS 1-year, computed)',
    short_title: 'ACS: NC non-citizens',
    measure:
      "Foreign-born residents of North Carolina who are not U.S. citizens: the four 'Foreign born!!Not a U.S. citizen' cells of ACS table B05003 (male and female, under 18 and 18 and over) summed",
    caveats: `${summed} ${sampling} ${lawful} The ACS records no offenses or arrests. ${see2005}`,
    cells: (d: Year) => d.noncit,
    label: 'Not a U.S. citizen',
  },
];

// Cross-check against the dossier: its FIGURES.csv carries published ACS 2013
// counts (foreign born, naturalized, non-citizens) that these sums must equal.
const FIGURES = process.env.FIGURES ?? path.join(RAW_DIR, '..', 'FIGURES.csv');
if (fs.existsSync(FIGURES)) {
  const figs = Papa.parse<Row>(fs.readFileSync(FIGURES, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const CHECKS: Array<[string, string, number]> = [
    ['nc-foreign-born-2013', 'acs-nc-foreign-born', 2013],
    ['nc-naturalized-citizens-2013', 'acs-nc-naturalized', 2013],
    ['nc-noncitizens-2013', 'acs-nc-not-a-citizen', 2013],
  ];
  for (const [figId, seriesId, year] of CHECKS) {
    const fig = figs.find((f) => f.id === figId);
    const s = COUNT_SERIES.find((c) => c.id === seriesId)!;
    const d = data.find((x) => x.year === year)!;
    const ours = sumCells(s.cells!(d));
    if (!fig) console.log(`  cross-check: ${figId} not in ${FIGURES}; skipped`);
    else if (Number(fig.value) !== ours)
      throw new Error(`${seriesId} ${year} = ${ours}, but dossier figure ${figId} = ${fig.value}`);
    else console.log(`  cross-check: ${seriesId} ${year} = ${ours} = dossier ${figId}`);
  }
} else console.log(`  cross-check skipped: ${FIGURES} not found`);

const countSeries: Row[] = COUNT_SERIES.map((s) => ({
  id: s.id,
  title: s.title,
  short_title: s.short_title,
  measure: s.measure,
  unit: 'people',
  geography: 'North Carolina',
  fips: '37',
  period_type: 'calendar',
  publisher: s.cells
    ? 'U.S. Census Bureau, American Community Survey (sum computed by On the Record)'
    : 'U.S. Census Bureau, American Community Survey',
  caveats: s.caveats,
}));

const countObservations: Row[] = COUNT_SERIES.flatMap((s) =>
  data.map((d) => {
    const cells = s.cells ? s.cells(d) : null;
    const value = cells ? sumCells(cells) : d.total[1];
    const base = {
      id: `${s.id}-${d.year}`,
      series_id: s.id,
      label: `North Carolina, ${d.year}`,
      period: `${d.year}`,
      period_type: 'calendar',
      period_start: `${d.year}-01-01`,
      period_end: `${d.year}-12-31`,
      geography: 'North Carolina',
      fips: '37',
      value: `${value}`,
      unit: 'people',
      source_id: SOURCE_ID,
      confidence: 'medium',
    };
    if (!cells) {
      return {
        ...base,
        qualifier: 'exact',
        locator: `${d.file}, ${d.rowDesc}, column ${d.total[0]} (Estimate!!Total): ${d.total[1]}`,
        locator_type: 'table',
        note: `${read} ${samplingTotal}${d.year === first.year ? ` ${fbiFirst}` : ''}`,
      };
    }
    return {
      ...base,
      qualifier: 'computed',
      locator: `${d.file}, ${d.rowDesc}: ${s.label} ${cells.map(([v, n]) => `${v} ${n}`).join(' + ')} = ${value}`,
      locator_type: 'computed',
      note: `${summed} ${sampling}${s.id === 'acs-nc-naturalized' ? '' : ` ${lawful}`}`,
    };
  }),
);

const source: Row = {
  id: SOURCE_ID,
  title: '[ACS 1-year table B05003, Sex by Age by Nativity and Citizenship Status, by state, 2005-2018, GitHub mirror]',
  publisher: `U.S. Census Bureau (mirror copy in GitHub ${MIRROR.repo})`,
  date: '',
  url: `https://github.com/${MIRROR.repo}/tree/${MIRROR.commit}/${MIRROR.path}`,
  kind: 'public-data-file',
  access_note:
    `Folder ${MIRROR.path}/ at commit ${MIRROR.commit}: the B05003 state data files for ${YEARS[0]}-${YEARS[YEARS.length - 1]} and their variable legends ` +
    `(read as acs1-<year>-B05003.csv and acs1-<year>-B05003-legend.csv). Shares and sums computed, and totals read, by scripts/derive/acs.ts; the raw files are not copied into this project.`,
};

const evidenceId = `${SERIES_ID}-2018`;
if (!observations.some((o) => o.id === evidenceId)) throw new Error(`missing observation ${evidenceId}`);
const rank = evidenceRank(evidenceId);

mergeRows('sources.csv', (r) => r.id === SOURCE_ID, [source]);
const ours = new Set([SERIES_ID, ...COUNT_SERIES.map((s) => s.id)]);
mergeRows('series.csv', (r) => ours.has(r.id), [series, ...countSeries]);
mergeRows('observations.csv', (r) => r.source_id === SOURCE_ID, [...observations, ...countObservations]);
// After the FBI context rows, before the claim's hand-entered rows.
mergeRows(
  'claim_evidence.csv',
  (r) => r.claim_id === CLAIM && evidenceRank(r.observation_id) === rank,
  [{ claim_id: CLAIM, observation_id: evidenceId, role: 'context' }],
  (r) => r.claim_id === CLAIM && evidenceRank(r.observation_id) > rank,
);

console.log(`${SERIES_ID}: ${observations.length} rows, ${YEARS[0]}-${YEARS[YEARS.length - 1]}`);
for (const s of COUNT_SERIES) {
  const obs = countObservations.filter((o) => o.series_id === s.id);
  console.log(`${s.id}: ${obs.length} rows, ${obs[0].period}-${obs[obs.length - 1].period}`);
}
console.log(fbiCompare);
for (const d of data)
  console.log(
    `  ${d.year} ${d.file}: ${d.rowDesc}; total ${d.total[0]}; not a citizen ${d.noncit.map(([v]) => v).join(', ')}`,
  );
