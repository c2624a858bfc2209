/** Counties in five classes of equal count (quantiles), so a few very large counties do not wash out the rest. */
export interface MapClasses {
  byFips: Map<string, number>;
  values: Map<string, number>;
  names: Map<string, string>;
  bounds: Array<{ from: number; to: number }>;
}

export const MAP_STEPS = 5;

export function mapClasses(values: Map<string, number>, names: Map<string, string>, steps = MAP_STEPS): MapClasses {
  const sorted = [...values.values()].sort((a, b) => a - b);
  const bounds: MapClasses['bounds'] = [];
  for (let i = 0; i < steps && sorted.length; i++) {
    const to = sorted[Math.max(0, Math.ceil(((i + 1) * sorted.length) / steps) - 1)];
    const prev = bounds[bounds.length - 1];
    if (prev && to <= prev.to) continue;
    bounds.push({ from: prev ? sorted.find((v) => v > prev.to)! : sorted[0], to });
  }
  const byFips = new Map([...values].map(([fips, v]) => [fips, Math.max(0, bounds.findIndex((b) => v >= b.from && v <= b.to))]));
  return { byFips, values, names, bounds };
}
