import type { EvidenceItem } from '../data/evidence';
import type { Claim, Source } from '../data/records';
import { formatNumber, formatQuantity, unitWords } from '../format/number';
import { describePeriod, formatDate } from '../format/period';
import { CLAIM_BOUNDS } from '../vocabulary/qualifiers';
import type { ComparisonStatus } from '../vocabulary/statuses';
import type { Misalignment } from './alignment';

/** Why a same-measure claim could not be judged on its number. */
export interface ExplainDetail {
  reason?: 'no-number' | 'record-disagrees' | 'misaligned';
  /** With reason "misaligned": how the claim's period or place differs from the record's. */
  differences?: Misalignment[];
  /** The record figures the status rests on (compareClaim: the independent ones, or the claim's own); default every record link. */
  record?: EvidenceItem[];
  /** With status two-counts: the claims stating the other count. */
  counterparts?: Claim[];
}

/** "more than 500 declined detainers", "40 to 80 percent who re-offend". */
export function claimPhrase(c: Pick<Claim, 'qualifier' | 'value' | 'low' | 'high' | 'unit'>): string {
  const unit = c.unit ? ` ${unitWords(c.unit)}` : '';
  if (c.qualifier === 'range') return `${formatNumber(c.low!)} to ${formatNumber(c.high!)}${unit}`;
  const stated = CLAIM_BOUNDS[c.qualifier].stated;
  return stated === null ? 'no number' : formatQuantity(c[stated]!, c.unit ?? '', c.qualifier).trim();
}

/** The claim's period for a sentence: its words, with the year type or the dates it states. */
function claimPeriodWords(c: Claim): string {
  const described = describePeriod(c);
  if (described !== c.period) return described;
  const from = c.period_start && formatDate(c.period_start);
  const to = c.period_end && formatDate(c.period_end);
  const dates = from && to ? `${from} – ${to}` : from ? `from ${from}` : to ? `to ${to}` : '';
  return dates ? `${c.period} (${dates})` : c.period;
}

/** One clause per difference: "the claim states no period; the record covers FY2019 (…)". */
export function differenceClause(claim: Claim, m: Misalignment): string {
  const covers = `the record covers ${describePeriod(m.record)}`;
  switch (m.kind) {
    case 'claim-no-period':
      return `the claim states no period; ${covers}`;
    case 'claim-undated':
      return `the claim's period, ${claim.period}, has no dates to check; ${covers}`;
    case 'record-undated':
      return `the claim says ${claimPeriodWords(claim)}; the record's period, ${m.record.period}, has no dates to check it against`;
    case 'both-undated':
      return `neither the claim's period, ${claim.period}, nor the record's, ${m.record.period}, has dates to check`;
    case 'period-type':
    case 'period-span':
      return `the claim says ${claimPeriodWords(claim)}; ${covers}`;
    case 'claim-no-place':
      return `the claim states no place; the record covers ${m.record.geography}`;
    case 'record-no-place':
      return `the record's place, ${m.record.geography}, has no FIPS code to match the claim's`;
    case 'place':
      return `the claim is about ${claim.geography}; the record covers ${m.record.geography}`;
  }
}

/** "ICE: NC declined detainers records at least 563 declined detainers for North Carolina, FY2019 (…)". */
export function recordPhrase(items: EvidenceItem[]): string {
  return items
    .map(
      ({ observation: o, series: s }) =>
        `the record (${s.short_title}) shows ${formatQuantity(o.value, o.unit, o.qualifier)} for ${o.geography}, ${describePeriod(o)}`,
    )
    .join(', and ');
}

const list = (xs: string[]) =>
  xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
const unique = <T>(xs: T[]) => [...new Set(xs)];

