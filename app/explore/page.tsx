import type { Metadata } from 'next';
import { Explorer } from '@/components/explore/Explorer';
import { BUILD_DATE, SITE_ORIGIN } from '@/lib/site';
import { defaultCsvHref, exploreModel } from '@/lib/view/explore-page';
import { NC_MAP_WIDTH, ncMap } from '@/lib/charts/nc-geometry';
import { readChartSvgs } from '@/lib/charts/svg-store';
import { allPlaceEvents } from '@/lib/view/chart-events';
import { exploreChartSpec } from '@/lib/view/explore-spec';

export const metadata: Metadata = {
  title: 'Explore',
  description:
    'Compare North Carolina counties over time: criminal court caseloads by court, case type and year (as totals or per 10,000 residents), ICE detainers, 287(g) agreements and ICE detention by county, as a chart, a map or a table.',
  alternates: { canonical: '/explore' },
};

/** Only what the browser draws: the paths and the box (the map is passed to a client component). */
function drawnMap() {
  const { width, height, counties, outline } = ncMap(NC_MAP_WIDTH);
  return { width, height, counties, outline };
}

export default function ExplorePage() {
  const model = exploreModel();
  const events = allPlaceEvents();
  // The first view's chart, drawn at build with every default view (scripts/render-charts.tsx, exploreDefaultViews).
  const first = model.defaultView && exploreChartSpec(model.data(model.defaultView.measure), model.defaultView, events);
  return (
    <>
      <h1 className="text-2xl font-bold">Explore</h1>
      <p className="mt-2">
        Pick a measure and up to four counties to compare over time, on one chart as every chart on the site draws them.
        The address bar always holds the view, so a link opens exactly what you see. Each county also has{' '}
        <a href="/counties">its own page</a>.
      </p>
      {!model.defaultView ? (
        <p className="mt-4">No dataset in this build has figures by county or over time to explore.</p>
      ) : (
        <div className="mt-4">
          <Explorer
            measures={model.measures}
            areas={model.areas}
            choices={model.choices}
            initialView={model.defaultView}
            initialData={model.data(model.defaultView.measure)}
            map={drawnMap()}
            initialSvg={first ? readChartSvgs(first.id) : null}
            events={events}
            defaultCsvHref={defaultCsvHref}
            origin={SITE_ORIGIN}
            builtOn={BUILD_DATE}
          />
        </div>
      )}
    </>
  );
}
