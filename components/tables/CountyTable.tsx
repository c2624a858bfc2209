import { formatNumber } from '@/lib/format/number';
import type { CountyMapRow } from '@/lib/view/county-maps';

/** Every county's figures behind a county map, in FIPS order. Plain HTML: readable without JavaScript. */
export function CountyTable({ rows, caption, perLabel }: { rows: CountyMapRow[]; caption: string; perLabel: string }) {
  return (
    <div className="my-3 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="rule border-b">
            <th scope="col" className="py-1 pr-3">
              County
            </th>
            <th scope="col" className="py-1 pr-3">
              FIPS
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              Cases filed
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              Population (AOC record)
            </th>
            <th scope="col" className="py-1 text-right">
              {perLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.fips} className="rule border-b" id={`county-${r.fips}`}>
              <th scope="row" className="py-1 pr-3 font-normal">
                {r.county}
              </th>
              <td className="py-1 pr-3">{r.fips}</td>
              <td className="py-1 pr-3 text-right">{formatNumber(r.cases)}</td>
              <td className="py-1 pr-3 text-right">{formatNumber(r.population)}</td>
              <td className="py-1 text-right">{formatNumber(r.perResidents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
