import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { loadIndex } from '../../lib/data/dataset';
import { allCharts } from '../../lib/view/charts';
import { axeViolations } from '../support/axe';
import { servedSite } from '../support/served-site';
import { until } from '../support/until';

const SUPERIOR_FILED = 'nc-aoc-superior-criminal-felonies-filed';
const built = servedSite();

const { errorsOf } = built;

describe('county pages', () => {
  it('show Mecklenburg’s Superior Court felonies filed: 10,393 in FY2012-13 and 11,263 in FY2018-19, without JavaScript', async () => {
    const page = await built.open('/counties/mecklenburg', { javaScriptEnabled: false });
    const table = page.locator('table', { has: page.locator('caption', { hasText: 'Superior Court criminal cases' }) });
    const cell = (period: string) =>
      table
        .locator('tr', { has: page.locator(`th:text-is("${period}")`) })
        .locator('td')
        .first();
    expect(await cell('FY2012-13').textContent()).toBe('10,393');
    expect(await cell('FY2018-19').textContent()).toBe('11,263');
    expect(await page.locator('figure svg').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-testid="county-ranks"] tbody tr').count()).toBe(6);
    await page.close();
  });

  it('are all linked from /counties, and every county chart has an embed and its downloads', async () => {
    const page = await built.open('/counties');
    const hrefs = await page
      .locator('[data-testid="county-list"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toHaveLength(100);
    expect(hrefs).toContain('/counties/new-hanover');
    for (const path of [
      '/embed/county-mecklenburg-superior-court',
      '/charts/county-mecklenburg-district-court.csv',
      '/charts/county-wake-superior-court.png',
    ]) {
      expect((await fetch(`${built.site.url}${path}`)).status).toBe(200);
    }
    await page.close();
  });

  it('are linked from the claims that name them, on the claim page and on the story page, and not from a state claim', async () => {
    const local = loadIndex().data.claims.filter((c) => c.fips !== null && /^37\d{3}$/.test(c.fips));
    const claim = local.find((c) => c.fips === '37119')!;
    for (const path of [`/claims/${claim.id}`, `/stories/${claim.story_id}`]) {
      const page = await built.open(path, { javaScriptEnabled: false });
      const link = page.locator(`[id="${claim.id}"] [data-testid="claim-county"]`);
      expect(await link.getAttribute('href')).toBe('/counties/mecklenburg');
      expect(await link.textContent()).toBe('Mecklenburg County’s figures');
      await page.close();
    }
    const state = loadIndex().data.claims.find((c) => c.fips === '37')!;
    const page = await built.open(`/claims/${state.id}`, { javaScriptEnabled: false });
    expect(await page.locator('[data-testid="claim-county"]').count()).toBe(0);
    await page.close();
  });
});

describe('/charts', () => {
  it('links every chart page and filters as you type', async () => {
    const page = await built.open('/charts', { interact: true });
    const linked = new Set(await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    // Every chart's own page: /charts/<id>, or for a trail's timeline, its trail page.
    const missing = allCharts(loadIndex())
      .map((c) => (c.kind === 'trail' ? c.href : `/charts/${c.id}`))
      .filter((href) => !linked.has(href));
    expect(missing).toEqual([]);
    await page.getByLabel('Filter charts').fill('superior felonies');
    await until(
      async () =>
        /^\d+ of \d+ charts$/.test((await page.locator('[data-testid="catalogue-count"]').textContent()) ?? ''),
      true,
    );
    const titles = await page.locator('main li a span').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => /superior/i.test(t))).toBe(true);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });
});

describe('home page', () => {
  it('shows at least four charts as inline SVG, the verdicts, and a speaker and outlet with every comparison', async () => {
    const page = await built.open('/', { javaScriptEnabled: false });
    expect(await page.locator('[data-testid="chart-tile"] > svg').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('[data-testid="verdicts"] li').count()).toBeGreaterThan(0);
    const sentences = await page.locator('main a[href^="/claims/"]').allTextContents();
    expect(sentences.every((s, i) => i === 0 || s !== sentences[i - 1])).toBe(true);
    await page.close();
  });
});

