import type { Index } from '../data/evidence';
import type { Story } from '../data/records';
import { claimView, type ClaimView } from './claim-view';

export interface StoryView {
  story: Story;
  cards: ClaimView[];
}

export function storyView(index: Index, story: Story): StoryView {
  return { story, cards: index.claimsOf(story.id).map((c) => claimView(index, c)) };
}

/** Newest first, as the home page lists them; undated stories last. */
export const storiesNewestFirst = (index: Index) =>
  [...index.data.stories].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
