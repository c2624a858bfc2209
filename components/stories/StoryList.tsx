import { StoryDate } from '@/components/claims/StoryDate';
import { STATUS_LABEL } from '@/lib/claims/compare';
import type { StoryView } from '@/lib/view/story-view';
import { StoryTitle } from './StoryTitle';

/** Stories as a list: title, outlet and date, how many claims were checked and how they came out. */
export function StoryList({ stories }: { stories: StoryView[] }) {
  return (
    <ul className="mt-2 space-y-5">
      {stories.map(({ story, cards }) => {
        const counts = Object.entries(
          cards.reduce<Record<string, number>>(
            (acc, c) => ({ ...acc, [c.comparison.status]: (acc[c.comparison.status] ?? 0) + 1 }),
            {},
          ),
        );
        return (
          <li key={story.id}>
            <a href={`/stories/${story.id}`} className="font-semibold">
              <StoryTitle story={story} />
            </a>
            <p className="muted text-sm">
              {story.outlet} · <StoryDate date={story.date} /> · {cards.length}{' '}
              {cards.length === 1 ? 'claim' : 'claims'} checked
            </p>
            <p className="text-sm">
              {counts.map(([status, n]) => `${STATUS_LABEL[status as keyof typeof STATUS_LABEL]}: ${n}`).join(' · ')}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
