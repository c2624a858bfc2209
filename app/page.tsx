import { StatusBadge } from '@/components/claims/StatusBadge';
import { loadIndex } from '@/lib/data/dataset';
import { SITE_TAGLINE } from '@/lib/site';
import { StoryDate } from '@/components/claims/StoryDate';
import { storiesNewestFirst, storyView } from '@/lib/view/story-view';

export default function Home() {
  const index = loadIndex();
  const stories = storiesNewestFirst(index).map((s) => storyView(index, s));
  return (
    <>
      <h1 className="text-2xl font-bold">{SITE_TAGLINE}</h1>
      <p className="muted mt-2">Each claim is quoted word for word, set against the official figures that bear on it, and given a plain statement of how the two compare.</p>
      <h2 className="mt-8 text-xl font-semibold">Stories</h2>
      <ul className="mt-2 space-y-6">
        {stories.map(({ story, cards }) => (
          <li key={story.id}>
            <a href={`/stories/${story.id}`} className="text-lg font-semibold">{story.headline}</a>
            <p className="muted text-sm">{story.outlet} · <StoryDate date={story.date} /> · {cards.length} claims checked</p>
            <ul className="mt-2 space-y-1 text-sm">
              {cards.map((c) => (
                <li key={c.claim.id} className="flex flex-wrap items-baseline gap-2">
                  <StatusBadge status={c.comparison.status} label={c.statusLabel} />
                  <a href={`/claims/${c.claim.id}`}>“{c.claim.quote.length > 110 ? `${c.claim.quote.slice(0, 110)}…` : c.claim.quote}”</a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
