/**
 * Integrity of the real data/ folder as a record: every claim, link and figure resolves; row counts are pinned;
 * and, where the research dossier is present (../shared/sources), the figures match the dossier and nothing
 * the research only recalled or did not find has slipped in.
 *
 * The pins below were generated once from data/ and pasted in as literals. When data/ changes on purpose
 * (a figure added or removed), update the pin in the same commit, and note the change in data/CHANGELOG.md.
 * To print the current counts:
 *   node -e "const P=require('papaparse'),f=require('fs');const r=P.parse(f.readFileSync('data/observations.csv','utf8'),{header:true,skipEmptyLines:true}).data;const c={};for(const o of r)c[o.series_id]=(c[o.series_id]||0)+1;console.log(c)"
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset, loadIndex, loadTables } from './dataset';
import { formatProblem } from './problem';
import { readCsv } from './read-csv';
import type { Observation } from './records';

const DIR = 'data';

/** Observations per series. Every series in series.csv is listed, with 0 if it has none. */
const SERIES_ROWS: Record<string, number> = {
  'ice-nc-declined-detainers': 2,
  'bjs-2005-cohort-rearrest': 4,
  'nc-spac-rearrest-2yr': 4,
  'la-jail-2002-rearrest': 2,
  'la-jail-2002-sample': 1,
  'cjil-nc-charges-2020': 9,
  'cpp-nc-sexual-assault-convictions': 1,
  'nc-foreign-born-population': 3,
  'bjs-nc-noncitizen-prisoners': 2,
  'nc-sbi-rape-rate-change': 2,
  'nc-county-declined-detainers': 3,
  'wake-jail-detainers-dec-2018': 3,
  'buncombe-ice-holds': 1,
  'buncombe-ice-holds-picked-up': 1,
  'durham-jail-ice-custody-transfers': 3,
  'ice-noncooperative-page-nc-people': 1,
  'meck-287g-encountered': 1,
  'meck-287g-screened': 1,
  'meck-287g-removals': 1,
  'trac-us-detainers-issued': 7,
  'trac-us-detainers-per-month': 4,
  'ice-us-detainers-issued': 2,
  'ice-us-declined-detainers': 2,
  'ice-ddor-weekly-detainers-issued': 2,
  'ice-ddor-weekly-declined-detainers': 2,
  'ice-ero-admin-arrests': 9,
  'ice-ero-admin-arrests-criminal': 1,
  'ice-ero-at-large-arrests': 1,
  'dhs-ice-arrested': 2,
  'gao-ice-arrests-calendar': 2,
  'gao-ice-removals-calendar': 2,
  'ice-us-removals': 9,
  'ice-us-interior-removals': 2,
  'ice-us-border-removals': 1,
  'ice-us-title42-expulsions': 1,
  'ice-atlanta-aor-arrests': 2,
  'ice-atlanta-aor-arrests-change': 2,
  'ice-atlanta-aor-arrests-jan-apr': 2,
  'trac-atlanta-aor-arrests': 1,
  'ice-atlanta-aor-removals': 5,
  'bjs-nc-noncitizen-prisoner-count': 2,
  'bjs-nc-noncitizen-sentenced-prisoners': 1,
  'bjs-2005-cohort-rearrest-5yr-by-offense': 4,
  'bjs-2005-rearrest-rape-9yr': 2,
  'bjs-2005-rearrest-any-9yr-sex-offenders': 2,
  'bjs-2008-cohort-rearrest': 2,
  'bjs-2008-cohort-annual-arrest': 2,
  'bjs-2012-cohort-rearrest': 2,
  'nc-spac-probationer-rearrest-2yr': 2,
  'nc-spac-prisoner-rearrest-2yr': 1,
  'nc-spac-reconviction-2yr': 2,
  'nc-spac-reincarceration-2yr': 2,
  'nc-spac-prisoner-reincarceration-2yr': 3,
  'la-jail-2002-sample-nondeportable': 1,
  'pew-nc-unauthorized-population': 3,
  'mpi-nc-unauthorized-population': 1,
  'nc-spac-felony-sentencing-episodes': 7,
  'nc-spac-misdemeanor-sentencing-episodes': 5,
  'nc-spac-felony-convictions-by-district-fy2016-17': 5,
  'nc-spac-class-hi-district-court-pleas': 3,
  'nc-spac-jury-convictions': 2,
  'nc-spac-class-h-level-ii-sentences': 2,
  'cjil-nc-charges-change-2020': 2,
  'cjil-nc-felony-charge-rate-2020': 1,
  'cjil-meck-charges-2019': 1,
  'cpp-nc-sexual-assault-trials': 2,
  'fbi-rape-rate-revised': 14,
  'fbi-rape-rate-legacy': 24,
  'fbi-population': 30,
  'fbi-violent-crime': 30,
  'fbi-rape-legacy': 24,
  'fbi-rape-revised': 14,
  'acs-nc-noncitizen-share': 14,
  'acs-nc-total-population': 14,
  'acs-nc-foreign-born': 14,
  'acs-nc-naturalized': 14,
  'acs-nc-not-a-citizen': 14,
  'npr-us-detainers-by-year': 9,
  'npr-us-declined-detainers-by-year': 9,
  'nc-aoc-district-criminal-felonies-filed': 8,
  'nc-aoc-district-criminal-felonies-disposed': 8,
  'nc-aoc-district-criminal-felonies-end-pending': 8,
  'nc-aoc-district-criminal-misdemeanors-non-mv-filed': 8,
  'nc-aoc-district-criminal-misdemeanors-non-mv-disposed': 8,
  'nc-aoc-district-criminal-misdemeanors-non-mv-end-pending': 8,
  'nc-aoc-district-criminal-misdemeanors-traffic-filed': 8,
  'nc-aoc-district-criminal-misdemeanors-traffic-disposed': 8,
  'nc-aoc-district-criminal-misdemeanors-traffic-end-pending': 8,
  'nc-aoc-superior-criminal-felonies-filed': 8,
  'nc-aoc-superior-criminal-felonies-disposed': 8,
  'nc-aoc-superior-criminal-felonies-end-pending': 8,
  'nc-aoc-superior-criminal-misdemeanors-non-mv-filed': 8,
  'nc-aoc-superior-criminal-misdemeanors-non-mv-disposed': 8,
  'nc-aoc-superior-criminal-misdemeanors-non-mv-end-pending': 8,
  'nc-aoc-superior-criminal-misdemeanors-traffic-filed': 8,
  'nc-aoc-superior-criminal-misdemeanors-traffic-disposed': 8,
  'nc-aoc-superior-criminal-misdemeanors-traffic-end-pending': 8,
  'npr-us-detainers-by-month': 94,
  'npr-nc-declined-detainers-by-year': 9,
  'ice-lesa-fy2015-nc-detainers-by-county': 100,
  'ice-lesa-fy2015-lift-reason-share-nc': 8,
  'ice-lesa-fy2015-lift-reason-share-us': 13,
  'ice-287g-nc-agreements-by-county-2025-07-18': 100,
  'ice-287g-us-agreements-2025': 18,
  'ice-287g-nc-agreements-2025': 18,
  'ice-287g-removed-alamance-county-sheriff-office': 7,
  'ice-287g-removed-cabarrus-county-sheriff-office': 6,
  'ice-287g-removed-cumberland-county-sheriff-office': 6,
  'ice-287g-removed-durham-police-department': 6,
  'ice-287g-removed-gaston-county-sheriff-office': 7,
  'ice-287g-removed-guilford-county-sheriff-office': 4,
  'ice-287g-removed-henderson-county-sheriff-office': 6,
  'ice-287g-removed-mecklenburg-county-sheriff-office': 8,
  'ice-287g-removed-wake-county-sheriff-office': 6,
  'ice-detention-adp-alamance-county-detention-facility': 8,
  'ice-detention-adp-cabarrus-county-jail': 2,
  'ice-detention-adp-forsyth-county-jail': 1,
  'ice-detention-adp-gaston-county-jail': 3,
  'ice-detention-adp-new-hanover-county-jail': 8,
  'ice-detention-adp-wake-county-sheriff-department': 1,
  'ussc-2005-cohort-rearrest': 1,
  'ice-287g-nc-agencies-2011-2017': 33,
  // Issue 18: TRAC's 2021-2025 counts from ICE records (FOIA), each its own series.
  'trac-us-detainers-issued-fy2021-q1-fy2024': 1,
  'trac-us-detainer-agencies-fy2021-q1-fy2024': 1,
  'trac-us-detainers-per-day-2024-2025': 3,
  'trac-us-detainers-issued-2025-first-29-days': 1,
  'trac-us-taken-into-custody-2025-first-29-days': 1,
  'trac-nc-detainers-issued-2025-first-29-days': 1,
  'trac-nc-taken-into-custody-2025-first-29-days': 1,
  'nc-287g-moa-pdfs-by-county-2026-08-14': 100,
  'nc-287g-moa-pdfs-by-model-2026-08-14': 3,
  'nc-287g-moa-pdfs-vs-list-2025-07-18': 3,
};

