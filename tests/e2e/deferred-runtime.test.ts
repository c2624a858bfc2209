import type { BrowserContext } from 'playwright-core';
import { loadIndex } from '../../lib/data/dataset';
import { RUNTIME_ATTR } from '../../lib/html/runtime-loader';
import { servedSite } from '../support/served-site';

const STORY = '/stories/breitbart-2019-11-03-nc-sanctuary';
const CHART = '/charts/ice-nc-declined-detainers';

const served = servedSite();
// One context for every test: the pages watch their own requests from before they load, so they open in it by hand.
let context: BrowserContext;
beforeAll(async () => {
  context = await served.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
});

describe('the framework runtime waits for the reader', () => {
  it('fetches no JavaScript and no React payload while a page is only read, and all of it on the first pointer move', async () => {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${served.site.url}${STORY}`, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    expect(await page.locator('[data-testid="quote"]').count()).toBe(8);

    await page.mouse.move(10, 10);
    await page.waitForSelector(`html[${RUNTIME_ATTR}="live"]`);
    expect(scripts[0]).toMatch(/^\/_next\/static\/payload\/[0-9a-f]{20}\.js$/);
    expect(scripts.filter((s) => s.startsWith('/_next/static/chunks/')).length).toBeGreaterThan(3);
    await page.close();
  });

  it('starts the whole runtime when the first event comes while the page is still being parsed', async () => {
    const page = await context.newPage();
    // As a pointer resting where the page paints does: a pointerover as soon as <main> exists, mid-parse.
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        const main = document.querySelector('main');
        if (!main) return;
        seen.disconnect();
        (window as unknown as { __earlyState: string }).__earlyState = document.readyState;
        main.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${served.site.url}${STORY}`);
    await page.waitForSelector(`html[${RUNTIME_ATTR}="live"]`);
    expect(await page.evaluate(() => (window as unknown as { __earlyState: string }).__earlyState)).toBe('loading');
    await page.close();
  });

  it('hydrates without an error and then swaps in the interactive chart under the pointer', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${served.site.url}${CHART}`, { waitUntil: 'networkidle' });
    // The first interaction is on the chart itself: it must still come alive once React is.
    await page.locator('.chart-box').first().hover();
    await page.waitForSelector('.chart-box[data-interactive="true"] svg.recharts-surface');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('replays a button press made before hydration, exactly once', async () => {
    const page = await context.newPage();
    await page.goto(`${served.site.url}${CHART}`, { waitUntil: 'networkidle' });
    // Open the panels without events, so the press on Copy is the page's first interaction.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link: copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${CHART}$`));
    await page.close();

    const data = await context.newPage();
    await data.goto(`${served.site.url}/data/claims`, { waitUntil: 'networkidle' });
    await data.getByRole('button', { name: 'position' }).click();
    await data.locator('th[aria-sort="ascending"]').waitFor();
    expect(await data.locator('th[aria-sort="descending"]').count()).toBe(0);
    await data.close();
  });

  it('keeps and applies what was typed into a filter before hydration', async () => {
    const page = await context.newPage();
    await page.goto(`${served.site.url}/data/claims`, { waitUntil: 'networkidle' });
    const input = page.getByLabel('Filter all rows');
    await input.pressSequentially('breitbart', { delay: 5 });
    await page.waitForSelector(`html[${RUNTIME_ATTR}="live"]`);
    const total = loadIndex('data').data.claims.length;
    const shownNow = () => page.evaluate(() => Number(/rows in all · (\d+) match/.exec(document.body.innerText)?.[1]));
    await page.waitForFunction((all) => Number(/rows in all · (\d+) match/.exec(document.body.innerText)?.[1]) < all, total);
    expect(await input.inputValue()).toBe('breitbart');
    expect(await shownNow()).toBeGreaterThan(0);
    await page.close();
  });
});
