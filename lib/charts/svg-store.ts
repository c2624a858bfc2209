import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartVariant } from './narrow';

/**
 * Where the build-time chart step (scripts/render-charts.tsx) writes one SVG per chart.
 * A draft DATA_DIR gets its own folder, so previewing it never mixes its charts with data/'s.
 */
export function generatedChartsDir(): string {
  const draft = process.env.DATA_DIR;
  return join('.generated', draft ? `charts-${draft.replace(/[^A-Za-z0-9]+/g, '_')}` : 'charts');
}

/** The build-time SVG of a chart. Missing means the render step did not run: fail the build loudly. */
export function readChartSvg(id: string, variant: ChartVariant = 'wide'): string {
  const path = join(generatedChartsDir(), variant === 'wide' ? `${id}.svg` : `${id}.narrow.svg`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" (its prebuild step renders every chart)`);
  return readFileSync(path, 'utf8');
}

/** Both layouts of a chart, for pages and embeds that switch between them by width. */
export function readChartSvgs(id: string): { wide: string; narrow: string } {
  return { wide: readChartSvg(id, 'wide'), narrow: readChartSvg(id, 'narrow') };
}
