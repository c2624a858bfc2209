import type { Metadata } from 'next';
import { loadTables } from '@/lib/data/dataset';
import { CountyLinksMap } from '@/components/county/CountyLinksMap';
import { caseloadRecords, counties } from '@/lib/view/caseload';
import { NC_MAP_WIDTH, ncMap } from '@/lib/charts/nc-geometry';

export const metadata: Metadata = {
  title: 'Counties',
  description:
    'North Carolina’s 100 counties: court caseloads over time, rank among counties, and what ICE’s records say about each.',
};

export default function CountiesPage() {
  const all = counties(caseloadRecords(loadTables().tables));
  return (
    <>
      <h1 className="text-2xl font-bold">North Carolina’s counties</h1>
      <p className="mt-2">
        One page for each of the state’s {all.length} counties: criminal court caseloads by fiscal year, the county’s
        rank among counties, and what ICE’s records and our stories say about it. <a href="/explore">Explore</a>{' '}
        compares counties side by side.
      </p>
      <div className="mt-4">
        <CountyLinksMap map={ncMap(NC_MAP_WIDTH)} counties={all} />
      </div>
      <ul className="mt-4 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4" data-testid="county-list">
        {all.map((c) => (
          <li key={c.fips}>
            <a href={`/counties/${c.slug}`}>{c.name}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
