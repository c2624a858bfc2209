import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { servedSite } from '../support/served-site';

const built = servedSite();
const FY2019 = '/check?measure=ice-nc-declined-detainers&q=more-than&n=500&place=37&period=federal-fy&year=2019';

const verdict = (page: Page) => page.locator('#check-verdict[role="status"]');
async function verdictText(page: Page, match: RegExp, timeout = 20_000) {
  await page.waitForFunction(
    (re) => new RegExp(re).test(document.querySelector('#check-verdict')?.textContent ?? ''),
    match.source,
    { timeout },
  );
  return (await verdict(page).textContent()) ?? '';
}
/** Tabs until the element with this id has focus (keyboard only), failing after 40 presses. */
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}
/** Picks an option of a <select> by keyboard: Tab to it, then the arrow keys. */
async function choose(page: Page, id: string, value: string) {
  await tabTo(page, id);
  for (let i = 0; i < 30 && (await page.locator(`#${id}`).inputValue()) !== value; i++)
    await page.keyboard.press('ArrowDown');
  expect(await page.locator(`#${id}`).inputValue()).toBe(value);
}

describe('/check', () => {
  it('is filled by keyboard only, and the live region reads the verdict: more than 500 in FY2019 is consistent with ICE’s at least 563', async () => {
    const page = await built.open('/check');
    await page.keyboard.press('Tab');
    await page.waitForSelector('html[data-runtime="live"]', { timeout: 30_000 });
    await tabTo(page, 'check-measure');
    await page.keyboard.type('declined detainers');
    await page.waitForSelector('#check-measure-list:not([hidden])');
    // ICE: NC declined detainers is the first match on its short title.
    expect(await page.locator('#check-measure-list [role="option"]').first().textContent()).toMatch(
      /^ICE: NC declined detainers: declined detainers, North Carolina/,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.locator('#check-measure').inputValue()).toMatch(/^ICE: NC declined detainers/);
    await choose(page, 'check-q', 'more-than');
    await tabTo(page, 'check-n');
    await page.keyboard.type('500');
    // The measure has figures for North Carolina only, so the place is already chosen.
    expect(await page.locator('#check-place').inputValue()).toBe('37');
    await choose(page, 'check-period', 'federal-fy');
    await tabTo(page, 'check-year');
    await page.keyboard.type('2019');
    await page.keyboard.press('Enter');
    const text = await verdictText(page, /Consistent with the record/);
    expect(text).toContain(
      'the record (ICE: NC declined detainers) shows at least 563 declined detainers for North Carolina, FY2019',
    );
    expect(new URL(page.url()).search).toBe(FY2019.slice('/check'.length));
    // The reader's number is drawn on the chart, as a claim is.
    await page.waitForSelector('.recharts-surface .chart-claim-band', { timeout: 20_000 });
    expect(await page.locator('#check-chart-summary').textContent()).toContain(
      'Claim: more than 500 declined detainers, drawn as a shaded band from 500',
    );
    expect(built.errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('says that no record has been published for FY2025, and links what has been', async () => {
    const page = await built.open(FY2019.replace('year=2019', 'year=2025'));
    const text = await verdictText(page, /No record has been published/);
    expect(text).toContain('No record has been published for FY2025 (federal fiscal year, Oct 1, 2024 – Sep 30, 2025)');
    expect(await page.locator('a[href="/record"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('names each bad field from a hostile URL, with the message tied to the field, and runs nothing', async () => {
    const page = await built.open(
      `/check?measure=${'x'.repeat(500)}&q=more-than&n=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&place=37&period=federal-fy&year=2019`,
    );
    let dialog = false;
    page.on('dialog', () => {
      dialog = true;
    });
    await page.waitForSelector('#check-n[aria-invalid="true"]', { timeout: 20_000 });
    expect(await page.locator('#check-n').getAttribute('aria-describedby')).toContain('check-n-error');
    expect(await page.locator('#check-n-error').textContent()).toMatch(/^Not a number/);
    expect(await page.locator('#check-measure-error').textContent()).toMatch(/too long to read/);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialog).toBe(false);
    expect(built.errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('goes back to the previous check with the back button', async () => {
    const page = await built.open(FY2019);
    await verdictText(page, /Consistent with the record/);
    await page.locator('#check-year').fill('2025');
    await page.locator('#check-year').press('Enter');
    await verdictText(page, /No record has been published/);
    await page.goBack();
    await verdictText(page, /Consistent with the record/);
    expect(await page.locator('#check-year').inputValue()).toBe('2019');
    await page.close();
  });

  it('says what it does without JavaScript, and links the explorer and the catalogue', async () => {
    const page = await built.open('/check', { javaScriptEnabled: false });
    const text = await page.locator('main').textContent();
    expect(text).toContain('The check runs in your browser and needs JavaScript');
    expect(await page.locator('main a[href="/explore"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/charts"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has zero axe violations with a result shown, ${colorScheme} theme`, async () => {
      const page = await built.open(FY2019, { colorScheme });
      await verdictText(page, /Consistent with the record/);
      await page.waitForSelector('.recharts-surface', { timeout: 20_000 });
      expect(await axeViolations(page, `/check (${colorScheme})`)).toEqual([]);
      await page.close();
    });
  }
});

describe('/embed/check on a host page from another origin', () => {
  let host: Server;
  let hostUrl: string;
  beforeAll(async () => {
    const src = `${built.site.url}/embed/check${FY2019.slice('/check'.length)}`;
    const html = `<!doctype html><html><head><title>Host</title></head><body style="margin:0"><h1>An article</h1>
<iframe src="${src}" title="check" width="100%" height="200" style="border:0;width:100%"></iframe>
<script async src="${built.site.url}/embed.js"></script></body></html>`;
    host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
    await new Promise<void>((done) => host.listen(0, '127.0.0.1', () => done()));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise((done) => host?.close(done));
  });

  it('runs the check, is light by default, and sizes itself to its content', async () => {
    const page = await built.open(hostUrl, { colorScheme: 'dark', viewport: { width: 900, height: 900 } });
    const errors = built.errorsOf(page);
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    await frame.waitForFunction(
      () => /Consistent with the record/.test(document.querySelector('#verdict')?.textContent ?? ''),
      undefined,
      { timeout: 20_000 },
    );
    expect(await frame.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('light');
    // The chart loads on the reader's first interaction (lib/embed/check-embed.ts): a pointer over the embed.
    await frame.locator('#verdict').hover();
    await frame.waitForSelector('svg rect.chart-mark', { timeout: 20_000 });
    const deadline = Date.now() + 20_000;
    let fit = { iframe: 0, content: -100 };
    while (Date.now() < deadline) {
      const content = await frame.evaluate(() => document.body.getBoundingClientRect().height);
      const box = await page.locator('iframe').boundingBox();
      fit = { iframe: box!.height, content };
      if (Math.abs(fit.iframe - fit.content) <= 2) break;
      await page.waitForTimeout(200);
    }
    expect(Math.abs(fit.iframe - fit.content)).toBeLessThanOrEqual(2);
    expect(fit.iframe).not.toBe(200);
    expect(errors).toEqual([]);
    await page.close();
  });
});
