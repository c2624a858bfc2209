import { TableRegion } from '@/components/tables/TableRegion';
import type { ChartSpec } from '@/lib/charts/chart-spec';

/** A chart's values as a table: a row per category, a column per bar, labels as the chart prints them. */
export function ChartValuesTable({ spec, caption }: { spec: ChartSpec; caption: string }) {
  const head = (
    <tr className="rule border-b">
      <th scope="col" className="py-1 pr-3">
        Period
      </th>
      {spec.bars.map((b) => (
        <th key={b.key} scope="col" className="py-1 pr-3 text-right">
          {b.label}
        </th>
      ))}
    </tr>
  );
  return (
    <TableRegion caption={caption} head={head}>
      {spec.rows.map((row) => (
        <tr key={row.category} className="rule border-b">
          <th scope="row" className="py-1 pr-3 font-normal">
            {row.category}
          </th>
          {spec.bars.map((b) => (
            <td key={b.key} className="py-1 pr-3 text-right tabular-nums">
              {row.labels[b.key] ?? 'no record'}
            </td>
          ))}
        </tr>
      ))}
    </TableRegion>
  );
}
