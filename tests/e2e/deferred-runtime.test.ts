import type { BrowserContext } from 'playwright-core';
import { loadIndex } from '../../lib/data/dataset';
import { RUNTIME_ATTR } from '../../lib/html/runtime-loader';
import { servedSite } from '../support/served-site';

const STORY = '/stories/breitbart-2019-11-03-nc-sanctuary';
const CHART = '/charts/ice-nc-declined-detainers';

const served = servedSite();
// One context for every test, with clipboard permissions; every page opens in it.
let context: BrowserContext;
beforeAll(async () => {
  context = await served.context({ permissions: ['clipboard-read', 'clipboard-write'] });
});

describe('the framework runtime waits for the reader', () => {
  it('fetches no JavaScript and no React payload while a page is only read, and all of it on the first pointer move', async () => {
    const scripts: string[] = [];
    const page = await served.open(STORY, {
      context,
      before: (p) => p.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname)),
    });
    expect(scripts).toEqual([]);
    expect(await page.locator('[data-testid="quote"]').count()).toBe(8);

    await page.mouse.move(10, 10);
    await page.waitForSelector(`html[${RUNTIME_ATTR}="live"]`);
    expect(scripts[0]).toMatch(/^\/_next\/static\/payload\/[0-9a-f]{20}\.js$/);
    expect(scripts.filter((s) => s.startsWith('/_next/static/chunks/')).length).toBeGreaterThan(3);
    await page.close();
  });

  it('starts the whole runtime when the first event comes while the page is still being parsed', async () => {
    // As a pointer resting where the page paints does: a pointerover as soon as <main> exists, mid-parse.
    const early = () => {
      const seen = new MutationObserver(() => {
        const main = document.querySelector('main');
        if (!main) return;
        seen.disconnect();
        (window as unknown as { __earlyState: string }).__earlyState = document.readyState;
        main.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      });
      seen.observe(document, { childList: true, subtree: true });
    };
    const page = await served.open(STORY, { context, waitUntil: 'load', before: (p) => p.addInitScript(early) });
    await page.waitForSelector(`html[${RUNTIME_ATTR}="live"]`);
    expect(await page.evaluate(() => (window as unknown as { __earlyState: string }).__earlyState)).toBe('loading');
    await page.close();
  });

  it('hydrates without an error and then swaps in the interactive chart under the pointer', async () => {
    // Warnings count too: a hydration mismatch is only a warning.
    const warnings: string[] = [];
    const page = await served.open(CHART, {
      context,
      before: (p) => p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text())),
    });
    // The first interaction is on the chart itself: it must still come alive once React is.
    await page.locator('.chart-box').first().hover();
    await page.waitForSelector('.chart-box[data-interactive="true"] svg.recharts-surface');
    expect([...served.errorsOf(page), ...warnings]).toEqual([]);
    await page.close();
  });

  it('replays a button press made before hydration, exactly once', async () => {
    const page = await served.open(CHART, { context });
    // Open the panels without events, so the press on Copy is the page's first interaction.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link: copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${CHART}$`));
    await page.close();

    const data = await served.open('/data/claims', { context });
    await data.getByRole('button', { name: 'position' }).click();
    await data.locator('th[aria-sort="ascending"]').waitFor();
    expect(await data.locator('th[aria-sort="descending"]').count()).toBe(0);
    await data.close();
  });

  it('keeps and applies what was typed into a filter before hydration', async () => {
    const page = await served.open('/data/claims', { context });
    const input = page.getByLabel('Filter all rows');
    await input.pressSequentially('breitbart', { delay: 5 });
    await page.waitForSelector(`html[${RUNTIME_ATTR}="live"]`);
    const total = loadIndex('data').data.claims.length;
    const shownNow = () => page.evaluate(() => Number(/rows in all · (\d+) match/.exec(document.body.innerText)?.[1]));
    await page.waitForFunction(
      (all) => Number(/rows in all · (\d+) match/.exec(document.body.innerText)?.[1]) < all,
      total,
    );
    expect(await input.inputValue()).toBe('breitbart');
    expect(await shownNow()).toBeGreaterThan(0);
    await page.close();
  });
});
