import type { EvidenceItem } from '../data/evidence';
import type { Claim, Story } from '../data/records';
import type { ComparisonStatus } from '../vocabulary/statuses';
import { misalignments } from './alignment';
import { type ExplainDetail, explainComparison } from './explain';
import { isIndependentSource } from './independence';
import { claimInterval, intersect, type Interval, recordInterval } from './interval';

/** The statuses and their words live in lib/vocabulary; re-exported for the pages that read them from here. */
export { type ComparisonStatus, STATUS_LABEL } from '../vocabulary/statuses';

/** What the comparison needs beyond the claim's own figures; both optional, so older callers still compile. */
export interface ComparisonContext {
  /** The claim's story: a record figure whose source is this same article is not independent of the claim. */
  story?: Pick<Story, 'url'>;
  /** The other side of a disagreement: the claim this one names in disagrees_with, and the claims that name it. */
  disagreeing?: Claim[];
}

export interface Comparison {
  status: ComparisonStatus;
  /** One sentence, generated from the claim and the figures. */
  sentence: string;
  /**
   * The record figures the status was decided on (role "record"): the independent ones when there are
   * any, else (self-sourced, two counts) the claim's own.
   */
  record: EvidenceItem[];
  /** With status two-counts: the claims that state the other count. Empty otherwise. */
  counterparts?: Claim[];
}

/** A record figure is independent unless its source is the claim's own article (lib/claims/independence.ts). */
const independentOf = (story: ComparisonContext['story']) => (e: EvidenceItem) =>
  !story || !e.source || isIndependentSource(e.source, story);

/**
 * Decides how a claim stands against the record. Pure: the same claim, evidence and context always
 * give the same status and sentence.
 *  - another source's claim disagrees with this one (disagrees_with, either way) and no independent
 *    same-measure record figure covers the claim's period and place -> two-counts, both shown, no verdict;
 *  - comparability "none": no official series measures the claim -> no-official-data;
 *  - comparability "proxy": the record measures something else -> not-comparable;
 *  - same-measure, but every record figure comes from the claim's own article -> self-sourced;
 *  - same-measure, but an independent record figure covers another period or place than the claim
 *    states (or the claim states none) -> not-comparable, naming the difference (lib/claims/alignment.ts);
 *  - same-measure and aligned: the claim's interval against the intersection of the independent record intervals.
 */
export function compareClaim(claim: Claim, evidence: EvidenceItem[], context: ComparisonContext = {}): Comparison {
  const ownRecord = evidence.filter((e) => e.role === 'record');
  const independent = ownRecord.filter(independentOf(context.story));
  const counterparts = context.disagreeing ?? [];
  const decide = (status: ComparisonStatus, detail: ExplainDetail = {}): Comparison => {
    const record = status === 'self-sourced' || status === 'two-counts' ? ownRecord : independent;
    return {
      status,
      record,
      counterparts: status === 'two-counts' ? counterparts : [],
      sentence: explainComparison(status, claim, evidence, { ...detail, record, counterparts }),
    };
  };

  // Two counts are settled only by an independent record for the same period and place.
  const settles =
    claim.comparability === 'same-measure' &&
    independent.length > 0 &&
    misalignments(
      claim,
      independent.map((r) => r.observation),
    ).length === 0;
  if (counterparts.length && !settles) return decide('two-counts');
  if (claim.comparability === 'none') return decide('no-official-data');
  if (claim.comparability === 'proxy') return decide('not-comparable');
  if (ownRecord.length === 0) return decide('no-official-data');
  if (independent.length === 0) return decide('self-sourced');

  const differences = misalignments(
    claim,
    independent.map((r) => r.observation),
  );
  if (differences.length) return decide('not-comparable', { reason: 'misaligned', differences });

  const claimed = claimInterval(claim);
  if (!claimed) return decide('not-comparable', { reason: 'no-number' });

  let allowed: Interval | null = recordInterval(independent[0].observation);
  for (const r of independent.slice(1)) allowed = allowed && intersect(allowed, recordInterval(r.observation));
  if (!allowed) return decide('not-comparable', { reason: 'record-disagrees' });

  if (intersect(claimed, allowed)) return decide('consistent');
  return decide(claimed.lo >= allowed.hi ? 'overstates' : 'understates');
}
