import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadIndex, loadTables } from '../../lib/data/dataset';
import { chartRows } from '../../lib/view/chart-rows';
import { catalogue, ZIP_NAME } from '../../lib/view/catalogue';
import { allCharts } from '../../lib/view/charts';
import { readZip } from '../support/read-zip';
import { servedSite } from '../support/served-site';

const OUT = 'out';
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const published = JSON.parse(readFileSync(join(OUT, 'datapackage.json'), 'utf8'));

const served = servedSite(OUT);

describe('data downloads', () => {
  const { pkg, tables } = loadTables('data');

  it('publishes every CSV byte-identical to data/, and the same rows typed as JSON', () => {
    for (const r of pkg.resources) {
      expect(readFileSync(join(OUT, 'data', r.path)).equals(readFileSync(join('data', r.path)))).toBe(true);
      const json = JSON.parse(readFileSync(join(OUT, 'data', r.path.replace(/\.csv$/, '.json')), 'utf8'));
      expect(json).toEqual(tables[r.name].map((row) => row.values));
    }
  });

  it('publishes a Data Package v2 descriptor whose every hash matches its file', () => {
    expect(published.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(published.licenses[0].name).toBe('CC-BY-4.0');
    expect(published.resources).toHaveLength(pkg.resources.length);
    for (const r of published.resources) {
      const bytes = readFileSync(join(OUT, r.path));
      expect(r.hash).toBe(`sha256:${sha(bytes)}`);
      expect(r.bytes).toBe(bytes.length);
      expect(r.schema.fields.length).toBeGreaterThan(0);
    }
  });

  it('bundles everything in one ZIP folder, each file dated the day it last changed as the catalogue says', () => {
    const { files, dates } = readZip(readFileSync(join(OUT, 'data', ZIP_NAME)));
    const folder = ZIP_NAME.replace(/\.zip$/, '');
    for (const name of Object.keys(files)) expect(name.startsWith(`${folder}/`)).toBe(true);
    const entries = catalogue('data');
    for (const e of entries) {
      expect(files[`${folder}/${e.file}`]).toBe(readFileSync(join('data', e.file), 'utf8'));
      if (e.lastUpdated) expect(dates[`${folder}/${e.file}`]).toBe(e.lastUpdated);
    }
    const newest = entries
      .map((e) => e.lastUpdated ?? '')
      .sort()
      .at(-1);
    if (newest) expect(dates[`${folder}/datapackage.json`]).toBe(newest);
    expect(JSON.parse(files[`${folder}/datapackage.json`]).homepage).toBeUndefined();
  });

  it("gives each chart's CSV exactly the rows the chart draws, with their sources", () => {
    const index = loadIndex('data');
    for (const spec of allCharts(index)) {
      const parsed = Papa.parse<Record<string, string>>(readFileSync(join(OUT, 'charts', `${spec.id}.csv`), 'utf8'), {
        header: true,
        skipEmptyLines: true,
      });
      const expected = chartRows(index, spec);
      expect(parsed.data).toHaveLength(expected.length);
      expect(parsed.data.map((r) => Number(r.value))).toEqual(expected.map((r) => r.value));
      for (const r of parsed.data) expect(r.source_url).toMatch(/^https?:\/\//);
    }
  });

  // sitemap.xml needs absolute URLs, so it is written only when SITE_URL is set: tests/e2e/site-origin.test.ts checks it.
});

describe('machine-readable pages', () => {
  const ld = async (path: string) => {
    const page = await served.open(path, { waitUntil: 'load' });
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    await page.close();
    return blocks.map((b) => JSON.parse(b));
  };

  it('carries exactly one ClaimReview on every claim page, with the verbatim quote and status', async () => {
    const index = loadIndex('data');
    for (const claim of index.data.claims.slice(0, 8)) {
      const blocks = (await ld(`/claims/${claim.id}`)).filter((b) => b['@type'] === 'ClaimReview');
      expect(blocks).toHaveLength(1);
      const review = blocks[0];
      expect(review.claimReviewed).toBe(claim.quote);
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.itemReviewed.author.name).toBe(claim.speaker);
      expect(review.itemReviewed.appearance.url).toMatch(/^https?:\/\//);
      expect(typeof review.reviewRating.alternateName).toBe('string');
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('never opens a claim page title with a doubled quotation mark', async () => {
    for (const claim of loadIndex('data').data.claims) {
      const html = readFileSync(join(OUT, 'claims', `${claim.id}.html`), 'utf8');
      const og = /<meta property="og:title" content="([^"]*)"/.exec(html)![1].replace(/&quot;/g, '"');
      expect(og).not.toMatch(/^["“”'‘][“"]/);
      expect(/<title>([^<]*)<\/title>/.exec(html)![1].replace(/&quot;/g, '"')).not.toMatch(/^["“”'‘][“"]/);
    }
  });

  it('carries a schema.org Dataset on every dataset page', async () => {
    for (const r of published.resources) {
      const [dataset] = (await ld(`/data/${r.name}`)).filter((b) => b['@type'] === 'Dataset');
      expect(dataset.name).toBeTruthy();
      expect(dataset.license).toMatch(/^https:\/\//);
      expect(dataset.distribution[0].contentUrl).toMatch(/\.csv$/);
    }
  });
});

describe('downloading through the UI', () => {
  it('downloads a CSV from a dataset page whose bytes equal data/', async () => {
    const page = await served.open('/data/claims', { acceptDownloads: true, waitUntil: 'load' });
    expect(await page.locator('main').innerText()).toContain(`${loadIndex('data').data.claims.length} rows`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    const path = await download.path();
    expect(readFileSync(path).equals(readFileSync(join('data', 'claims.csv')))).toBe(true);
    await page.close();
  });

  it('pages through a large dataset one static page at a time, with sorting', async () => {
    const page = await served.open('/data/observations');
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText(/Page 2 of/).waitFor();
    await page.waitForFunction(
      () => document.querySelectorAll('tbody tr').length > 0 && !document.body.innerText.includes('loading…'),
    );
    const fetched = served.requestsOf(page).filter((p) => p.includes('/data/pages/'));
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatch(/observations-2\.json$/);
    await page.getByRole('button', { name: 'value' }).click();
    expect(await page.locator('th[aria-sort="ascending"]').count()).toBe(1);
    await page.close();
  });
});
