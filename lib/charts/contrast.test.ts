import { PALETTE } from './palette';

// WCAG 2.1 AA: 4.5:1 for text, 3:1 for graphics such as bars, in both themes (the palette module, which app/chart-theme.css is generated from).

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
};

describe.each([
  ['light', PALETTE.light],
  ['dark', PALETTE.dark],
])('%s theme colours', (_name, vars: Record<string, string>) => {
  it('has text at 4.5:1 or more against the background', () => {
    for (const v of ['fg', 'muted', 'link', 'chart-text', 'claim'])
      expect(contrast(vars[v], vars.bg)).toBeGreaterThanOrEqual(4.5);
  });
  it('has bars and focus ring at 3:1 or more against the background', () => {
    for (const v of [
      'tone-record',
      'tone-proxy',
      'tone-context',
      'tone-series-1',
      'tone-series-2',
      'tone-series-3',
      'tone-series-4',
      'focus',
    ]) {
      expect(contrast(vars[v], vars.bg)).toBeGreaterThanOrEqual(3);
    }
  });
  it('has a map scale whose classes step in lightness, and a county edge that shows against the darkest and lightest class', () => {
    const steps = [0, 1, 2, 3, 4].map((i) => luminance(vars[`map-${i}`]));
    const sorted = [...steps].sort((a, b) => (steps[0] > steps[4] ? b - a : a - b));
    expect(steps).toEqual(sorted);
    for (let i = 1; i < 5; i++) expect(contrast(vars[`map-${i - 1}`], vars[`map-${i}`])).toBeGreaterThan(1.2);
  });
  it('makes more salient on the map in this theme: each class stands out further from the background than the one below', () => {
    // Light: darker is more; dark: lighter is more. Either way a higher class has more contrast with the page.
    const salience = [0, 1, 2, 3, 4].map((i) => contrast(vars[`map-${i}`], vars.bg));
    for (let i = 1; i < 5; i++) expect(salience[i]).toBeGreaterThan(salience[i - 1] * 1.3);
  });
});
