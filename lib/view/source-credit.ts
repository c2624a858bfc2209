import type { Source } from '../data/records';
import { formatDate } from '../format/period';

/** Who reported it and when: "WBTV, Dec 5, 2018"; a source dated only to the month or year keeps the publisher alone. */
export const reportedBy = (s: Source) =>
  s.date && /^\d{4}-\d{2}-\d{2}$/.test(s.date) ? `${s.publisher}, ${formatDate(s.date)}` : s.publisher;
