/**
 * The chart regression suite (run by scripts/chart-regression*.test.ts, one shard per file so jest runs them on
 * separate workers): every chart the build publishes, in every output the build makes of it, is rendered as the
 * build does and compared with its committed reference.
 *
 * What is pinned, per chart of CHART_LISTS:
 *   <id>.svg, <id>.narrow.svg   the page layouts (light)           readable SVG in tests/charts/reference/
 *   <id>.dark.svg               the dark render                    SHA-256 in tests/charts/hashes-<shard>.json
 *   <id>.export.svg, <id>.export-dark.svg   the download frames    SHA-256
 *   <id>.share.svg              the series share card              SHA-256
 *   claim-<claimId>.share.svg   every claim's share card           SHA-256
 * County charts (200 of one builder) are pinned by hash in every output.
 *
 * Why two kinds of reference: the readable ones (one SVG element per line) make a chart change a small diff in
 * review; the other outputs are the same drawing in other colours or frames, and stored whole they would weigh
 * about 30 MB. A hash costs one line. Every entry is normalised first (stable ids, one element per line), and a
 * failing comparison of either kind writes <name>.changed.svg in tests/charts/reference/ (git-ignored) and names it.
 * Every reference is checked to be well-formed XML when it is written, so an unchanged entry still is.
 *
 * An intended change is accepted with `npm run charts:update` (CHARTS_UPDATE=1), which rewrites the references and
 * drops those of charts that no longer exist.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartSpec } from '@/lib/charts/chart-spec';
import type { Index } from '@/lib/data/evidence';

export const REFERENCE = join(__dirname, 'reference');
const UPDATE = process.env.CHARTS_UPDATE === '1';
export const SHARDS = 2;

export type Variant = 'wide' | 'narrow' | 'dark' | 'export' | 'export-dark' | 'share';

/** A list of charts the suite pins, and which of their outputs. */
export interface ChartList {
  name: string;
  specs: (index: Index) => ChartSpec[];
  variants: Variant[];
  /** Page layouts kept as readable SVG files (the rest are hashes). */
  readable: boolean;
  /** Counted against the build's list of published charts. */
  published: boolean;
  /** Entry names start with this, so a list's ids cannot collide with another's. */
  prefix?: string;
}

/* eslint-disable @typescript-eslint/no-require-imports -- loaded after installDom(): React and recharts must see jsdom's globals */
const ALL: Variant[] = ['wide', 'narrow', 'dark', 'export', 'export-dark', 'share'];

/**
 * Every list the suite pins: the chart pages' charts, the 200 county charts, and /explore's default views (one per
 * measure, ids `explore-<measure>`, which render-charts draws for /explore's first view and /embed/explore). Another
 * list of views is one more entry here.
 */
export const CHART_LISTS: ChartList[] = [
  {
    name: 'charts',
    specs: (index) => require('@/lib/view/charts').allCharts(index),
    variants: ALL,
    readable: true,
    published: true,
  },
  {
    name: 'county',
    specs: (index) =>
      require('@/lib/view/county-view').countyCharts(index, require('@/lib/data/dataset').loadTables().tables),
    variants: ALL,
    readable: false,
    published: true,
  },
  {
    name: 'explore',
    specs: () => {
      const explore = require('@/lib/view/explore-page').exploreModel();
      return require('@/lib/view/explore-spec').exploreDefaultViews({
        ...explore,
        events: require('@/lib/view/chart-events').allPlaceEvents(),
      });
    },
    variants: ['wide', 'narrow', 'dark'],
    readable: false,
    published: false,
  },
];

/**
 * recharts numbers its clip paths and React its ids in render order across the whole run, so adding one chart
 * would renumber every later reference. Each entry's ids are renumbered from 1 in order of appearance.
 */
function stableIds(svg: string): string {
  const seen = new Map<string, string>();
  return svg.replace(/recharts\d+|_r_[0-9a-z]+_/g, (id) => {
    if (!seen.has(id)) seen.set(id, `${id.startsWith('recharts') ? 'recharts' : 'r'}-id${seen.size + 1}`);
    return seen.get(id)!;
  });
}

/** One element per line: readable, line-based diffs. */
export const prettySvg = (svg: string) => `${stableIds(svg).replace(/>\s*</g, '>\n<')}\n`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Which shard an entry belongs to, by its chart's (or claim's) id: adding a list or a chart moves nothing else. */
export function shardOf(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) % SHARDS;
}

