import type { Story } from '../data/records';

/** How the dossier records an unknown headline: "[Breitbart News article, 2019-11-26; headline not recorded]". */
const UNRECORDED = /^\[(.+?);\s*headline not recorded\]$/;

export interface StoryTitle {
  text: string;
  /** False when the outlet's headline is unknown and `text` describes the article instead. */
  isHeadline: boolean;
}

/** The story's headline, or, when none was recorded, a plain description of the article, never a bracketed placeholder. */
export function storyTitle(story: Pick<Story, 'headline'>): StoryTitle {
  const m = UNRECORDED.exec(story.headline.trim());
  return m ? { text: m[1], isHeadline: false } : { text: story.headline, isHeadline: true };
}
