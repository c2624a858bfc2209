import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  DefaultZIndexes,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { eventLines } from '@/lib/charts/annotations';
import { keyLayout } from '@/lib/charts/chart-key';
import type { ChartSpec } from '@/lib/charts/chart-spec';
import { EVENT_FONT, EVENT_LINE, eventLabelLayout } from '@/lib/charts/event-labels';
import { kindModule } from '@/lib/charts/kinds/registry';
import { fitTimeTicks } from '@/lib/charts/layout-spec';
import { colour, type Theme, toneColour } from '@/lib/charts/palette';
import {
  axisTick,
  valueAxisProps,
  ChartKey,
  chartData,
  ChartTooltip,
  type ChartViewProps,
  markText,
  WrappedTick,
  ZERO_BAR_PX,
} from './chart-parts';

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

/** One point of a line: a filled circle, or an open one for a partial period; it carries its row key and label. */
function dot(spec: ChartSpec, barKey: string, theme: Theme) {
  const bar = spec.bars.find((b) => b.key === barKey)!;
  const fill = toneColour(theme, bar.tone);
  function Dot({ cx, cy, index = 0 }: DotProps) {
    const row = spec.rows[index];
    if (cx == null || cy == null || !row || row.values[barKey] === undefined) return <g key={`none-${index}`} />;
    return (
      <circle
        key={row.key}
        cx={cx}
        cy={cy}
        r={bar.pointsOnly ? 3.5 : 4}
        fill={row.partial ? colour(theme, 'bg') : fill}
        stroke={fill}
        strokeWidth={2}
        className={`chart-mark dot-${bar.tone}${row.partial ? ' is-partial' : ''}`}
        data-key={row.key}
        data-series={barKey}
      >
        <title>{markText(spec, index, barKey)}</title>
      </circle>
    );
  }
  return Dot;
}

interface EventMarkProps {
  x1?: number;
  y1?: number;
  y2?: number;
  label: string;
  lines: string[];
  /** The label's top, counted from the top of the labels' band above the plot. */
  dy: number;
  band: number;
  /** The width the label is wrapped to. */
  labelWidth: number;
  /** Columns: pixels from the column's middle to the date's place in its period. */
  shift: number;
  /** The plot's right edge: a label that would cross it is set on the left of its line. */
  right: number;
  theme: Theme;
}

