import { htmlRoutes } from '../../scripts/html-files';
import { axeViolations } from '../support/axe';
import { brokenReferences, readBuiltSite } from '../support/built-site';
import { type CrawledPage, crawl } from '../support/crawl';
import { CRAWL_CONCURRENCY, drainQueue } from '../support/pool';
import { browserSample } from '../support/route-sample';
import { servedSite } from '../support/served-site';

// Two passes over the built site. Without a browser, every HTML file is parsed and every internal href and
// src resolved against out/, so no link goes unchecked however many pages the data makes. In chromium, with
// axe in both themes, every hand-written route and a few pages of each template (see route-sample.ts): the
// pages one template makes from data differ in their data, which the unit and component tests cover, not in
// markup a browser would judge differently.
const BROWSER_TIMEOUT = 15 * 60_000;

const built = readBuiltSite('out');
// Every route a sitemap would list (the build writes sitemap.xml only with SITE_URL), and the home page.
const listed = ['/', ...htmlRoutes('out').filter((r) => r !== '/')];
const sample = browserSample(listed, (route) => built.get(route)?.bytes ?? 0);
const served = servedSite();
let pages: Map<string, CrawledPage>;
const lightViolations: string[] = [];

beforeAll(async () => {
  // The light theme's axe pass runs as each page is visited.
  pages = await crawl(served.browser, served.site.url, sample.routes, {
    follow: false,
    onPage: async (page, path) => {
      lightViolations.push(...(await axeViolations(page, path)));
    },
  });
  const templates = Object.entries(sample.byTemplate)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  console.log(
    `[crawl] ${built.size} HTML files parsed; ${sample.routes.length} of ${listed.length} routes opened in chromium (templates: ${templates})`,
  );
}, BROWSER_TIMEOUT);

describe('every route of the built site', () => {
  it('reaches every story, claim, chart and dataset route', () => {
    const paths = listed;
    expect(paths).toContain('/methodology');
    expect(paths.filter((p) => p.startsWith('/stories/')).length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.startsWith('/claims/')).length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.startsWith('/charts/')).length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.startsWith('/data/')).length).toBeGreaterThan(0);
  });

  it('resolves every internal href and src, and every in-page and cross-page anchor, against out/', () => {
    // The links the browser saw after the runtime started count too: a link drawn only by React must resolve as well.
    const seen = [...pages.values()].flatMap((p) => p.links.map((ref) => ({ route: p.path, ref })));
    expect(brokenReferences('out', built, seen)).toEqual([]);
  });

  it('links every chart page from at least one other page', () => {
    // A chart page's own permalink does not count as a way in; nor does an embed (it is not a reader's page).
    const linked = new Set(
      listed.flatMap((route) =>
        (built.get(route)?.links ?? []).map((l) => l.split(/[?#]/)[0]).filter((l) => l !== route),
      ),
    );
    const orphans = listed.filter((p) => /^\/charts\/[^/]+$/.test(p) && !linked.has(p));
    expect(orphans).toEqual([]);
  });

  it('opens every hand-written route and a sample of each template in chromium, with status 200 and no console errors or failed requests', () => {
    expect(sample.routes.filter((r) => !pages.has(r))).toEqual([]);
    const bad = [...pages.values()]
      .filter((p) => p.status !== 200 || p.errors.length)
      .map((p) => ({ path: p.path, status: p.status, errors: p.errors }));
    expect(bad).toEqual([]);
  });

  it('has zero axe violations on every opened route in the light theme', () => {
    expect(lightViolations).toEqual([]);
  });

  it(
    'has zero axe violations on every opened route in the dark theme',
    async () => {
      const context = await served.context({ colorScheme: 'dark' });
      const violations: string[] = [];
      const queue = [...sample.routes];
      await drainQueue(queue, CRAWL_CONCURRENCY, async (path) => {
        const page = await served.open(path, { context, waitUntil: 'load' });
        violations.push(...(await axeViolations(page, path)));
        await page.close();
      });
      await context.close();
      expect(violations).toEqual([]);
    },
    BROWSER_TIMEOUT,
  );
});
