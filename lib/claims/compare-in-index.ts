import type { Index } from '../data/evidence';
import type { Claim } from '../data/records';
import { type Comparison, type ComparisonContext, compareClaim } from './compare';

/** The claims on the other side of a disagreement: the one this claim names in disagrees_with, and those that name it. */
export function disagreeingClaims(claims: Claim[], claim: Claim): Claim[] {
  return claims.filter((c) => c.id !== claim.id && (c.id === claim.disagrees_with || c.disagrees_with === claim.id));
}

/** What compareClaim needs from the rest of the dataset: the claim's story and the claims that disagree with it. */
export function comparisonContext(index: Index, claim: Claim): ComparisonContext {
  return {
    story: index.data.stories.find((s) => s.id === claim.story_id),
    disagreeing: disagreeingClaims(index.data.claims, claim),
  };
}

/** compareClaim over a loaded dataset: the claim's figures, its story and its disagreements, as the site shows them. */
export function compareInIndex(index: Index, claim: Claim): Comparison {
  return compareClaim(claim, index.evidenceFor(claim), comparisonContext(index, claim));
}
