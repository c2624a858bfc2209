import type { Browser, Page } from 'playwright-core';
import { startRuntime, watch } from './page-events';
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

export interface CrawlOptions {
  /** Runs on each page before it closes. */
  onPage?: (page: Page, path: string) => Promise<void>;
  /**
   * Follow the links found (the default), requesting linked files with HEAD; false opens only the
   * start paths (their links are still recorded, for a check without a browser).
   */
  follow?: boolean;
  limit?: number;
}

/**
 * Visits every internal page reachable from the start paths (or only those), recording errors, links
 * and in-page anchors. A few pages are open at once (CRAWL_CONCURRENCY).
 */
export async function crawl(
  browser: Browser,
  baseUrl: string,
  start: string[],
  options: CrawlOptions = {},
): Promise<Map<string, CrawledPage>> {
  const { onPage = async () => {}, follow = true, limit = 2000 } = options;
  const seen = new Map<string, CrawledPage>();
  const claimed = new Set<string>();
  const files = new Set<string>();
  const queue = [...start];
  const context = await browser.newContext();
  await drainQueue(queue, CRAWL_CONCURRENCY, async (path) => {
    if (claimed.has(path) || claimed.size >= limit) return;
    claimed.add(path);
    const page = await context.newPage();
    const watched = watch(page);
    const { errors } = watched;
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
    for (const link of follow ? links : []) {
      const [target, hash] = link.split('#');
      // Downloads (CSV, JSON, ZIP…) are checked with a HEAD request, not opened as pages.
      if (/\.[a-z0-9]+$/i.test(target)) {
        files.add(target);
        continue;
      }
      if (target && !claimed.has(target) && !queue.includes(target)) queue.push(target);
      if (hash && target) anchorsToCheck.push({ from: path, target, hash });
    }
    errors.push(...watched.failedRequests);
    await page.close();
  });
  await context.close();
  for (const file of files) {
    const res = await fetch(`${baseUrl}${file}`, { method: 'HEAD' });
    seen.set(file, {
      path: file,
      kind: 'file',
      status: res.status,
      errors: res.ok ? [] : [`${res.status} ${file}`],
      links: [],
      anchors: [],
      ids: [],
    });
  }
  return seen;
}

/** Cross-page anchors (/x#y) seen during the last crawl, checked against the target page's ids. */
export const anchorsToCheck: Array<{ from: string; target: string; hash: string }> = [];
