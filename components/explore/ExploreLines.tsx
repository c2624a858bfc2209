import { axisFormat, formatNumber } from '@/lib/format/number';
import { type LineChartLayout, PERIOD_FONT } from '@/lib/view/explore-chart';

/** The view as lines over time, one per county; the text summary and the table say the same in words. */
export function ExploreLines({ layout, unit, summaryId }: { layout: LineChartLayout; unit: string; summaryId: string }) {
  const { width, height, plot } = layout;
  const tick = axisFormat(layout.yTicks.map((t) => t.value), unit);
  return (
    <div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
        {layout.lines.map((l) => (
          <li key={l.fips} className="flex items-center gap-1">
            <svg width="28" height="10"><line x1="0" x2="28" y1="5" y2="5" stroke={`var(--tone-${l.tone})`} strokeWidth="3" strokeDasharray={l.dashed ? '6 3' : undefined} /></svg>
            {l.county}
          </li>
        ))}
      </ul>
      <svg role="img" aria-describedby={summaryId} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ aspectRatio: `${width} / ${height}`, display: 'block' }} data-testid="explore-lines">
        <title>{`${layout.lines.map((l) => l.county).join(', ')}: ${unit}`}</title>
        {layout.yTicks.map((t) => (
          <g key={t.value}>
            <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} stroke="var(--chart-grid)" />
            <text x={plot.left - 6} y={t.y} dy="0.32em" textAnchor="end" fontSize="12" fill="var(--chart-text)">{tick(t.value)}</text>
          </g>
        ))}
        {layout.xTicks.map((t) => (
          <text key={t.label} x={t.x} y={plot.bottom + 20} textAnchor="middle" fontSize={PERIOD_FONT} fill="var(--chart-text)">{t.label}</text>
        ))}
        {layout.lines.map((l) => (
          <g key={l.fips} stroke={`var(--tone-${l.tone})`} fill={`var(--tone-${l.tone})`}>
            {l.segments.map((s, i) => (
              <polyline key={i} points={s.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" strokeWidth="2.5" strokeDasharray={l.dashed ? '6 3' : undefined} />
            ))}
            {l.points.map((p) => (
              <circle key={p.period} cx={p.x} cy={p.y} r="3.5">
                <title>{`${l.county}, ${p.period}: ${formatNumber(p.value)}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}
