import { type ChartSpec, NARROW_WIDTH } from './chart-spec';
import { fitLayout, mapAspect } from './layout-spec';

/**
 * The same chart laid out for phones and narrow embeds: a narrower label column (labels wrap onto more
 * lines, never cut), three value ticks instead of five, fewer time labels, and the key wrapped to the width.
 */
export function narrowVariant(spec: ChartSpec): ChartSpec {
  return fitLayout({ ...spec, width: NARROW_WIDTH }, spec.chartKind === 'map' ? mapAspect(spec) : undefined);
}

export type ChartVariant = 'wide' | 'narrow';
/** Charts switch to the narrow layout below this container width (px). */
export const NARROW_BREAKPOINT = 480;
