import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chartSvgFile, generatedChartsDir } from '../../lib/charts/svg-store';
import { servedSite } from '../support/served-site';
import { until } from '../support/until';

// What readers hit (issue 22): a 320 px phone, dark mode, and /explore without JavaScript, on one page of every route type.

/** The first page a built folder has under a route (out/stories/x.html → /stories/x), so the list follows the data. */
function firstPage(route: string, pick: (name: string) => boolean = () => true): string {
  const name = readdirSync(join('out', route))
    .filter((f) => f.endsWith('.html') && pick(f))
    .sort()[0];
  if (!name) throw new Error(`out/${route} has no page`);
  return `/${route}/${name.replace(/\.html$/, '')}`;
}

const MAP_CHART = '/charts/nc-aoc-felonies-filed-by-county';
const routes = (): string[] => [
  '/',
  firstPage('stories'),
  firstPage('claims'),
  firstPage('charts', (f) => !f.includes('by-county')),
  MAP_CHART,
  firstPage('embed'),
  '/data',
  firstPage('data'),
  '/charts',
  '/counties',
  '/counties/wake',
  '/explore',
  '/trails',
  firstPage('trails'),
  '/methodology',
  '/stories',
];

const served = servedSite();

async function open(
  path: string,
  width: number,
  colorScheme: 'light' | 'dark',
  javaScriptEnabled = true,
): Promise<Page> {
  return served.open(path, { viewport: { width, height: 800 }, colorScheme, javaScriptEnabled, waitUntil: 'load' });
}

describe('a 320 px phone', () => {
  it('scrolls no page of any route type sideways, and cuts no chart label at the edge', async () => {
    const wide: string[] = [];
    for (const path of routes()) {
      const page = await open(path, 320, 'light');
      const { scroll, client, cut } = await page.evaluate(() => {
        const root = document.documentElement;
        // A chart text whose box runs past the viewport is cut for the reader, whatever the page's own scroll width.
        const cut = [...document.querySelectorAll('svg text')]
          .filter((t) => t.getClientRects().length > 0)
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.right > root.clientWidth + 1 || r.left < -1;
          })
          .map((t) => t.textContent ?? '');
        return { scroll: root.scrollWidth, client: root.clientWidth, cut };
      });
      if (scroll > client) wide.push(`${path}: ${scroll} px wide in a ${client} px viewport`);
      if (cut.length) wide.push(`${path}: chart text past the edge: ${cut.slice(0, 5).join(' | ')}`);
      await page.close();
    }
    expect(wide).toEqual([]);
  });
});

