import type { Observation, PeriodType } from '../data/records';
import { formatDate } from '../format/period';

/**
 * Figures placed in time: each period's position (decimal year of its middle), which periods are partial,
 * and which yearly periods are missing between the first and the last. Null when the figures are not a
 * time line: a period without a start date, or two different periods that overlap (a full year
 * and the same year to date are two views of one period, not two points on a line).
 */
export interface TimePeriod {
  /** The period as the data names it. */
  period: string;
  /** Row label: the shorter of the period and the observation's label. */
  label: string;
  /** Tick label: the yearly period's plain name ("2007", "FY2019", "FY2018-19"), or the label. */
  tick: string;
  t: number;
  partial: boolean;
  /** No figure: a yearly period missing between the first and the last. */
  gap: boolean;
}

const YEARLY: PeriodType[] = ['federal-fy', 'state-fy', 'calendar'];
/** The period's own name at the start of a longer one: "FY2013" of "FY2013 cohort (NC), 2 years". */
const LEADING_PERIOD = /^(?:FY\d{4}(?:-\d{2})?|CY\d{4}|\d{4})\b/;
/** A period's note in brackets ("Jul 2015 (may be partial)"): the table and tooltip carry it; on a tick it runs off a phone's axis. */
const TRAILING_NOTE = /\s*\([^)]*\)$/;
const DAY = 86_400_000;

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const decimalYear = (ms: number) => {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const start = Date.UTC(y, 0, 1);
  return y + (ms - start) / (Date.UTC(y + 1, 0, 1) - start);
};

/** A date (ISO) as a decimal year: where it sits on a time axis. */
export const yearOfDate = (iso: string) => decimalYear(time(iso));

/** The year a yearly period is named by: FY2019 ends in 2019; FY2018-19 ends in 2019; a calendar year starts in it. */
const anchorYear = (type: PeriodType, start: string, end: string | null) =>
  type === 'calendar' ? Number(start.slice(0, 4)) : Number((end ?? start).slice(0, 4)) + (end ? 0 : 1);

/** The name, start and end of the yearly period named by year y. */
function yearly(type: PeriodType, y: number): { name: string; start: string; end: string } {
  if (type === 'federal-fy') return { name: `FY${y}`, start: `${y - 1}-10-01`, end: `${y}-09-30` };
  if (type === 'state-fy')
    return { name: `FY${y - 1}-${String(y).slice(2)}`, start: `${y - 1}-07-01`, end: `${y}-06-30` };
  return { name: String(y), start: `${y}-01-01`, end: `${y}-12-31` };
}

/** A day's place on the time axis: the decimal year of its middle. */
export const dayOnAxis = (iso: string) => decimalYear(time(iso) + DAY / 2);

const middle = (start: string, end: string | null) =>
  decimalYear(end ? (time(start) + time(end) + DAY) / 2 : time(start));

export function timeAxis(observations: Observation[], seriesType: PeriodType): TimePeriod[] | null {
  // Cohorts with a start date are successive release cohorts (a time line); without one, follow-up lengths of one cohort (not time).
  if (observations.length === 0 || observations.some((o) => !o.period_start)) return null;
  const byPeriod = new Map<string, Observation>();
  for (const o of observations) if (!byPeriod.has(o.period)) byPeriod.set(o.period, o);
  const periods = [...byPeriod.values()].sort((a, b) => time(a.period_start!) - time(b.period_start!));
  // Overlap: a period starting before the previous one ends (open-ended periods end where they start).
  for (let i = 1; i < periods.length; i++) {
    const prev = periods[i - 1];
    if (time(periods[i].period_start!) <= time(prev.period_end ?? prev.period_start!)) return null;
  }
  const spans = periods.filter((o) => o.period_end).map((o) => time(o.period_end!) - time(o.period_start!));
  const usual = YEARLY.includes(seriesType)
    ? 365 * DAY
    : (spans.sort((a, b) => a - b)[Math.floor(spans.length / 2)] ?? 0);
  const out: TimePeriod[] = periods.map((o) => {
    const span = o.period_end ? time(o.period_end) - time(o.period_start!) : 0;
    const partial = YEARLY.includes(seriesType) && o.period_type !== 'point-in-time' && span < usual * 0.9;
    const label = o.period.length <= o.label.length ? o.period : o.label;
    const tick = YEARLY.includes(seriesType)
      ? yearly(seriesType, anchorYear(seriesType, o.period_start!, o.period_end)).name
      : (LEADING_PERIOD.exec(o.period)?.[0] ?? label.replace(TRAILING_NOTE, ''));
    return { period: o.period, label, tick, t: middle(o.period_start!, o.period_end), partial, gap: false };
  });
  if (!YEARLY.includes(seriesType)) return out;
  // Missing yearly periods between the first and the last become gaps in the line.
  const years = new Set(periods.map((o) => anchorYear(seriesType, o.period_start!, o.period_end)));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  for (let y = first + 1; y < last; y++) {
    if (years.has(y)) continue;
    const p = yearly(seriesType, y);
    out.push({ period: p.name, label: p.name, tick: p.name, t: middle(p.start, p.end), partial: false, gap: true });
  }
  return out.sort((a, b) => a.t - b.t);
}

/**
 * Figures that are counts on a date (point-in-time snapshots of a list, several possibly on one day) placed in
 * time: each at its day, snapshots of the same day spread across it in the order of their names ("am" before
 * "pm"), never partial, never a gap. Null unless every figure is a point-in-time snapshot of a single day.
 */
export function snapshotAxis(observations: Observation[]): TimePeriod[] | null {
  if (
    !observations.length ||
    observations.some(
      (o) =>
        o.period_type !== 'point-in-time' ||
        !o.period_start ||
        (o.period_end !== null && o.period_end !== o.period_start),
    )
  )
    return null;
  const byPeriod = new Map<string, Observation>();
  for (const o of observations) if (!byPeriod.has(o.period)) byPeriod.set(o.period, o);
  const snapshots = [...byPeriod.values()].sort(
    (a, b) => a.period_start!.localeCompare(b.period_start!) || a.period.localeCompare(b.period),
  );
  return snapshots.map((o) => {
    const sameDay = snapshots.filter((s) => s.period_start === o.period_start);
    const place = (sameDay.indexOf(o) + 0.5) / sameDay.length;
    const label = o.period.length <= o.label.length ? o.period : o.label;
    return {
      period: o.period,
      label,
      tick: formatDate(o.period_start!),
      t: decimalYear(time(o.period_start!) + place * DAY),
      partial: false,
      gap: false,
    };
  });
}
