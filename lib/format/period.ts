import type { Observation } from '../data/records';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2018-10-01" -> "Oct 1, 2018". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return String(y);
  if (!d) return `${MONTHS[m - 1]} ${y}`;
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

const TYPE_WORDS: Record<string, string> = {
  'federal-fy': 'federal fiscal year',
  'state-fy': 'North Carolina fiscal year',
  calendar: 'calendar year',
};

/** The period named exactly: "FY2019 (federal fiscal year, Oct 1, 2018 – Sep 30, 2019)". */
export function describePeriod(o: Pick<Observation, 'period' | 'period_type' | 'period_start' | 'period_end'>): string {
  const words = TYPE_WORDS[o.period_type];
  if (o.period_type === 'point-in-time' && o.period_start) return `on ${formatDate(o.period_start)}`;
  if (words && o.period_start && o.period_end) {
    return `${o.period} (${words}, ${formatDate(o.period_start)} – ${formatDate(o.period_end)})`;
  }
  return o.period;
}