/** The first lines where two texts differ, as a short unified-style excerpt. */
function firstDifferences(expected: string, actual: string, most = 6): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < most * 2; i++) {
    if (a[i] !== b[i]) out.push(`line ${i + 1}:\n  - ${a[i] ?? '(none)'}\n  + ${b[i] ?? '(none)'}`);
  }
  return out.join('\n');
}

/** One pinned output. Its name's part before the first dot (the chart id, with its list's prefix) picks its shard. */
export interface Entry {
  name: string;
  readable: boolean;
  svg: () => string;
}

export const entryFile = (name: string) => join(REFERENCE, name);
export const changedFile = (name: string) => join(REFERENCE, name.replace(/\.svg$/, '.changed.svg'));
const hashFile = (shard: number) => join(__dirname, `hashes-${shard + 1}.json`);
const relative = (path: string) => path.slice(path.indexOf('tests/charts/'));

/**
 * Compares one entry with its reference: null when it matches (or has none yet, which the coverage test reports).
 * On a difference it writes the new render to <name>.changed.svg beside the reference and returns a message naming it.
 */
export function compareEntry(
  entry: Entry,
  svg: string,
  hashes: Record<string, string>,
  hashPath: string,
  wellFormed: (svg: string) => boolean,
): string | null {
  const { name } = entry;
  const changed = changedFile(name);
  const known = entry.readable ? existsSync(entryFile(name)) : name in hashes;
  const ok = entry.readable ? known && readFileSync(entryFile(name), 'utf8') === svg : hashes[name] === sha256(svg);
  if (ok || !known) {
    rmSync(changed, { force: true });
    return null;
  }
  writeFileSync(changed, svg);
  const detail = entry.readable
    ? `differs from ${relative(entryFile(name))}:\n${firstDifferences(readFileSync(entryFile(name), 'utf8'), svg)}`
    : `no longer matches its hash in ${relative(hashPath)}`;
  const xml = wellFormed(svg) ? '' : '\nIt is not well-formed XML.';
  return `${name} ${detail}${xml}\nThe new render is in ${relative(changed)}; run npm run charts:update if the change is intended.`;
}

