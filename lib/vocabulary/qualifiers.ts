/** How a number is qualified, in claims and in published figures: defined here once, read everywhere. */

/** Claim qualifiers, as `claims.qualifier` allows them ("over" is recorded as more-than). */
export const CLAIM_QUALIFIERS = [
  'exact',
  'more-than',
  'at-least',
  'nearly',
  'about',
  'up-to',
  'range',
  'average',
  'none',
] as const;
export type ClaimQualifier = (typeof CLAIM_QUALIFIERS)[number];

/** Qualifiers of published figures, as `observations.qualifier` allows them. */
export const OBSERVATION_QUALIFIERS = [
  'exact',
  'at-least',
  'more-than',
  'nearly',
  'about',
  'lower-bound',
  'computed',
] as const;
export type ObservationQualifier = (typeof OBSERVATION_QUALIFIERS)[number];

/** The words a qualifier reads as before its number; exact and computed numbers stand alone. */
export const QUALIFIER_WORDS: Record<ClaimQualifier | ObservationQualifier, string> = {
  exact: '',
  computed: '',
  'at-least': 'at least',
  'lower-bound': 'at least',
  'more-than': 'more than',
  nearly: 'nearly',
  about: 'about',
  'up-to': 'up to',
  average: 'an average of',
  range: '',
  none: '',
};

export type ClaimBound = 'value' | 'low' | 'high';

/**
 * Which of value, low and high a claim with each qualifier fills (see data/README.md). `stated` is the
 * number the claim says out loud: "more than 500" states its low bound.
 */
export const CLAIM_BOUNDS: Record<
  ClaimQualifier,
  { need: ClaimBound[]; forbid: ClaimBound[]; stated: ClaimBound | null }
> = {
  exact: { need: ['value'], forbid: [], stated: 'value' },
  about: { need: ['value'], forbid: [], stated: 'value' },
  average: { need: ['value'], forbid: [], stated: 'value' },
  'more-than': { need: ['low'], forbid: ['high'], stated: 'low' },
  'at-least': { need: ['low'], forbid: ['high'], stated: 'low' },
  'up-to': { need: ['high'], forbid: ['low'], stated: 'high' },
  nearly: { need: ['high'], forbid: ['low'], stated: 'high' },
  range: { need: ['low', 'high'], forbid: ['value'], stated: null },
  none: { need: [], forbid: ['value', 'low', 'high'], stated: null },
};
