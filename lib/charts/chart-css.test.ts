import { chartThemeCss } from './chart-css';
import { PALETTE, TONES } from './palette';

describe('the chart stylesheet (written to app/chart-theme.css by every build)', () => {
  const css = chartThemeCss();
  it('sets every palette colour as a custom property in both themes, and points every tone class at it', () => {
    for (const [token, hex] of Object.entries(PALETTE.light)) expect(css).toContain(`--${token}: ${hex};`);
    for (const [token, hex] of Object.entries(PALETTE.dark)) expect(css).toContain(`--${token}: ${hex};`);
    for (const tone of TONES)
      expect(css).toContain(`.chart-box .tone-${tone}, .chart-box .tone-${tone} path { fill: var(--tone-${tone}); }`);
  });
});
