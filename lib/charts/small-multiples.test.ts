import { loadIndex } from '../data/dataset';
import { formatTick } from '../format/number';
import { seriesChart } from './series-chart';

const index = loadIndex();
const chart = (id: string) => {
  const series = index.seriesById.get(id)!;
  return seriesChart(series, index.observationsOf(series));
};

describe('small multiples for figures that differ more than 20 times', () => {
  it('splits 1.5 million charges and 2,000 charges into panels with their own scales, and says so', () => {
    const spec = chart('cjil-nc-charges-2020');
    const panels = spec.panels!;
    expect(panels.length).toBeGreaterThan(1);
    for (const panel of panels) {
      const values = panel.rows.map((r) => r.values.v);
      expect(Math.max(...values) / Math.min(...values)).toBeLessThanOrEqual(20);
      expect(panel.domainMax).toBeGreaterThanOrEqual(Math.max(...values));
    }
    expect(panels.flatMap((p) => p.rows.map((r) => r.key)).sort()).toEqual(spec.rows.map((r) => r.key).sort());
    expect(panels.slice(1).every((p) => p.keyless)).toBe(true);
    expect(spec.height).toBe(panels.reduce((h, p) => h + p.height, 0) + 12 * (panels.length - 1));
    expect(spec.notes.join(' ')).toMatch(/drawn in \d panels, each with its own scale \(small multiples\)/);
  });
  it("titles every panel with its own axis and, after the first, the first panel's, so the picture says the scales differ", () => {
    const panels = chart('cjil-nc-charges-2020').panels!;
    expect(panels[0].panelTitle).toBe(
      `Panel 1 of ${panels.length}: axis 0 to ${formatTick(panels[0].domainMax, 'charges')}`,
    );
    expect(panels[1].panelTitle).toBe(
      `Panel 2 of ${panels.length}: axis 0 to ${formatTick(panels[1].domainMax, 'charges')} (panel 1: 0 to ${formatTick(panels[0].domainMax, 'charges')})`,
    );
    expect(panels[1].domainMax).toBeLessThan(panels[0].domainMax);
  });
  it('leaves figures of one size on one axis', () => {
    expect(chart('ice-nc-declined-detainers').panels).toBeUndefined();
  });
});
