import type { Metadata } from 'next';
import { StoryList } from '@/components/stories/StoryList';
import { loadIndex } from '@/lib/data/dataset';
import { shareMetadata } from '@/lib/view/page-meta';
import { storiesNewestFirst, storyView } from '@/lib/view/story-view';

export const metadata: Metadata = shareMetadata({
  title: 'Stories',
  description:
    'Every news story checked on this site, newest first, with how its numeric claims compare with the official record.',
  path: '/stories',
});

export default function StoriesPage() {
  const index = loadIndex();
  const stories = storiesNewestFirst(index).map((s) => storyView(index, s));
  const claims = stories.reduce((n, s) => n + s.cards.length, 0);
  return (
    <>
      <h1 className="text-2xl font-bold">Stories</h1>
      <p className="muted mt-2">
        {stories.length} news stories, newest first, and the {claims} numeric claims in them, each checked against the
        official figures. Where the outlet’s headline was not recorded, the article is described instead, in italics.
      </p>
      <StoryList stories={stories} />
    </>
  );
}
