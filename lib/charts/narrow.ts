import { type ChartSpec, NARROW_WIDTH } from './chart-spec';
import { fitLayout, mapAspect } from './layout-spec';

/**
 * The same chart laid out for phones and narrow embeds: a narrower label column (labels wrap onto more
 * lines, never cut), three value ticks instead of five, fewer time labels, and the key wrapped to the width.
 */
export function narrowVariant(spec: ChartSpec): ChartSpec {
  // A map keeps the shape its standard layout was drawn at (its height rounded to a pixel), so both layouts draw the same paths.
  return fitLayout({ ...spec, width: NARROW_WIDTH, ...(spec.aspect ? { aspect: mapAspect(spec) } : {}) });
}

/** Charts switch to the narrow layout below this container width (px). */
export const NARROW_BREAKPOINT = 480;
