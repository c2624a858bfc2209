/**
 * Post-build step: publishes every chart as files to download and every page's share image, in out/ (or NEXT_OUT_DIR):
 *   charts/<id>.svg, charts/<id>-dark.svg   the chart with its title, source and permalink, light and dark
 *   charts/<id>.png, charts/<id>-dark.png   the same at 2× (resvg)
 *   share/<chartId>.png                     1200×630 Open Graph image of each series chart
 *   share/claims/<claimId>.png              1200×630 Open Graph image of every claim, with or without a chart
 *   charts/thumbs/<id>.png, <id>-dark.png   the catalogue thumbnails: the phone layout at 1×, light and dark (lib/charts/thumbnail.ts)
 * Each file is a frame composed with its chart (components/charts/ExportFrame.tsx, ShareCard.tsx), rendered here
 * with React's static renderer. The chart is the build-time drawing scripts/render-charts.tsx made (read once each):
 * the light one for light files and share images, the dark-rendered one for dark files, placed whole in the frame's
 * chart box (sized from the spec), so no chart SVG is parsed or recoloured after rendering.
 *
 * PNG encoding dominates, and resvg-js (2.6) builds its font database per render with no way to share one,
 * so the PNGs are rendered in a pool of worker threads, one per core (at most 4; EXPORT_THREADS overrides).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ExportFrame } from '../components/charts/ExportFrame';
import { ChartDrawing } from '../components/charts/FrameSvg';
import { ShareCard } from '../components/charts/ShareCard';
import type { ChartSpec } from '../lib/charts/chart-spec';
import { exportFrame } from '../lib/charts/export-svg';
import { narrowVariant } from '../lib/charts/narrow';
import type { Theme } from '../lib/charts/palette';
import { SHARE_HEIGHT, SHARE_WIDTH, type ShareCardData } from '../lib/charts/share-svg';
import { readChartSvg } from '../lib/charts/svg-store';
import { chartThumbnailPath } from '../lib/charts/thumbnail';
import { loadIndex, loadTables } from '../lib/data/dataset';
import { SITE_NAME } from '../lib/site';
import { publishedCharts } from '../lib/view/published-charts';
import { claimView } from '../lib/view/claim-view';

/** A standalone SVG file of a drawing. */
export const svgDocument = (drawing: ReactElement) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(drawing)}\n`;

export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

/** A chart's download: its build-time drawing in the theme (chartSvg) in the export frame. */
export function exportSvg(spec: ChartSpec, chartSvg: string, theme: Theme, siteName: string): ExportedSvg {
  const { width, height } = exportFrame(spec, theme, siteName);
  const svg = svgDocument(
    createElement(ExportFrame, { spec, theme, siteName }, createElement(ChartDrawing, { svg: chartSvg })),
  );
  return { svg, width, height };
}

/** A share image: the card, with its chart's light build-time drawing when it has a chart. */
export function shareSvg(card: ShareCardData, chartSvg: string | null): string {
  return svgDocument(
    createElement(ShareCard, { card }, chartSvg === null ? null : createElement(ChartDrawing, { svg: chartSvg })),
  );
}

/** Exports are drawn at twice their SVG size. */
export const PNG_ZOOM = 2;

/**
 * resvg options: system fonts, so the SVGs' font-family list (Liberation Sans first, as on Debian with chromium)
 * resolves as it would in a browser; DejaVu Sans when no listed family is installed.
 */
export const RESVG_FONT = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };

export interface PngJob {
  svg: string;
  zoom: number;
  path: string;
  /** Expected pixel size; a mismatch fails the build. */
  width: number;
  height: number;
}

interface PngDone {
  path: string;
  ms: number;
  bytes: number;
  width: number;
  height: number;
  error?: string;
}

/** The worker: plain JavaScript, so it starts without the TypeScript loader and loads nothing but resvg. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', (job) => {
  const started = performance.now();
  try {
    const image = new Resvg(job.svg, { fitTo: { mode: 'zoom', value: job.zoom }, font: workerData.font }).render();
    const png = image.asPng();
    writeFileSync(job.path, png);
    parentPort.postMessage({ path: job.path, ms: performance.now() - started, bytes: png.length, width: image.width, height: image.height });
  } catch (e) {
    parentPort.postMessage({ path: job.path, ms: 0, bytes: 0, width: 0, height: 0, error: String(e && e.message || e) });
  }
});
`;

