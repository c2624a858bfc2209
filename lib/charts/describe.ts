import { formatQuantity, unitWords } from '../format/number';
import type { ChartSpec } from './chart-spec';

/** A plain-language summary of a chart: what is plotted, every value, and how the claim is drawn. */
export function describeChart(spec: ChartSpec): string {
  const values = spec.rows
    .map((row) => {
      const parts = spec.bars
        .filter((b) => row.values[b.key] !== undefined)
        .map((b) => (spec.bars.length > 1 ? `${b.label} ${row.labels[b.key]}` : row.labels[b.key]));
      return `${row.category}: ${parts.join(', ')}`;
    })
    .join('; ');
  const overlay = spec.overlay
    ? spec.overlay.kind === 'band'
      ? ` ${spec.overlay.label}, drawn as a shaded band from ${formatQuantity(spec.overlay.from, '')} to ${formatQuantity(spec.overlay.to, '')}.`
      : ` ${spec.overlay.label}, drawn as a line at ${formatQuantity(spec.overlay.from, '')}.`
    : spec.overlayNote
      ? ` ${spec.overlayNote}`
      : '';
  return `Bar chart of ${spec.rows.length} figure${spec.rows.length === 1 ? '' : 's'} in ${unitWords(spec.unit)}. ${values}.${overlay}`;
}
