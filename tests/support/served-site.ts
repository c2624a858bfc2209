import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startRuntime, type Watched, watch } from './page-events';
import { type RunningSite, serveSite } from './site-server';

/** What a page is opened with: the browser context's options (viewport, JavaScript, colour scheme, permissions…) and how far to go. */
export type OpenOptions = NonNullable<Parameters<Browser['newPage']>[0]> & {
  /** When goto resolves; networkidle unless given. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
  /** Open the page in this context (pages that share cookies, storage or permissions) instead of a context of its own; context options are then not allowed. */
  context?: BrowserContext;
  /** Runs before the page navigates: listeners and init scripts that must see the page from its first byte. */
  before?: (page: Page) => unknown;
  /** Start the runtime after loading, as a reader's first pointer move would, and wait until it is live. */
  interact?: boolean;
};

export interface ServedSite {
  readonly site: RunningSite;
  readonly browser: Browser;
  /**
   * Opens a path of the site (or a full URL: a host page on another origin, about:blank) in a page of its own (its own
   * context unless options.context), recording its errors and requests from the start.
   */
  open(path: string, options?: OpenOptions): Promise<Page>;
  /** A browser context for pages that share cookies, storage or permissions (open them with options.context); closed after the tests. */
  context(options?: NonNullable<Parameters<Browser['newContext']>[0]>): Promise<BrowserContext>;
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
  const contexts: BrowserContext[] = [];
  const state = {
    async open(
      path: string,
      { waitUntil = 'networkidle', interact = false, context, before, ...options }: OpenOptions = {},
    ) {
      if (context && Object.keys(options).length)
        throw new Error(
          `open(${path}): context options (${Object.keys(options).join(', ')}) belong to the context given`,
        );
      const page = context ? await context.newPage() : await state.browser.newPage(options);
      const w = watch(page);
      watched.set(page, w);
      await before?.(page);
      await page.goto(/^[a-z]+:/.test(path) ? path : `${state.site.url}${path}`, { waitUntil });
      if (interact) await startRuntime(page, w.errors);
      return page;
    },
    async context(options: NonNullable<Parameters<Browser['newContext']>[0]> = {}) {
      const context = await state.browser.newContext(options);
      contexts.push(context);
      return context;
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
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    await state.browser?.close();
    await state.site?.close();
  });
  return state;
}
