import type { ChartMarker, ChartSpec } from '@/lib/charts/chart-spec';
import { keyLayout } from '@/lib/charts/chart-key';
import { AXIS_FONT, LABEL_LINE, wrapLabel } from '@/lib/charts/layout-spec';
import { colour, type Theme, type Tone, toneColour } from '@/lib/charts/palette';
import { axisFormat } from '@/lib/format/number';

/** What every chart view takes: the spec, its pixel size, whether it is the browser's interactive one, and the theme its colours are drawn in. */
export interface ChartViewProps {
  spec: ChartSpec;
  width: number;
  height: number;
  /** Tooltips only in the browser; the build-time SVG has none. */
  interactive?: boolean;
  /** Colours written as attributes: light on pages (CSS re-themes them), either theme for exports. */
  theme?: Theme;
  /** The interactive chart's place in the tab order (recharts makes its surface focusable). */
  tabIndex?: number;
}

/** Flattens rows into the record shape recharts reads: { category, t, v: 563, label_v: "at least 563" }. */
export function chartData(spec: ChartSpec) {
  return spec.rows.map((row) => {
    const flat: Record<string, string | number | boolean> = { key: row.key, category: row.category };
    if (row.t !== undefined) flat.t = row.t;
    if (row.partial) flat.partial = true;
    for (const [k, v] of Object.entries(row.values)) flat[k] = v;
    for (const [k, v] of Object.entries(row.labels)) flat[`label_${k}`] = v;
    return flat;
  });
}

/** The text of a mark: "FY2019: at least 563", with the series when there are several. Tooltips, titles and focus text all use it. */
export function markText(spec: ChartSpec, rowIndex: number, barKey: string): string {
  const row = spec.rows[rowIndex];
  const bar = spec.bars.find((b) => b.key === barKey)!;
  const series = spec.bars.length > 1 ? `${bar.label}, ` : '';
  return `${row.category}${row.partial ? ' (partial period)' : ''}: ${series}${row.labels[barKey]}`;
}

export const axisTick = (theme: Theme) => ({
  fill: colour(theme, 'chart-text'),
  fontSize: AXIS_FONT,
  className: 'chart-text',
});

/** The value axis every cartesian kind draws (bars across, lines and columns up): the spec's domain, ticks and one number format. */
export const valueAxisProps = (spec: ChartSpec, theme: Theme) => ({
  type: 'number' as const,
  domain: [spec.domainMin, spec.domainMax],
  ticks: spec.ticks,
  tickFormatter: axisFormat(spec.ticks, spec.unit),
  tick: axisTick(theme),
  stroke: colour(theme, 'chart-text'),
  allowDataOverflow: true,
});

/** A category label wrapped onto as many lines as it needs inside `width`, right-aligned against the axis. */
export function WrappedTick({
  x,
  y,
  payload,
  width,
  theme,
  anchor = 'end',
}: {
  x?: number;
  y?: number;
  payload?: { value: string };
  width: number;
  theme: Theme;
  anchor?: 'end' | 'middle';
}) {
  const lines = wrapLabel(String(payload?.value ?? ''), width);
  const top = anchor === 'end' ? -((lines.length - 1) * LABEL_LINE) / 2 : 0;
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      fontSize={AXIS_FONT}
      fill={colour(theme, 'chart-text')}
      className="chart-text"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? top + (anchor === 'end' ? 4 : 12) : LABEL_LINE}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The key is drawn in SVG, not with recharts' HTML legend, so it is part of the static and downloaded SVG. */
