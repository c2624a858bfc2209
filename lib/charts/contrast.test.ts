import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// WCAG 2.1 AA: 4.5:1 for text, 3:1 for graphics such as bars, in both themes (app/chart-theme.css).
const css = readFileSync(join(__dirname, '..', '..', 'app', 'chart-theme.css'), 'utf8');

function block(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
};

describe.each([
  ['light', block(':root {')],
  ['dark', block(':root[data-theme=dark]')],
])('%s theme colours', (_name, vars) => {
  it('has text at 4.5:1 or more against the background', () => {
    for (const v of ['fg', 'muted', 'link', 'chart-text', 'claim']) expect(contrast(vars[v], vars.bg)).toBeGreaterThanOrEqual(4.5);
  });
  it('has bars and focus ring at 3:1 or more against the background', () => {
    for (const v of ['tone-record', 'tone-proxy', 'tone-context', 'tone-series-1', 'tone-series-2', 'tone-series-3', 'tone-series-4', 'focus']) {
      expect(contrast(vars[v], vars.bg)).toBeGreaterThanOrEqual(3);
    }
  });
});