/** Registers the suite's tests for one shard. */
export function regressionSuite(shard: number) {
  const { installDom } = require('@/scripts/chart-dom') as typeof import('@/scripts/chart-dom');
  const dom = installDom();
  const { createRoot } = require('react-dom/client') as typeof import('react-dom/client');
  const { flushSync } = require('react-dom') as typeof import('react-dom');
  const { renderChartSvg } = require('@/scripts/render-chart-svg') as typeof import('@/scripts/render-chart-svg');
  const { exportSvg, shareSvg } = require('@/scripts/publish-exports') as typeof import('@/scripts/publish-exports');
  const { loadIndex, loadTables } = require('@/lib/data/dataset') as typeof import('@/lib/data/dataset');
  const { narrowVariant } = require('@/lib/charts/narrow') as typeof import('@/lib/charts/narrow');
  const { publishedCharts } = require('@/lib/view/published-charts') as typeof import('@/lib/view/published-charts');
  const { claimView } = require('@/lib/view/claim-view') as typeof import('@/lib/view/claim-view');
  const { SITE_NAME } = require('@/lib/site') as typeof import('@/lib/site');
  const index = loadIndex();
  const { tables } = loadTables();

  const render = (spec: ChartSpec, theme: 'light' | 'dark' = 'light') =>
    renderChartSvg(spec, dom.window.document, createRoot, flushSync, theme);
  const memo = <T>(f: () => T) => {
    let value: T | undefined;
    return () => (value ??= f());
  };

  const lists = CHART_LISTS.map((list) => ({ list, specs: list.specs(index) }));
  const entries: Entry[] = [];
  const light = new Map<string, () => string>();
  for (const { list, specs } of lists) {
    for (const spec of specs) {
      const p = list.prefix ?? '';
      if (shardOf(p + spec.id) !== shard) continue;
      const wide = memo(() => render(spec));
      const dark = memo(() => render(spec, 'dark'));
      light.set(spec.id, wide);
      const outputs: Record<Variant, [string, () => string]> = {
        wide: [`${p}${spec.id}.svg`, wide],
        narrow: [`${p}${spec.id}.narrow.svg`, () => render(narrowVariant(spec))],
        dark: [`${p}${spec.id}.dark.svg`, dark],
        export: [`${p}${spec.id}.export.svg`, () => exportSvg(spec, wide(), 'light', SITE_NAME).svg],
        'export-dark': [`${p}${spec.id}.export-dark.svg`, () => exportSvg(spec, dark(), 'dark', SITE_NAME).svg],
        share: [`${p}${spec.id}.share.svg`, () => shareSvg({ kind: 'series', siteName: SITE_NAME, spec }, wide())],
      };
      for (const variant of list.variants) {
        if (variant === 'share' && spec.kind === 'claim') continue; // a claim's card is the claim's, below
        const [name, svg] = outputs[variant];
        entries.push({ name, readable: list.readable && (variant === 'wide' || variant === 'narrow'), svg });
      }
    }
  }
  for (const claim of index.data.claims) {
    if (shardOf(`claim-${claim.id}`) !== shard) continue;
    const view = claimView(index, claim);
    const chart = view.chart;
    const card = {
      kind: 'claim',
      siteName: SITE_NAME,
      quote: claim.quote,
      status: view.comparison.status,
      statusLabel: view.statusLabel,
      sentence: view.comparison.sentence,
      chart,
    } as const;
    entries.push({
      name: `claim-${claim.id}.share.svg`,
      readable: false,
      svg: () => shareSvg(card, chart ? (light.get(chart.id) ?? memo(() => render(chart)))() : null),
    });
  }

  const actual = new Map(entries.map((e) => [e.name, prettySvg(e.svg())]));
  const byName = new Map(entries.map((e) => [e.name, e]));
  const committedHashes: Record<string, string> = existsSync(hashFile(shard))
    ? JSON.parse(readFileSync(hashFile(shard), 'utf8'))
    : {};
  /** This shard's readable files: those whose chart id (everything before the first dot) falls in it. */
  const committedFiles = existsSync(REFERENCE)
    ? readdirSync(REFERENCE).filter((f) => !f.endsWith('.changed.svg') && shardOf(f.slice(0, f.indexOf('.'))) === shard)
    : [];

  const parser = new dom.window.DOMParser();
  const wellFormed = (svg: string) =>
    parser.parseFromString(svg, 'image/svg+xml').getElementsByTagName('parsererror').length === 0;

  if (UPDATE) {
    it('writes the references, every one well-formed XML', () => {
      expect(entries.filter((e) => !wellFormed(actual.get(e.name)!)).map((e) => e.name)).toEqual([]);
      mkdirSync(REFERENCE, { recursive: true });
      for (const f of committedFiles) rmSync(entryFile(f));
      const hashes: Record<string, string> = {};
      for (const e of entries) {
        rmSync(changedFile(e.name), { force: true });
        if (e.readable) writeFileSync(entryFile(e.name), actual.get(e.name)!);
        else hashes[e.name] = sha256(actual.get(e.name)!);
      }
      const sorted = Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : 1)));
      writeFileSync(hashFile(shard), `${JSON.stringify(sorted, null, 1)}\n`);
      expect(Object.keys(sorted).length + entries.filter((e) => e.readable).length).toBe(entries.length);
    });
    return;
  }

  it("covers every chart the build publishes (the build's list, scripts/render-charts.tsx)", () => {
    const pinned = lists.filter(({ list }) => list.published).flatMap(({ specs }) => specs.map((s) => s.id));
    expect(pinned.length).toBe(publishedCharts(index, tables).length);
    expect([...pinned].sort()).toEqual(
      publishedCharts(index, tables)
        .map((s) => s.id)
        .sort(),
    );
  });

  it('has a reference for every entry and none for an entry that is gone', () => {
    const readable = entries.filter((e) => e.readable).map((e) => e.name);
    const hashed = entries.filter((e) => !e.readable).map((e) => e.name);
    expect({
      missing: [
        ...readable.filter((f) => !committedFiles.includes(f)),
        ...hashed.filter((n) => !(n in committedHashes)),
      ],
      orphaned: [
        ...committedFiles.filter((f) => !byName.get(f)?.readable),
        ...Object.keys(committedHashes).filter((n) => byName.get(n)?.readable !== false),
      ],
    }).toEqual({ missing: [], orphaned: [] });
  });

  it.each(entries.map((e) => e.name))('%s matches its reference', (name) => {
    const problem = compareEntry(byName.get(name)!, actual.get(name)!, committedHashes, hashFile(shard), wellFormed);
    if (problem) throw new Error(problem);
  });

  it('never cuts a chart label with "…"', () => {
    // Share cards cut quotes and titles to fit on purpose; charts and downloads never cut a word.
    const cut = [...actual].filter(([name, svg]) => !name.endsWith('.share.svg') && svg.includes('…')).map(([f]) => f);
    expect(cut).toEqual([]);
  });
}
