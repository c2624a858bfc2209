import type { Topic } from './chart-topics';

/*
 * The catalogue as the /charts page's script sees it: plain data and a filter, with no data loading, so the
 * browser bundle never pulls in the build-time modules (file reads, chart builders) that make the catalogue.
 */

export interface CatalogueChart {
  id: string;
  title: string;
  subtitle: string;
  /** The chart page (/charts/<id>). */
  href: string;
  /** The chart's thumbnail PNG (lib/charts/thumbnail.ts): decoded off the main thread, unlike an SVG image. */
  thumbnail: string;
  /** The same, drawn in the dark palette, for a page in the dark theme. */
  thumbnailDark: string;
  /** The thumbnail's size in pixels (the chart's phone layout), so the card keeps its shape before the image loads. */
  thumbnailSize: { width: number; height: number };
  /** The period its figures cover, in words ("FY2013 to FY2020"); null when it has none. */
  period: string | null;
  /** Lower-case words the type-to-filter matches: the chart's own words, not its section's name. */
  search: string;
}

export interface CatalogueGroup {
  topic: Topic;
  charts: CatalogueChart[];
}

/** The filter lives in the URL as ?q= (nothing else is read), so a filtered catalogue can be linked. */
export const CATALOGUE_QUERY = 'q';
export const MAX_CATALOGUE_QUERY = 200;
export const catalogueQueryOf = (search: string) =>
  (new URLSearchParams(search).get(CATALOGUE_QUERY) ?? '').slice(0, MAX_CATALOGUE_QUERY);

/** The charts whose words contain every word typed, case-insensitively; an empty filter keeps all. */
export function filterCatalogue(groups: CatalogueGroup[], typed: string): CatalogueGroup[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return groups;
  return groups
    .map((g) => ({ ...g, charts: g.charts.filter((c) => words.every((w) => c.search.includes(w))) }))
    .filter((g) => g.charts.length);
}
