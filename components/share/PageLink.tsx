'use client';

import { permalink } from '@/lib/site';
import { CopyButton } from './CopyButton';
import { OriginNote } from './OriginNote';
import { originNow, useSiteOrigin } from './use-site-origin';

/** A page's permalink with its copy button: SITE_URL or, without it, the origin serving this page. */
export function PageLink({ path, origin }: { path: string; origin: string | null }) {
  return (
    <>
      <p className="mt-2 break-all text-sm">
        <a href={path} data-testid="permalink">
          {permalink(path, useSiteOrigin(origin))}
        </a>
      </p>
      <OriginNote origin={origin} />
      <div className="mt-1">
        <CopyButton text={() => permalink(path, originNow(origin))} label="link" />
      </div>
    </>
  );
}
