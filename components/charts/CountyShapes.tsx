import type { MapGeometry } from './MapChartDrawing';

/** The map's drawing as pages need it: the counties' paths and the state outline (not the projection data). */
export type CountyShapesMap = MapGeometry;

/**
 * The county links map of /counties: the map charts' paths (lib/charts/nc-geometry.ts), every county in one
 * class colour, each shape a link to its county's page for pointer readers. There is no figure to class, so
 * it is not a map chart (MapChartDrawing draws those); the edges are drawn in the muted text colour rather than
 * the background, so the counties read apart in both themes. Keyboards and screen readers reach the same
 * counties through the list beside it, so the drawing adds no tab stops and is hidden from the accessibility tree.
 */
export function CountyShapes({
  map,
  titleOf,
  hrefOf,
  testId,
}: {
  map: CountyShapesMap;
  titleOf: (fips: string) => string;
  hrefOf: (fips: string) => string | null;
  testId: string;
}) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox={`0 0 ${map.width} ${map.height}`}
      width="100%"
      style={{ aspectRatio: `${map.width} / ${map.height}`, display: 'block' }}
      data-testid={testId}
    >
      {/* Strokes are in screen pixels, whatever the scale the viewBox draws the map at. */}
      <g stroke="var(--muted)" strokeWidth={0.75} fill="var(--map-0)">
        {map.counties.map((c) => {
          const href = hrefOf(c.fips);
          const shape = (
            <path d={c.d} vectorEffect="non-scaling-stroke" fill={href ? undefined : 'var(--map-none)'}>
              <title>{titleOf(c.fips)}</title>
            </path>
          );
          return href ? (
            <a key={c.fips} href={href} tabIndex={-1}>
              {shape}
            </a>
          ) : (
            <g key={c.fips}>{shape}</g>
          );
        })}
      </g>
      <path
        d={map.outline}
        fill="none"
        stroke="var(--chart-text)"
        strokeWidth={1.2}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
