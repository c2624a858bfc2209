import type { Metadata } from 'next';
import { ClaimCard } from '@/components/claims/ClaimCard';
import { readChartSvgs } from '@/lib/charts/svg-store';
import { loadIndex, loadTables } from '@/lib/data/dataset';
import { claimView } from '@/lib/view/claim-view';
import { claimCountyPages } from '@/lib/view/county-link';
import { claimRecordGap, recordCoverage } from '@/lib/view/record-coverage';
import { seriesView } from '@/lib/view/series-view';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { JsonLd } from '@/components/JsonLd';
import { ChartActions } from '@/components/share/ChartActions';
import { oembedPath } from '@/lib/embed/embed-code';
import { claimSharePath } from '@/lib/embed/share-paths';
import { quoted } from '@/lib/format/quoted';
import { StoryTitle } from '@/components/stories/StoryTitle';
import { BUILD_DATE } from '@/lib/site';
import { catalogue } from '@/lib/view/catalogue';
import { shareMetadata } from '@/lib/view/page-meta';
import { claimReview } from '@/lib/view/structured-data';

type Params = { params: Promise<{ claim: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => loadIndex().data.claims.map((c) => ({ claim: c.id }));

const find = async ({ params }: Params) => {
  const { claim } = await params;
  const index = loadIndex();
  return claimView(
    index,
    index.data.claims.find((c) => c.id === claim)!,
  );
};

/** When the claim checks were last published: the day the claims data last changed (once per build process). */
let reviewed: string | undefined;
const reviewDate = () => (reviewed ??= catalogue().find((e) => e.name === 'claims')?.lastUpdated ?? BUILD_DATE);

export async function generateMetadata(props: Params): Promise<Metadata> {
  const view = await find(props);
  return shareMetadata({
    title: `${quoted(view.claim.quote, 70)}: ${view.statusLabel}`,
    description: view.comparison.sentence,
    path: `/claims/${view.claim.id}`,
    image: claimSharePath(view.claim.id),
    oembed: view.chart ? oembedPath(view.chart) : undefined,
  });
}

export default async function ClaimPage(props: Params) {
  const view = await find(props);
  return (
    <>
      <JsonLd data={claimReview(view, reviewDate())} />
      <p className="text-sm">
        <a href={`/stories/${view.story.id}`}>
          ← {view.story.outlet}
          {view.story.date ? `, ${view.story.date}` : ''}: <StoryTitle story={view.story} />
        </a>
      </p>
      <h1 className="sr-only">Claim check: {view.statusLabel}</h1>
      <ClaimCard
        view={view}
        svg={view.chart ? readChartSvgs(view.chart.id) : null}
        linkToClaim={false}
        headingLevel={2}
        county={claimCountyPages(loadTables().tables)(view.claim.fips)}
        recordGap={claimRecordGap(
          recordCoverage(loadIndex()),
          view.claim,
          (f) => claimCountyPages(loadTables().tables)(f)?.name ?? null,
        )}
      />
      {view.chart && <ChartActions spec={view.chart} agencies={view.chart.publishers} builtOn={BUILD_DATE} />}
      {view.series.length > 0 && (
        <section aria-labelledby="context-charts" className="mt-8">
          <h2 id="context-charts" className="text-xl font-semibold">
            Every series this claim cites
          </h2>
          {view.series.map((s) => {
            const chart = seriesView(loadIndex(), s).chart;
            return (
              <div key={s.id}>
                <ChartFigure spec={chart} svg={readChartSvgs(chart.id)} headingLevel={3} />
                <p className="text-sm">
                  <a href={`/charts/${s.id}`}>Open this chart, its figures and caveats</a>
                </p>
              </div>
            );
          })}
        </section>
      )}
    </>
  );
}
