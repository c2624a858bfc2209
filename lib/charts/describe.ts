import { formatFigure, unitWords } from '../format/number';
import type { ChartKind, ChartSpec } from './chart-spec';

const KIND_WORDS: Record<ChartKind, string> = { bar: 'Bar chart', column: 'Column chart', line: 'Line chart', map: 'Map of North Carolina counties' };

/** A plain-language summary of a chart: what is plotted, every value, and how the claim and any dated events are drawn (its notes are shown beside it). */
export function describeChart(spec: ChartSpec): string {
  const drawn = spec.rows.filter((row) => spec.bars.some((b) => row.values[b.key] !== undefined));
  const values = drawn
    .map((row) => {
      const parts = spec.bars
        .filter((b) => row.values[b.key] !== undefined)
        .map((b) => (spec.bars.length > 1 ? `${b.label} ${row.labels[b.key]}` : row.labels[b.key]));
      return `${row.category}: ${parts.join(', ')}`;
    })
    .join('; ');
  const overlay = spec.overlay
    ? spec.overlay.kind === 'band'
      ? ` ${spec.overlay.label}, drawn as a shaded band from ${formatFigure(spec.overlay.from, spec.unit)} to ${formatFigure(spec.overlay.to, spec.unit)}.`
      : ` ${spec.overlay.label}, drawn as a line at ${formatFigure(spec.overlay.from, spec.unit)}.`
    : spec.overlayNote
      ? ` ${spec.overlayNote}`
      : '';
  // Figures, not rows: a line chart of two places over 15 years shows 30.
  const figures = drawn.reduce((n, row) => n + spec.bars.filter((b) => row.values[b.key] !== undefined).length, 0);
  const events = spec.events?.length ? ` Marked by a vertical line at its date: ${spec.events.map((e) => e.label).join('; ')}.` : '';
  const count = spec.chartKind === 'map' ? `${drawn.length} ${drawn.length === 1 ? 'county' : 'counties'}` : `${figures} figure${figures === 1 ? '' : 's'}`;
  return `${KIND_WORDS[spec.chartKind]} of ${count} in ${unitWords(spec.unit)}. ${values}.${overlay}${events}`;
}
