import type { County } from '@/lib/view/caseload';
import type { CountyShape } from '@/lib/view/nc-map';

/**
 * North Carolina's counties, each shape a link to its page. Pointer readers click the map; keyboard and
 * screen-reader readers use the list beside it, so the map adds no tab stops and is hidden from the accessibility tree.
 */
export function CountyLinksMap({ shapes, counties, width, height }: { shapes: CountyShape[]; counties: County[]; width: number; height: number }) {
  const byFips = new Map(counties.map((c) => [c.fips, c]));
  return (
    <svg aria-hidden="true" focusable="false" viewBox={`0 0 ${width} ${height}`} width="100%" style={{ aspectRatio: `${width} / ${height}`, display: 'block' }} data-testid="county-map">
      {shapes.map((s) => {
        const county = byFips.get(s.fips);
        if (!county) return null;
        return (
          <a key={s.fips} href={`/counties/${county.slug}`} tabIndex={-1}>
            <path d={s.d} fill="color-mix(in srgb, var(--tone-series-1) 15%, var(--bg))" stroke="var(--chart-text)" strokeWidth="0.5">
              <title>{county.name}</title>
            </path>
          </a>
        );
      })}
    </svg>
  );
}
