/** "Source: BJS; NC Sentencing Commission" from the publishers of the plotted figures, in order, once each. */
export function sourceLine(publishers: string[]): string {
  return `Source: ${[...new Set(publishers)].join('; ')}`;
}

/** The source line as exports and embeds print it: who published the figures, then what On the Record computed. */
export const creditedSource = (spec: { sourceLine: string; credit?: string | null }) =>
  spec.credit ? `${spec.sourceLine}. ${spec.credit}` : spec.sourceLine;

/** The chart's key caveat as one printed line, or null. */
export const caveatLine = (spec: { keyCaveat?: string | null }) =>
  spec.keyCaveat ? `Caveat: ${spec.keyCaveat}` : null;
