import type { Source, Story } from '../data/records';

/**
 * A URL reduced to what names the document: host in lower case without "www.", and the path without
 * a trailing slash. Scheme, port, query and fragment are dropped, since http/https, tracking
 * parameters and anchors do not make another article. Text that is not a URL is kept, trimmed.
 */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const path = decodeURI(u.pathname).replace(/\/+$/, '');
    return `${host}${path}`;
  } catch {
    return url.trim();
  }
}

/**
 * Whether a figure's source is independent of the claim's own article. It is not when the source row
 * is the story itself: the same document at the same address (stories.csv `url` = sources.csv `url`,
 * once normalised). The data decide, never a hand-set flag: a story that cites an agency's own
 * release by its address is checked against that release, which is a separate document.
 */
export function isIndependentSource(source: Pick<Source, 'url'>, story: Pick<Story, 'url'>): boolean {
  return normaliseUrl(source.url) !== normaliseUrl(story.url);
}
