import { StatusBadge } from '@/components/claims/StatusBadge';
import { StoryList } from '@/components/stories/StoryList';
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
      <StoryList stories={stories} />
    </>
  );
}
