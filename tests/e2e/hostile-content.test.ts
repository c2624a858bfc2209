import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { checkDataset } from '../../lib/data/dataset';
import { formatProblem } from '../../lib/data/problem';
import { launchBrowser } from '../support/browser';
import { buildSite } from '../support/build-site';
import { crawl } from '../support/crawl';
import { type RunningSite, serveSite } from '../support/site-server';

// Every text field of a small valid data folder carries a payload; the site must show them as text and run none.
const BASE = join('tests', 'bad-data', '_valid');
const DATA = join('test-results', 'fixture-hostile-data');
const OUT = join('test-results', 'fixture-hostile-site');
const MARK = 'XSS-MARKER';
const PAYLOADS = [
  `<script>console.error("${MARK}");window.__xss=1</script>`,
  `"><img src=x onerror="console.error('${MARK}');window.__xss=1">`,
  `</script><script>window.__xss=1</script>`,
  `<svg onload="window.__xss=1"></svg>`,
  `javascript:alert(1)`,
  `\u202Eevil\u202C \u2066isolate\u2069 \u200Fmark`,
  `{{constructor.constructor('window.__xss=1')()}}`,
];
const payload = (i: number) => `T${i} ${PAYLOADS[i % PAYLOADS.length]}`;
const HOSTILE_URL = 'https://example.org/x?q=%22%3E%3Cscript%3Ewindow.__xss=1%3C/script%3E';

const TEXT_FIELDS: Record<string, string[]> = {
  'stories.csv': ['outlet', 'headline', 'author', 'summary', 'note'],
  'claims.csv': ['quote', 'speaker', 'attributed_to', 'unit', 'geography', 'period', 'comparability_note'],
  'series.csv': ['title', 'short_title', 'measure', 'geography', 'publisher', 'caveats'],
  'observations.csv': ['label', 'period', 'geography', 'locator', 'note'],
  'sources.csv': ['title', 'publisher', 'access_note'],
};
const URL_FIELDS: Record<string, string[]> = { 'stories.csv': ['url'], 'sources.csv': ['url'] };

function rewrite(file: string, edit: (row: Record<string, string>, i: number) => void) {
  const path = join(DATA, file);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  parsed.data.forEach(edit);
  writeFileSync(path, `${Papa.unparse(parsed.data, { newline: '\n' })}\n`);
}

let site: RunningSite;
let browser: Browser;
let n = 0;

beforeAll(() => {
  rmSync(DATA, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
  cpSync(BASE, DATA, { recursive: true });
  for (const [file, fields] of Object.entries(TEXT_FIELDS)) {
    rewrite(file, (row) => {
      // A claim's "not stated" period is a controlled value (it goes with an empty period_type), so it stays.
      for (const f of fields)
        if ((f !== 'unit' || row[f]) && !(f === 'period' && row[f] === 'not stated')) row[f] = payload(n++);
    });
  }
  for (const [file, fields] of Object.entries(URL_FIELDS))
    rewrite(file, (row) => fields.forEach((f) => (row[f] = HOSTILE_URL)));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('hostile content in the data', () => {
  it('refuses javascript: and data: URLs in check:data', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'https://example.org/"><script>',
    ]) {
      const dir = join('test-results', 'fixture-hostile-url');
      rmSync(dir, { recursive: true, force: true });
      cpSync(DATA, dir, { recursive: true });
      const sources = join(dir, 'sources.csv');
      const text = readFileSync(sources, 'utf8')
        .split(HOSTILE_URL)
        .join(url.includes(',') || url.includes('"') ? `"${url.replace(/"/g, '""')}"` : url);
      writeFileSync(sources, text);
      const { problems } = checkDataset(dir);
      expect(problems.map(formatProblem).some((p) => /sources\.csv:\d+:5: .*url/.test(p))).toBe(true);
    }
  });

  it('builds, and no payload runs on any page while every payload shows as text', async () => {
    expect(checkDataset(DATA).problems).toEqual([]);
    const { status, output } = buildSite(DATA, OUT, 'build-fixture-hostile');
    expect({ status, tail: status === 0 ? '' : output.slice(-2000) }).toEqual({ status: 0, tail: '' });
    site = await serveSite(OUT);
    browser = await launchBrowser();
    const ran: string[] = [];
    const texts: string[] = [];
    const pages = await crawl(browser, site.url, ['/'], {
      onPage: async (page, path) => {
        // Open every folded card and panel, then hover every chart so the interactive chart renders the payloads too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        for (const box of await page.locator('.chart-box').all()) await box.hover();
        await page.waitForTimeout(200);
        if (await page.evaluate(() => (window as unknown as { __xss?: number }).__xss !== undefined)) ran.push(path);
        texts.push(await page.locator('body').innerText());
      },
    });
    const errors = [...pages.values()].flatMap((p) => p.errors.map((e) => `${p.path}: ${e}`));
    expect(errors.filter((e) => e.includes(MARK) || e.includes('dialog'))).toEqual([]);
    expect(ran).toEqual([]);
    expect(pages.size).toBeGreaterThanOrEqual(8);
    const all = texts.join('\n');
    for (const p of PAYLOADS.slice(0, 4)) expect(all).toContain(p);
    console.log(`[hostile] ${PAYLOADS.length} payloads in ${n} fields, ${pages.size} pages crawled, none ran`);
  });
});
