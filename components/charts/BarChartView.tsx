import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { type ChartSpec, fitLabel } from '@/lib/charts/chart-spec';
import { keyLayout } from '@/lib/charts/chart-key';
import { formatTick } from '@/lib/format/number';
import { CHART_TEXT, CLAIM_STROKE, TONE_FILL } from './tones';

export interface BarChartViewProps {
  spec: ChartSpec;
  width: number;
  height: number;
  /** Tooltips only in the browser; the build-time SVG has none. */
  interactive?: boolean;
}

/** The key is drawn in SVG, not with recharts' HTML legend, so it is part of the static and downloaded SVG. */
function ChartKey({ spec }: { spec: ChartSpec }) {
  const layout = keyLayout(spec);
  return (
    <g className="chart-key">
      {layout.items.map((e) => (
        <g key={e.tone} transform={`translate(${e.x},${e.y})`}>
          <rect width={12} height={12} fill={TONE_FILL[e.tone]} className={`tone-${e.tone}`} />
          <text x={17} y={10.5} fontSize={12} fill={CHART_TEXT} className="chart-text">{e.label}</text>
        </g>
      ))}
      {layout.claimLines.length > 0 && (
        <g transform={`translate(8,${layout.claimY})`}>
          <rect width={12} height={12} fill={CLAIM_STROKE} fillOpacity={0.15} stroke={CLAIM_STROKE} strokeDasharray="3 2" className="chart-claim-band" />
          {layout.claimLines.map((line, i) => (
            <text key={i} x={17} y={10.5 + i * 18} fontSize={12} fill={CLAIM_STROKE} className="chart-claim-text">{line}</text>
          ))}
        </g>
      )}
    </g>
  );
}

/** Flattens rows into the record shape recharts reads: { category, v: 563, label_v: "at least 563" }. */
export function chartData(spec: ChartSpec) {
  return spec.rows.map((row) => {
    const flat: Record<string, string | number> = { category: row.category };
    for (const [k, v] of Object.entries(row.values)) flat[k] = v;
    for (const [k, v] of Object.entries(row.labels)) flat[`label_${k}`] = v;
    return flat;
  });
}

/**
 * The one chart component: rendered to static SVG at build time (jsdom) and interactively in the browser.
 * Horizontal bars, the claim as a reference line or band, no animation.
 */
export function BarChartView({ spec, width, height, interactive = false }: BarChartViewProps) {
  const single = spec.bars.length === 1;
  const tick = { fill: CHART_TEXT, fontSize: 12, className: 'chart-text' };
  const overlay = spec.overlay;
  return (
    <BarChart
      width={width}
      height={height}
      data={chartData(spec)}
      layout="vertical"
      margin={{ top: keyLayout(spec).height, right: 56, bottom: 8, left: 8 }}
      accessibilityLayer
      title={spec.title}
      desc={spec.description}
    >
      <CartesianGrid horizontal={false} stroke="#d1d5db" className="chart-grid" />
      <XAxis type="number" domain={[spec.domainMin, spec.domainMax]} ticks={spec.ticks} tickFormatter={(n: number) => formatTick(n, spec.unit)} tick={tick} allowDataOverflow />
      <YAxis type="category" dataKey="category" width={spec.labelWidth} tick={tick} interval={0} tickFormatter={(label: string) => fitLabel(label, spec.labelWidth)} />
      {overlay?.kind === 'band' && (
        <ReferenceArea x1={overlay.from} x2={overlay.to} fill={CLAIM_STROKE} fillOpacity={0.1} stroke={CLAIM_STROKE} strokeDasharray="4 3" className="chart-claim-band" ifOverflow="extendDomain" />
      )}
      {spec.bars.map((bar) => (
        <Bar key={bar.key} dataKey={bar.key} name={bar.label} fill={TONE_FILL[bar.tone]} className={single ? undefined : `tone-${bar.tone}`} isAnimationActive={false} barSize={single ? 18 : 12}>
          {single && spec.rows.map((row) => <Cell key={row.category} fill={TONE_FILL[row.tone ?? bar.tone]} className={`tone-${row.tone ?? bar.tone}`} />)}
          <LabelList dataKey={`label_${bar.key}`} position="right" fill={CHART_TEXT} fontSize={11} className="chart-text" />
        </Bar>
      ))}
      {overlay?.kind === 'line' && (
        <ReferenceLine x={overlay.from} stroke={CLAIM_STROKE} strokeWidth={2} strokeDasharray="6 3" className="chart-claim-line" ifOverflow="extendDomain" />
      )}
      <ChartKey spec={spec} />
      {interactive && <Tooltip cursor={{ fillOpacity: 0.08 }} />}
    </BarChart>
  );
}
