/**
 * The /data catalogue in the order readers come for it: the public records first (ICE's detainer and
 * detention records, the NC court caseloads, 287(g)), then the site's own tables (stories, claims, the
 * figures they are checked against). A dataset is placed by its resource name; one no rule names is the site's own.
 */
export interface CatalogueGroup<T> {
  /** The anchor of the group's heading, for the jump list. */
  id: string;
  title: string;
  entries: T[];
}

const GROUPS: Array<{ id: string; title: string; holds: (name: string) => boolean }> = [
  {
    id: 'ice-records',
    title: 'ICE records',
    holds: (n) => !n.includes('287g') && /^(ice_|npr_|nc_facility|nc_detention)/.test(n),
  },
  { id: 'court-caseloads', title: 'North Carolina court caseloads', holds: (n) => n.startsWith('nc_aoc') },
  { id: '287g', title: '287(g) agreements', holds: (n) => n.includes('287g') },
  {
    id: 'site-tables',
    title: 'This site’s own tables: stories, claims and the figures they are checked against',
    holds: () => true,
  },
];

export function catalogueGroups<T extends { name: string }>(entries: T[]): CatalogueGroup<T>[] {
  const placed = new Set<T>();
  return GROUPS.map(({ id, title, holds }) => {
    const mine = entries.filter((e) => !placed.has(e) && holds(e.name));
    mine.forEach((e) => placed.add(e));
    return { id, title, entries: mine };
  }).filter((g) => g.entries.length > 0);
}
