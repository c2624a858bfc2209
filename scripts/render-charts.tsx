/**
 * Build step: renders every chart to static SVG with the same React components the browser uses
 * (recharts for bars, columns and lines; plain SVG for the county map).
 * recharts draws nothing in React's server renderer, but draws complete SVG under jsdom at a fixed size.
 * It runs in its own process before `next build`, because jsdom globals would confuse Next's server/client detection.
 * Output, in generatedChartsDir(), read by the pages, embeds and exports at build time:
 *   <id>.svg          the standard layout, light (pages and embeds re-theme it with CSS)
 *   <id>.narrow.svg   the phone layout, light
 *   <id>.dark.svg     the standard layout drawn in the dark palette (dark exports)
 *   <id>.narrow-dark.svg  the phone layout drawn in the dark palette (the catalogue's dark thumbnail)
 * Every published chart, then /explore's default views (explore-<measure>: lib/view/explore-spec.ts).
 * Any chart that breaks the contract (marks not matching rows, no title, a cut label) fails the build.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installDom } from './chart-dom';

async function main() {
  const started = performance.now();
  const dom = installDom();
  const [
    { createRoot },
    { flushSync },
    { loadIndex, loadTables },
    { publishedCharts },
    { renderChartSvg },
    { generatedChartsDir, chartSvgFile },
    { narrowVariant },
  ] = await Promise.all([
    import('react-dom/client'),
    import('react-dom'),
    import('../lib/data/dataset'),
    import('../lib/view/published-charts'),
    import('./render-chart-svg'),
    import('../lib/charts/svg-store'),
    import('../lib/charts/narrow'),
  ]);
  const [{ exploreModel }, { exploreDefaultViews }, { allPlaceEvents }] = await Promise.all([
    import('../lib/view/explore-page'),
    import('../lib/view/explore-spec'),
    import('../lib/view/chart-events'),
  ]);
  const OUT = generatedChartsDir();
  const explore = exploreModel();
  // /explore's default views are charts too: its first view and /embed/explore show these SVGs.
  const charts = [
    ...publishedCharts(loadIndex(), loadTables().tables),
    ...exploreDefaultViews({ ...explore, events: allPlaceEvents() }),
  ];
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const kinds: Record<string, number> = {};
  for (const spec of charts) {
    const render = (s: typeof spec, theme: 'light' | 'dark' = 'light') =>
      renderChartSvg(s, dom.window.document, createRoot, flushSync, theme);
    writeFileSync(join(OUT, chartSvgFile(spec.id, 'wide')), render(spec));
    writeFileSync(join(OUT, chartSvgFile(spec.id, 'narrow')), render(narrowVariant(spec)));
    writeFileSync(join(OUT, chartSvgFile(spec.id, 'dark')), render(spec, 'dark'));
    writeFileSync(join(OUT, chartSvgFile(spec.id, 'narrow-dark')), render(narrowVariant(spec), 'dark'));
    kinds[spec.chartKind] = (kinds[spec.chartKind] ?? 0) + 1;
  }
  const ms = Math.round(performance.now() - started);
  const byKind = Object.entries(kinds)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  console.log(
    `render-charts: ${charts.length} charts (${byKind}) × 4 (wide, narrow, dark, narrow dark) to ${OUT} in ${ms} ms`,
  );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
