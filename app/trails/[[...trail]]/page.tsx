import type { Metadata } from 'next';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { ChartActions } from '@/components/share/ChartActions';
import { readChartSvgs } from '@/lib/charts/svg-store';
import { oembedPath } from '@/lib/embed/embed-code';
import { chartSharePath } from '@/lib/embed/share-paths';
import { BUILD_DATE } from '@/lib/site';
import { FiguresTable } from '@/components/tables/FiguresTable';
import { TrailStops } from '@/components/trails/TrailStops';
import { TrailsList } from '@/components/trails/TrailsList';
import { loadIndex } from '@/lib/data/dataset';
import { shareMetadata } from '@/lib/view/page-meta';
import { trailHref, trails, trailsIndex, trailView } from '@/lib/view/trails';

// One route for the index (/trails) and each trail (/trails/<series id>): a static export needs at least one page
// per route, and a dataset may have no trail at all.
type Params = { params: Promise<{ trail?: string[] }> };

export const dynamicParams = false;
export const generateStaticParams = () => [{ trail: [] }, ...trails(loadIndex()).map((t) => ({ trail: [t.id] }))];

const INDEX = {
  title: 'How numbers travel',
  description: 'Official figures that several news claims state, and how their wording changed from outlet to outlet.',
};

const trailOf = async ({ params }: Params) => {
  const id = (await params).trail?.[0];
  return id ? trailView(loadIndex(), id) : null;
};

export async function generateMetadata(props: Params): Promise<Metadata> {
  const view = await trailOf(props);
  if (!view) return shareMetadata({ ...INDEX, path: '/trails' });
  return shareMetadata({
    title: `How this number travelled: ${view.title}`,
    description: view.summary,
    path: trailHref(view.id),
    image: chartSharePath(view.chart.id),
    oembed: oembedPath(view.chart),
  });
}

export default async function TrailPage(props: Params) {
  const view = await trailOf(props);
  if (!view) {
    return (
      <>
        <h1 className="text-2xl font-bold">{INDEX.title}</h1>
        <p className="mt-2">
          Each trail follows one official series that two or more claims state, outlet by outlet in date order, and
          marks where the unit, the period or the place drifted from the figure.
        </p>
        <TrailsList entries={trailsIndex(loadIndex())} />
      </>
    );
  }
  return (
    <>
      <p className="text-sm">
        <a href="/trails">← {INDEX.title}</a>
      </p>
      <h1 className="mt-1 text-2xl font-bold">How this number travelled: {view.title}</h1>
      <p className="mt-2" data-testid="trail-summary">
        {view.summary}
      </p>
      <ChartFigure spec={view.chart} svg={readChartSvgs(view.chart.id)} headingLevel={2} />
      <ChartActions spec={view.chart} agencies={view.chart.publishers} builtOn={BUILD_DATE} />
      <h2 className="mt-6 text-xl font-semibold">The record</h2>
      <p className="mt-1 text-sm">
        The official figures the claims state, read against each claim below.{' '}
        <a href={`/charts/${view.series.id}`}>Chart of this series</a>.
      </p>
      <FiguresTable
        rows={view.record}
        caption={`Figures of ${view.series.short_title} that claims state`}
        showRole={false}
      />
      <h2 className="mt-6 text-xl font-semibold">{view.claims} claims, in date order</h2>
      <TrailStops stops={view.stops} />
    </>
  );
}
