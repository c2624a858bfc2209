import { escapeXml } from '../format/xml';
import type { ChartSpec } from './chart-spec';
import { kindModule } from './kinds/registry';

/**
 * The chart's figures as an HTML table string, for documents built without React (the embeds): one row per
 * category, one column per series, each value exactly as its label reads. Every string is escaped.
 */
export function chartTableHtml(spec: ChartSpec): string {
  const { head, missing } = kindModule(spec.chartKind).table;
  const cols = spec.bars.map((b) => `<th scope="col">${escapeXml(b.label)}</th>`).join('');
  const rows = spec.rows
    .map((r) => {
      const cells = spec.bars.map((b) => `<td>${escapeXml(r.labels[b.key] ?? missing)}</td>`).join('');
      return `<tr><th scope="row">${escapeXml(r.category)}${r.partial ? ' (partial period)' : ''}</th>${cells}</tr>`;
    })
    .join('');
  return `<table><caption>${escapeXml(spec.title)}</caption><thead><tr><th scope="col">${head}</th>${cols}</tr></thead><tbody>${rows}</tbody></table>`;
}
