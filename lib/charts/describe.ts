import { formatFigure, unitWords } from '../format/number';
import { claimMark, eventLines } from './annotations';
import type { ChartSpec } from './chart-spec';
import { kindModule } from './kinds/registry';

/** Up to this many figures, the summary says every one; beyond it, the shape, and the table beside the chart holds every value. */
const LIST_ALL = 8;

type Row = ChartSpec['rows'][number];

/** A sentence of its own starts with a capital ("From 20 … to 22"); after a series' label and colon it stays as it is. */
const sentence = (words: string, labelled: boolean) =>
  labelled ? words : words.charAt(0).toUpperCase() + words.slice(1);

/** One series in a few words: first to last (over time), highest, lowest. */
function seriesWords(spec: ChartSpec, rows: Row[], key: string, overTime: boolean): string {
  const valued = rows.filter((r) => r.values[key] !== undefined);
  const at = (r: Row) => `${r.labels[key]} (${r.category})`;
  const high = valued.reduce((a, r) => (r.values[key] > a.values[key] ? r : a));
  const low = valued.reduce((a, r) => (r.values[key] < a.values[key] ? r : a));
  const [first, last] = [valued[0], valued[valued.length - 1]];
  if (!overTime || valued.length < 2) return `highest ${at(high)}, lowest ${at(low)}`;
  // Over time, the ends are said first; a highest or lowest that is an end is not said twice.
  const extremes = [
    high !== first && high !== last ? `highest ${at(high)}` : '',
    low !== first && low !== last ? `lowest ${at(low)}` : '',
  ].filter(Boolean);
  return `from ${at(first)} to ${at(last)}${extremes.length ? `; ${extremes.join(', ')}` : ''}`;
}

/**
 * A plain-language summary of a chart: what is plotted, then every value when there are few, or else its
 * shape (first to last over time, highest, lowest) with every value left to the table; then how the claim
 * and any dated events are drawn (its notes are shown beside it).
 */
export function describeChart(spec: ChartSpec): string {
  const drawn = spec.rows.filter((row) => spec.bars.some((b) => row.values[b.key] !== undefined));
  // Figures, not rows: a line chart of two places over 15 years shows 30.
  const figures = drawn.reduce((n, row) => n + spec.bars.filter((b) => row.values[b.key] !== undefined).length, 0);
  const kind = kindModule(spec.chartKind);
  const overTime = kind.overTime;
  const values =
    figures <= LIST_ALL
      ? drawn
          .map((row) => {
            const parts = spec.bars
              .filter((b) => row.values[b.key] !== undefined)
              .map((b) => (spec.bars.length > 1 ? `${b.label} ${row.labels[b.key]}` : row.labels[b.key]));
            return `${row.category}: ${parts.join(', ')}`;
          })
          .join('; ')
      : `${spec.bars
          .filter((b) => drawn.some((r) => r.values[b.key] !== undefined))
          .map(
            (b) =>
              (spec.bars.length > 1 ? `${b.label}: ` : '') +
              sentence(seriesWords(spec, drawn, b.key, overTime), spec.bars.length > 1),
          )
          .join('. ')}. Every figure is in the table`;
  const claim = claimMark(spec);
  const overlay = claim
    ? claim.kind === 'band'
      ? ` ${claim.label}, drawn as a shaded band from ${formatFigure(claim.from, spec.unit)} to ${formatFigure(claim.to, spec.unit)}.`
      : ` ${claim.label}, drawn as a line at ${formatFigure(claim.from, spec.unit)}.`
    : spec.overlayNote
      ? ` ${spec.overlayNote}`
      : '';
  const marked = eventLines(spec);
  const events = marked.length
    ? ` Marked by a vertical line at its date: ${marked.map((e) => e.label).join('; ')}.`
    : '';
  return `${kind.words} of ${kind.count(figures, drawn.length)} in ${unitWords(spec.unit)}. ${values}.${overlay}${events}`;
}
