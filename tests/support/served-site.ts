import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startRuntime, type Watched, watch } from './page-events';
import { type RunningSite, serveSite } from './site-server';

/** What a page is opened with: the browser context's options (viewport, JavaScript, colour scheme, permissions…) and how far to go. */
export type OpenOptions = NonNullable<Parameters<Browser['newPage']>[0]> & {
  /** When goto resolves; networkidle unless given. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
  /** Start the runtime after loading, as a reader's first pointer move would, and wait until it is live. */
  interact?: boolean;
};

export interface ServedSite {
  readonly site: RunningSite;
  readonly browser: Browser;
  /** Opens a path of the site in a page of its own (its own context), recording its errors and requests from the start. */
  open(path: string, options?: OpenOptions): Promise<Page>;
  /** Console errors, uncaught exceptions and dialogs of a page opened here. */
  errorsOf(page: Page): string[];
  /** Requests of a page opened here that failed or were answered with an HTTP error. */
  failedRequestsOf(page: Page): string[];
  /** The path of every request a page opened here made, in order. */
  requestsOf(page: Page): string[];
}

/**
 * Serves a built folder and launches chromium for the tests of the enclosing describe (or file), and
 * closes both after; `open` is the one way the e2e tests open a page of it.
 */
export function servedSite(dir = 'out'): ServedSite {
  const watched = new WeakMap<Page, Watched>();
  const state = {
    async open(path: string, { waitUntil = 'networkidle', interact = false, ...options }: OpenOptions = {}) {
      const page = await state.browser.newPage(options);
      const w = watch(page);
      watched.set(page, w);
      await page.goto(`${state.site.url}${path}`, { waitUntil });
      if (interact) await startRuntime(page, w.errors);
      return page;
    },
    errorsOf: (page: Page) => watched.get(page)?.errors ?? [],
    failedRequestsOf: (page: Page) => watched.get(page)?.failedRequests ?? [],
    requestsOf: (page: Page) => watched.get(page)?.requests ?? [],
  } as ServedSite & { site: RunningSite; browser: Browser };
  beforeAll(async () => {
    state.site = await serveSite(dir);
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  return state;
}
