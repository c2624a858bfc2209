import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The build-time SVGs of a chart: the standard and phone layouts (light), the standard one drawn dark for exports, and the phone one drawn dark for the catalogue's dark thumbnail. */
export type SvgVariant = 'wide' | 'narrow' | 'dark' | 'narrow-dark';

/**
 * Where the build-time chart step (scripts/render-charts.tsx) writes its SVGs.
 * A draft DATA_DIR gets its own folder, so previewing it never mixes its charts with data/'s.
 */
export function generatedChartsDir(): string {
  const draft = process.env.DATA_DIR;
  return join('.generated', draft ? `charts-${draft.replace(/[^A-Za-z0-9]+/g, '_')}` : 'charts');
}

export const chartSvgFile = (id: string, variant: SvgVariant) =>
  variant === 'wide' ? `${id}.svg` : `${id}.${variant}.svg`;

/** A build-time SVG of a chart. Missing means the render step did not run: fail the build loudly. */
export function readChartSvg(id: string, variant: SvgVariant = 'wide'): string {
  const path = join(generatedChartsDir(), chartSvgFile(id, variant));
  if (!existsSync(path))
    throw new Error(`${path} is missing: run "npm run build" (its prebuild step renders every chart)`);
  return readFileSync(path, 'utf8');
}

/** Both layouts of a chart, for pages and embeds that switch between them by width. */
export function readChartSvgs(id: string): { wide: string; narrow: string } {
  return { wide: readChartSvg(id, 'wide'), narrow: readChartSvg(id, 'narrow') };
}
