import { formatNumber } from '@/lib/format/number';
import type { MapClasses } from '@/lib/view/explore-map-scale';
import type { CountyShape } from '@/lib/view/nc-map';

/**
 * North Carolina's counties shaded by value, a sequential scale of one hue (light to dark) with a legend and
 * a "no data" swatch. Each county links to its page.
 */
export function ExploreMap({ shapes, classes, width, height, label, hrefOf }: { shapes: CountyShape[]; classes: MapClasses; width: number; height: number; label: string; hrefOf: (fips: string) => string }) {
  return (
    <div>
      {/* The shapes are links for pointer readers; screen readers and keyboards get the same counties, figures and pages from the summary, the table and /counties. */}
      <p className="sr-only">Map: {label}. The figures are in the summary above and in the Table tab.</p>
      <svg aria-hidden="true" focusable="false" viewBox={`0 0 ${width} ${height}`} width="100%" style={{ aspectRatio: `${width} / ${height}`, display: 'block' }} data-testid="explore-map">
        {shapes.map((s) => {
          const c = classes.byFips.get(s.fips);
          // Each shape opens its county page on click; keyboard readers reach the counties through the table and /counties, not 100 tab stops.
          return (
            <a key={s.fips} href={hrefOf(s.fips)} tabIndex={-1}>
            <path d={s.d} fill={c === undefined ? 'var(--bg)' : MAP_FILLS[c]} stroke="var(--chart-text)" strokeWidth="0.5" strokeDasharray={c === undefined ? '2 1' : undefined}>
              <title>{`${classes.names.get(s.fips) ?? s.fips}: ${classes.values.has(s.fips) ? formatNumber(classes.values.get(s.fips)!) : 'no data'}`}</title>
            </path>
            </a>
          );
        })}
      </svg>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
        {classes.bounds.map((b, i) => (
          <li key={i} className="flex items-center gap-1">
            <svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" fill={MAP_FILLS[i]} stroke="var(--chart-text)" strokeWidth="0.5" /></svg>
            {formatNumber(b.from)} to {formatNumber(b.to)}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" fill="var(--bg)" stroke="var(--chart-text)" strokeWidth="0.5" strokeDasharray="2 1" /></svg>
          no data
        </li>
      </ul>
    </div>
  );
}

/** Five steps of one hue, light to dark, mixed from the theme's first series colour so dark mode follows. */
const MAP_FILLS = [15, 35, 55, 75, 100].map((p) => `color-mix(in srgb, var(--tone-series-1) ${p}%, var(--bg))`);
