import { PERIOD_TYPE_WORDS, type PeriodType, YEAR_SPANS } from '../vocabulary/period-types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2018-10-01" -> "Oct 1, 2018". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return String(y);
  if (!d) return `${MONTHS[m - 1]} ${y}`;
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** A period as figures and claims give it: its words, and its type and dates where known. */
export interface StatedPeriod {
  period: string;
  period_type: PeriodType | null;
  period_start: string | null;
  period_end: string | null;
}

/** The period named exactly: "FY2019 (federal fiscal year, Oct 1, 2018 – Sep 30, 2019)". */
export function describePeriod(o: StatedPeriod): string {
  const words = o.period_type && YEAR_SPANS[o.period_type] ? PERIOD_TYPE_WORDS[o.period_type] : undefined;
  if (o.period_type === 'point-in-time' && o.period_start) return `on ${formatDate(o.period_start)}`;
  if (words && o.period_start && o.period_end) {
    return `${o.period} (${words}, ${formatDate(o.period_start)} – ${formatDate(o.period_end)})`;
  }
  return o.period;
}
