/**
 * "Suggest this claim": a check plus the article it was heard in, written as the rows data/ takes
 * (stories.csv, claims.csv, claim_evidence.csv, in their columns' order), so an editor can paste them in and
 * run check:data. The claim row is the check's own Claim, so the build judges it as the check did.
 */
import Papa from 'papaparse';
import { claimPhrase } from '../claims/explain';
import type { Claim, Story } from '../data/records';
import { parseIsoDate } from './iso-date';
import type { CheckResult } from './run-check';

/** The columns of each file, in the order its header lists them (suggest-rows.test.ts checks them against datapackage.json). */
export const SUGGEST_COLUMNS = {
  stories: ['id', 'outlet', 'headline', 'author', 'date', 'url', 'summary', 'note'],
  claims: [
    'id',
    'story_id',
    'position',
    'quote',
    'speaker',
    'attributed_to',
    'value',
    'low',
    'high',
    'qualifier',
    'unit',
    'geography',
    'fips',
    'period',
    'period_type',
    'period_start',
    'period_end',
    'comparability',
    'comparability_note',
    'repeats',
    'period_rule',
    'disagrees_with',
  ],
  claim_evidence: ['claim_id', 'observation_id', 'role'],
} as const;

export const SUGGEST_FIELDS = ['quote', 'speaker', 'outlet', 'headline', 'date', 'url'] as const;
export type SuggestField = (typeof SUGGEST_FIELDS)[number];
export type SuggestInput = Record<SuggestField, string>;

/** The same pattern stories.url has in datapackage.json. */
const URL_PATTERN = /^https?:\/\/[^\s"<>`]+$/;
const MAX_TEXT = 2000;

export interface SuggestedRows {
  stories: string;
  claims: string;
  claim_evidence: string;
}

/** "WRAL News" + 2020-02-14 -> "wral-news-2020-02-14": the id pattern of data/ (lower-case words joined by hyphens). */
export const slug = (text: string, most = 60) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, most)
    .replace(/^-+|-+$/g, '');

export function validateSuggestion(input: SuggestInput, result: CheckResult): Partial<Record<SuggestField, string>> {
  const errors: Partial<Record<SuggestField, string>> = {};
  for (const f of SUGGEST_FIELDS) if (input[f].length > MAX_TEXT) errors[f] = `At most ${MAX_TEXT} characters.`;
  if (!input.quote.trim()) errors.quote ??= 'Paste the quote word for word, as the article prints it.';
  if (!input.speaker.trim()) errors.speaker ??= 'Name who said it.';
  if (!input.outlet.trim() || !slug(input.outlet)) errors.outlet ??= 'Name the outlet, in letters or digits.';
  if (!input.headline.trim()) errors.headline ??= 'Give the article’s headline.';
  if (!parseIsoDate(input.date)) errors.date ??= 'Enter the article’s date, like 2019-11-03.';
  else if (result.said && input.date !== result.said) {
    // check:data resolves period_rule against the story's date, so the two must be the same day.
    errors.date ??= `The period was resolved against ${result.said}, the date it was said; the article’s date must be that date.`;
  }
  if (!URL_PATTERN.test(input.url)) errors.url ??= 'Enter the article’s address, starting http:// or https://.';
  return errors;
}

const csv = (columns: readonly string[], rows: Array<Record<string, unknown>>) =>
  `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { header: false, newline: '\n' })}\n`;

export function suggestRows(input: SuggestInput, result: CheckResult): SuggestedRows {
  const storyId = slug(`${input.outlet}-${input.date}`, 80);
  const claimId = `${storyId}-${slug(claimPhrase(result.claim))}`.slice(0, 120).replace(/-+$/, '');
  const story: Story = {
    id: storyId,
    outlet: input.outlet.trim(),
    headline: input.headline.trim(),
    author: null,
    date: input.date,
    url: input.url,
    summary: `Suggested by a reader through /check: ${input.speaker.trim()} stated ${claimPhrase(result.claim)} for ${result.claim.geography}, ${result.claim.period}.`,
    note: 'Suggested through /check; an editor has to read the article and confirm the quote, period and place before publishing.',
  };
  const record = result.evidence
    .filter((e) => e.role === 'record')
    .map((e) => e.observation.id)
    .join(', ');
  const claim: Claim = {
    ...result.claim,
    id: claimId,
    story_id: storyId,
    quote: input.quote.trim(),
    speaker: input.speaker.trim(),
    attributed_to: input.speaker.trim(),
    comparability_note: record
      ? `Suggested through /check: set against ${record} (${result.evidence[0].series.short_title}) for the same period and place.`
      : `Suggested through /check: ${result.noRecord?.sentence ?? 'no record figure covers this period and place.'}`,
  };
  return {
    stories: csv(SUGGEST_COLUMNS.stories, [story as unknown as Record<string, unknown>]),
    claims: csv(SUGGEST_COLUMNS.claims, [claim as unknown as Record<string, unknown>]),
    claim_evidence: csv(
      SUGGEST_COLUMNS.claim_evidence,
      result.evidence.map((e) => ({ claim_id: claimId, observation_id: e.observation.id, role: e.role })),
    ),
  };
}
