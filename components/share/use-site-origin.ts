'use client';

import { useEffect, useState } from 'react';

/**
 * The origin to print in copyable snippets: SITE_URL when the build had one (passed in by the server, since
 * the browser bundle does not see it), else the origin this page is actually served from. It is null in
 * the static HTML and until the page's script runs; snippets then show paths only.
 */
export function useSiteOrigin(configured: string | null): string | null {
  const [origin, setOrigin] = useState(configured);
  useEffect(() => {
    if (!configured) setOrigin(window.location.origin);
  }, [configured]);
  return origin;
}

/** The origin at the moment of a copy: never null, so a press made before the effect ran copies a full URL too. */
export const originNow = (configured: string | null) => configured ?? window.location.origin;
