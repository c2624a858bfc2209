import type { EvidenceItem } from '../data/evidence';
import type { Claim } from '../data/records';
import type { ComparisonStatus } from '../vocabulary/statuses';
import { misalignments } from './alignment';
import { type ExplainDetail, explainComparison } from './explain';
import { claimInterval, intersect, type Interval, recordInterval } from './interval';

/** The statuses and their words live in lib/vocabulary; re-exported for the pages that read them from here. */
export { type ComparisonStatus, STATUS_LABEL } from '../vocabulary/statuses';

export interface Comparison {
  status: ComparisonStatus;
  /** One sentence, generated from the claim and the figures. */
  sentence: string;
  /** The record figures the status was decided on (role "record"). */
  record: EvidenceItem[];
}

/**
 * Decides how a claim stands against the record. Pure: the same claim and evidence always give
 * the same status and sentence.
 *  - comparability "none": no official series measures the claim -> no-official-data;
 *  - comparability "proxy": the record measures something else -> not-comparable;
 *  - same-measure, but a record figure covers another period or place than the claim states
 *    (or the claim states none) -> not-comparable, naming the difference (lib/claims/alignment.ts);
 *  - same-measure and aligned: the claim's interval against the intersection of the record intervals.
 */
export function compareClaim(claim: Claim, evidence: EvidenceItem[]): Comparison {
  const record = evidence.filter((e) => e.role === 'record');
  const decide = (status: ComparisonStatus, detail: ExplainDetail = {}): Comparison => ({
    status,
    record,
    sentence: explainComparison(status, claim, evidence, detail),
  });

  if (claim.comparability === 'none') return decide('no-official-data');
  if (claim.comparability === 'proxy') return decide('not-comparable');
  if (record.length === 0) return decide('no-official-data');

  const differences = misalignments(claim, record.map((r) => r.observation));
  if (differences.length) return decide('not-comparable', { reason: 'misaligned', differences });

  const claimed = claimInterval(claim);
  if (!claimed) return decide('not-comparable', { reason: 'no-number' });

  let allowed: Interval | null = recordInterval(record[0].observation);
  for (const r of record.slice(1)) allowed = allowed && intersect(allowed, recordInterval(r.observation));
  if (!allowed) return decide('not-comparable', { reason: 'record-disagrees' });

  if (intersect(claimed, allowed)) return decide('consistent');
  return decide(claimed.lo >= allowed.hi ? 'overstates' : 'understates');
}
