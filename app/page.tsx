import { StatusBadge } from '@/components/claims/StatusBadge';
import { StoryDate } from '@/components/claims/StoryDate';
import { STATUS_LABEL } from '@/lib/claims/compare';
import { loadIndex } from '@/lib/data/dataset';
import { SITE_TAGLINE } from '@/lib/site';
import { storiesNewestFirst, storyView } from '@/lib/view/story-view';

/** Claims whose record can confirm or contradict them: the home page leads with these. */
const DECIDED = new Set(['consistent', 'overstates', 'understates']);

export default function Home() {
  const index = loadIndex();
  const stories = storiesNewestFirst(index).map((s) => storyView(index, s));
  const headline = stories.flatMap((s) => s.cards).filter((c) => DECIDED.has(c.comparison.status)).slice(0, 4);
  return (
    <>
      <h1 className="text-2xl font-bold">{SITE_TAGLINE}</h1>
      <p className="muted mt-2">Each claim is quoted word for word, set against the official figures that bear on it, and given a plain statement of how the two compare.</p>

      {headline.length > 0 && (
        <>
          <h2 className="mt-8 text-xl font-semibold">Checked against the record</h2>
          <ul className="mt-2 space-y-3">
            {headline.map((c) => (
              <li key={c.claim.id} className="text-sm">
                <StatusBadge status={c.comparison.status} label={c.statusLabel} />
                <p className="mt-1"><a href={`/claims/${c.claim.id}`}>{c.comparison.sentence}</a></p>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 className="mt-8 text-xl font-semibold">Stories</h2>
      <ul className="mt-2 space-y-5">
        {stories.map(({ story, cards }) => {
          const counts = Object.entries(
            cards.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.comparison.status]: (acc[c.comparison.status] ?? 0) + 1 }), {}),
          );
          return (
            <li key={story.id}>
              <a href={`/stories/${story.id}`} className="font-semibold">{story.headline}</a>
              <p className="muted text-sm">{story.outlet} · <StoryDate date={story.date} /> · {cards.length} {cards.length === 1 ? 'claim' : 'claims'} checked</p>
              <p className="text-sm">{counts.map(([status, n]) => `${n} ${STATUS_LABEL[status as keyof typeof STATUS_LABEL].toLowerCase()}`).join(' · ')}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
