import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { htmlRoutes } from '../../scripts/html-files';
import { axeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { anchorsToCheck, type CrawledPage, crawl } from '../support/crawl';
import { CRAWL_CONCURRENCY, drainQueue } from '../support/pool';
import { type RunningSite, serveSite } from '../support/site-server';

// About 310 pages (100 of them county pages), each loaded, checked and run through axe: minutes, not seconds, on 2 cores.
const CRAWL_TIMEOUT = 40 * 60_000;

let site: RunningSite;
let browser: Browser;
let pages: Map<string, CrawledPage>;
const lightViolations: string[] = [];

beforeAll(async () => {
  site = await serveSite('out');
  browser = await launchBrowser();
  // The crawl itself runs in the light theme, so axe checks each page as it is visited.
  // Start from the home page, then every route a sitemap would list (the build writes sitemap.xml only with
  // SITE_URL), so nothing unlinked escapes the checks.
  const listed = htmlRoutes('out');
  pages = await crawl(browser, site.url, ['/', ...listed], async (page, path) => {
    lightViolations.push(...(await axeViolations(page, path)));
  });
}, CRAWL_TIMEOUT);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('every route of the built site', () => {
  it('reaches every story, claim, chart and dataset route', () => {
    const paths = [...pages.keys()];
    expect(paths).toContain('/methodology');
    expect(paths.filter((p) => p.startsWith('/stories/')).length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.startsWith('/claims/')).length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.startsWith('/charts/')).length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.startsWith('/data/')).length).toBeGreaterThan(0);
    console.log(`[crawl] ${paths.length} routes crawled`);
  });

  it('renders each route with status 200 and no console errors or failed requests', () => {
    const bad = [...pages.values()].filter((p) => p.status !== 200 || p.errors.length).map((p) => ({ path: p.path, status: p.status, errors: p.errors }));
    expect(bad).toEqual([]);
  });

  it('links every chart page from at least one other page', () => {
    // A chart page's own permalink does not count as a way in.
    const linked = new Set([...pages.values()].flatMap((p) => p.links.map((l) => l.split(/[?#]/)[0]).filter((l) => l !== p.path)));
    const orphans = [...pages.values()].filter((p) => p.kind === 'page' && /^\/charts\/[^/]+$/.test(p.path) && !linked.has(p.path)).map((p) => p.path);
    expect(orphans).toEqual([]);
  });

  it('resolves every in-page and cross-page anchor', () => {
    const missing: string[] = [];
    for (const p of pages.values()) for (const a of p.anchors) if (!p.ids.includes(a)) missing.push(`${p.path}#${a}`);
    for (const a of anchorsToCheck) if (!pages.get(a.target)?.ids.includes(a.hash)) missing.push(`${a.from} -> ${a.target}#${a.hash}`);
    expect(missing).toEqual([]);
  });

  it('has zero axe violations on every route in the light theme', () => {
    expect(lightViolations).toEqual([]);
  });

  it('has zero axe violations on every route in the dark theme', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const violations: string[] = [];
    const queue = [...pages.values()].filter((p) => p.kind === 'page').map((p) => p.path);
    await drainQueue(queue, CRAWL_CONCURRENCY, async (path) => {
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      violations.push(...(await axeViolations(page, path)));
      await page.close();
    });
    await context.close();
    expect(violations).toEqual([]);
  }, CRAWL_TIMEOUT);

});
