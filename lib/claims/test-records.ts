/** Test factories for claims, series and figures: valid records with one thing changed. Used by the claim tests only. */
import type { Claim, ClaimQualifier, Observation, ObservationQualifier, Series } from '../data/records';

export const makeClaim = (over: Partial<Claim> = {}): Claim => ({
  id: 'claim-test',
  story_id: 'story-test',
  position: 1,
  quote: 'A quote.',
  speaker: 'A speaker',
  attributed_to: 'An agency',
  value: null,
  low: null,
  high: null,
  qualifier: 'exact',
  unit: 'people',
  geography: 'North Carolina',
  fips: '37',
  period: 'FY2019',
  period_type: 'federal-fy',
  period_start: '2018-10-01',
  period_end: '2019-09-30',
  comparability: 'same-measure',
  comparability_note: 'A note.',
  repeats: null,
  period_rule: null,
  disagrees_with: null,
  ...over,
});

/** A same-measure claim with its number in the field its qualifier reads. */
export function claimOf(qualifier: ClaimQualifier, n: number | [number, number], over: Partial<Claim> = {}): Claim {
  const bounds: Partial<Claim> =
    qualifier === 'range'
      ? { low: (n as number[])[0], high: (n as number[])[1] }
      : qualifier === 'more-than' || qualifier === 'at-least'
        ? { value: n as number, low: n as number }
        : qualifier === 'up-to' || qualifier === 'nearly'
          ? { value: n as number, high: n as number }
          : qualifier === 'none'
            ? {}
            : { value: n as number };
  return makeClaim({ qualifier, ...bounds, ...over });
}

export const makeSeries = (over: Partial<Series> = {}): Series => ({
  id: 'agency-count',
  title: 'People counted by the agency',
  short_title: 'Agency count',
  measure: 'People counted',
  unit: 'people',
  geography: 'North Carolina',
  fips: '37',
  period_type: 'federal-fy',
  publisher: 'The Agency',
  caveats: 'None.',
  ...over,
});

let nextId = 0;
export const makeObservation = (
  value: number,
  qualifier: ObservationQualifier = 'exact',
  over: Partial<Observation> = {},
): Observation => ({
  id: `obs-${++nextId}`,
  series_id: 'agency-count',
  label: 'FY2019',
  period: 'FY2019',
  period_type: 'federal-fy',
  period_start: '2018-10-01',
  period_end: '2019-09-30',
  geography: 'North Carolina',
  fips: '37',
  value,
  qualifier,
  unit: 'people',
  source_id: 'agency-report',
  locator: 'Table 1',
  locator_type: 'table',
  confidence: 'high',
  note: null,
  ...over,
});
