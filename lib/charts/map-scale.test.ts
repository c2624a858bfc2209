import { quantileLegend, stepOf } from './map-scale';

describe('quantileLegend, the one class scale of the NC maps', () => {
  it('splits into five classes with rounded, increasing breaks and labels that say the ranges', () => {
    const legend = quantileLegend(
      Array.from({ length: 100 }, (_, i) => i * 37),
      5,
      'cases',
    );
    expect(legend.breaks).toHaveLength(5);
    expect(legend.labels[0]).toMatch(/^under /);
    expect(legend.labels[4]).toMatch(/ or more$/);
    expect(stepOf(legend, 0)).toBe(0);
    expect(stepOf(legend, 99 * 37)).toBe(4);
  });

  it('rounds decimal breaks (rates) to two significant figures without binary noise', () => {
    const legend = quantileLegend(
      Array.from({ length: 100 }, (_, i) => 0.5 + i * 0.0713),
      5,
      'cases per 10,000 residents',
    );
    for (const b of legend.breaks.slice(1)) expect(String(b)).toMatch(/^\d(\.\d)?$/);
  });

  it('merges classes when many counties share a value, and copes with one value or none', () => {
    const legend = quantileLegend([0, 0, 0, 0, 5]);
    expect(legend.breaks).toEqual([0, 5]);
    expect([stepOf(legend, 0), stepOf(legend, 5)]).toEqual([0, 1]);
    expect(quantileLegend([3, 3]).labels).toEqual(['3']);
    expect(quantileLegend([])).toEqual({ breaks: [], labels: [] });
  });
});
