// The dataset table over every row: filter and sort through the columnar index, the view in the URL,
// and a county's rows as CSV. Runs over the built site in out/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { servedSite } from '../support/served-site';

const OUT = 'out';
const served = servedSite(OUT);

const csv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join('data', file), 'utf8'), { header: true, skipEmptyLines: true })
    .data;
const status = (page: Page) => page.locator('p[aria-live="polite"]').innerText();
const dataRows = (page: Page) => page.getByRole('region', { name: /the rows, 100 to a page/ }).locator('tbody tr');
const firstColumn = (page: Page) => dataRows(page).locator('td:first-child').allInnerTexts();

/** The data files a page has requested so far. */
const dataRequests = (page: Page) => served.requestsOf(page).filter((p) => p.includes('/data/'));

describe('the dataset table', () => {
  it('filters all rows, not the page on screen, and puts the filter in the URL', async () => {
    const page = await served.open('/data/nc_aoc_caseload', { interact: true });
    const errors = served.errorsOf(page);
    const expected = csv('nc_aoc_caseload.csv').filter((r) => r.county === 'Mecklenburg').length;
    await page.getByLabel('Filter all rows').fill('Mecklenburg');
    await page.waitForFunction((n) => document.body.innerText.includes(`${n.toLocaleString('en-US')} match`), expected);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Mecklenburg');
    const counties = await dataRows(page).locator('td:nth-child(4)').allInnerTexts();
    expect(counties.length).toBe(Math.min(100, expected));
    expect(new Set(counties)).toEqual(new Set(['Mecklenburg']));
    expect(dataRequests(page).filter((f) => f.endsWith('.index.json'))).toEqual([
      '/data/pages/nc_aoc_caseload.index.json',
    ]);
    expect(dataRequests(page).some((f) => f.endsWith('.csv'))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a filtered, sorted page of the 79,053 detainer records from a link, untouched, and the back button walks back', async () => {
    const wake = csv('ice_detainers_fy2015.csv')
      .filter((r) => r.detention_facility === 'WAKE COUNTY SHERIFF DEPT.')
      .map((r) => Number(r.id));
    expect(wake).toHaveLength(311);
    // No pointer move: a shared link shows its view without waiting for the reader to interact.
    const page = await served.open('/data/ice_detainers_fy2015?q=WAKE%20COUNTY%20SHERIFF&sort=id&dir=desc&page=2');
    const errors = served.errorsOf(page);
    await page.waitForFunction(() => /Page 2 of 4 .* 311 match/.test(document.body.innerText));
    const descending = [...wake].sort((a, b) => b - a);
    expect((await firstColumn(page)).map(Number)).toEqual(descending.slice(100, 200));
    expect(await page.locator('th[aria-sort="descending"]').innerText()).toContain('id');
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.waitForFunction(() => document.body.innerText.includes('Page 3 of 4'));
    expect(new URL(page.url()).searchParams.get('page')).toBe('3');
    await page.goBack();
    await page.waitForFunction(() => document.body.innerText.includes('Page 2 of 4'));
    expect((await firstColumn(page)).map(Number)).toEqual(descending.slice(100, 200));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ignores hostile or oversized URL parameters', async () => {
    const page = await served.open(
      `/data/claims?sort=__proto__&dir=sideways&page=-3&x=%3Cscript%3E&q=${'z'.repeat(3000)}`,
      { interact: true },
    );
    const errors = served.errorsOf(page);
    expect(await status(page)).toMatch(/^Page 1 of 1/);
    expect((await page.getByLabel('Filter all rows').inputValue()).length).toBe(100);
    expect(await page.locator('th[aria-sort="ascending"], th[aria-sort="descending"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("links each county's rows as CSV, without JavaScript, with the dataset's own bytes", async () => {
    const page = await served.open('/data/nc_aoc_caseload', { javaScriptEnabled: false, waitUntil: 'load' });
    const link = page.locator('[data-testid="county-downloads"] a', { hasText: 'Mecklenburg (37119)' });
    const href = await link.getAttribute('href');
    expect(href).toBe('/data/by-county/nc_aoc_caseload/37119.csv');
    const body = await (await fetch(`${served.site.url}${href}`)).text();
    const lines = readFileSync(join('data', 'nc_aoc_caseload.csv'), 'utf8').split('\n');
    const mine = lines.filter((l, i) => i === 0 || l.split(',')[4] === '37119');
    expect(body).toBe(`${mine.join('\n')}\n`);
    expect(await page.locator('[data-testid="county-downloads"] a').count()).toBe(100);
    await page.close();
  });
});
