/** Period types of figures and claims: defined here once, read by the schema check, the comparison and formatting. */

export const PERIOD_TYPES = ['federal-fy', 'state-fy', 'calendar', 'cohort', 'point-in-time', 'range-other'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** The year-long period types: federal Oct–Sep, North Carolina Jul–Jun, calendar Jan–Dec. */
export const YEAR_SPANS: Partial<Record<PeriodType, { start: string; end: string; endYearOffset: number }>> = {
  'federal-fy': { start: '10-01', end: '09-30', endYearOffset: 1 },
  'state-fy': { start: '07-01', end: '06-30', endYearOffset: 1 },
  calendar: { start: '01-01', end: '12-31', endYearOffset: 0 },
};

/** Each period type in words. */
export const PERIOD_TYPE_WORDS: Record<PeriodType, string> = {
  'federal-fy': 'federal fiscal year',
  'state-fy': 'North Carolina fiscal year',
  calendar: 'calendar year',
  cohort: 'release cohort',
  'point-in-time': 'a single day',
  'range-other': 'another span of time',
};
