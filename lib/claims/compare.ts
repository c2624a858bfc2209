import type { Claim, Evidence, Observation, Series } from '../data/records';
import { claimInterval, intersect, type Interval, recordInterval } from './interval';
import { explainComparison } from './explain';

export type ComparisonStatus = 'consistent' | 'overstates' | 'understates' | 'not-comparable' | 'no-official-data';

export interface EvidenceItem {
  role: Evidence['role'];
  observation: Observation;
  series: Series;
}

export interface Comparison {
  status: ComparisonStatus;
  /** One sentence, generated from the claim and the figures. */
  sentence: string;
  /** The record figures the status was decided on (role "record"). */
  record: EvidenceItem[];
}

/** Words for each status, used in badges, ClaimReview ratings and /methodology. */
export const STATUS_LABEL: Record<ComparisonStatus, string> = {
  consistent: 'Consistent with the record',
  overstates: 'Overstates the record',
  understates: 'Understates the record',
  'not-comparable': 'Not comparable',
  'no-official-data': 'No official data',
};

/**
 * Decides how a claim stands against the record. Pure: the same claim and evidence always give
 * the same status and sentence.
 *  - comparability "none": no official series measures the claim -> no-official-data;
 *  - comparability "proxy": the record measures something else -> not-comparable;
 *  - same-measure: the claim's interval against the intersection of the record intervals.
 */
export function compareClaim(claim: Claim, evidence: EvidenceItem[]): Comparison {
  const record = evidence.filter((e) => e.role === 'record');
  const decide = (status: ComparisonStatus, detail: Partial<ExplainDetail> = {}): Comparison => ({
    status,
    record,
    sentence: explainComparison(status, claim, evidence, detail),
  });

  if (claim.comparability === 'none') return decide('no-official-data');
  if (claim.comparability === 'proxy') return decide('not-comparable');
  if (record.length === 0) return decide('no-official-data');

  const claimed = claimInterval(claim);
  if (!claimed) return decide('not-comparable', { reason: 'no-number' });

  let allowed: Interval | null = recordInterval(record[0].observation);
  for (const r of record.slice(1)) allowed = allowed && intersect(allowed, recordInterval(r.observation));
  if (!allowed) return decide('not-comparable', { reason: 'record-disagrees' });

  if (intersect(claimed, allowed)) return decide('consistent');
  return decide(claimed.lo >= allowed.hi ? 'overstates' : 'understates');
}

export interface ExplainDetail {
  reason: 'no-number' | 'record-disagrees';
}
