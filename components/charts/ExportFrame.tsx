import type { ReactNode } from 'react';
import type { ChartSpec } from '@/lib/charts/chart-spec';
import { exportFrame } from '@/lib/charts/export-svg';
import type { Theme } from '@/lib/charts/palette';
import { FrameSvg } from './FrameSvg';

/**
 * A chart's download (SVG and PNG): the chart, given as children and drawn at its spec's size, framed by its
 * title, subtitle, notes, caveat, source line, site name and permalink (lib/charts/export-svg.ts lays them out).
 */
export function ExportFrame({
  spec,
  theme,
  siteName,
  children,
}: {
  spec: ChartSpec;
  theme: Theme;
  siteName: string;
  children?: ReactNode;
}) {
  return <FrameSvg frame={exportFrame(spec, theme, siteName)}>{children}</FrameSvg>;
}