/** WCAG relative luminance contrast of two CSS colours (rgb()/rgba() as getComputedStyle gives them). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('chart text in both themes', () => {
  it('reads at WCAG AA (4.5:1) against the background it is drawn on, on every route type with charts', async () => {
    const failures: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const path of routes()) {
        const page = await open(path, 1280, scheme);
        const texts = await page.evaluate(() => {
          // The colour behind an element: the first ancestor with an opaque background (the page's, at the top).
          const behind = (el: Element): string => {
            for (let e: Element | null = el; e; e = e.parentElement) {
              const bg = getComputedStyle(e).backgroundColor;
              if (bg && !/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
            }
            return getComputedStyle(document.documentElement).backgroundColor;
          };
          return [...document.querySelectorAll('svg text')]
            .filter((t) => t.getClientRects().length > 0 && (t.textContent ?? '').trim() !== '')
            .map((t) => ({ text: t.textContent ?? '', fill: getComputedStyle(t).fill, bg: behind(t.closest('svg')!) }));
        });
        for (const t of texts) {
          if (!t.fill.startsWith('rgb')) continue;
          const ratio = contrast(t.fill, t.bg);
          if (ratio < 4.5)
            failures.push(`${scheme} ${path}: "${t.text}" ${t.fill} on ${t.bg} is ${ratio.toFixed(2)}:1`);
        }
        await page.close();
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

describe('/charts thumbnails in both themes', () => {
  /** The SVG a thumbnail PNG was rendered from (scripts/publish-exports.ts): the phone layout, light or dark. */
  const sourceOf = (src: string) => {
    const [, id, dark] = /\/charts\/thumbs\/(.+?)(-dark)?\.png$/.exec(src)!;
    return readFileSync(join(generatedChartsDir(), chartSvgFile(id, dark ? 'narrow-dark' : 'narrow')), 'utf8');
  };

  it('shows the thumbnail drawn for the page’s theme, whose text reads at WCAG AA on the ground it sits on, and cuts no label', async () => {
    const failures: string[] = [];
    const cut = new Set<string>();
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open('/charts', 1280, scheme);
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('img[data-thumbnail]')]
          .filter((i) => i.getClientRects().length > 0)
          .map((i) => ({
            theme: i.getAttribute('data-thumbnail'),
            src: (i as HTMLImageElement).src,
            bg: getComputedStyle(i).backgroundColor,
          })),
      );
      expect(shown.length).toBeGreaterThan(50);
      const wrongTheme = shown.filter((t) => t.theme !== scheme);
      if (wrongTheme.length)
        failures.push(`${scheme}: ${wrongTheme.length} thumbnails of the other theme shown, e.g. ${wrongTheme[0].src}`);
      // Each picture's own text, measured where it is drawn: its SVG alone on a blank page, as resvg sees it (no site CSS).
      const measure = await served.open('about:blank', { viewport: { width: 400, height: 400 }, waitUntil: 'load' });
      // One picture per document: a chart's own <style> and ids must not reach another's text.
      for (let i = 0; i < shown.length; i++) {
        const batch = shown.slice(i, i + 1);
        await measure.setContent(
          `<body style="margin:0">${batch.map((t) => `<div>${sourceOf(t.src)}</div>`).join('')}</body>`,
        );
        const texts = await measure.evaluate(() =>
          [...document.querySelectorAll('body > div > svg')].map((svg) => {
            const frame = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text')]
              .filter((t) => (t.textContent ?? '').trim() !== '')
              .map((t) => {
                const r = t.getBoundingClientRect();
                const cut =
                  r.left < frame.left - 1 ||
                  r.right > frame.right + 1 ||
                  r.top < frame.top - 1 ||
                  r.bottom > frame.bottom + 1;
                return { text: t.textContent ?? '', fill: getComputedStyle(t).fill, cut };
              });
          }),
        );
        texts.forEach((list, j) => {
          for (const t of list) {
            if (t.cut) cut.add(/\/thumbs\/(.+?)(?:-dark)?\.png$/.exec(batch[j].src)![1]);
            if (!t.fill.startsWith('rgb')) continue;
            const ratio = contrast(t.fill, batch[j].bg);
            if (ratio < 4.5)
              failures.push(
                `${scheme} ${batch[j].src}: "${t.text}" ${t.fill} on ${batch[j].bg} is ${ratio.toFixed(2)}:1`,
              );
          }
        });
      }
      await measure.close();
      await page.close();
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect([...cut].sort()).toEqual([]);
  });
});

/** Every built page, as a path under out/. */
function builtPages(dir = 'out'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? builtPages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/**
 * The words a reader sees on a built page: its markup without scripts, styles, code and pre blocks, links to a file
 * (a download, or an address that ends in the file), and a dataset's own rows (data-raw-rows: the file's cells as
 * the file has them); tags and attributes dropped, entities decoded.
 */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template|code|pre)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<table\b[^>]*\bdata-raw-rows\b[\s\S]*?<\/table>/g, ' ')
    .replace(/<a\b([^>]*)>[\s\S]*?<\/a>/g, (link, attrs: string) =>
      /\sdownload\b|href="[^"]*\.(?:csv|json|zip|xlsx)(?:[?#][^"]*)?"/.test(attrs) ? ' ' : link,
    )
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, (_, dec, hex, name) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[
              name.toLowerCase()
            ],
    )
    .replace(/\s+/g, ' ');
}

/** An internal path (scripts/…, a TypeScript file) or a raw file name (a CSV, a spreadsheet, a Parquet file). */
const INTERNAL_NAME = /scripts\/|\b[\w-]+\.tsx?\b|\b[\w.-]+\.(?:csv|xlsx?|parquet)\b/g;

describe('file names and internal paths', () => {
  it('are in no page’s visible text, outside download links, code and a dataset’s own rows', () => {
    const found = new Map<string, string>();
    for (const file of builtPages()) {
      const text = visibleText(readFileSync(file, 'utf8'));
      for (const m of text.matchAll(INTERNAL_NAME)) {
        if (!found.has(m[0]))
          found.set(m[0], `${file}: …${text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 20)}…`);
      }
    }
    expect([...found.values()]).toEqual([]);
  });

  it('the rule sees a file name in words and leaves a download link and code alone', () => {
    const page =
      '<p>From participatingAgencies07182025pm.xlsx, by scripts/derive/x.ts</p><a href="/data/a.csv" download>a.csv</a><code>b.csv</code><p>Download CSV</p>';
    expect([...visibleText(page).matchAll(INTERNAL_NAME)].map((m) => m[0])).toEqual([
      'participatingAgencies07182025pm.xlsx',
      'scripts/',
      'x.ts',
    ]);
  });
});

