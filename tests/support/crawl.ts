import type { Browser, Page } from 'playwright-core';
import { DEFERRED_SCRIPT_TYPE, RUNTIME_ATTR } from '../../lib/html/runtime-loader';
import { CRAWL_CONCURRENCY, drainQueue } from './pool';

export interface CrawledPage {
  path: string;
  /** A page was opened in the browser; a file (CSV, JSON, ZIP…) was only requested. */
  kind: 'page' | 'file';
  status: number;
  errors: string[];
  links: string[];
  anchors: string[];
  ids: string[];
}

/**
 * Visits every internal page reachable from the start paths, recording errors, links and in-page anchors.
 * A few pages are open at once (CRAWL_CONCURRENCY); `onPage` runs on each page before it closes.
 */
export async function crawl(
  browser: Browser,
  baseUrl: string,
  start: string[],
  onPage: (page: Page, path: string) => Promise<void> = async () => {},
  limit = 2000,
): Promise<Map<string, CrawledPage>> {
  const seen = new Map<string, CrawledPage>();
  const claimed = new Set<string>();
  const files = new Set<string>();
  const queue = [...start];
  const context = await browser.newContext();
  await drainQueue(queue, CRAWL_CONCURRENCY, async (path) => {
    if (claimed.has(path) || claimed.size >= limit) return;
    claimed.add(path);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    await startRuntime(page, errors);
    const found = await page.evaluate(() => ({
      links: Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href') ?? ''),
      ids: Array.from(document.querySelectorAll('[id]')).map((e) => e.id),
    }));
    const links = found.links.filter((h) => h.startsWith('/') && !h.startsWith('//'));
    const anchors = found.links.filter((h) => h.startsWith('#') && h.length > 1).map((h) => h.slice(1));
    seen.set(path, { path, kind: 'page', status: response?.status() ?? 0, errors, links, anchors, ids: found.ids });
    await onPage(page, path);
    for (const link of links) {
      const [target, hash] = link.split('#');
      // Downloads (CSV, JSON, ZIP…) are checked with a HEAD request, not opened as pages.
      if (/\.[a-z0-9]+$/i.test(target)) {
        files.add(target);
        continue;
      }
      if (target && !claimed.has(target) && !queue.includes(target)) queue.push(target);
      if (hash && target) anchorsToCheck.push({ from: path, target, hash });
    }
    await page.close();
  });
  await context.close();
  for (const file of files) {
    const res = await fetch(`${baseUrl}${file}`, { method: 'HEAD' });
    seen.set(file, { path: file, kind: 'file', status: res.status, errors: res.ok ? [] : [`${res.status} ${file}`], links: [], anchors: [], ids: [] });
  }
  return seen;
}

/**
 * Pages start their framework runtime on the reader's first interaction; a pointer move starts it here, so
 * hydration (and any error it logs) is checked on every page, and checks after it see the page as a reader
 * who interacts does.
 */
export async function startRuntime(page: Page, errors: string[]): Promise<void> {
  if (!(await page.locator(`script[type="${DEFERRED_SCRIPT_TYPE}"]`).count())) return;
  await page.mouse.move(2, 2);
  await page.waitForSelector(`html[${RUNTIME_ATTR}="live"]`, { timeout: 60_000 }).catch(() => errors.push('the runtime did not hydrate within 60 s of a pointer move'));
}

/** Cross-page anchors (/x#y) seen during the last crawl, checked against the target page's ids. */
export const anchorsToCheck: Array<{ from: string; target: string; hash: string }> = [];
