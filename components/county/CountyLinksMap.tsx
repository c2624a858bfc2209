import { CountyShapes, type CountyShapesMap } from '@/components/charts/CountyShapes';
import type { County } from '@/lib/view/caseload';

/** North Carolina's counties, each shape a link to its page; the list beside it is the way in for keyboards and screen readers. */
export function CountyLinksMap({ map, counties }: { map: CountyShapesMap; counties: County[] }) {
  const byFips = new Map(counties.map((c) => [c.fips, c]));
  return (
    <CountyShapes
      map={map}
      testId="county-map"
      titleOf={(fips) => byFips.get(fips)?.name ?? fips}
      hrefOf={(fips) => (byFips.has(fips) ? `/counties/${byFips.get(fips)!.slug}` : null)}
    />
  );
}