/** One dated event: a dashed line down the plot at its date, and its label in the band above the plot, haloed so it stays legible. */
function EventMark({
  x1 = 0,
  y1 = 0,
  y2 = 0,
  label,
  lines,
  dy,
  band,
  labelWidth,
  shift,
  right,
  theme,
}: EventMarkProps) {
  const x = x1 + shift;
  const top = Math.min(y1, y2);
  const left = x + 4 + labelWidth > right;
  const tx = left ? x - 4 : x + 4;
  const ink = colour(theme, 'chart-text');
  return (
    <g className="chart-event">
      <title>{label}</title>
      <line
        x1={x}
        x2={x}
        y1={top - band + dy}
        y2={Math.max(y1, y2)}
        stroke={ink}
        strokeWidth={1.5}
        strokeDasharray="4 3"
      />
      <text
        x={tx}
        y={top - band + dy + EVENT_LINE - 3}
        textAnchor={left ? 'end' : 'start'}
        fontSize={EVENT_FONT}
        fill={ink}
        stroke={colour(theme, 'bg')}
        strokeWidth={3}
        paintOrder="stroke"
        className="chart-text chart-event-text"
      >
        {lines.map((line, i) => (
          <tspan key={i} x={tx} dy={i === 0 ? 0 : EVENT_LINE}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** Event lines pass under the figures' marks and labels and over the grid: recharts' own layer for areas (only its named layers are drawn). */
const EVENT_Z = DefaultZIndexes.area;

/** Dated events: at the date on a line chart; on a column chart, on the column holding it, as far through it as the date is through its period. */
function eventMarks(spec: ChartSpec, theme: Theme, right: number, columnWidth: number) {
  const { labels, height, width } = eventLabelLayout(spec);
  const atDate = kindModule(spec.chartKind).timeAxis;
  return eventLines(spec).map((e, i) => (
    <ReferenceLine
      key={e.key}
      x={atDate ? e.t : e.category}
      ifOverflow="visible"
      zIndex={EVENT_Z}
      shape={(props: { x1?: number; y1?: number; y2?: number }) => (
        <EventMark
          {...props}
          label={e.label}
          lines={labels[i].lines}
          dy={labels[i].dy}
          band={height}
          labelWidth={width}
          shift={atDate ? 0 : ((e.within ?? 0.5) - 0.5) * columnWidth}
          right={right}
          theme={theme}
        />
      )}
    />
  ));
}

/**
 * Time runs left to right. A line over three or more periods (its kind names the curve: straight, or steps for
 * dated snapshots): missing periods break it, partial periods are open circles. Columns for two periods. Both share the value axis on the left and the SVG key above.
 */
export function TimeChartView({ spec, width, height, interactive = false, theme = 'light', tabIndex }: ChartViewProps) {
  const text = colour(theme, 'chart-text');
  // Event labels have a band of their own between the key and the plot.
  const margin = { top: keyLayout(spec).height + eventLabelLayout(spec).height + 8, right: 24, bottom: 8, left: 8 };
  const valueAxis = <YAxis {...valueAxisProps(spec, theme)} width={spec.labelWidth} />;
  const grid = <CartesianGrid vertical={false} stroke={colour(theme, 'chart-grid')} className="chart-grid" />;
  const tooltip = interactive && (
    <Tooltip cursor={{ stroke: text, strokeOpacity: 0.3 }} content={<ChartTooltip spec={spec} />} />
  );

  const kind = kindModule(spec.chartKind);
  if (kind.timeAxis) {
    const ticks = fitTimeTicks(spec);
    const [first, last] = spec.timeDomain ?? [0, 1];
    // An event is only ever inside the periods' span; it may lie past the middle of the first or last period.
    const t0 = Math.min(first, ...eventLines(spec).map((e) => e.t));
    const t1 = Math.max(last, ...eventLines(spec).map((e) => e.t));
    // A third of a year either side, or 3% of a long span; an axis of weeks (dated snapshots) is padded by 5% of its span.
    const pad = t1 - t0 >= 1 ? Math.max(0.3, (t1 - t0) * 0.03) : Math.max(1 / 365, (t1 - t0) * 0.05);
    const tickLabel = (t: number) =>
      ticks.reduce((best, x) => (Math.abs(x.t - t) < Math.abs(best.t - t) ? x : best), ticks[0])?.label ?? '';
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
        {grid}
        <XAxis
          type="number"
          dataKey="t"
          domain={[t0 - pad, t1 + pad]}
          ticks={ticks.map((x) => x.t)}
          tickFormatter={tickLabel}
          tick={axisTick(theme)}
          stroke={text}
          interval={0}
        />
        {valueAxis}
        {spec.bars.map((bar) => (
          <Line
            key={bar.key}
            dataKey={bar.key}
            name={bar.label}
            type={kind.curve ?? 'linear'}
            stroke={bar.pointsOnly ? 'none' : toneColour(theme, bar.tone)}
            strokeWidth={bar.pointsOnly ? 0 : 2.5}
            className={`line-${bar.tone}`}
            connectNulls={false}
            dot={dot(spec, bar.key, theme)}
            activeDot={false}
            isAnimationActive={false}
          />
        ))}
        {eventMarks(spec, theme, width - margin.right, 0)}
        <ChartKey spec={spec} theme={theme} />
        {tooltip}
      </LineChart>
    );
  }

  const single = spec.bars.length === 1;
  const band = (width - spec.labelWidth - margin.left - margin.right) / Math.max(1, spec.rows.length);
  return (
    <BarChart
      width={width}
      height={height}
      data={chartData(spec)}
      margin={{ ...margin, top: margin.top + 12 }}
      accessibilityLayer
      tabIndex={tabIndex}
      title={spec.title}
      desc={spec.description}
    >
      {grid}
      <XAxis
        type="category"
        dataKey="category"
        tick={<WrappedTick width={band} theme={theme} anchor="middle" />}
        interval={0}
        stroke={text}
      />
      {valueAxis}
      {spec.bars.map((bar) => (
        <Bar
          key={bar.key}
          dataKey={bar.key}
          name={bar.label}
          fill={toneColour(theme, bar.tone)}
          className={single ? undefined : `tone-${bar.tone}`}
          isAnimationActive={false}
          maxBarSize={single ? 64 : 32}
          minPointSize={ZERO_BAR_PX}
        >
          {spec.rows.map((row) => (
            <Cell
              key={row.key}
              fill={toneColour(theme, row.tone ?? bar.tone)}
              fillOpacity={row.partial ? 0.45 : 1}
              className={`tone-${row.tone ?? bar.tone}`}
            />
          ))}
          <LabelList dataKey={`label_${bar.key}`} position="top" fill={text} fontSize={11} className="chart-text" />
        </Bar>
      ))}
      {eventMarks(spec, theme, width - margin.right, band)}
      <ChartKey spec={spec} theme={theme} />
      {tooltip}
    </BarChart>
  );
}