export function ChartKey({ spec, theme }: { spec: ChartSpec; theme: Theme }) {
  const layout = keyLayout(spec);
  const claim = colour(theme, 'claim');
  return (
    <g className="chart-key">
      {layout.items.map((e) => (
        <g key={`${e.tone}-${e.label}`} transform={`translate(${e.x},${e.y})`}>
          {e.marker ? (
            <MarkerShape marker={e.marker} tone={e.tone} theme={theme} cx={6} cy={6} />
          ) : e.line ? (
            <line
              x1={0}
              x2={12}
              y1={6}
              y2={6}
              stroke={toneColour(theme, e.tone)}
              strokeWidth={2.5}
              className={`line-${e.tone}`}
            />
          ) : (
            <rect width={12} height={12} fill={toneColour(theme, e.tone)} className={`tone-${e.tone}`} />
          )}
          <text x={17} y={10.5} fontSize={AXIS_FONT} fill={colour(theme, 'chart-text')} className="chart-text">
            {e.label}
          </text>
        </g>
      ))}
      {layout.claimLines.length > 0 && (
        <g transform={`translate(8,${layout.claimY})`}>
          <rect
            width={12}
            height={12}
            fill={claim}
            fillOpacity={0.15}
            stroke={claim}
            strokeDasharray="3 2"
            className="chart-claim-band"
          />
          {layout.claimLines.map((line, i) => (
            <text key={i} x={17} y={10.5 + i * 18} fontSize={AXIS_FONT} fill={claim} className="chart-claim-text">
              {line}
            </text>
          ))}
        </g>
      )}
    </g>
  );
}

/** Half the size of a trail chart's point. */
export const MARKER_RADIUS = 5.5;

/**
 * A point drawn by its shape: a circle, a triangle (up for a lower bound, down for an upper one) or a diamond;
 * open shapes are filled with the background. Extra props (key, title, data-key) go on the shape itself.
 */
export function MarkerShape({
  marker,
  tone,
  theme,
  cx,
  cy,
  className = '',
  children,
  ...rest
}: {
  marker: ChartMarker;
  tone: Tone;
  theme: Theme;
  cx: number;
  cy: number;
  className?: string;
  children?: React.ReactNode;
} & Record<`data-${string}`, string>) {
  const stroke = toneColour(theme, tone);
  const paint = {
    fill: marker.open ? colour(theme, 'bg') : stroke,
    stroke,
    strokeWidth: 2,
    className: `${className} dot-${tone}${marker.open ? ' is-partial' : ''}`.trim(),
    ...rest,
  };
  const r = MARKER_RADIUS;
  if (marker.shape === 'circle')
    return (
      <circle cx={cx} cy={cy} r={r - 1} {...paint}>
        {children}
      </circle>
    );
  const points =
    marker.shape === 'diamond'
      ? [
          [0, -r - 1],
          [r + 1, 0],
          [0, r + 1],
          [-r - 1, 0],
        ]
      : [
          [0, -r],
          [r, r * 0.8],
          [-r, r * 0.8],
        ].map(([x, y]) => [x, marker.shape === 'triangle-up' ? y : -y]);
  return (
    <polygon points={points.map(([x, y]) => `${cx + x},${cy + y}`).join(' ')} {...paint}>
      {children}
    </polygon>
  );
}

interface TooltipPayload {
  dataKey?: string | number;
  payload?: Record<string, string | number | boolean>;
}

/** The tooltip says exactly what the label says ("at least 563"), each series in its own colour. */
export function ChartTooltip({
  spec,
  active,
  payload,
}: {
  spec: ChartSpec;
  active?: boolean;
  payload?: TooltipPayload[];
}) {
  if (!active || !payload?.length) return null;
  const flat = payload[0].payload ?? {};
  const row = spec.rows.find((r) => r.key === flat.key);
  if (!row) return null;
  const shown = spec.bars.filter((b) => row.labels[b.key] !== undefined);
  return (
    <div className="chart-tooltip" role="status">
      <p className="chart-tooltip-title">
        {row.category}
        {row.partial ? ' (partial period)' : ''}
      </p>
      {shown.length === 0 && <p>No figure for this period</p>}
      {shown.map((b) => (
        <p key={b.key} style={{ color: `var(--tone-${row.tone ?? b.tone})` }}>
          {spec.bars.length > 1 ? `${b.label}: ` : ''}
          {row.labels[b.key]}
        </p>
      ))}
    </div>
  );
}

/** A bar for a zero is drawn as a hairline, so every figure, zeros included, has a mark with its label and title. */
export const ZERO_BAR_PX = 1;
