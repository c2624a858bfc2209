import { formatNumber } from '@/lib/format/number';
import type { ViewRow } from '@/lib/view/explore-data';

/** Exactly the figures the chart draws: one row per county and period. */
export function ExploreTable({ rows, unit, caption, areaLabel }: { rows: ViewRow[]; unit: string; caption: string; areaLabel: string }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm" data-testid="explore-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="rule border-b">
            <th scope="col" className="py-1 pr-3">{areaLabel}</th>
            <th scope="col" className="py-1 pr-3">Period</th>
            <th scope="col" className="py-1 pr-3 text-right">{unit}</th>
            <th scope="col" className="py-1 text-right">Population in the record</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.fips}-${r.period}`} className="rule border-b">
              <th scope="row" className="py-1 pr-3 font-normal">{r.county}</th>
              <td className="py-1 pr-3">{r.period}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{r.value === null ? 'no record' : formatNumber(r.value)}</td>
              <td className="py-1 text-right tabular-nums">{r.population === null ? '' : formatNumber(r.population)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
