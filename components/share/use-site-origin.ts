'use client';

import { useSyncExternalStore } from 'react';

/** Neither the origin nor today's date changes while a page is open: nothing to subscribe to. */
const noSubscription = () => () => {};

/**
 * A value only the browser knows (the served origin, today's date), read without an effect: the static HTML
 * and hydration use `serverValue`, the browser then renders `browserValue()`, with no mismatch warning.
 */
export function useBrowserValue<T>(browserValue: () => T, serverValue: T): T {
  return useSyncExternalStore(noSubscription, browserValue, () => serverValue);
}

/**
 * The origin to print in copyable snippets: SITE_URL when the build had one (passed in by the server, since
 * the browser bundle does not see it), else the origin this page is actually served from. It is null in
 * the static HTML and until the page's script runs; snippets then show paths only.
 */
export function useSiteOrigin(configured: string | null): string | null {
  return useBrowserValue(() => configured ?? window.location.origin, configured);
}

/** The origin at the moment of a copy: never null, so a press made before the page's script ran copies a full URL too. */
export const originNow = (configured: string | null) => configured ?? window.location.origin;
