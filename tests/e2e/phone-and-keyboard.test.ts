import type { Page } from 'playwright-core';
import { loadIndex } from '../../lib/data/dataset';
import { allCharts } from '../../lib/view/charts';
import { servedSite } from '../support/served-site';

// A reader on a phone (390 × 844) and a reader on the keyboard, on the longest story and a chart page.
const index = loadIndex('data');
const longest = [...index.data.stories].sort((a, b) => index.claimsOf(b.id).length - index.claimsOf(a.id).length)[0];
const claimIds = index.claimsOf(longest.id).map((c) => c.id);
const chart = allCharts(index).find((c) => c.kind === 'series')!;

const served = servedSite();

const phone = (path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> =>
  served.open(path, { viewport: { width: 390, height: 844 }, colorScheme });

/** Boxes of the elements matching a selector that are rendered, as [width, height]. */
const boxes = (page: Page, selector: string) =>
  page.$$eval(selector, (els) =>
    els
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => [Math.round(r.width), Math.round(r.height)]),
  );

describe(`a long story (${claimIds.length} claims) on a phone`, () => {
  it('opens with a claim index that links to every card, and each card is a named region with links to its neighbours', async () => {
    const page = await phone(`/stories/${longest.id}`);
    const index = page.getByRole('navigation', { name: /claims, in article order/ });
    expect(await index.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      claimIds.map((id) => `#${id}`),
    );
    for (const [i, id] of claimIds.entries()) {
      const region = page.getByRole('region', { name: `Claim ${i + 1} of ${claimIds.length}` });
      expect(await region.getAttribute('id')).toBe(id);
    }
    await page.locator(`#${claimIds[0]}`).getByRole('link', { name: 'Next claim' }).click();
    await page.waitForFunction((id) => location.hash === `#${id}`, claimIds[1]);
    await page.close();
  });

  it('keeps each card compact until opened, and the page short', async () => {
    const page = await phone(`/stories/${longest.id}`);
    const closed = await page.locator('details.claim-evidence:not([open])').count();
    expect(closed).toBe(claimIds.length);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`[phone] /stories/${longest.id}: ${height} px tall at 390 px with ${claimIds.length} cards closed`);
    expect(height).toBeLessThan(claimIds.length * 1000);
    // Opening a card shows its chart and figures.
    await page.locator(`#${claimIds[0]} summary`).first().click();
    expect(await page.locator(`#${claimIds[0]} table`).isVisible()).toBe(true);
    await page.close();
  });

  it('shows each figure as a stacked block that does not scroll sideways, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await phone(`/charts/${chart.id}`, scheme);
      const layout = await page.$$eval('table', (tables) =>
        tables.map((t) => ({
          display: getComputedStyle(t.querySelector('tbody tr')!).display,
          overflow: t.scrollWidth - t.parentElement!.clientWidth,
        })),
      );
      expect(layout.length).toBeGreaterThan(0);
      for (const t of layout) expect(t).toEqual({ display: 'block', overflow: 0 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.close();
    }
  });

  it('gives download links and "Where in the source" toggles targets of at least 24 × 24 px', async () => {
    const page = await phone(`/charts/${chart.id}`);
    await page.evaluate(() =>
      document
        .querySelectorAll<HTMLDetailsElement>('[data-testid="chart-actions"] details')
        .forEach((d) => (d.open = true)),
    );
    const targets = [
      ...(await boxes(page, '[data-testid="chart-actions"] a[download]')),
      ...(await boxes(page, 'table summary')),
    ];
    expect(targets.length).toBeGreaterThan(5);
    for (const [w, h] of targets) expect([w >= 24, h >= 24]).toEqual([true, true]);
    await page.close();
  });
});

describe('keyboard on a long story', () => {
  it('needs far fewer tab stops, starting with the claim index', async () => {
    const page = await served.open(`/stories/${longest.id}`);
    const stops = await page.evaluate(
      () =>
        Array.from(
          document.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex="0"], input, iframe'),
        ).filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && !el.closest('details:not([open]) > :not(summary)');
        }).length,
    );
    console.log(`[keyboard] /stories/${longest.id}: ${stops} tab stops with the cards closed`);
    expect(stops).toBeLessThan(claimIds.length * 12);
    await page.close();
  });
});
