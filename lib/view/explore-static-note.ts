import { listWords } from '../format/list';
import type { ExploreView } from './explore-url';

/**
 * What the page says where JavaScript does not run: a static host serves one HTML file for every /explore
 * link, so the figures are always the default view's, whatever view the link names. The note names that view,
 * so a reader of a shared link is never left taking the default figures for the ones the sharer meant.
 */
export function staticViewNote(view: ExploreView, measureLabel: string, names: ReadonlyMap<string, string>): string {
  const areas = view.counties.map((f) => names.get(f) ?? f);
  const where = areas.length ? `, for ${listWords(areas)}` : '';
  const when = view.from === view.to ? view.from : `${view.from} to ${view.to}`;
  return (
    `Without JavaScript this page shows only its default view: ${measureLabel}${where}, ${when}. ` +
    'A link to another view (another measure, other counties or years) needs JavaScript to show that view, ' +
    'so the figures below may not be the ones the link was shared for. The controls need JavaScript too.'
  );
}
