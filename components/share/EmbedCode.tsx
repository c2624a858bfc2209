'use client';

import { embedCode, type EmbedTarget } from '@/lib/embed/embed-code';
import { CopyButton } from './CopyButton';
import { OriginNote } from './OriginNote';
import { originNow, useSiteOrigin } from './use-site-origin';

/** The embed snippet with its copy button, pointing at SITE_URL or, without it, at the origin serving this page. */
export function EmbedCode({ target, origin }: { target: EmbedTarget; origin: string | null }) {
  const code = embedCode(target, useSiteOrigin(origin));
  return (
    <>
      <pre className="rule mt-2 whitespace-pre-wrap break-all rounded border p-2 text-xs">
        <code data-testid="embed-code">{code}</code>
      </pre>
      <OriginNote origin={origin} />
      <div className="mt-2">
        <CopyButton text={() => embedCode(target, originNow(origin))} label="embed code" />
      </div>
    </>
  );
}
