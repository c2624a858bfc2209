import type { Metadata } from 'next';
import { ClaimCard } from '@/components/claims/ClaimCard';
import { StatusBadge } from '@/components/claims/StatusBadge';
import { StoryDate } from '@/components/claims/StoryDate';
import { StoryTitle } from '@/components/stories/StoryTitle';
import { readChartSvgs } from '@/lib/charts/svg-store';
import { claimPhrase } from '@/lib/claims/explain';
import { loadIndex, loadTables } from '@/lib/data/dataset';
import { claimSharePath } from '@/lib/embed/share-paths';
import { quoted } from '@/lib/format/quoted';
import { safeHref } from '@/lib/format/url';
import { shareMetadata } from '@/lib/view/page-meta';
import { storyTitle } from '@/lib/view/story-title';
import { storyView } from '@/lib/view/story-view';
import { claimCountyPages } from '@/lib/view/county-link';
import { claimRecordGap, recordCoverage } from '@/lib/view/record-coverage';

type Params = { params: Promise<{ story: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => loadIndex().data.stories.map((s) => ({ story: s.id }));

/** Id of the claim index; each card links back to it. */
const CLAIM_INDEX = 'claims';

const find = async ({ params }: Params) => {
  const { story } = await params;
  const index = loadIndex();
  return storyView(
    index,
    index.data.stories.find((s) => s.id === story)!,
  );
};

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { story, cards } = await find(props);
  const { text, isHeadline } = storyTitle(story);
  return shareMetadata({
    title: isHeadline ? `${story.outlet}${story.date ? `, ${story.date}` : ''}: ${text}` : text,
    description: story.summary,
    path: `/stories/${story.id}`,
    image: cards[0] ? claimSharePath(cards[0].claim.id) : undefined,
  });
}

export default async function StoryPage(props: Params) {
  const { story, cards } = await find(props);
  const ids = cards.map((c) => c.claim.id);
  return (
    <>
      <p className="muted text-sm">
        {story.outlet} · <StoryDate date={story.date} />
        {story.author && <> · {story.author}</>}
      </p>
      <h1 className="mt-1 text-2xl font-bold">
        <StoryTitle story={story} />
      </h1>
      <p className="mt-2">{story.summary}</p>
      {story.note && <p className="muted mt-1 text-sm">{story.note}</p>}
      <p className="mt-2 text-sm">
        <a href={safeHref(story.url)} rel="noopener noreferrer nofollow">
          Read the article at {story.outlet}
        </a>
      </p>
      <nav aria-labelledby={CLAIM_INDEX} className="mt-6">
        <h2 id={CLAIM_INDEX} className="text-xl font-semibold">
          {cards.length} {cards.length === 1 ? 'claim' : 'claims'}, in article order
        </h2>
        {cards.length > 1 && (
          <ol className="mt-2 list-decimal space-y-2 pl-6 text-sm">
            {cards.map((v) => (
              <li key={v.claim.id}>
                <a href={`#${v.claim.id}`}>{quoted(v.claim.quote, 110)}</a>
                {v.claim.qualifier !== 'none' && <span className="muted"> ({claimPhrase(v.claim)})</span>}{' '}
                <StatusBadge status={v.comparison.status} label={v.statusLabel} />
              </li>
            ))}
          </ol>
        )}
      </nav>
      {cards.map((view, i) => (
        <ClaimCard
          key={view.claim.id}
          view={view}
          svg={view.chart ? readChartSvgs(view.chart.id) : null}
          linkToClaim
          county={claimCountyPages(loadTables().tables)(view.claim.fips)}
          recordGap={claimRecordGap(
            recordCoverage(loadIndex()),
            view.claim,
            (f) => claimCountyPages(loadTables().tables)(f)?.name ?? null,
          )}
          place={
            cards.length > 1
              ? {
                  index: i + 1,
                  total: cards.length,
                  previous: ids[i - 1] ?? null,
                  next: ids[i + 1] ?? null,
                  list: CLAIM_INDEX,
                }
              : undefined
          }
        />
      ))}
    </>
  );
}
