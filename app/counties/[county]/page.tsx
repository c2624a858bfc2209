import type { Metadata } from 'next';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { StatusBadge } from '@/components/claims/StatusBadge';
import { ChartValuesTable } from '@/components/county/ChartValuesTable';
import { CountyIceSections } from '@/components/county/CountyIceSections';
import { CountyLawEvents } from '@/components/county/CountyLawEvents';
import { ncLawEvents } from '@/lib/view/nc-law-events';
import { CountyRanks } from '@/components/county/CountyRanks';
import { ChartActions } from '@/components/share/ChartActions';
import { readChartSvgs } from '@/lib/charts/svg-store';
import { loadIndex, loadTables } from '@/lib/data/dataset';
import { oembedPath } from '@/lib/embed/embed-code';
import { chartSharePath } from '@/lib/embed/share-paths';
import { BUILD_DATE } from '@/lib/site';
import { CASELOAD_RESOURCE, caseloadRecords, counties } from '@/lib/view/caseload';
import { caseloadPublisher, countyView } from '@/lib/view/county-view';
import { exploreHref } from '@/lib/view/explore-url';
import { shareMetadata } from '@/lib/view/page-meta';

type Params = { params: Promise<{ county: string }> };

/** A static export needs one page per dynamic route; a draft data folder without court records gets this one, which says so. */
const NO_COUNTIES = 'none';

export const dynamicParams = false;
export const generateStaticParams = () => {
  const slugs = counties(caseloadRecords(loadTables().tables)).map((c) => ({ county: c.slug }));
  return slugs.length ? slugs : [{ county: NO_COUNTIES }];
};

const find = async ({ params }: Params) => {
  const { county: slug } = await params;
  const { pkg, tables } = loadTables();
  const county = counties(caseloadRecords(tables)).find((c) => c.slug === slug);
  const caveatsOf = (name: string) =>
    (pkg.resources.find((r) => r.name === name) as { caveats?: string } | undefined)?.caveats ?? null;
  return county ? countyView(loadIndex(), tables, county, caveatsOf) : null;
};

export async function generateMetadata(props: Params): Promise<Metadata> {
  const view = await find(props);
  if (!view) return { title: 'Counties', robots: { index: false } };
  const { county, charts } = view;
  return shareMetadata({
    title: `${county.name} County, North Carolina`,
    description: `Criminal court caseloads in ${county.name} County, NC, by state fiscal year, its rank among North Carolina's 100 counties, and what ICE's records and our stories say about it.`,
    path: `/counties/${county.slug}`,
    image: chartSharePath(charts[0].id),
    oembed: oembedPath(charts[0]),
  });
}

export default async function CountyPage(props: Params) {
  const view = await find(props);
  if (!view) return <p>This build’s data hold no county court records, so there are no county pages.</p>;
  const { county, charts, ranks, rankPeriod, ice, claims } = view;
  const index = loadIndex();
  const caveats = loadTables().pkg.resources.find((r) => r.name === CASELOAD_RESOURCE) as
    { caveats?: string } | undefined;
  return (
    <>
      <p className="muted text-sm">
        <a href="/counties">Counties</a> › {county.name}
      </p>
      <h1 className="text-2xl font-bold">{county.name} County, North Carolina</h1>
      <p className="mt-2">
        Criminal cases in {county.name} County’s courts, as the NC Administrative Office of the Courts records them
        (FIPS {county.fips}).{' '}
        <a href={exploreHref({ counties: [county.fips] })}>Compare {county.name} with other counties</a>.
      </p>

      <h2 className="mt-8 text-xl font-semibold">Criminal court caseloads</h2>
      <p className="mt-1 text-sm">
        Cases, not charges or people, by North Carolina state fiscal year (July 1 to June 30). Traffic misdemeanors and
        cases pending at year end are in <a href={exploreHref({ counties: [county.fips] })}>Explore</a> and the{' '}
        <a href={`/data/${CASELOAD_RESOURCE}`}>dataset</a>. District and Superior Court felonies are not added: most
        felonies start in District Court and move up on indictment.
      </p>
      {charts.map((spec) => (
        <div key={spec.id}>
          <ChartFigure spec={spec} svg={readChartSvgs(spec.id)} headingLevel={3} />
          <ChartValuesTable spec={spec} caption={`Figures in the chart: ${spec.title}`} />
          <ChartActions spec={spec} agencies={[caseloadPublisher(index)]} builtOn={BUILD_DATE} />
        </div>
      ))}
      {caveats?.caveats && <p className="muted mt-3 text-sm">Caveats: {caveats.caveats}</p>}

      <h2 className="mt-8 text-xl font-semibold">Rank among North Carolina’s counties</h2>
      <p className="mt-1 text-sm">
        {rankPeriod}, the latest year in the records. Per 10,000 residents uses the county population given in each AOC
        record; 1 is the most.
      </p>
      <CountyRanks rows={ranks} county={county.name} period={rankPeriod} />

      <CountyIceSections ice={ice} county={county.name} />

      <CountyLawEvents events={ncLawEvents(loadTables().tables)} county={county.name} />

      {claims && (
        <section aria-labelledby="section-claims">
          <h2 id="section-claims" className="mt-8 text-xl font-semibold">
            Claims about {county.name} County
          </h2>
          {claims.length ? (
            <ul className="mt-2 space-y-3 text-sm">
              {claims.map((c) => (
                <li key={c.claim.id}>
                  <StatusBadge status={c.comparison.status} label={c.statusLabel} />
                  <p className="mt-1">
                    <a href={`/claims/${c.claim.id}`}>“{c.claim.quote}”</a>
                  </p>
                  <p className="muted">
                    {c.claim.speaker}, in {c.story.outlet}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm">No claim in our stories is about {county.name} County.</p>
          )}
        </section>
      )}
    </>
  );
}