function proxySentence(claim: Claim, evidence: EvidenceItem[]): string {
  const proxies = evidence.filter((e) => e.role === 'proxy');
  const about = claim.unit ? unitWords(claim.unit) : 'what the claim describes';
  if (proxies.length === 0) return `Not comparable: no official series measures ${about}.`;
  const unit = proxies[0].observation.unit;
  const same = proxies.filter((e) => e.observation.unit === unit);
  const values = same.map((e) => e.observation.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const sources = list(unique(same.map((e) => e.series.short_title)));
  const measured = `Not comparable: the official figures measure ${unitWords(unit)}, not ${about}`;
  if (lo === hi) return `${measured}; the closest figure is ${formatQuantity(lo, unit)} (${sources}).`;
  return `${measured}; they range from ${formatNumber(lo)} to ${formatQuantity(hi, unit)} across ${sources}.`;
}

/** "WBTV (2019-09-09)": a source named by publisher and date; its title when it has no publisher. */
function sourceName(s: Source): string {
  return s.date ? `${s.publisher} (${s.date})` : s.publisher;
}

function selfSourcedSentence(claim: Claim, record: EvidenceItem[]): string {
  const sources = unique(record.map((e) => (e.source ? sourceName(e.source) : e.series.short_title)));
  const values = list(
    unique(
      record.map(
        ({ observation: o }) =>
          `${formatQuantity(o.value, o.unit, o.qualifier)} for ${o.geography}, ${describePeriod(o)}`,
      ),
    ),
  );
  return `The record is this statement: the only published figure, ${values}, comes from ${list(sources)}, the claim's own source, so the claim of ${claimPhrase(claim)} is checked against itself and no independent record confirms or contradicts it.`;
}

/** "Mecklenburg jail (Sheriff's Office)": who said a count, and whose count it is when that differs. */
export function whoSaid(c: Pick<Claim, 'speaker' | 'attributed_to'>): string {
  return c.attributed_to && c.attributed_to !== c.speaker ? `${c.speaker} (${c.attributed_to})` : c.speaker;
}

function twoCountsSentence(claim: Claim, counterparts: Claim[]): string {
  const others = counterparts.map((c) => `${whoSaid(c)} says ${claimPhrase(c)}`);
  return `Two counts disagree: ${whoSaid(claim)} says ${claimPhrase(claim)}; ${list(others)}. No independent record settles which is right, so neither count is given a verdict.`;
}

/** One sentence that states the comparison, built only from the claim and its figures. */
export function explainComparison(
  status: ComparisonStatus,
  claim: Claim,
  evidence: EvidenceItem[],
  detail: ExplainDetail,
): string {
  const record = detail.record ?? evidence.filter((e) => e.role === 'record');
  switch (status) {
    case 'consistent':
      return `Consistent with the record: ${recordPhrase(record)}, which fits the claim of ${claimPhrase(claim)}.`;
    case 'overstates':
      return `Overstates the record: the claim of ${claimPhrase(claim)} is higher than the record allows, since ${recordPhrase(record)}.`;
    case 'understates':
      return `Understates the record: the claim of ${claimPhrase(claim)} is lower than the record allows, since ${recordPhrase(record)}.`;
    case 'self-sourced':
      return selfSourcedSentence(claim, record);
    case 'two-counts':
      return twoCountsSentence(claim, detail.counterparts ?? []);
    case 'not-comparable':
      if (detail.reason === 'misaligned') {
        const clauses = [...new Set((detail.differences ?? []).map((m) => differenceClause(claim, m)))];
        const values = list(record.map(({ observation: o }) => formatQuantity(o.value, o.unit, o.qualifier)));
        return `Not comparable: ${clauses.join('; ')}. The record's ${values} is not set against the claim's ${claimPhrase(claim)}.`;
      }
      if (detail.reason === 'no-number')
        return `Not comparable: the claim states no number to check, while ${recordPhrase(record)}.`;
      if (detail.reason === 'record-disagrees')
        return `Not comparable: the official figures disagree with each other (${recordPhrase(record)}), so no single record value can be checked.`;
      return proxySentence(claim, evidence);
    case 'no-official-data': {
      const about = claim.unit ? unitWords(claim.unit) : 'what this claim describes';
      const context = evidence.length ? 'the figures shown are context only' : 'no context figures are shown';
      return `No official data: no official series measures ${about} for ${claim.geography}, so ${context}.`;
    }
  }
}