/** Data rows (header excluded) of every resource in datapackage.json. */
const RESOURCE_ROWS: Record<string, number> = {
  units: 30,
  sources: 92,
  stories: 34,
  series: 132,
  observations: 1124,
  nc_aoc_caseload: 14398,
  claims: 74,
  claim_evidence: 140,
  ice_detainers_fy2015: 79053,
  nc_facility_county: 100,
  ice_detainers_fy2015_nc_county: 189,
  ice_detainers_fy2015_state_lift_reason: 396,
  nc_287g_agreements: 22,
  ice_287g_agreements_by_state: 720,
  nc_287g_identified_removed: 72,
  nc_287g_roster_snapshots: 183,
  nc_287g_events: 2,
  nc_287g_moa_pdfs_2026: 80,
  nc_law_events: 9,
  nc_detention_facilities: 24,
  npr_declined_detainers_by_state_year: 248,
  npr_nc_facility_declines: 27,
};

const checked = checkDataset(DIR);

describe(`the record in ${DIR}/`, () => {
  test('validates with zero problems', () => {
    expect(checked.problems.map(formatProblem)).toEqual([]);
  });

  const index = () => loadIndex(DIR);

  test('every claim resolves to a story and, when it has evidence, to at least one series', () => {
    const { data } = index();
    const stories = new Set(data.stories.map((s) => s.id));
    const bad: string[] = [];
    for (const claim of data.claims) {
      if (!stories.has(claim.story_id)) bad.push(`${claim.id}: story ${claim.story_id} not found`);
      const evidence = index().evidenceFor(claim);
      if (evidence.length === 0) {
        // A claim with no linked figure must say that no official series measures it.
        if (claim.comparability !== 'none') bad.push(`${claim.id}: no evidence, but comparability is ${claim.comparability}`);
        continue;
      }
      const series = new Set(evidence.map((e) => e.series?.id).filter(Boolean));
      if (series.size === 0) bad.push(`${claim.id}: evidence resolves to no series`);
    }
    expect(bad).toEqual([]);
  });

  test('every claim_evidence row resolves to an observation and a series', () => {
    const { data, observationById, seriesById } = index();
    const bad: string[] = [];
    for (const e of data.evidence) {
      const o = observationById.get(e.observation_id);
      if (!o) bad.push(`${e.claim_id} -> ${e.observation_id}: observation not found`);
      else if (!seriesById.get(o.series_id)) bad.push(`${e.claim_id} -> ${e.observation_id}: series ${o.series_id} not found`);
    }
    expect(bad).toEqual([]);
  });

  test('every observation has a source with an http(s) URL, a non-empty locator and a confidence', () => {
    const { data, sourceById } = index();
    const bad: string[] = [];
    for (const o of data.observations) {
      const source = sourceById.get(o.source_id);
      if (!source) bad.push(`${o.id}: source ${o.source_id} not found`);
      else if (!/^https?:\/\/\S+$/.test(source.url)) bad.push(`${o.id}: source ${source.id} has no http(s) URL (${source.url})`);
      if (!o.locator || !o.locator.trim()) bad.push(`${o.id}: empty locator`);
      if (!['high', 'medium', 'low'].includes(o.confidence)) bad.push(`${o.id}: confidence ${o.confidence}`);
    }
    expect(bad).toEqual([]);
  });

  test('observations per series are pinned', () => {
    const { data } = index();
    const counts: Record<string, number> = Object.fromEntries(data.series.map((s) => [s.id, 0]));
    for (const o of data.observations) counts[o.series_id] = (counts[o.series_id] ?? 0) + 1;
    expect(counts).toEqual(SERIES_ROWS);
  });

  test('rows per resource are pinned', () => {
    const { pkg, tables } = loadTables(DIR);
    const counts = Object.fromEntries(pkg.resources.map((r) => [r.name, tables[r.name]?.length ?? -1]));
    expect(counts).toEqual(RESOURCE_ROWS);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Against the research dossier (../shared/sources). CI has it beside the project; skip with a message if absent.

const DOSSIER = join(__dirname, '..', '..', '..', 'shared', 'sources');
const FIGURES_PATH = join(DOSSIER, 'FIGURES.csv');
const CLAIMS_PATH = join(DOSSIER, 'CLAIMS.csv');
const RESEARCH_DIR = join(DOSSIER, 'research');
const dossierPresent = existsSync(FIGURES_PATH) && existsSync(CLAIMS_PATH);

type Row = Record<string, string>;
/** Reads a dossier ledger with the project's strict CSV reader (it follows the same RFC 4180 rules as data/). */
function readRows(path: string): Row[] {
  const { header, rows, problems } = readCsv(path, readFileSync(path));
  expect(problems).toEqual([]);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? ''])));
}
const num = (s: string | null | undefined) => (s === null || s === undefined || s.trim() === '' ? null : Number(s));

