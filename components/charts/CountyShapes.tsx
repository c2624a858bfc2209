import type { NcMap } from '@/lib/charts/nc-geometry';
import type { MapToken } from '@/lib/charts/palette';

/** The map's drawing as pages need it: the counties, their fills and the state outline (not the projection data). */
export type CountyShapesMap = Pick<NcMap, 'width' | 'height' | 'counties' | 'outline'>;

/**
 * North Carolina's counties on a page (/explore's map, the home tile, /counties), drawn like the map charts:
 * the same paths (lib/charts/nc-geometry.ts), each county filled with a palette token, county edges in the
 * background colour and the state outline over them. Each shape links to its county's page for pointer
 * readers; keyboards and screen readers reach the same counties through the table or list beside it, so the
 * drawing adds no tab stops and is hidden from the accessibility tree.
 */
export function CountyShapes({ map, fillOf, titleOf, hrefOf, testId }: { map: CountyShapesMap; fillOf: (fips: string) => MapToken; titleOf: (fips: string) => string; hrefOf: (fips: string) => string | null; testId: string }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox={`0 0 ${map.width} ${map.height}`} width="100%" style={{ aspectRatio: `${map.width} / ${map.height}`, display: 'block' }} data-testid={testId}>
      {/* Strokes are in screen pixels, whatever the scale the viewBox draws the map at. */}
      <g stroke="var(--bg)" strokeWidth={0.6}>
        {map.counties.map((c) => {
          const href = hrefOf(c.fips);
          const shape = (
            <path d={c.d} fill={`var(--${fillOf(c.fips)})`} vectorEffect="non-scaling-stroke">
              <title>{titleOf(c.fips)}</title>
            </path>
          );
          return href ? <a key={c.fips} href={href} tabIndex={-1}>{shape}</a> : <g key={c.fips}>{shape}</g>;
        })}
      </g>
      <path d={map.outline} fill="none" stroke="var(--chart-text)" strokeWidth={0.8} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
