import type { Story } from '@/lib/data/records';
import { storyTitle } from '@/lib/view/story-title';

/** A story's headline, or, when the outlet's headline is unknown, a description of the article set in italics and said to be one. */
export function StoryTitle({ story }: { story: Pick<Story, 'headline'> }) {
  const { text, isHeadline } = storyTitle(story);
  if (isHeadline) return <>{text}</>;
  return (
    <>
      <span className="font-normal italic">{text}</span>
      <span className="muted text-[0.8em] font-normal"> (headline not recorded)</span>
    </>
  );
}
