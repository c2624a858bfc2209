// The strict content policy in a real browser, with the headers served as a host sends them (scripts/serve.ts
// reading out/_headers): one page of every route type and the embeds inside a host page on another origin
// run without a single securitypolicyviolation, and still work: the runtime starts on the first interaction,
// a filter filters, an embed sizes itself.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { loadIndex } from '../../lib/data/dataset';
import { policyGaps } from '../../lib/html/content-policy';
import { htmlFiles } from '../../scripts/html-files';
import { headersFor, parseHeaders } from '../../scripts/serve';
import { RUNTIME_ATTR } from '../../lib/html/runtime-loader';
import { allCharts } from '../../lib/view/charts';
import { type OpenOptions, servedSite } from '../support/served-site';

const index = loadIndex('data');
const charts = allCharts(index);
const mapChart = charts.find((c) => c.chartKind === 'map')!;
const lineChart = charts.find((c) => c.chartKind === 'line')!;
const first = <T>(xs: T[], what: string): T => {
  if (!xs.length) throw new Error(`no ${what} in data/`);
  return xs[0];
};

/** One page of every route type. */
const ROUTES = [
  '/',
  `/stories/${first(index.data.stories, 'story').id}`,
  '/stories',
  `/claims/${first(index.data.claims, 'claim').id}`,
  '/charts',
  `/charts/${mapChart.id}`,
  '/data',
  '/data/nc_aoc_caseload',
  '/counties',
  '/counties/mecklenburg',
  '/explore',
  '/explore?tab=map',
  '/trails',
  '/methodology',
  '/no-such-page',
];

const served = servedSite();

/** Records every policy violation (and the console's CSP errors) from the first byte on. */
async function watch(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => seen.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      ),
    );
  });
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && seen.push(m.text()));
  return seen;
}

/** Opens a page with its policy violations recorded from its first byte. */
async function openWatched(path: string, options: OpenOptions = {}): Promise<{ page: Page; violations: string[] }> {
  let violations: string[] = [];
  const page = await served.open(path, { ...options, before: async (p) => (violations = await watch(p)) });
  return { page, violations };
}

describe('the strict content policy', () => {
  it('sends script-src without unsafe-inline on pages and embeds', async () => {
    for (const path of ['/', `/embed/${mapChart.id}`]) {
      const csp = (await fetch(`${served.site.url}${path}`)).headers.get('content-security-policy') ?? '';
      expect(/script-src[^;]*/.exec(csp)?.[0]).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/=]+'$/);
    }
  });

  it('names every inline script of every built page and embed (the build checks it too)', () => {
    const rules = parseHeaders(readFileSync('out/_headers', 'utf8'));
    const gaps: string[] = [];
    let files = 0;
    for (const file of htmlFiles('out')) {
      files++;
      const route = `/${relative('out', file).replace(/\.html$/, '')}`;
      for (const gap of policyGaps(
        readFileSync(file, 'utf8'),
        headersFor(rules, route)['content-security-policy'] ?? '',
      ))
        gaps.push(`${route}: ${gap}`);
    }
    expect(files).toBeGreaterThan(100);
    expect(gaps).toEqual([]);
  });

  it.each(ROUTES)('%s runs with no policy violation, and its runtime starts on the first interaction', async (path) => {
    const { page, violations } = await openWatched(path);
    await page.mouse.move(20, 20);
    await page.waitForSelector(`html[${RUNTIME_ATTR}="live"]`);
    await page.waitForTimeout(200);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lets the /charts filter filter once the runtime is live', async () => {
    const { page, violations } = await openWatched('/charts');
    await page.mouse.move(20, 20);
    await page.waitForSelector(`html[${RUNTIME_ATTR}="live"]`);
    await page.getByLabel('Filter charts').fill('superior felonies');
    await page.waitForFunction(() =>
      /^\d+ of \d+ charts$/.test(document.querySelector('[data-testid="catalogue-count"]')?.textContent ?? ''),
    );
    const titles = await page.locator('main li a span').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => /superior/i.test(t))).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });

  describe('embeds in a host page on another origin', () => {
    let host: Server;
    let hostUrl: string;
    beforeAll(async () => {
      const frame = (src: string, title: string) =>
        `<iframe src="${served.site.url}${src}" title="${title}" width="100%" height="300" style="border:0;width:100%"></iframe>`;
      const html = `<!doctype html><html><head><meta name="viewport" content="width=device-width"><title>Host</title></head><body style="margin:0">
<h1>A news article</h1>${frame(`/embed/${mapChart.id}`, 'map')}${frame(`/embed/${lineChart.id}?theme=dark`, 'line')}${frame('/embed/explore?per=per10k', 'explore')}
<script async src="${served.site.url}/embed.js"></script></body></html>`;
      host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
      await new Promise<void>((done) => host.listen(0, '127.0.0.1', () => done()));
      hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
    });
    afterAll(() => new Promise((done) => host?.close(done)));

    it('run with no policy violation and size themselves to their content', async () => {
      const { page, violations } = await openWatched(hostUrl, { viewport: { width: 1000, height: 900 } });
      const fitted = async () => {
        const out: number[] = [];
        for (const handle of await page.locator('iframe').elementHandles()) {
          const content = await (await handle.contentFrame())!.evaluate(
            () => document.body.getBoundingClientRect().height,
          );
          out.push(Math.abs((await handle.boundingBox())!.height - content));
        }
        return out;
      };
      const deadline = Date.now() + 20_000;
      let gaps = await fitted();
      while (gaps.some((g) => g > 2) && Date.now() < deadline) {
        await page.waitForTimeout(200);
        gaps = await fitted();
      }
      expect(gaps).toHaveLength(3);
      for (const g of gaps) expect(g).toBeLessThanOrEqual(2);
      for (const handle of await page.locator('iframe').elementHandles()) {
        const frame = (await handle.contentFrame())!;
        // The grapher's file script ran under 'self' and fetched its measure (connect-src 'self'): it drew the view its URL names.
        if (frame.url().includes('/embed/explore'))
          await frame.waitForFunction(() =>
            /per 10,000 residents$/.test(document.getElementById('title')?.textContent ?? ''),
          );
        // Each chart embed's inline script ran: it gave the chart its one tab stop.
        else expect(await frame.locator('.chart-box[tabindex="0"]').count()).toBe(1);
      }
      expect(violations).toEqual([]);
      await page.close();
    });
  });
});
