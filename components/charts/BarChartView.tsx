import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { claimMark } from '@/lib/charts/annotations';
import { keyLayout } from '@/lib/charts/chart-key';
import { barValueRoom } from '@/lib/charts/layout-spec';
import { colour, toneColour } from '@/lib/charts/palette';
import {
  valueAxisProps,
  ChartKey,
  chartData,
  ChartTooltip,
  type ChartViewProps,
  WrappedTick,
  ZERO_BAR_PX,
} from './chart-parts';

/**
 * Horizontal bars (categories and claim comparisons): rendered to static SVG at build time (jsdom) and
 * interactively in the browser. Category labels wrap in their column; the claim is a reference line or band.
 */
export function BarChartView({ spec, width, height, interactive = false, theme = 'light', tabIndex }: ChartViewProps) {
  const single = spec.bars.length === 1;
  const text = colour(theme, 'chart-text');
  const claim = colour(theme, 'claim');
  const overlay = claimMark(spec);
  return (
    <BarChart
      width={width}
      height={height}
      data={chartData(spec)}
      layout="vertical"
      margin={{ top: keyLayout(spec).height, right: barValueRoom(spec), bottom: 8, left: 8 }}
      accessibilityLayer
      tabIndex={tabIndex}
      title={spec.title}
      desc={spec.description}
    >
      <CartesianGrid horizontal={false} stroke={colour(theme, 'chart-grid')} className="chart-grid" />
      <XAxis {...valueAxisProps(spec, theme)} />
      <YAxis
        type="category"
        dataKey="category"
        width={spec.labelWidth}
        tick={<WrappedTick width={spec.labelWidth} theme={theme} />}
        interval={0}
        stroke={text}
      />
      {overlay?.kind === 'band' && (
        <ReferenceArea
          x1={overlay.from}
          x2={overlay.to}
          fill={claim}
          fillOpacity={0.12}
          stroke={claim}
          strokeDasharray="4 3"
          className="chart-claim-band"
          ifOverflow="extendDomain"
        />
      )}
      {spec.bars.map((bar) => (
        <Bar
          key={bar.key}
          dataKey={bar.key}
          name={bar.label}
          fill={toneColour(theme, bar.tone)}
          className={single ? undefined : `tone-${bar.tone}`}
          isAnimationActive={false}
          barSize={single ? 18 : 12}
          minPointSize={ZERO_BAR_PX}
        >
          {single &&
            spec.rows.map((row) => (
              <Cell
                key={row.key}
                fill={toneColour(theme, row.tone ?? bar.tone)}
                className={`tone-${row.tone ?? bar.tone}`}
              />
            ))}
          <LabelList dataKey={`label_${bar.key}`} position="right" fill={text} fontSize={11} className="chart-text" />
        </Bar>
      ))}
      {overlay?.kind === 'line' && (
        <ReferenceLine
          x={overlay.from}
          stroke={claim}
          strokeWidth={2}
          strokeDasharray="6 3"
          className="chart-claim-line"
          ifOverflow="extendDomain"
        />
      )}
      <ChartKey spec={spec} theme={theme} />
      {interactive && <Tooltip cursor={{ fillOpacity: 0.08 }} content={<ChartTooltip spec={spec} />} />}
    </BarChart>
  );
}
