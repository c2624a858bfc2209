import type { Metadata } from 'next';
import { ClaimCard } from '@/components/claims/ClaimCard';
import { readChartSvgs } from '@/lib/charts/svg-store';
import { loadIndex } from '@/lib/data/dataset';
import { safeHref } from '@/lib/format/url';
import { StoryDate } from '@/components/claims/StoryDate';
import { storyView } from '@/lib/view/story-view';
import { claimSharePath } from '@/lib/embed/share-paths';
import { shareMetadata } from '@/lib/view/page-meta';

type Params = { params: Promise<{ story: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => loadIndex().data.stories.map((s) => ({ story: s.id }));

const find = async ({ params }: Params) => {
  const { story } = await params;
  const index = loadIndex();
  return storyView(index, index.data.stories.find((s) => s.id === story)!);
};

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { story, cards } = await find(props);
  return shareMetadata({
    title: `${story.outlet}${story.date ? `, ${story.date}` : ''}: ${story.headline}`,
    description: story.summary,
    path: `/stories/${story.id}`,
    image: cards[0] ? claimSharePath(cards[0].claim.id) : undefined,
  });
}

export default async function StoryPage(props: Params) {
  const { story, cards } = await find(props);
  return (
    <>
      <p className="muted text-sm">{story.outlet} · <StoryDate date={story.date} />{story.author && <> · {story.author}</>}</p>
      <h1 className="mt-1 text-2xl font-bold">{story.headline}</h1>
      <p className="mt-2">{story.summary}</p>
      {story.note && <p className="muted mt-1 text-sm">{story.note}</p>}
      <p className="mt-2 text-sm"><a href={safeHref(story.url)} rel="noopener noreferrer nofollow">Read the article at {story.outlet}</a></p>
      <h2 className="mt-6 text-xl font-semibold">{cards.length} claims, in article order</h2>
      {cards.map((view) => (
        <ClaimCard key={view.claim.id} view={view} svg={view.chart ? readChartSvgs(view.chart.id) : null} linkToClaim />
      ))}
    </>
  );
}
