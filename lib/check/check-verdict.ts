/**
 * A reader's check, judged by the engine the build uses: the stated number becomes a Claim, the measure's
 * figures at the stated place become its evidence, and compareClaim and the alignment rules decide it
 * exactly as they do a claim in data/. Nothing here re-implements a rule. The chart is run-check.ts's:
 * kept apart so that the check embed's first script carries the verdict without the chart code
 * (scripts/publish-check-embed.ts).
 */
import { periodMisalignment, placeMisalignment, shareCovered } from '../claims/alignment';
import { type Comparison, compareClaim } from '../claims/compare';
import type { EvidenceItem } from '../data/evidence';
import type { Claim, Observation } from '../data/records';
import { unitWords } from '../format/number';
import { describePeriod } from '../format/period';
import type { CheckSeriesData } from './check-data';
import type { StatedCheck } from './validate-check';

/** The id a reader's check carries as a claim (it is no row of data/ until suggested). */
export const CHECK_CLAIM_ID = 'reader-check';
/** The chart draws the record and at most this many other figures of the series, the nearest in time. */
export const CONTEXT_FIGURES = 12;

export interface CheckVerdict {
  claim: Claim;
  /** Record first by period, then context: what the verdict rests on and what the chart draws. */
  evidence: EvidenceItem[];
  comparison: Comparison;
  /** Where no record covers the stated period: what was asked, and the periods the record has for the place. */
  noRecord: { sentence: string; periods: string[] } | null;
  sources: CheckSeriesData['sources'];
  /** The date a relative period was said; null for a period stated outright. */
  said: string | null;
}

/** The reader's number as a claim row: the same shape as data/claims.csv. */
export function checkClaim(stated: StatedCheck, comparability: Claim['comparability']): Claim {
  return {
    id: CHECK_CLAIM_ID,
    story_id: CHECK_CLAIM_ID,
    position: 1,
    quote: '',
    speaker: 'A reader',
    attributed_to: '',
    value: stated.qualifier === 'range' ? null : stated.value,
    low: stated.low,
    high: stated.high,
    qualifier: stated.qualifier,
    unit: stated.measure.unit,
    geography: stated.place.name,
    fips: stated.place.fips,
    period: stated.period.words,
    period_type: stated.period.period_type,
    period_start: stated.period.period_start,
    period_end: stated.period.period_end,
    comparability,
    comparability_note: '',
    repeats: null,
    period_rule: stated.period.rule,
    disagrees_with: null,
  };
}

const DAY = 86_400_000;
const mid = (o: Pick<Observation, 'period_start' | 'period_end'>) =>
  (Date.parse(o.period_start ?? o.period_end ?? '1970-01-01') +
    Date.parse(o.period_end ?? o.period_start ?? '1970-01-01')) /
  2 /
  DAY;
const byPeriod = (a: Observation, b: Observation) =>
  (a.period_start ?? a.period_end ?? '').localeCompare(b.period_start ?? b.period_end ?? '');

/**
 * The figures a check rests on: at the stated place, those whose period is the stated one (the alignment
 * rules); failing that, those that overlap it, which the engine then names as a different period; failing
 * that, none, and the check says no record has been published for the period.
 */
export function checkEvidence(
  stated: StatedCheck,
  data: CheckSeriesData,
): { record: Observation[]; context: Observation[] } {
  const probe = checkClaim(stated, 'same-measure');
  const here = data.observations.filter((o) => placeMisalignment(probe, o) === null);
  const aligned = here.filter((o) => periodMisalignment(probe, o) === null);
  const claimed = { start: probe.period_start!, end: probe.period_end! };
  const overlapping = here.filter(
    (o) => o.period_start && shareCovered(claimed, { start: o.period_start, end: o.period_end ?? o.period_start }) > 0,
  );
  const record = aligned.length ? aligned : overlapping;
  const at = (Date.parse(claimed.start) + Date.parse(claimed.end)) / 2 / DAY;
  const context = here
    .filter((o) => !record.includes(o))
    .sort((a, b) => Math.abs(mid(a) - at) - Math.abs(mid(b) - at))
    .slice(0, CONTEXT_FIGURES);
  return { record, context };
}

export function checkVerdict(stated: StatedCheck, data: CheckSeriesData): CheckVerdict {
  const { record, context } = checkEvidence(stated, data);
  const claim = checkClaim(stated, record.length ? 'same-measure' : 'none');
  const item =
    (role: EvidenceItem['role']) =>
    (observation: Observation): EvidenceItem => ({ role, observation, series: data.series });
  const evidence = [...record.map(item('record')), ...context.map(item('context'))].sort((a, b) =>
    byPeriod(a.observation, b.observation),
  );
  // A reader's check has no article, so no record figure can be its own source: every one is independent of it.
  const comparison = compareClaim(claim, evidence);

  let noRecord: CheckVerdict['noRecord'] = null;
  if (!record.length) {
    const periods = data.observations
      .filter((o) => o.fips === claim.fips)
      .sort(byPeriod)
      .map((o) => describePeriod(o));
    noRecord = {
      sentence: `No record has been published for ${describePeriod(claim)}: the site holds no figure of ${data.series.short_title} (${unitWords(claim.unit!)}) for ${claim.geography} in that period.`,
      periods: [...new Set(periods)],
    };
  }
  return { claim, evidence, comparison, noRecord, sources: data.sources, said: stated.period.said };
}
