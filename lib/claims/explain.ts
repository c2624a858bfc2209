import type { Claim } from '../data/records';
import { formatNumber, formatQuantity, unitWords } from '../format/number';
import { describePeriod } from '../format/period';
import type { ComparisonStatus, EvidenceItem, ExplainDetail } from './compare';

/** "more than 500 declined detainers", "40 to 80 percent who re-offend". */
export function claimPhrase(c: Claim): string {
  const unit = c.unit ? ` ${unitWords(c.unit)}` : '';
  switch (c.qualifier) {
    case 'range':
      return `${formatNumber(c.low!)} to ${formatNumber(c.high!)}${unit}`;
    case 'more-than':
    case 'at-least':
      return formatQuantity(c.low!, c.unit ?? '', c.qualifier).trim();
    case 'up-to':
    case 'nearly':
      return formatQuantity(c.high!, c.unit ?? '', c.qualifier).trim();
    case 'none':
      return 'no number';
    default:
      return formatQuantity(c.value!, c.unit ?? '', c.qualifier).trim();
  }
}

/** "ICE: NC declined detainers records at least 563 declined detainers for North Carolina, FY2019 (…)". */
export function recordPhrase(items: EvidenceItem[]): string {
  return items
    .map(({ observation: o, series: s }) => `the record (${s.short_title}) shows ${formatQuantity(o.value, o.unit, o.qualifier)} for ${o.geography}, ${describePeriod(o)}`)
    .join(', and ');
}

const list = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
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

/** One sentence that states the comparison, built only from the claim and its figures. */
export function explainComparison(status: ComparisonStatus, claim: Claim, evidence: EvidenceItem[], detail: Partial<ExplainDetail>): string {
  const record = evidence.filter((e) => e.role === 'record');
  switch (status) {
    case 'consistent':
      return `Consistent with the record: ${recordPhrase(record)}, which fits the claim of ${claimPhrase(claim)}.`;
    case 'overstates':
      return `Overstates the record: the claim of ${claimPhrase(claim)} is higher than the record allows, since ${recordPhrase(record)}.`;
    case 'understates':
      return `Understates the record: the claim of ${claimPhrase(claim)} is lower than the record allows, since ${recordPhrase(record)}.`;
    case 'not-comparable':
      if (detail.reason === 'no-number') return `Not comparable: the claim states no number to check, while ${recordPhrase(record)}.`;
      if (detail.reason === 'record-disagrees') return `Not comparable: the official figures disagree with each other (${recordPhrase(record)}), so no single record value can be checked.`;
      return proxySentence(claim, evidence);
    case 'no-official-data': {
      const about = claim.unit ? unitWords(claim.unit) : 'what this claim describes';
      const context = evidence.length ? 'the figures shown are context only' : 'no context figures are shown';
      return `No official data: no official series measures ${about} for ${claim.geography}, so ${context}.`;
    }
  }
}
