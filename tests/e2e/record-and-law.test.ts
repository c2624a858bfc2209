import { servedSite } from '../support/served-site';

const served = servedSite();
const MAP = 'nc-287g-moa-pdfs-by-county-2026-08-14';

async function text(path: string): Promise<string> {
  const page = await served.open(path, { waitUntil: 'load' });
  try {
    expect(served.failedRequestsOf(page)).toEqual([]);
    return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  } finally {
    await page.close();
  }
}

describe('what has been published, and when', () => {
  it('shows that no NC declined-detainer figure has been published after FY2019, in words, in the chart and in the table', async () => {
    const page = await served.open(`/record`, { waitUntil: 'load' });
    await expect(page.getByTestId('record-summary').innerText()).resolves.toContain(
      'No North Carolina declined-detainer figure has been published since FY2019.',
    );
    await expect(page.getByTestId('record-grid').locator('svg').getAttribute('aria-label')).resolves.toContain(
      'none has been published for FY2020–FY2026',
    );
    // The declined-detainer records and the years their figures cover: none after FY2019.
    const years = async (id: string) => page.locator(`tr[data-record="${id}"] td`).first().innerText();
    await expect(years('npr-foia')).resolves.toBe('FY2008–FY2015');
    await expect(years('ice-fy2015-records')).resolves.toBe('FY2015');
    await expect(years('ice-fy2019-statements')).resolves.toBe('FY2019');
    await page.close();
  });

  it('at 1280 px, sets the year labels clear of the rows: none touches a row’s name or a square', async () => {
    const page = await served.open(`/record`, { viewport: { width: 1280, height: 900 }, waitUntil: 'load' });
    const touching = await page.getByTestId('record-grid').evaluate((grid) => {
      const box = (e: Element) => e.getBoundingClientRect();
      const meet = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const rows = [...grid.querySelectorAll('[data-row-label], rect')].map((e) => ({
        name: e.textContent || 'a square',
        r: box(e),
      }));
      const svg = box(grid.querySelector('svg')!);
      return [...grid.querySelectorAll('[data-year-label]')].flatMap((y) => {
        const r = box(y);
        const inside = r.left >= svg.left - 0.5 && r.right <= svg.right + 0.5 && r.top >= svg.top - 0.5;
        return [
          ...(inside ? [] : [`${y.textContent} runs out of the chart`]),
          ...rows.filter((x) => meet(r, x.r)).map((x) => `${y.textContent} touches ${x.name}`),
        ];
      });
    });
    expect(touching).toEqual([]);
    await page.close();
  });

  it('is linked from the header, the home page and /data', async () => {
    for (const path of ['/', '/data']) {
      const page = await served.open(`${path}`, { waitUntil: 'load' });
      expect(await page.locator('header a[href="/record"]').count()).toBe(1);
      expect(await page.locator('main a[href="/record"]').count()).toBeGreaterThan(0);
      await page.close();
    }
  });
});

describe('how current each dataset is', () => {
  it('home says the newest period of each dataset, read from its rows, not the build date', async () => {
    const page = await served.open(`/`, { waitUntil: 'load' });
    const list = (await page.getByTestId('data-currency').innerText()).replace(/\s+/g, ' ');
    expect(list).toContain('data as of FY2019-20 (to Jun 30, 2020)');
    expect(list).toContain("data as of Jul 19, 2015 (the last record's date)");
    expect(list).toContain('data as of Aug 14, 2026 (the latest snapshot)');
    await page.close();
    expect(await text('/data')).not.toMatch(/Last updated/);
    expect(await text('/data/nc_aoc_caseload')).toContain('Data as of: FY2019-20 (to Jun 30, 2020)');
  });
});

describe('287(g) in North Carolina from ICE’s page in 2026', () => {
  it('has a county map that says a PDF is not an agreement and what changed since 2025-07-18', async () => {
    const body = await text(`/charts/${MAP}`);
    expect(body).toContain(
      "A PDF on ICE's page does not prove that an agreement is active, and PDFs are not agreements",
    );
    expect(body).toContain('What changed since 2025-07-18: 7 Task Force Model PDFs not on that list were linked');
    expect(body).toContain("Albemarle District Jail (WSO) and Yancey County Sheriff's Office (WSO)");
    expect(body).toContain('The two sources measure different things');
  });

  it('embeds and exports like every chart', async () => {
    for (const path of [
      `/embed/${MAP}`,
      `/charts/${MAP}.svg`,
      `/charts/${MAP}-dark.svg`,
      `/charts/${MAP}.png`,
      `/charts/${MAP}-dark.png`,
      `/charts/${MAP}.csv`,
    ]) {
      const response = await fetch(`${served.site.url}${path}`);
      expect([path, response.status]).toEqual([path, 200]);
    }
  });
});

describe('the county pages', () => {
  it('/counties/mecklenburg lists the HB 10 and HB 318 events and the county’s 287(g) status in 2026', async () => {
    const page = await served.open(`/counties/mecklenburg`, { waitUntil: 'load' });
    const events = page.getByTestId('county-law-events');
    await expect(events.locator('[data-event="hb10-in-force"]').innerText()).resolves.toMatch(
      /^Dec 1, 2024: HB 10 in force/,
    );
    await expect(events.locator('[data-event="hb318-in-force"]').innerText()).resolves.toMatch(
      /^Oct 1, 2025: HB 318 in force/,
    );
    await expect(page.getByTestId('county-moa-pdfs').innerText()).resolves.toContain(
      'linked no MOA PDF for an agency in Mecklenburg County on Aug 14, 2026',
    );
    await page.close();
  });
});