describe('/explore', () => {
  it('lists Mecklenburg and Wake and nothing else for the linked table view', async () => {
    const page = await built.open(`/explore?measure=${SUPERIOR_FILED}&tab=table&counties=37119,37183`);
    await page.waitForSelector('html[data-runtime="live"]', { timeout: 30_000 });
    const table = page.locator('#panel-table table');
    await until(() => page.locator('#panel-table').isVisible(), true);
    const counties = new Set(await table.locator('tbody th').allTextContents());
    expect([...counties]).toEqual(['Mecklenburg', 'Wake']);
    expect(await table.locator('tbody tr', { hasText: 'FY2018-19' }).first().locator('td').nth(1).textContent()).toBe(
      '11,263',
    );
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('shows the default view as static HTML without JavaScript', async () => {
    const page = await built.open('/explore', { javaScriptEnabled: false });
    // The build-time SVG of the default view, drawn by ChartView like every chart, in both layouts.
    expect(
      await page.locator('[data-testid="explore-chart"] .chart-wide svg[data-chart-kind="line"] .chart-mark').count(),
    ).toBe(16);
    expect(
      await page.locator('[data-testid="explore-chart"] .chart-narrow svg[data-chart-kind="line"] .chart-mark').count(),
    ).toBe(16);
    expect(await page.locator('#explore-summary').textContent()).toContain('Mecklenburg: 10,393 in FY2012-13');
    await page.close();
  });

  it('ignores hostile and oversized parameters and throws nothing', async () => {
    const hostile = [
      '?measure=%3Cscript%3Ealert(1)%3C/script%3E&tab=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E',
      `?counties=${'37119,'.repeat(300)}&from=FY1900-01&to=${'x'.repeat(1000)}`,
      '?per=per1000000&tab=map&counties=__proto__,constructor',
    ];
    for (const q of hostile) {
      const page = await built.open(`/explore${q}`);
      await page.waitForSelector('html[data-runtime="live"]', { timeout: 30_000 });
      expect(await page.locator('select').first().inputValue()).toBe(SUPERIOR_FILED);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    }
  });

  it('puts each change in the URL, walks views with the back button, and picks counties by keyboard', async () => {
    const page = await built.open('/explore', { interact: true });
    await page.getByRole('combobox', { name: /Counties/ }).click();
    await page.keyboard.type('Durh');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await until(async () => new URL(page.url()).searchParams.get('counties'), '37119,37183,37063');
    await page.getByRole('tab', { name: 'Chart' }).focus();
    await page.keyboard.press('ArrowRight');
    await until(async () => new URL(page.url()).searchParams.get('tab'), 'map');
    expect(await page.locator('[data-testid="explore-map"] .chart-wide path.chart-mark[data-fips]').count()).toBe(100);
    await page.keyboard.press('ArrowRight');
    await until(async () => new URL(page.url()).searchParams.get('tab'), 'table');
    expect(
      await page.locator('#panel-table tbody th').evaluateAll((ths) => [...new Set(ths.map((t) => t.textContent))]),
    ).toEqual(['Mecklenburg', 'Wake', 'Durham']);
    await page.goBack();
    await until(async () => page.getByRole('tab', { selected: true }).textContent(), 'Map');
    await page.goBack();
    await until(async () => page.getByRole('tab', { selected: true }).textContent(), 'Chart');
    const csv = await page.locator('[data-testid="download-view"]').getAttribute('href');
    expect(csv).toMatch(/^blob:/);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('lists the FY2015 detainers of Mecklenburg and Wake, summed over lift reasons, in the period named exactly, totals only', async () => {
    const csv = Papa.parse<Record<string, string>>(
      readFileSync(path.join(process.cwd(), 'data', 'ice_detainers_fy2015_nc_county.csv'), 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    const total = (fips: string) =>
      csv
        .filter((r) => r.county_fips === fips)
        .reduce((s, r) => s + Number(r.detainers), 0)
        .toLocaleString('en-US');
    const page = await built.open(
      '/explore?measure=ice-lesa-fy2015-nc-detainers-by-county&tab=table&counties=37119,37183',
    );
    await page.waitForSelector('html[data-runtime="live"]', { timeout: 30_000 });
    const table = page.locator('#panel-table table');
    await until(async () => (await table.locator('tbody th').allTextContents()).join(', '), 'Mecklenburg, Wake');
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(cells).toEqual([
      ['Mecklenburg', 'FY2015 to date (2014-10-01 to 2015-07-19)', total('37119')],
      ['Wake', 'FY2015 to date (2014-10-01 to 2015-07-19)', total('37183')],
    ]);
    expect(await page.locator('[data-testid="per-capita-note"]').textContent()).toMatch(/^Totals only/);
    expect(await page.locator('input[name="per"]').count()).toBe(0);
    expect(await page.locator('#panel-table').locator('..').textContent()).toContain(
      'A row is one detainer, not one person.',
    );
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('offers the FBI and ACS state series, North Carolina against the U.S. as a rate', async () => {
    const page = await built.open('/explore?measure=fbi-rape-rate-revised&tab=table');
    await page.waitForSelector('html[data-runtime="live"]', { timeout: 30_000 });
    await until(
      async () =>
        (await page.locator('#panel-table tbody th').allTextContents())
          .filter((t, i, all) => all.indexOf(t) === i)
          .join(', '),
      'North Carolina, United States',
    );
    expect(await page.locator('#explore-summary').textContent()).toMatch(/per 100,000, calendar years 2013 to 2019/);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('draws a view as the chart page draws the same series: the same component, the same marks', async () => {
    /** Each mark the reader sees: its key, its series and its title. */
    const marks = (page: Page, box: string) =>
      page
        .locator(`${box} .chart-wide .chart-mark`)
        .evaluateAll((ms) =>
          ms.map((m) => [
            m.getAttribute('data-key'),
            m.getAttribute('data-series'),
            m.querySelector('title')?.textContent,
          ]),
        );
    const chart = await built.open('/charts/fbi-rape-rate-revised');
    const expected = await marks(chart, '.chart-box');
    await chart.close();
    expect(expected).toHaveLength(14);
    // Not the first view, so the browser draws it, with ChartView (recharts) as the build drew the chart page.
    const page = await built.open('/explore?measure=fbi-rape-rate-revised');
    await page.waitForSelector('html[data-runtime="live"]', { timeout: 30_000 });
    await until(async () => (await marks(page, '[data-testid="explore-chart"]')).length, 14);
    expect(await marks(page, '[data-testid="explore-chart"]')).toEqual(expected);
    expect(await page.locator('[data-testid="explore-chart"] .chart-box').getAttribute('data-chart-kind')).toBe('line');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('serves each measure as a JSON file under 50 kB gzipped', async () => {
    const res = await fetch(`${built.site.url}/explore/data/${SUPERIOR_FILED}.json`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.areas).toHaveLength(100);
  });
});

describe('accessibility of the new routes', () => {
  const pages = [
    '/',
    '/charts',
    '/counties',
    '/counties/mecklenburg',
    '/counties/new-hanover',
    '/explore',
    `/explore?measure=${SUPERIOR_FILED}&tab=map&counties=37119`,
    `/explore?tab=table&per=per10k`,
    '/explore?measure=fbi-rape-rate-revised&tab=table',
    '/explore?measure=ice-lesa-fy2015-nc-detainers-by-county&tab=table&counties=37119,37183',
    '/embed/explore?counties=37063',
  ];
  for (const scheme of ['light', 'dark'] as const) {
    it(`has zero axe violations in the ${scheme} theme`, async () => {
      const violations: string[] = [];
      for (const path of pages) {
        const page = await built.open(path, { colorScheme: scheme });
        if (path.startsWith('/explore?')) await page.waitForSelector('html[data-runtime="live"]', { timeout: 30_000 });
        violations.push(...(await axeViolations(page, path)));
        await page.close();
      }
      expect(violations).toEqual([]);
    });
  }
});

describe('/embed/explore', () => {
  it('draws the linked view without a framework, within the embed CSP, and shows the default view without JavaScript', async () => {
    const page = await built.open(
      '/embed/explore?measure=nc-aoc-district-criminal-felonies-filed&counties=37063,37119,37183&per=per10k',
    );
    await until(() => page.locator('#title').textContent(), 'District Court felonies filed, per 10,000 residents');
    // A view the build did not draw: its figures as text, and the way to its chart on the site.
    expect(
      await page.locator('#chart table tbody th').evaluateAll((ths) => [...new Set(ths.map((t) => t.textContent))]),
    ).toEqual(['Durham', 'Mecklenburg', 'Wake']);
    expect(await page.locator('#summary').textContent()).toMatch(
      /^District Court felonies filed, cases per 10,000 residents.*Durham: /,
    );
    expect(await page.locator('#back').getAttribute('href')).toContain(
      '/explore?measure=nc-aoc-district-criminal-felonies-filed&tab=chart&counties=37063,37119,37183',
    );
    expect(await page.locator('script[src^="/_next/"]').count()).toBe(0);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
    // Each measure's first view is drawn at build, by the same component as its chart page.
    const drawn = await built.open('/embed/explore?measure=fbi-rape-rate-revised');
    await until(() => drawn.locator('#chart .chart-wide svg[data-chart-kind="line"] .chart-mark').count(), 14);
    await drawn.close();
    const still = await built.open('/embed/explore', { javaScriptEnabled: false });
    expect(await still.locator('#chart .chart-wide svg[data-chart-kind="line"] .chart-mark').count()).toBe(16);
    expect(await still.locator('#summary').textContent()).toContain('Mecklenburg: 10,393 in FY2012-13');
    await still.close();
  });

  it('is what "Embed this view" offers on /explore, with the view in its address', async () => {
    const page = await built.open(`/explore?measure=${SUPERIOR_FILED}&counties=37119&tab=table`);
    await page.waitForSelector('html[data-runtime="live"]', { timeout: 30_000 });
    await until(
      async () =>
        (await page.locator('[data-testid="explore-embed-code"]').textContent())?.includes(
          '/embed/explore?measure=nc-aoc-superior-criminal-felonies-filed&amp;tab=table&amp;counties=37119',
        ),
      true,
    );
    await page.close();
  });
});
