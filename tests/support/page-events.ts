import type { Page } from 'playwright-core';
import { DEFERRED_SCRIPT_TYPE, RUNTIME_ATTR } from '../../lib/html/runtime-loader';

export interface Watched {
  /** Console errors, uncaught exceptions and dialogs. */
  errors: string[];
  /** Requests that failed, or were answered with an HTTP error. */
  failedRequests: string[];
  /** The path of every request, in order. */
  requests: string[];
}

/** Records what a page reports from now on: its errors, its failed requests, and the paths it requests. */
export function watch(page: Page): Watched {
  const w: Watched = { errors: [], failedRequests: [], requests: [] };
  page.on('console', (m) => m.type() === 'error' && w.errors.push(m.text()));
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('dialog', (d) => {
    w.errors.push(`dialog: ${d.message()}`);
    // A test may handle the dialog itself; then this dismissal has nothing to do.
    d.dismiss().catch(() => {});
  });
  page.on('requestfailed', (r) => w.failedRequests.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && w.failedRequests.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => w.requests.push(new URL(r.url()).pathname));
  return w;
}

/**
 * Pages start their framework runtime on the reader's first interaction; a pointer move starts it here, so
 * hydration (and any error it logs) is checked on every page, and checks after it see the page as a reader
 * who interacts does.
 */
export async function startRuntime(page: Page, errors: string[]): Promise<void> {
  if (!(await page.locator(`script[type="${DEFERRED_SCRIPT_TYPE}"]`).count())) return;
  await page.mouse.move(2, 2);
  await page
    .waitForSelector(`html[${RUNTIME_ATTR}="live"]`, { timeout: 60_000 })
    .catch(() => errors.push('the runtime did not hydrate within 60 s of a pointer move'));
}
