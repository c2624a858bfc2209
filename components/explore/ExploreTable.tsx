import { TableRegion } from '@/components/tables/TableRegion';
import { formatNumber } from '@/lib/format/number';
import type { ViewRow } from '@/lib/view/explore-data';

/** Exactly the figures the chart draws: one row per area and period. */
export function ExploreTable({
  rows,
  unit,
  caption,
  areaLabel,
}: {
  rows: ViewRow[];
  unit: string;
  caption: string;
  areaLabel: string;
}) {
  // State series carry no population: the column is left out rather than left blank.
  const withPopulation = rows.some((r) => r.population !== null);
  const head = (
    <tr className="rule border-b">
      <th scope="col" className="py-1 pr-3">
        {areaLabel}
      </th>
      <th scope="col" className="py-1 pr-3">
        Period
      </th>
      <th scope="col" className="py-1 pr-3 text-right">
        {unit}
      </th>
      {withPopulation && (
        <th scope="col" className="py-1 text-right">
          Population in the record
        </th>
      )}
    </tr>
  );
  return (
    <TableRegion caption={caption} head={head} testId="explore-table">
      {rows.map((r) => (
        <tr key={`${r.fips}-${r.period}`} className="rule border-b">
          <th scope="row" className="py-1 pr-3 font-normal">
            {r.county}
          </th>
          <td className="py-1 pr-3">{r.period}</td>
          <td className="py-1 pr-3 text-right tabular-nums">
            {r.value === null ? 'no record' : formatNumber(r.value)}
          </td>
          {withPopulation && (
            <td className="py-1 text-right tabular-nums">{r.population === null ? '' : formatNumber(r.population)}</td>
          )}
        </tr>
      ))}
    </TableRegion>
  );
}
