'use client';

import { useSiteOrigin } from './use-site-origin';

/** Shown only while snippets carry bare paths (no SITE_URL, and the page's script has not run): says what to add. */
export function OriginNote({ origin }: { origin: string | null }) {
  if (useSiteOrigin(origin)) return null;
  return (
    <p className="muted mt-1 text-xs" data-testid="origin-note">
      Addresses here start at this site’s root: put the address of this site (from your browser’s address bar) in front
      of each one.
    </p>
  );
}
