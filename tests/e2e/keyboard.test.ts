import type { Page } from 'playwright-core';
import { servedSite } from '../support/served-site';

const CLAIM = '/claims/breitbart-2019-11-03-ice-more-than-500-detainers';

const served = servedSite();

/** Tabs through the whole page, recording each focused element and whether it shows a focus ring. */
async function tabThrough(page: Page, max = 200) {
  const seen: Array<{ key: string; ring: boolean }> = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    // A person takes longer than this between key presses; the chart swaps itself in meanwhile.
    await page.waitForTimeout(80);
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // Each element is marked once; meeting a marked one again means the tab order has wrapped around.
      const w = window as unknown as { __seen?: Set<Element> };
      w.__seen ??= new Set();
      if (w.__seen.has(el)) return { key: 'wrapped', ring: true };
      w.__seen.add(el);
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return { key: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 40) ?? ''}`, ring };
    });
    if (!info || info.key === 'wrapped') break;
    seen.push(info);
  }
  return seen;
}

describe('keyboard', () => {
  it('reaches every link, button, summary and chart on a claim page, each with a visible focus ring', async () => {
    const page = await served.open(CLAIM);
    const focusable = await page.evaluate(
      () =>
        Array.from(
          document.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex="0"], input, iframe'),
        ).filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && !el.closest('details:not([open]) > :not(summary)');
        }).length,
    );
    const reached = await tabThrough(page, focusable + 20);
    expect(reached.length).toBeGreaterThanOrEqual(focusable);
    expect(reached.filter((r) => !r.ring)).toEqual([]);
    await page.close();
  });

  it('opens the interactive chart from the keyboard and steps through bars with the arrow keys', async () => {
    const page = await served.open(CLAIM);
    await page.locator('.chart-box').first().focus();
    await page.waitForSelector('.chart-box[data-interactive="true"] svg.recharts-surface');
    await page.keyboard.press('ArrowRight');
    const tooltip = page.locator('.recharts-tooltip-wrapper').first();
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.innerText()).toMatch(/\d/);
    await page.close();
  });

  it('opens the embed panel and sorts a data table from the keyboard', async () => {
    const page = await served.open(CLAIM);
    await page.getByText('Embed this chart').focus();
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('embed-code').isVisible()).toBe(true);
    await page.close();

    const data = await served.open('/data/claims');
    await data.getByRole('button', { name: 'position' }).focus();
    await data.keyboard.press('Enter');
    // The key press may come before hydration; it is held and replayed once, so the sort goes one step.
    await data.locator('th[aria-sort="ascending"]').waitFor();
    expect(await data.locator('th[aria-sort="descending"]').count()).toBe(0);
    await data.close();
  });
});

describe('motion and URL parameters', () => {
  it('runs no animation under prefers-reduced-motion, even on the interactive chart', async () => {
    const page = await served.open(CLAIM, { reducedMotion: 'reduce' });
    await page.locator('.chart-box').first().hover();
    await page.waitForSelector('.chart-box[data-interactive="true"] svg.recharts-surface');
    expect(await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length)).toBe(0);
    await page.close();
  });

  it('ignores unknown and oversized query parameters on pages', async () => {
    const base = await served.open(CLAIM);
    const text = await base.locator('main').innerText();
    await base.close();
    for (const q of ['?theme=<script>alert(1)</script>', `?x=${'y'.repeat(4000)}`, '?claim=other&__proto__=1']) {
      const page = await served.open(`${CLAIM}${q}`);
      expect(await page.locator('main').innerText()).toBe(text);
      const dialogs = served.errorsOf(page).filter((e) => e.startsWith('dialog: '));
      expect(dialogs).toEqual([]);
      await page.close();
    }
  });
});
