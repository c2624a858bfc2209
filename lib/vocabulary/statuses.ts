/** Comparison statuses: defined here once, read by the comparison, badges, share images and /methodology. */

export const COMPARISON_STATUSES = ['consistent', 'overstates', 'understates', 'not-comparable', 'no-official-data'] as const;
export type ComparisonStatus = (typeof COMPARISON_STATUSES)[number];

/** Words for each status, used in badges, ClaimReview ratings and /methodology. */
export const STATUS_LABEL: Record<ComparisonStatus, string> = {
  consistent: 'Consistent with the record',
  overstates: 'Overstates the record',
  understates: 'Understates the record',
  'not-comparable': 'Not comparable',
  'no-official-data': 'No official data',
};

/** What each status means, as /methodology states it. */
export const STATUS_MEANING: Record<ComparisonStatus, string> = {
  consistent: 'The record satisfies the claim as stated, qualifier included, for the same period and the same place.',
  overstates: 'Every value the claim allows is higher than every value the record allows, for the same period and place.',
  understates: 'Every value the claim allows is lower than every value the record allows, for the same period and place.',
  'not-comparable':
    'The official figures measure something different from the claim (for example re-arrest ≠ re-offending), cover another period or place than the claim states, or disagree with each other. The card says what differs.',
  'no-official-data': 'No official series measures what the claim describes. Any figures shown are context only, and the claim is not drawn on them.',
};
