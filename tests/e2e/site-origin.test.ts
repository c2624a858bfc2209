import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadIndex } from '../../lib/data/dataset';
import { allCharts } from '../../lib/view/charts';
import { htmlRoutes } from '../../scripts/html-files';
import { buildSite } from '../support/build-site';
import { servedSite } from '../support/served-site';

// What a reporter copies or downloads must work wherever the site is served. Without SITE_URL nothing may
// carry an invented domain, and copyable snippets take the origin the page is served from; with SITE_URL
// that origin is in every link, snippet, image and file.
const PLACEHOLDER = 'on-the-record.example';
const SITE_URL = 'https://news.example.org';
const chart = allCharts(loadIndex('data')).find((c) => c.kind === 'series' && c.rows.length > 3)!;

/** Every file under a folder, as text (binary files are searched as latin1, which is enough for an ASCII domain). */
function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}
const containing = (dir: string, needle: string, only = /./) =>
  [...files(dir)].filter((f) => only.test(f) && readFileSync(f, 'latin1').includes(needle));

describe('a build without SITE_URL', () => {
  const served = servedSite();
  let host: Server | undefined;
  afterAll(async () => {
    if (host) await new Promise((done) => host!.close(done));
  });

  it('prints no invented domain in any file, and no localhost either', () => {
    expect(containing('out', PLACEHOLDER)).toEqual([]);
    expect(containing('out', '://localhost', /\.(html|json|xml|txt|svg|csv)$/)).toEqual([]);
    expect(existsSync(join('out', 'oembed'))).toBe(false);
    expect(existsSync(join('out', 'sitemap.xml'))).toBe(false);
    expect(readFileSync(join('out', 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
  });

  it('shows paths and says so without JavaScript', async () => {
    const page = await served.open(chart.href, { javaScriptEnabled: false, waitUntil: 'load' });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await page.getByTestId('embed-code').textContent()).toContain(`src="/embed/${chart.id}"`);
    expect(await page.getByTestId('origin-note').first().isVisible()).toBe(true);
    await page.close();
  });

  it('gives embed code, citations and a link with the serving origin, and the embed code works on a page from another port', async () => {
    // The article opens in the same context, as the reader's browser would open it.
    const context = await served.context({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await served.open(chart.href, { context });
    await page.getByText('Embed this chart').click();
    const code = page.getByTestId('embed-code');
    await page.waitForFunction(
      (origin) => document.querySelector('[data-testid="embed-code"]')?.textContent?.includes(origin),
      served.site.url,
    );
    const snippet = (await code.textContent())!;
    expect(snippet).toContain(`src="${served.site.url}/embed/${chart.id}"`);
    expect(snippet).toContain(`src="${served.site.url}/embed.js"`);
    expect(await page.getByTestId('origin-note').count()).toBe(0);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    await page.getByText('Cite', { exact: true }).click();
    expect(await page.getByRole('button', { name: 'Copy APA citation' }).count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain(`${served.site.url}${chart.href} (accessed`);
    await page.getByText('Link', { exact: true }).click();
    expect(await page.getByTestId('permalink').textContent()).toBe(`${served.site.url}${chart.href}`);

    // Pasted as is into an article served from another origin.
    host = createServer((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<!doctype html><html><head><title>Host</title></head><body><h1>News</h1>${snippet}<p>After.</p></body></html>`,
        ),
    );
    await new Promise<void>((done) => host!.listen(0, '127.0.0.1', () => done()));
    const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
    const article = await served.open(hostUrl, { context });
    const frame = (await article.locator('iframe').elementHandle())!;
    const inside = (await frame.contentFrame())!;
    await inside.waitForSelector('.chart-box svg');
    const initial = Number(await frame.getAttribute('height'));
    // embed.js came from the site and sized the frame to its content.
    await article.waitForFunction(
      (h) => Math.abs(document.querySelector('iframe')!.getBoundingClientRect().height - h) > 2,
      initial,
    );
    const content = await inside.evaluate(() => document.body.getBoundingClientRect().height);
    expect(Math.abs((await frame.boundingBox())!.height - content)).toBeLessThanOrEqual(2);
    await context.close();
  });
});

describe('a build with SITE_URL', () => {
  const DATA = join('test-results', 'fixture-site-url-data');
  const OUT = join('test-results', 'fixture-site-url-site');
  let log = '';
  beforeAll(() => {
    rmSync(DATA, { recursive: true, force: true });
    rmSync(OUT, { recursive: true, force: true });
    cpSync(join('tests', 'bad-data', '_valid'), DATA, { recursive: true });
    const { status, output } = buildSite(DATA, OUT, 'build-fixture-site-url', { SITE_URL: `${SITE_URL}/` });
    if (status !== 0)
      throw new Error(`build failed (see test-results/build-fixture-site-url.log):\n${output.slice(-3000)}`);
    log = output;
  });

  it('says which origin it baked in', () => {
    expect(log).toContain(`origin ${SITE_URL} (SITE_URL)`);
  });

  it('puts that origin in embed code, citations, links, share tags, oEmbed, sitemap, exports and the data package', () => {
    const specs = allCharts(loadIndex(DATA));
    const spec = specs.find((c) => c.kind === 'series')!;
    const page = readFileSync(join(OUT, 'charts', `${spec.id}.html`), 'utf8');
    expect(page).toContain(`src=&quot;${SITE_URL}/embed/${spec.id}&quot;`);
    expect(page).toContain(`<link rel="canonical" href="${SITE_URL}/charts/${spec.id}"`);
    expect(page).toMatch(new RegExp(`<meta property="og:image" content="${SITE_URL}/share/[^"]+\\.png"`));
    expect(page).toContain(`type="application/json+oembed" href="${SITE_URL}/oembed/${spec.id}.json"`);
    expect(page).not.toContain('origin-note');

    const o = JSON.parse(readFileSync(join(OUT, 'oembed', `${spec.id}.json`), 'utf8'));
    expect(o).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_url: `${SITE_URL}/`,
      title: spec.title,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(o.html).toContain(`src="${SITE_URL}/embed/${spec.id}"`);
    expect(o.thumbnail_url).toMatch(new RegExp(`^${SITE_URL}/share/.+\\.png$`));

    // The sitemap lists every exported page but the embeds and 404 pages, each under the origin.
    const locs = [...readFileSync(join(OUT, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(new Set(locs)).toEqual(new Set(htmlRoutes(OUT).map((r) => `${SITE_URL}${r}`)));
    expect(locs.some((l) => l.includes('/embed/'))).toBe(false);
    expect(readFileSync(join(OUT, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    expect(readFileSync(join(OUT, 'charts', `${spec.id}.svg`), 'utf8')).toContain(`${SITE_URL}/charts/`);
    expect(JSON.parse(readFileSync(join(OUT, 'datapackage.json'), 'utf8')).homepage).toBe(`${SITE_URL}/`);
    expect(containing(OUT, PLACEHOLDER)).toEqual([]);
  });
});
