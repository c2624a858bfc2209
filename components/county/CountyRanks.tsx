import { TableRegion } from '@/components/tables/TableRegion';
import { formatNumber } from '@/lib/format/number';
import type { CountyRankRow, Rank } from '@/lib/view/county-rank';

const rankText = (r: Rank | null) => (r ? `${r.rank} of ${r.of}` : 'no record');
const numberText = (n: number | null) => (n === null ? 'no record' : formatNumber(n));

/** The county's cases filed and its rank among NC counties, in total and per 10,000 residents. */
export function CountyRanks({ rows, county, period }: { rows: CountyRankRow[]; county: string; period: string }) {
  const head = (
    <tr className="rule border-b">
      <th scope="col" className="py-1 pr-3">
        Cases filed, {period}
      </th>
      <th scope="col" className="py-1 pr-3 text-right">
        Cases
      </th>
      <th scope="col" className="py-1 pr-3 text-right">
        Rank
      </th>
      <th scope="col" className="py-1 pr-3 text-right">
        Per 10,000 residents
      </th>
      <th scope="col" className="py-1 text-right">
        Rank
      </th>
    </tr>
  );
  return (
    <TableRegion
      caption={`${county} County: cases filed in ${period} and rank among North Carolina counties (1 = most)`}
      head={head}
      testId="county-ranks"
    >
      {rows.map((r) => (
        <tr key={r.measure.id} className="rule border-b">
          <th scope="row" className="py-1 pr-3 font-normal">
            {r.measure.label}
          </th>
          <td className="py-1 pr-3 text-right tabular-nums">{numberText(r.cases)}</td>
          <td className="py-1 pr-3 text-right tabular-nums">{rankText(r.casesRank)}</td>
          <td className="py-1 pr-3 text-right tabular-nums">{numberText(r.per10k)}</td>
          <td className="py-1 text-right tabular-nums">{rankText(r.per10kRank)}</td>
        </tr>
      ))}
    </TableRegion>
  );
}
