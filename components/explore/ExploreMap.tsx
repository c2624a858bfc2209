import { CountyShapes, type CountyShapesMap } from '@/components/charts/CountyShapes';
import { quantileLegend, stepOf } from '@/lib/charts/map-scale';
import { MAP_STEPS, mapToken } from '@/lib/charts/palette';
import { formatNumber } from '@/lib/format/number';

/**
 * North Carolina's counties shaded by value in the map charts' classes and colours (lib/charts/map-scale.ts,
 * the palette's map tokens), with a legend and a "no data" swatch. Each county links to its page.
 */
export function ExploreMap({ map, values, unit, names, label, hrefOf }: { map: CountyShapesMap; values: Map<string, number>; unit: string; names: Map<string, string>; label: string; hrefOf: (fips: string) => string }) {
  const legend = quantileLegend([...values.values()], MAP_STEPS, unit);
  const valueOf = (fips: string) => values.get(fips);
  return (
    <div>
      <p className="sr-only">Map: {label}. The figures are in the summary above and in the Table tab.</p>
      <CountyShapes
        map={map}
        testId="explore-map"
        fillOf={(fips) => {
          const v = valueOf(fips);
          return mapToken(v === undefined ? null : stepOf(legend, v));
        }}
        titleOf={(fips) => `${names.get(fips) ?? fips}: ${valueOf(fips) === undefined ? 'no data' : formatNumber(valueOf(fips)!)}`}
        hrefOf={hrefOf}
      />
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
        {[...legend.labels.map((l, i) => [l, mapToken(i)] as const), ['no data', mapToken(null)] as const].map(([text, token]) => (
          <li key={token} className="flex items-center gap-1">
            <svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" fill={`var(--${token})`} stroke="var(--chart-text)" strokeWidth="0.5" /></svg>
            {text}
          </li>
        ))}
      </ul>
    </div>
  );
}
