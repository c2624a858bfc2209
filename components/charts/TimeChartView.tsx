import { Bar, BarChart, CartesianGrid, Cell, LabelList, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { keyLayout } from '@/lib/charts/chart-key';
import type { ChartSpec } from '@/lib/charts/chart-spec';
import { fitTimeTicks } from '@/lib/charts/layout-spec';
import { colour, type Theme, toneColour } from '@/lib/charts/palette';
import { formatTick } from '@/lib/format/number';
import { axisTick, ChartKey, chartData, ChartTooltip, type ChartViewProps, markText, WrappedTick, ZERO_BAR_PX } from './chart-parts';

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

/**
 * Time runs left to right. A line over three or more periods: missing periods break it, partial periods are
 * open circles. Columns for two periods. Both share the value axis on the left and the SVG key above.
 */
export function TimeChartView({ spec, width, height, interactive = false, theme = 'light', tabIndex }: ChartViewProps) {
  const text = colour(theme, 'chart-text');
  const margin = { top: keyLayout(spec).height + 8, right: 24, bottom: 8, left: 8 };
  const valueAxis = (
    <YAxis type="number" domain={[spec.domainMin, spec.domainMax]} ticks={spec.ticks} tickFormatter={(n: number) => formatTick(n, spec.unit)} tick={axisTick(theme)} stroke={text} width={spec.labelWidth} allowDataOverflow />
  );
  const grid = <CartesianGrid vertical={false} stroke={colour(theme, 'chart-grid')} className="chart-grid" />;
  const tooltip = interactive && <Tooltip cursor={{ stroke: text, strokeOpacity: 0.3 }} content={<ChartTooltip spec={spec} />} />;

  if (spec.chartKind === 'line') {
    const ticks = fitTimeTicks(spec);
    const [t0, t1] = spec.timeDomain ?? [0, 1];
    const pad = Math.max(0.3, (t1 - t0) * 0.03);
    const tickLabel = (t: number) => ticks.reduce((best, x) => (Math.abs(x.t - t) < Math.abs(best.t - t) ? x : best), ticks[0])?.label ?? '';
    return (
      <LineChart width={width} height={height} data={chartData(spec)} margin={margin} accessibilityLayer tabIndex={tabIndex} title={spec.title} desc={spec.description}>
        {grid}
        <XAxis type="number" dataKey="t" domain={[t0 - pad, t1 + pad]} ticks={ticks.map((x) => x.t)} tickFormatter={tickLabel} tick={axisTick(theme)} stroke={text} interval={0} />
        {valueAxis}
        {spec.bars.map((bar) => (
          <Line
            key={bar.key}
            dataKey={bar.key}
            name={bar.label}
            type="linear"
            stroke={bar.pointsOnly ? 'none' : toneColour(theme, bar.tone)}
            strokeWidth={bar.pointsOnly ? 0 : 2.5}
            className={`line-${bar.tone}`}
            connectNulls={false}
            dot={dot(spec, bar.key, theme)}
            activeDot={false}
            isAnimationActive={false}
          />
        ))}
        <ChartKey spec={spec} theme={theme} />
        {tooltip}
      </LineChart>
    );
  }

  const single = spec.bars.length === 1;
  const band = (width - spec.labelWidth - margin.left - margin.right) / Math.max(1, spec.rows.length);
  return (
    <BarChart width={width} height={height} data={chartData(spec)} margin={{ ...margin, top: margin.top + 12 }} accessibilityLayer tabIndex={tabIndex} title={spec.title} desc={spec.description}>
      {grid}
      <XAxis type="category" dataKey="category" tick={<WrappedTick width={band} theme={theme} anchor="middle" />} interval={0} stroke={text} />
      {valueAxis}
      {spec.bars.map((bar) => (
        <Bar key={bar.key} dataKey={bar.key} name={bar.label} fill={toneColour(theme, bar.tone)} className={single ? undefined : `tone-${bar.tone}`} isAnimationActive={false} maxBarSize={single ? 64 : 32} minPointSize={ZERO_BAR_PX}>
          {spec.rows.map((row) => (
            <Cell key={row.key} fill={toneColour(theme, row.tone ?? bar.tone)} fillOpacity={row.partial ? 0.45 : 1} className={`tone-${row.tone ?? bar.tone}`} />
          ))}
          <LabelList dataKey={`label_${bar.key}`} position="top" fill={text} fontSize={11} className="chart-text" />
        </Bar>
      ))}
      <ChartKey spec={spec} theme={theme} />
      {tooltip}
    </BarChart>
  );
}