/** Renders every job to its PNG file with a pool of workers; resolves with one result per job. */
export async function renderPngs(
  jobs: PngJob[],
  threads = Math.max(1, Math.min(availableParallelism(), 4)),
): Promise<PngDone[]> {
  // Largest first, so no worker is left with a big one at the end.
  const queue = [...jobs].sort((a, b) => b.width * b.height - a.width * a.height);
  const expected = new Map(jobs.map((j) => [j.path, j]));
  const done: PngDone[] = [];
  const workerData = { resvg: require.resolve('@resvg/resvg-js'), font: RESVG_FONT };
  const pool = Array.from(
    { length: Math.min(threads, queue.length) },
    () => new Worker(WORKER, { eval: true, workerData }),
  );
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const job = queue.shift();
              if (job) worker.postMessage(job);
              else resolve();
            };
            worker.on('message', (r: PngDone) => {
              const want = expected.get(r.path)!;
              if (r.error) return reject(new Error(`${r.path}: ${r.error}`));
              if (r.width !== want.width || r.height !== want.height) {
                return reject(
                  new Error(`${r.path}: rendered ${r.width}×${r.height}, expected ${want.width}×${want.height}`),
                );
              }
              done.push(r);
              next();
            });
            worker.on('error', reject);
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return done;
}

async function main() {
  const started = performance.now();
  const out = process.env.NEXT_OUT_DIR || 'out';
  const index = loadIndex();
  const charts = publishedCharts(index, loadTables().tables);
  for (const dir of ['charts', join('charts', 'thumbs'), 'share', join('share', 'claims')])
    mkdirSync(join(out, dir), { recursive: true });

  const chartSvg = new Map(charts.map((spec) => [spec.id, readChartSvg(spec.id)]));
  const jobs: PngJob[] = [];
  let svgs = 0;
  for (const spec of charts) {
    for (const theme of ['light', 'dark'] as const) {
      const stem = theme === 'light' ? spec.id : `${spec.id}-dark`;
      const file = exportSvg(
        spec,
        theme === 'light' ? chartSvg.get(spec.id)! : readChartSvg(spec.id, 'dark'),
        theme,
        SITE_NAME,
      );
      writeFileSync(join(out, 'charts', `${stem}.svg`), file.svg);
      svgs++;
      jobs.push({
        svg: file.svg,
        zoom: PNG_ZOOM,
        path: join(out, 'charts', `${stem}.png`),
        width: file.width * PNG_ZOOM,
        height: file.height * PNG_ZOOM,
      });
    }
  }
  for (const spec of charts) {
    for (const theme of ['light', 'dark'] as const) {
      const narrow = readChartSvg(spec.id, theme === 'light' ? 'narrow' : 'narrow-dark');
      const { width, height } = narrowVariant(spec);
      jobs.push({
        svg: narrow,
        zoom: 1,
        path: join(out, chartThumbnailPath(spec.id, theme)),
        width: Math.round(width),
        height: Math.round(height),
      });
    }
  }
  const share = (svg: string, path: string) =>
    jobs.push({ svg, zoom: 1, path, width: SHARE_WIDTH, height: SHARE_HEIGHT });
  // Series and trail timelines share the chart card; claims have their own.
  const series = charts.filter((c) => c.kind !== 'claim');
  for (const spec of series)
    share(
      shareSvg({ kind: 'series', siteName: SITE_NAME, spec }, chartSvg.get(spec.id)!),
      join(out, 'share', `${spec.id}.png`),
    );
  const claims = index.data.claims;
  for (const claim of claims) {
    const view = claimView(index, claim);
    const drawing = view.chart ? (chartSvg.get(view.chart.id) ?? readChartSvg(view.chart.id)) : null;
    const card = {
      kind: 'claim',
      siteName: SITE_NAME,
      quote: claim.quote,
      status: view.comparison.status,
      statusLabel: view.statusLabel,
      sentence: view.comparison.sentence,
      chart: view.chart,
    } as const;
    const svg = shareSvg(card, drawing);
    share(svg, join(out, 'share', 'claims', `${claim.id}.png`));
  }

  const threads = Number(process.env.EXPORT_THREADS) || Math.max(1, Math.min(availableParallelism(), 4));
  const renderStarted = performance.now();
  const done = await renderPngs(jobs, threads);
  const renderMs = performance.now() - renderStarted;
  const cpuMs = done.reduce((s, d) => s + d.ms, 0);
  const bytes = done.reduce((s, d) => s + d.bytes, 0);
  const ms = Math.round(performance.now() - started);
  console.log(
    `publish-exports: ${charts.length} charts → ${svgs} SVGs + ${svgs} PNGs + ${charts.length * 2} thumbnails; share images: ${series.length} series, ${claims.length} claims; ` +
      `${done.length} PNGs (${(bytes / 1e6).toFixed(1)} MB) in ${ms} ms; ${(cpuMs / done.length).toFixed(0)} ms per PNG per thread, ` +
      `${(renderMs / done.length).toFixed(0)} ms per PNG wall with ${threads} threads`,
  );
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
