import type { ChartSpec } from './chart-spec';
import { narrowVariant } from './narrow';

const spec = (label: string): ChartSpec => ({
  id: 'x', kind: 'claim', title: 't', subtitle: 's', unit: 'people',
  bars: [{ key: 'v', label: 'people', tone: 'record' }],
  rows: [{ category: 'A long category label for a bar', values: { v: 5 }, labels: { v: '5' }, tone: 'record', observationIds: { v: 'o' } }],
  overlay: { kind: 'line', from: 4, to: 4, label },
  overlayNote: null, domainMin: 0, domainMax: 10, ticks: [0, 2.5, 5, 7.5, 10], labelWidth: 220,
  description: '', sourceLine: '', publishers: [], width: 640, height: 150, href: '/claims/x',
});

describe('narrowVariant', () => {
  it('narrows the label column, drops ticks and wraps a long claim label onto more lines', () => {
    const wide = spec('Claim: up to 80 percent who commit more crimes (a different measure)');
    const narrow = narrowVariant(wide);
    expect(narrow.width).toBe(340);
    expect(narrow.labelWidth).toBeLessThan(wide.labelWidth);
    expect(narrow.ticks).toEqual([0, 5, 10]);
    expect(narrow.height).toBeGreaterThan(0);
    expect(narrow.rows).toBe(wide.rows);
  });
});
