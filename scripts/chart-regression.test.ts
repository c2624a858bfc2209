/**
 * The chart regression suite: every chart the site publishes is rendered as the build does (wide and narrow,
 * light) and compared with its committed reference in tests/charts/reference/, one SVG element per line so a
 * change reads as a small diff in review. An intended change is accepted with `npm run charts:update`
 * (CHARTS_UPDATE=1), which rewrites the references and drops those of charts that no longer exist.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installDom } from './chart-dom';

const REFERENCE = join(__dirname, '..', 'tests', 'charts', 'reference');
const UPDATE = process.env.CHARTS_UPDATE === '1';

/**
 * recharts numbers its clip paths and React its ids in render order across the whole run, so adding one chart
 * would renumber every later reference. Each chart's ids are renumbered from 1 in order of appearance.
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

describe('chart regression suite', () => {
  const dom = installDom();
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { createRoot } = require('react-dom/client') as typeof import('react-dom/client');
  const { flushSync } = require('react-dom') as typeof import('react-dom');
  const { renderChartSvg } = require('./render-chart-svg') as typeof import('./render-chart-svg');
  const { allCharts } = require('../lib/view/charts') as typeof import('../lib/view/charts');
  const { loadIndex } = require('../lib/data/dataset') as typeof import('../lib/data/dataset');
  const { narrowVariant } = require('../lib/charts/narrow') as typeof import('../lib/charts/narrow');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const charts = allCharts(loadIndex());
  const files = new Map<string, string>();
  for (const spec of charts) {
    for (const [file, s] of [[`${spec.id}.svg`, spec], [`${spec.id}.narrow.svg`, narrowVariant(spec)]] as const) {
      files.set(file, prettySvg(renderChartSvg(s, dom.window.document, createRoot, flushSync)));
    }
  }

  if (UPDATE) {
    it('writes the references', () => {
      rmSync(REFERENCE, { recursive: true, force: true });
      mkdirSync(REFERENCE, { recursive: true });
      for (const [file, svg] of files) writeFileSync(join(REFERENCE, file), svg);
      expect(readdirSync(REFERENCE)).toHaveLength(files.size);
    });
    return;
  }

  it('has a reference for every chart and none for a chart that is gone', () => {
    const committed = existsSync(REFERENCE) ? readdirSync(REFERENCE) : [];
    expect({ missing: [...files.keys()].filter((f) => !committed.includes(f)), orphaned: committed.filter((f) => !files.has(f)) }).toEqual({ missing: [], orphaned: [] });
  });

  it.each([...files.keys()])('%s matches its reference', (file) => {
    const path = join(REFERENCE, file);
    if (!existsSync(path)) return; // reported above
    const expected = readFileSync(path, 'utf8');
    const actual = files.get(file)!;
    if (expected !== actual) throw new Error(`${file} differs from tests/charts/reference/${file} (run npm run charts:update if intended):\n${firstDifferences(expected, actual)}`);
  });

  it('serialises every chart as well-formed XML', () => {
    const parser = new dom.window.DOMParser();
    const bad = [...files].filter(([, svg]) => parser.parseFromString(svg, 'image/svg+xml').getElementsByTagName('parsererror').length > 0).map(([f]) => f);
    expect(bad).toEqual([]);
  });

  it('never cuts a label with "…"', () => {
    for (const [file, svg] of files) expect(`${file}: ${svg.includes('…')}`).toBe(`${file}: false`);
  });
});
