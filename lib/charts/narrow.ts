import { keyLayout } from './chart-key';
import { type ChartSpec, chartHeight, evenTicks, NARROW_WIDTH } from './chart-spec';

const NARROW_LABEL_MAX = 120;

/**
 * The same chart laid out for phones and narrow embeds: a narrower label column (long labels cut with an
 * ellipsis), three ticks instead of five, and the key wrapped to the width.
 */
export function narrowVariant(spec: ChartSpec): ChartSpec {
  const narrow: ChartSpec = {
    ...spec,
    width: NARROW_WIDTH,
    labelWidth: Math.min(spec.labelWidth, NARROW_LABEL_MAX),
    ticks: evenTicks(spec.domainMin, spec.domainMax, 3),
  };
  narrow.height = chartHeight(spec.rows.length, spec.bars.length, keyLayout(narrow).height);
  return narrow;
}

export type ChartVariant = 'wide' | 'narrow';
/** Charts switch to the narrow layout below this container width (px). */
export const NARROW_BREAKPOINT = 480;
