import { formatNumber } from '@/lib/format/number';
import type { Rank } from '@/lib/view/county-rank';
import type { CountyRankRow } from '@/lib/view/county-rank';

const rankText = (r: Rank | null) => (r ? `${r.rank} of ${r.of}` : 'no record');

/** The county's cases filed and its rank among NC counties, in total and per 10,000 residents. */
export function CountyRanks({ rows, county, period }: { rows: CountyRankRow[]; county: string; period: string }) {
  const caption = `${county} County: cases filed in ${period} and rank among North Carolina counties (1 = most)`;
  return (
    <div className="my-3 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm" data-testid="county-ranks">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="rule border-b">
            <th scope="col" className="py-1 pr-3">Cases filed, {period}</th>
            <th scope="col" className="py-1 pr-3 text-right">Cases</th>
            <th scope="col" className="py-1 pr-3 text-right">Rank</th>
            <th scope="col" className="py-1 pr-3 text-right">Per 10,000 residents</th>
            <th scope="col" className="py-1 text-right">Rank</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.measure.id} className="rule border-b">
              <th scope="row" className="py-1 pr-3 font-normal">{r.measure.label}</th>
              <td className="py-1 pr-3 text-right tabular-nums">{r.cases === null ? 'no record' : formatNumber(r.cases)}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{rankText(r.casesRank)}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{r.per10k === null ? 'no record' : formatNumber(r.per10k)}</td>
              <td className="py-1 text-right tabular-nums">{rankText(r.per10kRank)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