if (!dossierPresent) {
  const why = `research dossier not found at ${DOSSIER}; skipping the checks against FIGURES.csv and CLAIMS.csv`;
  console.warn(why);
  test.skip(why, () => {});
}

(dossierPresent ? describe : describe.skip)('the record against the research dossier', () => {
  let figures: Row[] = [];
  let figureById = new Map<string, Row>();
  let dossierClaims: Row[] = [];
  let observations: Observation[] = [];

  beforeAll(() => {
    figures = readRows(FIGURES_PATH);
    figureById = new Map(figures.map((f) => [f.id, f]));
    dossierClaims = readRows(CLAIMS_PATH);
    observations = loadIndex(DIR).data.observations;
  });

  /** Observations transcribed from the dossier keep its figure id. */
  const transcribed = () => observations.filter((o) => figureById.has(o.id)).map((o) => ({ o, f: figureById.get(o.id)! }));

  test('the dossier was read, and most of the record is transcribed from it', () => {
    expect(figures.length).toBeGreaterThan(300);
    expect(transcribed().length).toBeGreaterThan(100);
  });

  test('the USSC 2005 cohort (49.3% rearrested within eight years) is transcribed with its URL', () => {
    const o = observations.find((x) => x.id === 'ussc-2005-cohort-rearrest-8yr');
    expect(o?.value).toBe(49.3);
    expect(figureById.get('ussc-2005-cohort-rearrest-8yr')?.url).toBe('https://www.ussc.gov/about/news/press-releases/march-9-2016');
  });

  test('every transcribed observation has the dossier value', () => {
    const bad = transcribed()
      .filter(({ o, f }) => num(f.value) !== o.value)
      .map(({ o, f }) => `${o.id}: ${o.value} in data/, ${f.value} in the dossier`);
    expect(bad).toEqual([]);
  });

  test('every transcribed observation has the dossier confidence', () => {
    const bad = transcribed()
      .filter(({ o, f }) => o.confidence !== f.confidence)
      .map(({ o, f }) => `${o.id}: ${o.confidence} in data/, ${f.confidence} in the dossier`);
    expect(bad).toEqual([]);
  });

  test("every transcribed observation keeps the dossier's qualifier ('over' is stored as more-than)", () => {
    const asData = (q: string) => (q === 'over' ? 'more-than' : q);
    const bad = transcribed()
      .filter(({ o, f }) => o.qualifier !== asData(f.value_qualifier))
      .map(({ o, f }) => `${o.id}: ${o.qualifier} in data/, ${f.value_qualifier} in the dossier`);
    expect(bad).toEqual([]);
  });

  test("a figure whose dossier quote is the research report's summary is not shown as a quotation", () => {
    const bad = transcribed()
      .filter(({ f }) => f.notes.startsWith("[Quote is the research report's summary"))
      .filter(({ o }) => o.locator_type !== 'summary')
      .map(({ o }) => `${o.id}: locator_type ${o.locator_type}, should be summary`);
    expect(bad).toEqual([]);
  });

  test("a figure the dossier says to verify before use is rated low and keeps the warning", () => {
    const flagged = transcribed().filter(({ f }) => /verify before use/i.test(f.notes));
    const bad = flagged
      .filter(({ o }) => o.confidence !== 'low' || !/verify before use/i.test(o.note ?? ''))
      .map(({ o }) => `${o.id}: confidence ${o.confidence}, note ${JSON.stringify(o.note)}`);
    expect(bad).toEqual([]);
  });

  test('no observation uses a figure that the research only recalled or did not find', () => {
    if (!existsSync(RESEARCH_DIR)) {
      console.warn(`${RESEARCH_DIR} not found; skipping the recalled-figure check`);
      return;
    }
    // Numbers the research reports give under a "Recalled" or "Not found" heading, or in a paragraph that
    // starts by calling them recalled. A number the ledger itself verified (a FIGURES.csv value) is exempt:
    // "when a ledger row and a report disagree, the ledger row is the checked one" (dossier README).
    const verified = new Set(figures.map((f) => num(f.value)));
    const forbidden = new Map<number, string>();
    for (const file of readdirSync(RESEARCH_DIR).filter((f) => f.endsWith('.md'))) {
      let section = false;
      let paragraph = false;
      for (const line of readFileSync(join(RESEARCH_DIR, file), 'utf8').split('\n')) {
        if (line.startsWith('#')) {
          section = /recalled|unverified|not found/i.test(line);
          paragraph = false;
          continue;
        }
        if (!line.trim()) paragraph = false;
        else if (/recalled/i.test(line)) paragraph = true;
        if (!section && !paragraph) continue;
        const found = [
          ...[...line.matchAll(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/g)].map((m) => Number(m[0].replace(/,/g, ''))),
          ...[...line.matchAll(/(\d+(?:\.\d+)?) million/g)].map((m) => Math.round(Number(m[1]) * 1e6)),
        ];
        for (const n of found) if (!verified.has(n)) forbidden.set(n, `${file}: ${line.trim().slice(0, 100)}`);
      }
    }
    // The extraction must find the ICE detainer totals one report recalled (FY2016-FY2018, FY2020).
    for (const n of [86026, 142356, 177147, 122233]) expect(forbidden.has(n)).toBe(true);

    const bad: string[] = [];
    for (const o of observations) {
      const hit = forbidden.get(o.value);
      if (hit !== undefined) bad.push(`${o.id}: value ${o.value} is a recalled or unfound figure (${hit})`);
      for (const n of forbidden.keys()) {
        const pattern = new RegExp(`(?<![\\d.,])(${n}|${n.toLocaleString('en-US')})(?![\\d,]|\\.\\d)`);
        if (pattern.test(o.locator)) bad.push(`${o.id}: locator quotes ${n}, a recalled or unfound figure (${forbidden.get(n)})`);
      }
    }
    expect(bad).toEqual([]);
  });

  test("the repost's 256,058 (the dossier README's rejected variant of FY2018 removals) appears nowhere", () => {
    expect(observations.filter((o) => o.value === 256058 || /256,?058/.test(o.locator)).map((o) => o.id)).toEqual([]);
  });

  test('every NC AOC statewide figure in the dossier equals the sum computed here', () => {
    const ID = /^nc-aoc-(superior|district)-(felony|misd-nonmv|misd-traffic)-(filed|disposed|end-pending)-(fy\d{4}-\d{2})$/;
    const CASE_TYPE: Record<string, string> = { felony: 'felonies', 'misd-nonmv': 'misdemeanors-non-mv', 'misd-traffic': 'misdemeanors-traffic' };
    const byId = new Map(observations.map((o) => [o.id, o]));
    const rows = figures.filter((f) => ID.test(f.id));
    expect(rows.length).toBeGreaterThan(0);
    const bad: string[] = [];
    for (const f of rows) {
      const [, court, type, measure, fy] = ID.exec(f.id)!;
      const id = `nc-aoc-${court}-criminal-${CASE_TYPE[type]}-${measure}-${fy}`;
      const o = byId.get(id);
      if (!o) bad.push(`${f.id}: no observation ${id}`);
      else if (o.value !== num(f.value) || o.confidence !== f.confidence) {
        bad.push(`${f.id}: dossier ${f.value} (${f.confidence}), ${id} ${o.value} (${o.confidence})`);
      }
    }
    expect(bad).toEqual([]);
  });

  test('every NC AOC county figure in the dossier equals its county record', () => {
    const ID = /^nc-aoc-superior-felony-filed-fy(\d{4})-(\d{2})-[a-z]+$/;
    const rows = figures.filter((f) => ID.test(f.id));
    expect(rows.length).toBeGreaterThan(0);
    const county = (loadTables(DIR).tables.nc_aoc_caseload ?? []).map((r) => r.values);
    const bad: string[] = [];
    for (const f of rows) {
      const [, y1, y2] = ID.exec(f.id)!;
      const match = county.filter(
        (r) => r.period === `FY${y1}-${y2}` && r.fips === f.fips && r.jurisdiction === 'Superior Criminal' && r.case_type === 'Felonies' && r.measure === 'Filed',
      );
      if (match.length !== 1 || match[0].cases !== num(f.value)) {
        bad.push(`${f.id}: dossier ${f.value}, county file ${match.map((r) => r.cases).join(', ') || 'no record'}`);
      }
    }
    expect(bad).toEqual([]);
  });

  const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

  test('every dossier story with a full ISO date has a stories row (same URL and date)', () => {
    const { data } = loadIndex(DIR);
    const stories = new Set(data.stories.map((s) => `${s.url} ${s.date}`));
    const dated = dossierClaims.filter((c) => FULL_DATE.test(c.story_date));
    expect(dated.length).toBeGreaterThan(0);
    const missing = [...new Set(dated.map((c) => `${c.story_url} ${c.story_date}`))].filter((k) => !stories.has(k));
    expect(missing).toEqual([]);
  });

  test('a dossier story with no full date has a stories row with an empty date, and its note gives the year if known', () => {
    const { data } = loadIndex(DIR);
    const byUrl = new Map(data.stories.map((s) => [s.url, s]));
    const bad: string[] = [];
    for (const c of dossierClaims.filter((d) => !FULL_DATE.test(d.story_date))) {
      const story = byUrl.get(c.story_url);
      if (!story) bad.push(`${c.id}: no story with URL ${c.story_url}`);
      else if (story.date !== null) bad.push(`${story.id}: date ${story.date}, but the dossier records only "${c.story_date}"`);
      else if (c.story_date && !(story.note ?? '').includes(c.story_date.slice(0, 4))) bad.push(`${story.id}: note does not say the known date ${c.story_date}`);
    }
    expect(bad).toEqual([]);
  });

  /**
   * Quotes the dossier gives in a form the stored page contradicts, corrected from the stored copy (audit 2026-12,
   * item 7): the dossier's fragment "over 500 … released" reverses the source's word order.
   */
  const QUOTES_CORRECTED: Record<string, { dossier: string; stored: string }> = {
    'dailycaller-2019-09-09-over-500-released': {
      dossier: 'over 500 … released',
      stored: 'Local authorities in North Carolina have released over 500 undocumented immigrants in the past 10 months.',
    },
  };

  test('every dossier claim is in claims.csv, in the story with its URL, with its quote, numbers and qualifier', () => {
    const { data } = loadIndex(DIR);
    const byId = new Map(data.claims.map((c) => [c.id, c]));
    const storyById = new Map(data.stories.map((s) => [s.id, s]));
    const bad: string[] = [];
    for (const d of dossierClaims) {
      const c = byId.get(d.id);
      if (!c) {
        bad.push(`${d.id}: not in claims.csv`);
        continue;
      }
      if (storyById.get(c.story_id)?.url !== d.story_url) bad.push(`${d.id}: story ${c.story_id} does not have the URL ${d.story_url}`);
      if (c.quote !== d.quote && !(d.id in QUOTES_CORRECTED)) bad.push(`${d.id}: quote differs`);
      if (d.id in QUOTES_CORRECTED && (d.quote !== QUOTES_CORRECTED[d.id].dossier || c.quote !== QUOTES_CORRECTED[d.id].stored)) bad.push(`${d.id}: not the corrected quote`);
      if (c.qualifier !== d.qualifier) bad.push(`${d.id}: qualifier ${c.qualifier}, dossier ${d.qualifier}`);
      for (const k of ['value', 'low', 'high'] as const) if (c[k] !== num(d[k])) bad.push(`${d.id}: ${k} ${c[k]}, dossier ${d[k]}`);
    }
    expect(bad).toEqual([]);
  });

  test("the ACS 2013 counts computed here equal the dossier's published 2013 figures", () => {
    const byId = new Map(observations.map((o) => [o.id, o]));
    const pairs: Array<[string, string]> = [
      ['nc-foreign-born-2013', 'acs-nc-foreign-born-2013'],
      ['nc-naturalized-citizens-2013', 'acs-nc-naturalized-2013'],
      ['nc-noncitizens-2013', 'acs-nc-not-a-citizen-2013'],
    ];
    const bad = pairs
      .filter(([f, o]) => !figureById.has(f) || byId.get(o)?.value !== num(figureById.get(f)!.value))
      .map(([f, o]) => `${f} ${figureById.get(f)?.value} vs ${o} ${byId.get(o)?.value}`);
    expect(bad).toEqual([]);
  });
});
