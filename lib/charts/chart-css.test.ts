import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartThemeCss } from './chart-css';
import { PALETTE, TONES } from './palette';

describe('app/chart-theme.css', () => {
  const css = readFileSync(join(__dirname, '..', '..', 'app', 'chart-theme.css'), 'utf8');
  it('is generated from the palette module (run npm run charts:update after changing it)', () => {
    expect(css).toBe(chartThemeCss());
  });
  it('sets every palette colour as a custom property in both themes, and points every tone class at it', () => {
    for (const [token, hex] of Object.entries(PALETTE.light)) expect(css).toContain(`--${token}: ${hex};`);
    for (const [token, hex] of Object.entries(PALETTE.dark)) expect(css).toContain(`--${token}: ${hex};`);
    for (const tone of TONES) expect(css).toContain(`.chart-box .tone-${tone}, .chart-box .tone-${tone} path { fill: var(--tone-${tone}); }`);
  });
});
