/** How a figure bears on a claim, and how an editor rated the match: defined here once. */

export const EVIDENCE_ROLES = ['record', 'proxy', 'context'] as const;
export type EvidenceRole = (typeof EVIDENCE_ROLES)[number];

/** One figure's role, as a table cell names it. */
export const ROLE_LABEL: Record<EvidenceRole, string> = {
  record: 'The record',
  proxy: 'Related measure',
  context: 'Context',
};

/** Figures of each role, as a chart subtitle names them ("bars are the record, context"). */
export const ROLE_WORDS: Record<EvidenceRole, string> = {
  record: 'the record',
  proxy: 'related measures',
  context: 'context',
};

export const COMPARABILITIES = ['same-measure', 'proxy', 'none'] as const;
export type Comparability = (typeof COMPARABILITIES)[number];
