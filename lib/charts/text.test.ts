import { textWidth, wrapText } from './text';

describe('textWidth', () => {
  it('measures with Arial / Liberation Sans advance widths', () => {
    expect(textWidth('0', 1000 / 556)).toBeCloseTo(1);
    expect(textWidth('NC', 12)).toBeCloseTo(((722 + 722) / 1000) * 12);
    expect(textWidth('NC', 12, true)).toBeGreaterThanOrEqual(textWidth('NC', 12));
  });
});

describe('wrapText', () => {
  it('wraps at spaces and breaks words longer than a line', () => {
    expect(wrapText('one two three', 1000, 12)).toEqual(['one two three']);
    expect(wrapText('one two three', textWidth('one two', 12), 12)).toEqual(['one two', 'three']);
    const url = wrapText('https://on-the-record.example/charts/a-very-long-chart-id-that-does-not-fit', 120, 12);
    expect(url.length).toBeGreaterThan(2);
    for (const l of url) expect(textWidth(l, 12)).toBeLessThanOrEqual(120);
  });
  it('names both NC declined-detainer bars in full in a phone-width label column', () => {
    for (const label of ['NC, FY2019 (full year)', 'NC, FY2019 to about early Sep']) {
      const lines = wrapText(label, 110, 12);
      expect(lines.join(' ')).toBe(label);
      expect(lines.join('')).not.toContain('…');
    }
  });
  it('cuts with an ellipsis only when a caller asks for a line limit (share cards)', () => {
    const cut = wrapText('a b c d e f g h i j k l m n o p', textWidth('a b c', 12), 12, { maxLines: 2 });
    expect(cut).toHaveLength(2);
    expect(cut[1].endsWith('…')).toBe(true);
  });
});
