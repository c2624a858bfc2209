import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the build-time chart step (scripts/render-charts.tsx) writes one SVG per chart. */
export const GENERATED_CHARTS = join('.generated', 'charts');

/** The build-time SVG of a chart. Missing means the render step did not run: fail the build loudly. */
export function readChartSvg(id: string): string {
  const path = join(GENERATED_CHARTS, `${id}.svg`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" (its prebuild step renders every chart)`);
  return readFileSync(path, 'utf8');
}
