import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { type RunningSite, serveSite } from './site-server';

export interface ServedSite {
  readonly site: RunningSite;
  readonly browser: Browser;
}

/** Serves a built folder and launches chromium for the tests of the enclosing describe (or file); closes both after. */
export function servedSite(dir = 'out'): ServedSite {
  const state = {} as { site: RunningSite; browser: Browser };
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
