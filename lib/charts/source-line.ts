/** "Source: BJS; NC Sentencing Commission" from the publishers of the plotted figures, in order, once each. */
export function sourceLine(publishers: string[]): string {
  return `Source: ${[...new Set(publishers)].join('; ')}`;
}
