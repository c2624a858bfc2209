import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { KINDS } from '../../lib/charts/kinds/registry';
import { servedSite } from '../support/served-site';

/** Charts drawn by the data's shape, in the built site: the data-chart-kind contract, the county map, wrapped labels and keyboard reading. */
const MAP = 'nc-aoc-felonies-filed-by-county';
const DECLINED = 'ice-nc-declined-detainers';
const CLAIM = '/claims/breitbart-2019-11-03-ice-more-than-500-detainers';
const SNAPSHOTS = 'ice-287g-nc-agreements-2025';

const served = servedSite('out');
/** Every registered kind's data-chart-kind (lib/charts/kinds/registry.ts). */
const CONTRACT = new RegExp(`data-chart-kind="(${KINDS.map((k) => k.contract).join('|')})"`);

/** A viewport of the given width, 900 px tall. */
const width = (px = 1280) => ({ viewport: { width: px, height: 900 } });

/** The text of every visible <text> in the visible layout, tspans joined into one line per label. */
const visibleTexts = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('svg text'))
      .filter((t) => t.getClientRects().length > 0)
      .map((t) =>
        t.querySelectorAll('tspan').length
          ? Array.from(t.querySelectorAll('tspan'))
              .map((s) => s.textContent)
              .join(' ')
          : (t.textContent ?? ''),
      ),
  );

describe('chart kinds in the built site', () => {
  it('marks every chart SVG with its kind and cuts no text with "…"', () => {
    const files = readdirSync(join('out', 'charts')).filter((f) => f.endsWith('.svg'));
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) {
      const svg = readFileSync(join('out', 'charts', file), 'utf8');
      expect(`${file}: ${CONTRACT.test(svg)} ${svg.includes('…')}`).toBe(`${file}: true false`);
    }
  });

  it('draws NC and US violent crime as lines that do not share an axis of counts', async () => {
    const page = await served.open('/charts/fbi-violent-crime', width());
    expect(await page.locator('.chart-wide svg').first().getAttribute('data-chart-kind')).toBe('line');
    expect(await page.locator('figure').first().innerText()).toMatch(/each is drawn as an index/);
    await page.close();
  });

  it('has a map embed with 100 counties by FIPS, a legend, a table and one tab stop whose arrow keys read the counties', async () => {
    const page = await served.open(`/embed/${MAP}`, width(640));
    const wide = page.locator('.chart-wide svg');
    expect(await wide.getAttribute('data-chart-kind')).toBe('map');
    const fips = await wide.locator('[data-fips]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fips')));
    expect(fips).toHaveLength(100);
    expect(new Set(fips).size).toBe(100);
    expect(fips.every((f) => /^37\d{3}$/.test(f!))).toBe(true);
    expect(await wide.locator('.map-legend rect').count()).toBe(6);
    expect(await page.locator('.tbl table tbody tr').count()).toBe(100);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('chart-box'))).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.tip').innerText()).toBe(await wide.locator('[data-fips="37003"] title').textContent());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.chart-box'))).toBe(false);
    await page.close();
  });

  it("draws dated snapshots as a step line: one mark per snapshot with its key and title, read by the embed's arrow keys", async () => {
    const page = await served.open(`/embed/${SNAPSHOTS}`, width(640));
    const wide = page.locator('.chart-wide svg');
    expect(await wide.getAttribute('data-chart-kind')).toBe('step');
    const marks = await wide
      .locator('.chart-mark')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-key'), e.querySelector('title')?.textContent ?? '']));
    expect(marks).toHaveLength(18);
    expect(marks.every(([key, title]) => !!key && !!title)).toBe(true);
    expect(await page.locator('.tbl table tbody tr').count()).toBe(18);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.tip').innerText()).toBe(marks[0][1]);
    await page.close();
  });

  it('splits figures that differ over 20 times into panels, read with the arrow keys from one tab stop', async () => {
    const page = await served.open('/charts/cjil-nc-charges-2020', width());
    const svg = page.locator('.chart-wide > svg');
    expect(Number(await svg.getAttribute('data-panels'))).toBeGreaterThan(1);
    await page.locator('.chart-box').first().focus();
    // A key pressed while the runtime is still starting is not replayed: press until the chart reads out.
    for (let i = 0; i < 10 && !(await page.locator('.chart-reading').innerText()); i++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(200);
    }
    const first = await page.locator('.chart-wide .chart-mark').first().locator('title').textContent();
    expect(await page.locator('.chart-reading').innerText()).toBe(first);
    await page.close();
  });

  it('names both NC declined-detainer bars in full at 320 px', async () => {
    const page = await served.open(`/embed/${DECLINED}`, width(320));
    const texts = await visibleTexts(page);
    expect(texts).toEqual(expect.arrayContaining(['NC, FY2019 (full year)', 'NC, FY2019 to about early Sep']));
    expect(texts.join(' ')).not.toContain('…');
    await page.close();
  });

  it('takes one tab stop per chart on a page, and steps through horizontal bars with up and down, the tooltip saying what the label says', async () => {
    const page = await served.open(CLAIM, width());
    const stops: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      await page.waitForTimeout(80);
      const where = await page.evaluate(
        () => (document.activeElement?.closest('.chart-box') as HTMLElement | null)?.dataset.chart ?? null,
      );
      if (where) stops.push(where);
      else if (stops.length) break;
    }
    expect(stops).toHaveLength(1);
    await page.waitForSelector('.chart-box[data-interactive="true"] svg.recharts-surface');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('recharts-surface'))).toBe(true);
    // Down steps to the second (last) bar, up steps back to the first: its tooltip says what its label says.
    const tip = () => page.evaluate(() => document.querySelector('.recharts-tooltip-wrapper')?.textContent ?? '');
    for (let i = 0; i < 3 && !(await tip()).includes('489'); i++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(150);
    }
    expect(await tip()).toContain('NC, FY2019 to about early Sep');
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(() =>
      document.querySelector('.recharts-tooltip-wrapper')?.textContent?.includes('at least 563'),
    );
    expect(await tip()).toContain('NC, FY2019 (full year)');
    await page.close();
  });
});
