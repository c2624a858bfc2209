import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { type RunningSite, serveSite } from './site-server';

/**
 * Serves the built out/ and launches chromium for the tests of one file, closing both afterwards.
 * Call at the top level of a test file; read site and browser inside tests.
 */
export function useBuiltSite(dir = 'out'): { readonly site: RunningSite; readonly browser: Browser } {
  const held: { site?: RunningSite; browser?: Browser } = {};
  beforeAll(async () => {
    held.site = await serveSite(dir);
    held.browser = await launchBrowser();
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.site?.close();
  });
  return {
    get site() {
      return held.site!;
    },
    get browser() {
      return held.browser!;
    },
  };
}
