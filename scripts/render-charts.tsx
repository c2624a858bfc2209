/**
 * Build step: renders every chart to static SVG with the same recharts component the browser uses.
 * recharts draws nothing in React's server renderer, but draws complete SVG under jsdom at a fixed size.
 * It runs in its own process before `next build`, because jsdom globals would confuse Next's server/client detection.
 * Output: one <id>.svg per chart in generatedChartsDir(), read by the pages at build time.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';


function installDom() {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  g.window = dom.window;
  g.document = dom.window.document;
  g.navigator = dom.window.navigator;
  g.HTMLElement = dom.window.HTMLElement;
  g.SVGElement = dom.window.SVGElement;
  g.getComputedStyle = dom.window.getComputedStyle;
  g.IS_REACT_ACT_ENVIRONMENT = false;
  // jsdom lacks these; recharts only needs them to exist.
  g.ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };
  g.requestAnimationFrame = (cb: (t: number) => void) => setTimeout(() => cb(Date.now()), 0);
  g.cancelAnimationFrame = (id: number) => clearTimeout(id);
  return dom;
}

async function main() {
  const started = performance.now();
  const dom = installDom();
  const [{ createRoot }, { flushSync }, { loadIndex }, { publishedCharts }, { renderChartSvg }] = await Promise.all([
    import('react-dom/client'),
    import('react-dom'),
    import('../lib/data/dataset'),
    import('../lib/view/published-charts'),
    import('./render-chart-svg'),
  ]);
  const { generatedChartsDir } = await import('../lib/charts/svg-store');
  const { narrowVariant } = await import('../lib/charts/narrow');
  const OUT = generatedChartsDir();
  const charts = publishedCharts(loadIndex());
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const spec of charts) {
    writeFileSync(join(OUT, `${spec.id}.svg`), renderChartSvg(spec, dom.window.document, createRoot, flushSync));
    writeFileSync(join(OUT, `${spec.id}.narrow.svg`), renderChartSvg(narrowVariant(spec), dom.window.document, createRoot, flushSync));
  }
  const ms = Math.round(performance.now() - started);
  console.log(`render-charts: ${charts.length} charts × 2 widths to ${OUT} in ${ms} ms`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
