/** Comparison statuses: defined here once, read by the comparison, badges, share images and /methodology. */

export const COMPARISON_STATUSES = [
  'consistent',
  'overstates',
  'understates',
  'self-sourced',
  'two-counts',
  'not-comparable',
  'no-official-data',
] as const;
export type ComparisonStatus = (typeof COMPARISON_STATUSES)[number];

/** Words for each status, used in badges, ClaimReview ratings and /methodology. */
export const STATUS_LABEL: Record<ComparisonStatus, string> = {
  consistent: 'Consistent with the record',
  overstates: 'Overstates the record',
  understates: 'Understates the record',
  'self-sourced': 'The record is this statement',
  'two-counts': 'Two counts disagree',
  'not-comparable': 'Not comparable',
  'no-official-data': 'No official data',
};

/** What each status means, as /methodology states it. */
export const STATUS_MEANING: Record<ComparisonStatus, string> = {
  consistent:
    'An independent record (a figure published somewhere other than the claim’s own article) satisfies the claim as stated, qualifier included, for the same period and the same place.',
  overstates:
    'Every value the claim allows is higher than every value an independent record allows, for the same period and place.',
  understates:
    'Every value the claim allows is lower than every value an independent record allows, for the same period and place.',
  'self-sourced':
    'The only published figure for what the claim measures comes from the claim’s own article or statement, so the claim is checked against itself: the record can neither confirm nor contradict it. The card names that source.',
  'two-counts':
    'Two sources state different counts of the same thing, for the same place and period, and no independent record settles which is right. Both are shown side by side, with who said each, and no verdict is given either way.',
  'not-comparable':
    'The official figures measure something different from the claim (for example re-arrest ≠ re-offending), cover another period or place than the claim states, or disagree with each other. The card says what differs.',
  'no-official-data':
    'No official series measures what the claim describes. Any figures shown are context only, and the claim is not drawn on them.',
};

/** Statuses that rest on an independent record: the record confirms or contradicts the claim. */
export const DECIDED_STATUSES: readonly ComparisonStatus[] = ['consistent', 'overstates', 'understates'];