describe('/explore without JavaScript', () => {
  it('says it shows only the default view, whatever the link, and shows no controls that cannot work', async () => {
    const page = await open('/explore?measure=fbi-nc-violent-crime-rate&counties=37', 1280, 'light', false);
    const note = page.getByTestId('explore-static-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(
      /^Without JavaScript this page shows only its default view: .+needs JavaScript to show that view/,
    );
    expect(await page.locator('select:visible, [role="tab"]:visible').count()).toBe(0);
    await page.close();
  });

  it('with JavaScript, shows the controls and no such note', async () => {
    const page = await open('/explore', 1280, 'light');
    expect(await page.getByTestId('explore-static-note').count()).toBe(0);
    expect(await page.locator('select:visible').count()).toBeGreaterThan(0);
    await page.close();
  });
});

async function live(page: Page) {
  await page.mouse.move(5, 5);
  await page.waitForSelector('html[data-runtime="live"]', { timeout: 30_000 });
}

describe('/explore with JavaScript', () => {
  it('keeps the picked counties through a state measure and back, and says what changed', async () => {
    const page = await open('/explore?counties=37119,37183,37063', 1280, 'light');
    await live(page);
    const measure = page.getByRole('combobox', { name: 'Measure' });
    const stateMeasure = await page
      .locator('select >> nth=0')
      .evaluate((s) => [...(s as HTMLSelectElement).options].find((o) => /^fbi-|^acs-/.test(o.value))!.value);
    const countyMeasure = await measure.inputValue();
    await measure.selectOption(stateMeasure);
    await until(async () => new URL(page.url()).searchParams.get('measure'), stateMeasure);
    expect(await page.getByTestId('explore-switch-note').textContent()).toMatch(
      /not by county, so your counties \(Mecklenburg, Wake and Durham\) are not shown; they come back/,
    );
    await measure.selectOption(countyMeasure);
    await until(async () => new URL(page.url()).searchParams.get('counties'), '37119,37183,37063');
    expect(await page.getByText('Cite this view').count()).toBe(1);
    await page.close();
  });

  it('keeps focus on the page when Tab leaves the county combobox with its list open', async () => {
    for (let run = 0; run < 3; run++) {
      const page = await open('/explore', 1280, 'light');
      await live(page);
      await page.getByRole('combobox', { name: /Counties/ }).click();
      await page.keyboard.type('D');
      await page.keyboard.press('Tab');
      await page.waitForTimeout(100);
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
      await page.close();
    }
  });
});

describe('/charts', () => {
  it('takes its filter from the link (?q=), matching the charts’ own words, and puts what is typed back in the URL', async () => {
    const page = await open('/charts?q=superior', 1280, 'light');
    await live(page);
    await until(() => page.getByRole('searchbox', { name: 'Filter charts' }).inputValue(), 'superior');
    const titles = await page.locator('main li a span').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(await page.getByTestId('catalogue-count').textContent()).toMatch(/ of \d+ charts/);
    await page.getByRole('searchbox', { name: 'Filter charts' }).fill('district');
    await until(async () => new URL(page.url()).searchParams.get('q'), 'district');
    expect(await page.getByTestId('chart-period').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('a chart by keyboard', () => {
  it('focuses a named chart, jumps to the ends with Home and End, and reads each value into a live region', async () => {
    const page = await open('/charts/nc-aoc-superior-criminal-felonies-filed', 1280, 'light');
    await page.locator('.chart-box').first().focus();
    await page.waitForSelector('.chart-box[data-interactive="true"] svg.recharts-surface', { timeout: 30_000 });
    await until(
      () => page.evaluate(() => document.activeElement?.classList.contains('recharts-surface') ?? false),
      true,
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /\. Chart; use the arrow keys/,
    );
    const reading = page.locator('.chart-box .chart-reading');
    expect(await reading.getAttribute('aria-live')).toBe('polite');
    await page.keyboard.press('End');
    await until(async () => /FY2019-20/.test(await reading.innerText()), true);
    await page.keyboard.press('Home');
    await until(async () => /FY2012-13/.test(await reading.innerText()), true);
    await page.close();
  });
});
