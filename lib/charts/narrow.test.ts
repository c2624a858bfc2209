import type { ChartSpec } from './chart-spec';
import { layoutSpec } from './layout-spec';
import { narrowVariant } from './narrow';
import { wrapLabel } from './layout-spec';

const spec = (label: string, categories = ['A long category label for a bar']): ChartSpec =>
  layoutSpec({
    id: 'x',
    kind: 'claim',
    chartKind: 'bar',
    title: 't',
    subtitle: 's',
    unit: 'people',
    bars: [{ key: 'v', label: 'people', tone: 'record' }],
    rows: categories.map((category, i) => ({
      key: `o${i}`,
      category,
      values: { v: 5 },
      labels: { v: '5' },
      tone: 'record',
      observationIds: { v: `o${i}` },
    })),
    annotations: [{ type: 'claim', kind: 'line', from: 4, to: 4, label }],
    overlayNote: null,
    notes: [],
    domainMin: 0,
    domainMax: 10,
    ticks: [0, 2, 4, 6, 8, 10],
    publishers: [],
    href: '/claims/x',
  });

describe('narrowVariant', () => {
  it('narrows the label column, thins ticks (ends kept) and wraps a long claim label onto more lines', () => {
    const wide = spec('Claim: up to 80 percent who commit more crimes (a different measure)');
    const narrow = narrowVariant(wide);
    expect(narrow.width).toBe(340);
    expect(narrow.labelWidth).toBeLessThan(wide.labelWidth);
    expect(narrow.ticks).toEqual([0, 10]);
    expect(narrow.height).toBeGreaterThan(0);
    expect(narrow.rows).toBe(wide.rows);
  });

  it('wraps long category labels in full instead of cutting them, and grows the rows to fit', () => {
    const labels = ['NC, FY2019 (full year)', 'NC, FY2019 to about early Sep'];
    const narrow = narrowVariant(spec('Claim: more than 500', labels));
    for (const label of labels) {
      const lines = wrapLabel(label, narrow.labelWidth);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.join(' ')).toBe(label);
    }
    expect(narrow.height).toBeGreaterThan(spec('Claim: more than 500', ['a', 'b']).height);
  });
});
