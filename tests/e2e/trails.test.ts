import { injectAxe } from '../support/axe';
import { servedSite } from '../support/served-site';
import { until } from '../support/until';

/** The trail timeline in the built site: the page's inline chart without JavaScript, and its embed. */
const TRAIL = 'ice-nc-declined-detainers';
/** Claims on the trail with a recorded story date: the ones the timeline draws (the other three are listed below it). */
const DATED = 10;

const served = servedSite();

const DESKTOP = { width: 1280, height: 900 };

describe('the trail timeline', () => {
  it('is on the trail page without JavaScript: one titled mark per dated claim, two reference lines, above the dated list', async () => {
    const page = await served.open(`/trails/${TRAIL}`, { viewport: DESKTOP, javaScriptEnabled: false });
    const svg = page.locator('.chart-wide svg[data-chart-kind]').first();
    expect(await svg.getAttribute('data-chart-kind')).toBe('line');
    const marks = await svg
      .locator('.chart-mark')
      .evaluateAll((els) =>
        els.map((e) => ({ key: e.getAttribute('data-key'), title: e.querySelector('title')?.textContent })),
      );
    expect(marks).toHaveLength(DATED);
    expect(new Set(marks.map((m) => m.key)).size).toBe(DATED);
    expect(marks).toContainEqual({
      key: 'breitbart-2019-11-03-ice-more-than-500-detainers',
      title: 'Breitbart News, 2019-11-03: more than 500 declined detainers',
    });
    expect(await svg.locator('.recharts-reference-line').count()).toBe(2);
    const labels = await svg.locator('.chart-reference-label').allTextContents();
    expect(labels.join(' | ')).toMatch(
      /^at least 563 declined detainers, NC, FY2019 \(full year\) \| 489 declined detainers, NC, FY2019 to about early Sep$/,
    );
    // The chart comes before the claims in date order, and its actions are there.
    const order = await page.evaluate(() => {
      const figure = document.querySelector('figure')!;
      const list = [...document.querySelectorAll('h2')].find((h) => /claims, in date order/.test(h.textContent ?? ''))!;
      return figure.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    expect(await page.locator(`a[href="/charts/trail-${TRAIL}.csv"]`).count()).toBe(1);
    expect(await page.locator('figure').first().innerText()).toMatch(
      /3 of the 13 claims have no recorded date and are not drawn; they are listed below\./,
    );
    await page.close();
  });

  it("lists Breitbart's lead as a stop for FY2020 in people released, and the Daily Caller after WBTV", async () => {
    const page = await served.open(`/trails/${TRAIL}`, { javaScriptEnabled: false });
    const stops = await page.getByTestId('trail-stop').allInnerTexts();
    const at = (pattern: RegExp) => stops.findIndex((t) => pattern.test(t));
    const lead = stops[at(/More than 500 criminal illegal aliens were released back onto the streets/)];
    expect(lead).toContain('more than 500 people released');
    expect(lead).toMatch(/FY2020.*Oct 1, 2019 – Sep 30, 2020/);
    expect(at(/WBTV/)).toBeGreaterThanOrEqual(0);
    expect(at(/The Daily Caller/)).toBeGreaterThan(at(/^2019-09-09 · WBTV/m));
    await page.close();
  });

  it('reads each point by keyboard as its label, with no console errors and no axe violations in light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await served.open(`/trails/${TRAIL}`, {
        viewport: { width: 390, height: 900 },
        colorScheme,
        interact: true,
      });
      const errors = served.errorsOf(page);
      await injectAxe(page);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string }> }> };
          }
        ).axe;
        return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
      });
      expect({ colorScheme, violations }).toEqual({ colorScheme, violations: [] });
      if (colorScheme === 'light') {
        const box = page.locator('.chart-box').first();
        await box.focus();
        expect(await box.getAttribute('aria-label')).toMatch(
          /use the arrow keys to read each claim in date order, Home and End/,
        );
        const reading = box.locator('.chart-reading');
        expect(await reading.getAttribute('aria-live')).toBe('polite');
        await page.keyboard.press('ArrowRight');
        await until(() => reading.innerText(), 'WBTV, 2019-09-09: 489 declined detainers');
        await page.keyboard.press('ArrowRight');
        await until(
          () => reading.innerText(),
          'WBTV, 2019-09-09: nearly 500 people released (unit drifted from the record)',
        );
        await page.keyboard.press('End');
        await until(
          async () =>
            /^Federation for American Immigration Reform .*2021-01-12: more than 500 declined detainers/.test(
              await reading.innerText(),
            ),
          true,
        );
        await page.keyboard.press('Home');
        await until(() => reading.innerText(), 'WBTV, 2019-09-09: 489 declined detainers');
        // The point read is marked on the chart, and it stays the only one.
        const active = await box
          .locator('.chart-mark.is-active')
          .evaluateAll((els) =>
            els.filter((e) => e.getClientRects().length > 0).map((e) => e.getAttribute('data-key')),
          );
        expect(active).toEqual(['wbtv-2019-09-09-489-declined']);
        expect(await page.evaluate(() => document.activeElement?.classList.contains('chart-box'))).toBe(true);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('sets every point apart: no two marks overlap, at 1280 and at 390 px', async () => {
    for (const viewport of [DESKTOP, { width: 390, height: 900 }]) {
      const page = await served.open(`/trails/${TRAIL}`, { viewport, javaScriptEnabled: false });
      const overlaps = await page.evaluate(() => {
        const marks = [...document.querySelectorAll('.chart-box .chart-mark')].filter(
          (m) => m.getClientRects().length > 0,
        );
        const boxes = marks.map((m) => ({ key: m.getAttribute('data-key'), r: m.getBoundingClientRect() }));
        const found: string[] = [];
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
            const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
            // Touching edges are fine; a mark drawn over another is not.
            if (x > 1 && y > 1) found.push(`${a.key} / ${b.key}`);
          }),
        );
        return { count: marks.length, found };
      });
      expect({ width: viewport.width, ...overlaps }).toEqual({ width: viewport.width, count: DATED, found: [] });
      await page.close();
    }
  });

  it('has an embed that is light by default, even for a reader in dark mode', async () => {
    const page = await served.open(`/embed/trail-${TRAIL}`, { viewport: DESKTOP, colorScheme: 'dark' });
    const state = await page.evaluate(() => ({
      theme: document.documentElement.getAttribute('data-theme'),
      bg: getComputedStyle(document.body).backgroundColor,
    }));
    expect(state).toEqual({ theme: 'light', bg: 'rgb(255, 255, 255)' });
    expect(await page.locator('.chart-wide svg .chart-mark').count()).toBe(DATED);
    await page.close();
  });

  it('publishes the share image, exports and CSV', async () => {
    for (const path of [
      `/share/trail-${TRAIL}.png`,
      `/charts/trail-${TRAIL}.png`,
      `/charts/trail-${TRAIL}-dark.svg`,
      `/charts/trail-${TRAIL}.csv`,
    ]) {
      const res = await fetch(`${served.site.url}${path}`);
      expect(`${path} ${res.status}`).toBe(`${path} 200`);
    }
    const csv = await (await fetch(`${served.site.url}/charts/trail-${TRAIL}.csv`)).text();
    expect(csv.trim().split('\n')).toHaveLength(DATED + 1);
    expect(csv).toContain('claims:breitbart-2019-11-03-ice-more-than-500-detainers');
  });
});
