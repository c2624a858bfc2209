import type { Observation } from '../data/records';
import type { ChartSpec } from './chart-spec';

/**
 * What On the Record computed, said in one line wherever a chart travels (exports, embeds, share images), so a
 * reused chart never credits an agency with a sum or a rate the agency did not publish. Read from the plotted
 * figures' locators: each computed figure records its own arithmetic (data/README.md).
 */
const COMPUTATIONS: Array<{ test: RegExp; words: string }> = [
  {
    test: /^Sum of (the )?\d+ county records/,
    words: 'statewide totals are On the Record’s sums of the county records',
  },
  {
    test: /× 100000|per 100,000/,
    words: 'rates per 100,000 residents are On the Record’s, from the published counts and population',
  },
  { test: /_\d{3}E \d+ \+/, words: 'totals and shares are On the Record’s sums of the published table cells' },
];
const OTHER = 'some figures are On the Record’s arithmetic on the published ones (each figure’s note shows it)';

export function creditLine(plotted: Observation[]): string | null {
  const computed = plotted.filter((o) => o.locator_type === 'computed');
  if (!computed.length) return null;
  const words = [...new Set(computed.map((o) => COMPUTATIONS.find((c) => c.test.test(o.locator))?.words ?? OTHER))];
  const line = words.join('; ');
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;
}

/** Words whose full stop does not end a sentence: initials and initialisms ("U.S."), and short forms such as "Oct.". */
const ABBREVIATION =
  /(?:^|\s)(?:(?:[A-Z]\.)*[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|e\.g|i\.e|etc)\.$/;

/** The first sentence of a series' caveats: the one thing a reader of a reused chart must not miss. */
export function keyCaveat(caveats: string | null | undefined): string | null {
  const text = caveats?.trim();
  if (!text) return null;
  for (const end of text.matchAll(/[.!?](?=\s+[A-Z“"'(])/g)) {
    const sentence = text.slice(0, end.index + 1);
    if (!ABBREVIATION.test(sentence)) return sentence;
  }
  return text;
}

/** The observations a chart actually draws, out of those it was built from. */
export function plottedObservations(spec: ChartSpec, observations: Observation[]): Observation[] {
  const ids = new Set(spec.rows.flatMap((r) => Object.values(r.observationIds)));
  return observations.filter((o) => ids.has(o.id));
}

/** A chart spec with its credit and key caveat filled in from the figures it draws and its series' caveats. */
export function withCredit(
  spec: ChartSpec,
  observations: Observation[],
  caveats: string | null | undefined,
): ChartSpec {
  const caveat = keyCaveat(caveats);
  // A caveat that already says what On the Record computed is the credit; it is not said twice.
  const credit = caveat?.includes('On the Record') ? null : creditLine(plottedObservations(spec, observations));
  return { ...spec, credit, keyCaveat: caveat };
}
