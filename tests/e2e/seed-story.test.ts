import type { Page } from 'playwright-core';
import { loadIndex } from '../../lib/data/dataset';
import { claimView } from '../../lib/view/claim-view';
import { servedSite } from '../support/served-site';

const STORY = 'breitbart-2019-11-03-nc-sanctuary';
// The four claims of the seed story as its README lists them (several dossier rows share a sentence).
const SEED_QUOTES = [
  'local authorities refused to honor more than 500 detainers for foreign nationals during Fiscal Year 2019',
  'up to 80 percent of criminal illegal aliens freed back into American communities by sanctuary jurisdictions go on to commit more crimes',
  'more than 330 illegal aliens have been charged with nearly 1,200 child sex crimes in North Carolina',
  'North Carolina, particularly, suffers from a disproportionately high rate of sex crimes committed by illegal aliens.',
];

const served = servedSite();
/** Console errors, uncaught exceptions, failed requests and HTTP errors of a page, so far. */
const problemsOf = (page: Page) => [...served.errorsOf(page), ...served.failedRequestsOf(page)];

describe('the seed story in Debian chromium', () => {
  const index = loadIndex('data');
  const claims = index.claimsOf(STORY);
  const views = claims.map((c) => claimView(index, c));

  it('shows every quote and every comparison sentence, with no console errors', async () => {
    const page = await served.open(`/stories/${STORY}`);
    // Cards far from the viewport are not rendered yet (content-visibility: auto), so innerText leaves them out;
    // their text is in the page all the same, and each card renders as the reader scrolls to it.
    const quotes = (await page.getByTestId('quote').allTextContents()).map((t) => t.trim());
    const sentences = (await page.getByTestId('comparison').allTextContents()).map((t) => t.trim());
    for (const quote of await page.getByTestId('quote').all()) {
      await quote.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => (el as HTMLElement).innerText.length > 0, await quote.elementHandle());
    }
    for (const q of SEED_QUOTES) expect(quotes.some((t) => t.includes(q))).toBe(true);
    expect(quotes).toHaveLength(claims.length);
    expect(sentences).toEqual(views.map((v) => v.comparison.sentence));
    expect(new Set(views.map((v) => v.comparison.status)).size).toBeGreaterThanOrEqual(3);
    expect(problemsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('says plainly that no official series records immigration status for the "disproportionately high rate" claim', async () => {
    const page = await served.open('/claims/breitbart-2019-11-03-disproportionately-high-rate');
    const text = await page.locator('main').innerText();
    expect(text).toContain('No official data');
    expect(text).toContain("No official series records offenders' immigration status");
    await page.context().close();
  });

  it('keeps quotes, comparison sentences, charts and tables without JavaScript', async () => {
    const page = await served.open(`/stories/${STORY}`, { javaScriptEnabled: false });
    expect(await page.getByTestId('comparison').count()).toBe(claims.length);
    expect(await page.locator('table').count()).toBe(claims.length);
    // Each chart ships a wide and a narrow layout; count the wide ones.
    expect(await page.locator('.chart-box .chart-wide svg').count()).toBe(views.filter((v) => v.chart).length);
    const html = await page.content();
    expect(html).toContain('at least 563');
    await page.context().close();
  });

  it('swaps in the interactive chart in the same box without moving the layout', async () => {
    const page = await served.open('/claims/breitbart-2019-11-03-ice-more-than-500-detainers');
    const box = page.locator('.chart-box').first();
    const before = await box.boundingBox();
    await box.hover();
    await page.waitForSelector('.chart-box[data-interactive="true"] svg.recharts-surface');
    const after = await box.boundingBox();
    expect(after).toEqual(before);
    expect(problemsOf(page)).toEqual([]);
    await page.context().close();
  });
});
