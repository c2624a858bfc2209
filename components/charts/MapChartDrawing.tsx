import { mapLegendLayout, LEGEND_SWATCH } from '@/lib/charts/map-legend';
import type { NcMap } from '@/lib/charts/nc-geometry';
import { colour, mapToken } from '@/lib/charts/palette';
import { type ChartViewProps, markText } from './chart-parts';

/** The drawn map a page passes on: the counties' paths and the state outline at NC_MAP_WIDTH (not the projection). */
export type MapGeometry = Pick<NcMap, 'width' | 'height' | 'counties' | 'outline'>;

export interface MapChartDrawingProps extends ChartViewProps {
  geometry: MapGeometry;
}

/**
 * North Carolina's counties coloured by class (a sequential scale, "no data" apart), with the legend below:
 * the one drawing of every NC map (map charts and their embeds through MapChartView, /explore's map, the home
 * tile and /counties). Plain SVG (recharts has no maps) from paths projected once (lib/charts/nc-geometry.ts);
 * every county carries its FIPS, its row key and its label. The geometry is passed in, so the browser draws the
 * same map from the paths the page already holds, without the projection code or the boundaries.
 * Every layout draws the same paths scaled to fit: the phone layout repeats the standard one's path data byte
 * for byte, which gzip stores once in a page or embed that carries both.
 */
export function MapChartDrawing({ spec, width, height, theme = 'light', geometry }: MapChartDrawingProps) {
  const legend = mapLegendLayout({ ...spec, width });
  const mapHeight = height - legend.height;
  const scale = Math.min(width / geometry.width, mapHeight / geometry.height);
  // Strokes keep their drawn width whatever the scale.
  const px = (w: number) => Math.round((w / scale) * 100) / 100;
  const shapes = new Map(geometry.counties.map((c) => [c.fips, c.d]));
  const text = colour(theme, 'chart-text');
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="chart-map"
      role="img"
      data-chart-kind="map"
    >
      <title>{spec.title}</title>
      <desc>{spec.description}</desc>
      <g
        className="map-counties"
        transform={scale !== 1 ? `scale(${Math.round(scale * 1e4) / 1e4})` : undefined}
        stroke={colour(theme, 'bg')}
        strokeWidth={px(0.6)}
      >
        {spec.rows.map((row, i) => {
          const token = mapToken(row.step ?? null);
          const fips = row.fips ?? row.key;
          // No links inside: the map is one picture (role="img") and one tab stop; county pages are linked beside it.
          return (
            <path
              key={row.key}
              d={shapes.get(fips)}
              fill={colour(theme, token)}
              className={`chart-mark ${token}`}
              data-key={row.key}
              data-fips={fips}
            >
              <title>{row.values.v === undefined ? `${row.category}: no data` : markText(spec, i, 'v')}</title>
            </path>
          );
        })}
        <path d={geometry.outline} fill="none" stroke={text} strokeWidth={px(0.8)} className="map-outline" />
      </g>
      <g className="map-legend" transform={`translate(0,${mapHeight})`}>
        {legend.items.map((item) => (
          <g key={item.token} transform={`translate(${item.x},${item.y})`}>
            <rect
              width={LEGEND_SWATCH}
              height={LEGEND_SWATCH}
              fill={colour(theme, item.token)}
              stroke={text}
              strokeWidth={0.5}
              className={item.token}
            />
            <text x={LEGEND_SWATCH + 5} y={11.5} fontSize={12} fill={text} className="chart-text">
              {item.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
