import type { Metadata } from 'next';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { ChartActions } from '@/components/share/ChartActions';
import { oembedPath } from '@/lib/embed/embed-code';
import { chartSharePath, claimSharePath } from '@/lib/embed/share-paths';
import { BUILD_DATE } from '@/lib/site';
import { shareMetadata } from '@/lib/view/page-meta';
import { CountyTable } from '@/components/tables/CountyTable';
import { FiguresTable } from '@/components/tables/FiguresTable';
import { readChartSvgs } from '@/lib/charts/svg-store';
import { loadIndex } from '@/lib/data/dataset';
import { allCharts } from '@/lib/view/charts';
import { claimView } from '@/lib/view/claim-view';
import { countyMapsView, PER_RESIDENTS } from '@/lib/view/county-maps';
import { formatNumber } from '@/lib/format/number';
import { seriesView } from '@/lib/view/series-view';
import { quoted } from '@/lib/format/quoted';
import { measureWords } from '@/lib/view/measure-words';

type Params = { params: Promise<{ chart: string }> };

export const dynamicParams = false;
// A trail's timeline lives on its trail page (/trails/<series id>), not here.
export const generateStaticParams = () =>
  allCharts(loadIndex())
    .filter((c) => c.kind !== 'trail')
    .map((c) => ({ chart: c.id }));

/** A chart id is a series id, a claim id (the validator keeps them distinct) or a county map's id. */
const find = async ({ params }: Params) => {
  const { chart } = await params;
  const index = loadIndex();
  const maps = countyMapsView(index);
  const map = maps?.charts.find((c) => c.id === chart);
  if (maps && map) {
    return {
      spec: map,
      figures: [],
      counties: maps.rows,
      caveats: maps.caveats,
      measure: null,
      claims: [],
      owner: null,
    };
  }
  const series = index.seriesById.get(chart);
  if (series) {
    const v = seriesView(index, series);
    return {
      spec: v.chart,
      figures: v.figures,
      counties: null,
      caveats: series.caveats,
      measure: series.measure,
      claims: v.claims,
      owner: null,
    };
  }
  const v = claimView(
    index,
    index.data.claims.find((c) => c.id === chart)!,
  );
  return {
    spec: v.chart!,
    figures: v.figures,
    counties: null,
    caveats: v.claim.comparability_note,
    measure: null,
    claims: [v.claim],
    owner: v.claim,
  };
};

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { spec } = await find(props);
  return shareMetadata({
    title: spec.title,
    description: spec.description.slice(0, 200),
    path: `/charts/${spec.id}`,
    image: spec.kind === 'claim' ? claimSharePath(spec.id) : chartSharePath(spec.id),
    oembed: oembedPath(spec),
  });
}

export default async function ChartPage(props: Params) {
  const { spec, figures, counties, caveats, measure, claims, owner } = await find(props);
  const counted = measure ? measureWords(measure) : null;
  return (
    <>
      {/* The chart's own title is the page's h1, so it is said once. */}
      <ChartFigure spec={spec} svg={readChartSvgs(spec.id)} headingLevel={1} />
      {counted && (
        <div className="mt-2">
          <p>
            <span className="font-medium">What is counted:</span> {counted.counted}.
          </p>
          {counted.technical && (
            <details className="mt-1 text-sm">
              <summary className="min-h-6 cursor-pointer py-1">How the figures are read from the source file</summary>
              <p className="muted mt-1">{counted.technical}</p>
            </details>
          )}
        </div>
      )}
      <ChartActions spec={spec} agencies={spec.publishers} builtOn={BUILD_DATE} />
      {counties ? (
        <CountyTable
          rows={counties}
          caption={`Every county in the map: ${spec.title}`}
          perLabel={`Per ${formatNumber(PER_RESIDENTS)} residents`}
        />
      ) : (
        <FiguresTable rows={figures} caption={`Figures in the chart: ${spec.title}`} showRole={owner !== null} />
      )}
      <h2 className="mt-4 font-semibold">Caveats</h2>
      <p className="text-sm">{caveats}</p>
      {claims.length > 0 && (
        <>
          <h2 className="mt-4 font-semibold">Claims checked against this chart</h2>
          <ul className="list-disc pl-5 text-sm">
            {claims.map((c) => (
              <li key={c.id}>
                <a href={`/claims/${c.id}`}>{quoted(c.quote, 120)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
