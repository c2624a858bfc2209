/**
 * Scratch data folders for the scaling runs: a copy of data/ with many generated observations, or with one
 * generated story of N claims. Everything generated is valid under check:data (the real rows stay, first).
 */
import { closeSync, cpSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

type Row = Record<string, string>;

const readRows = (path: string): Row[] =>
  Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
const cell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const line = (cells: Array<string | number>) => `${cells.map(cell).join(',')}\n`;
const withNewline = (text: string) => (text.endsWith('\n') || text === '' ? text : `${text}\n`);

/** data/ copied to dir, minus the named files (the caller writes them). */
export function copyData(source: string, dir: string, except: string[] = []) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(source, dir, { recursive: true, filter: (src) => !except.some((f) => src === join(source, f)) });
}

/** The period of a fiscal or calendar year, in the data's conventions (see README "Periods"). */
function period(type: string, year: number): { period: string; start: string; end: string } {
  if (type === 'federal-fy') return { period: `FY${year}`, start: `${year - 1}-10-01`, end: `${year}-09-30` };
  if (type === 'state-fy')
    return {
      period: `FY${year}-${String((year + 1) % 100).padStart(2, '0')}`,
      start: `${year}-07-01`,
      end: `${year + 1}-06-30`,
    };
  return { period: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
}

/**
 * Writes dir/observations.csv with `rows` rows in all: the real rows first (so claim_evidence still resolves),
 * then generated rows (ids g<n>) that reference real series, sources and units, with the series' unit, a value
 * in the unit's range, a period that matches the series' period type, and a short table locator (~180 bytes a row:
 * the real series, source, unit and geography names are most of it).
 */
export function generateObservations(source: string, dir: string, rows: number): { bytes: number } {
  copyData(source, dir, ['observations.csv']);
  const realText = withNewline(readFileSync(join(source, 'observations.csv'), 'utf8'));
  const real = readRows(join(source, 'observations.csv'));
  if (real.some((o) => /^g\d+$/.test(o.id)))
    throw new Error('data/observations.csv already uses ids of the form g<n>, which generated rows use');
  if (rows < real.length) throw new Error(`cannot generate ${rows} observations: data/ already has ${real.length}`);
  const units = new Map(readRows(join(source, 'units.csv')).map((u) => [u.id, u]));
  const sourceOf = new Map<string, string>();
  for (const o of real) if (!sourceOf.has(o.series_id)) sourceOf.set(o.series_id, o.source_id);
  const anySource = readRows(join(source, 'sources.csv'))[0].id;
  const series = readRows(join(source, 'series.csv'))
    .filter((s) => ['federal-fy', 'state-fy', 'calendar'].includes(s.period_type))
    .map((s) => {
      const u = units.get(s.unit)!;
      const min = u.minimum === '' ? 0 : Number(u.minimum);
      const max = u.maximum === '' ? null : Number(u.maximum);
      return {
        id: s.id,
        period_type: s.period_type,
        geography: s.geography,
        fips: s.fips,
        unit: s.unit,
        source: sourceOf.get(s.id) ?? anySource,
        min,
        max,
      };
    });
  if (!series.length) throw new Error('no fiscal- or calendar-year series to generate observations for');
  const path = join(dir, 'observations.csv');
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    bytes += writeSync(fd, realText);
    let chunk = '';
    for (let n = real.length + 1; n <= rows; n++) {
      const s = series[n % series.length];
      const p = period(s.period_type, 1990 + (n % 35));
      const value =
        s.max !== null
          ? s.min + ((n * 7) % Math.max(1, Math.round((s.max - s.min) * 10))) / 10
          : s.min + ((n * 37) % 100000);
      chunk += line([
        `g${n}`,
        s.id,
        p.period,
        p.period,
        s.period_type,
        p.start,
        p.end,
        s.geography,
        s.fips,
        value,
        'exact',
        s.unit,
        s.source,
        `Table ${1 + (n % 40)}, row ${1 + (n % 500)}`,
        'table',
        'high',
        '',
      ]);
      if (chunk.length > 1 << 20) {
        bytes += writeSync(fd, chunk);
        chunk = '';
      }
    }
    bytes += writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return { bytes };
}

export const GENERATED_STORY = 'bench-generated-story';

/** Adds one generated story with `claims` claims, each about and linked (as its record) to a real observation. */
export function generateClaims(source: string, dir: string, claims: number) {
  copyData(source, dir);
  const observations = readRows(join(source, 'observations.csv')).filter(
    (o) => o.value !== '' && Number.isFinite(Number(o.value)),
  );
  const append = (file: string, text: string) =>
    writeFileSync(join(dir, file), withNewline(readFileSync(join(dir, file), 'utf8')) + text);
  append(
    'stories.csv',
    line([
      GENERATED_STORY,
      'Bench Outlet',
      `A generated story with ${claims} claims`,
      'Bench',
      '2020-01-01',
      'https://example.org/bench',
      'A story generated for the build benchmark.',
      '',
    ]),
  );
  let claimRows = '';
  let evidenceRows = '';
  for (let i = 1; i <= claims; i++) {
    const o = observations[(i - 1) % observations.length];
    const id = `bench-claim-${i}`;
    const value = Number(o.value);
    claimRows += line([
      id,
      GENERATED_STORY,
      i,
      `"About ${value} ${o.unit} in ${o.geography}," the generated claim ${i} said.`,
      'Bench speaker',
      'Bench Outlet',
      value,
      '',
      '',
      'about',
      o.unit,
      o.geography,
      o.fips,
      o.period,
      o.period_type,
      o.period_start,
      o.period_end,
      'same-measure',
      'Generated for the build benchmark: the claim restates the linked figure.',
      '',
    ]);
    evidenceRows += line([id, o.id, 'record']);
  }
  append('claims.csv', claimRows);
  append('claim_evidence.csv', evidenceRows);
}
