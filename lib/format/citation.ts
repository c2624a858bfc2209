import { SITE_NAME } from '../site';
import { MONTH_NAMES } from './months';

export interface CitationInput {
  title: string;
  /** The agencies or publishers of the figures, credited first. */
  agencies: string[];
  url: string;
  /** ISO date (YYYY-MM-DD) the reader accessed the page. */
  accessed: string;
  /** Year the chart was last built or updated. */
  year: string;
}

const longDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTH_NAMES[m - 1]} ${d}, ${y}`;
};

/** Plain text: the original agency first, then this site, the permalink and the access date. */
export function plainCitation(c: CitationInput): string {
  return `${c.agencies.join('; ')}. “${c.title}.” Compiled and charted by ${SITE_NAME}, ${c.year}. ${c.url} (accessed ${longDate(c.accessed)}).`;
}

/** APA 7 style for a data set, crediting the original agency in the description. */
export function apaCitation(c: CitationInput): string {
  return `${SITE_NAME}. (${c.year}). ${c.title} [Data set; original data from ${c.agencies.join('; ')}]. Retrieved ${longDate(c.accessed)}, from ${c.url}`;
}
