import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { referenceLines } from '@/lib/charts/annotations';
import { keyLayout } from '@/lib/charts/chart-key';
import type { ChartReference, ChartSpec } from '@/lib/charts/chart-spec';
import { AXIS_FONT, fitTimeTicks, LABEL_LINE } from '@/lib/charts/layout-spec';
import { colour, type Theme, toneColour } from '@/lib/charts/palette';
import { textWidth, wrapText } from '@/lib/charts/text';
import {
  axisTick,
  valueAxisProps,
  ChartKey,
  chartData,
  ChartTooltip,
  type ChartViewProps,
  MARKER_RADIUS,
  MarkerShape,
  markText,
} from './chart-parts';

/** Space between points set side by side (claims on the same day at the same number). */
const DODGE_PX = MARKER_RADIUS * 2 + 2;

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

/** Each claim's point, shaped by its qualifier and coloured by its drift; it carries the claim id and its label. */
function trailDot(spec: ChartSpec, theme: Theme) {
  function Dot({ cx, cy, index = 0 }: DotProps) {
    const row = spec.rows[index];
    if (cx == null || cy == null || !row?.marker) return <g key={`none-${index}`} />;
    return (
      <MarkerShape
        key={row.key}
        marker={row.marker}
        tone={row.tone ?? 'series-1'}
        theme={theme}
        cx={cx + (row.dodge ?? 0) * DODGE_PX}
        cy={cy}
        className="chart-mark"
        data-key={row.key}
      >
        <title>{markText(spec, index, 'v')}</title>
      </MarkerShape>
    );
  }
  return Dot;
}

interface ViewBox {
  x?: number;
  y?: number;
  width?: number;
}

/**
 * A reference line's label, wrapped to the plot and centred on the stretch of time with no points: above its line,
 * or below it for the lowest of several lines (the claims mostly sit above the record's lower figure).
 */
function referenceLabel(ref: ChartReference, below: boolean, at: number, domain: [number, number], theme: Theme) {
  function Label({ viewBox }: { viewBox?: ViewBox }) {
    const { x = 0, y = 0, width = 0 } = viewBox ?? {};
    const lines = wrapText(ref.label, Math.max(120, width - 16), AXIS_FONT);
    const half = Math.max(...lines.map((l) => textWidth(l, AXIS_FONT))) / 2;
    const centre = Math.min(
      x + width - half,
      Math.max(x + half, x + ((at - domain[0]) / (domain[1] - domain[0])) * width),
    );
    return (
      <text
        x={centre}
        y={below ? y + AXIS_FONT + 4 : y - 6 - (lines.length - 1) * LABEL_LINE}
        textAnchor="middle"
        fontSize={AXIS_FONT}
        fill={colour(theme, 'chart-text')}
        className="chart-text chart-reference-label"
      >
        {lines.map((line, i) => (
          <tspan key={i} x={centre} dy={i === 0 ? 0 : LABEL_LINE}>
            {line}
          </tspan>
        ))}
      </text>
    );
  }
  return <Label />;
}

/**
 * A trail's claims over time: one point per dated claim at the number it states (no line joins them: they are
 * different outlets, not one measure over time), the record's figures as labelled dashed lines across.
 */
export function TrailChartView({
  spec,
  width,
  height,
  interactive = false,
  theme = 'light',
  tabIndex,
}: ChartViewProps) {
  const text = colour(theme, 'chart-text');
  const record = toneColour(theme, 'record');
  const margin = { top: keyLayout(spec).height + 8, right: 24, bottom: 8, left: 8 };
  const ticks = fitTimeTicks(spec);
  const [t0, t1] = spec.timeDomain ?? [0, 1];
  const pad = Math.max(0.15, (t1 - t0) * 0.08);
  const domain: [number, number] = [t0 - pad, t1 + pad];
  const tickLabel = (t: number) => ticks.find((x) => Math.abs(x.t - t) < 1e-9)?.label ?? '';
  return (
    <LineChart
      width={width}
      height={height}
      data={chartData(spec)}
      margin={margin}
      accessibilityLayer
      tabIndex={tabIndex}
      title={spec.title}
      desc={spec.description}
    >
      <CartesianGrid vertical={false} stroke={colour(theme, 'chart-grid')} className="chart-grid" />
      <XAxis
        type="number"
        dataKey="t"
        domain={domain}
        ticks={ticks.map((x) => x.t)}
        tickFormatter={tickLabel}
        tick={axisTick(theme)}
        stroke={text}
        interval={0}
        allowDataOverflow
      />
      <YAxis {...valueAxisProps(spec, theme)} width={spec.labelWidth} />
      {referenceLines(spec).map((ref, i, all) => (
        <ReferenceLine
          key={ref.value}
          y={ref.value}
          stroke={record}
          strokeWidth={1.5}
          strokeDasharray="6 3"
          className="chart-reference"
          label={referenceLabel(
            ref,
            all.length > 1 && i === all.length - 1,
            spec.referenceLabelT ?? (t0 + t1) / 2,
            domain,
            theme,
          )}
        />
      ))}
      <Line
        dataKey="v"
        name={spec.bars[0].label}
        type="linear"
        stroke="none"
        strokeWidth={0}
        dot={trailDot(spec, theme)}
        activeDot={false}
        isAnimationActive={false}
      />
      <ChartKey spec={spec} theme={theme} />
      {interactive && <Tooltip cursor={{ stroke: text, strokeOpacity: 0.3 }} content={<ChartTooltip spec={spec} />} />}
    </LineChart>
  );
}
