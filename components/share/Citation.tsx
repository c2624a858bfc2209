'use client';

import { apaCitation, type CitationInput, plainCitation } from '@/lib/format/citation';
import { permalink } from '@/lib/site';
import { CopyButton } from './CopyButton';
import { OriginNote } from './OriginNote';
import { originNow, useBrowserValue, useSiteOrigin } from './use-site-origin';

export interface CitationProps {
  input: Omit<CitationInput, 'url'>;
  /** The cited page's path; its origin is SITE_URL (`origin`) or, without it, the one the page is served from. */
  path: string;
  origin: string | null;
}

const STYLES = [
  { label: 'Plain citation', copy: 'plain citation', cite: plainCitation },
  { label: 'APA citation', copy: 'APA citation', cite: apaCitation },
];

/** Plain and APA citations. The static page shows the build date; in the browser it becomes today's date. */
export function Citation({ input, path, origin }: CitationProps) {
  const accessed = useBrowserValue(() => new Date().toISOString().slice(0, 10), input.accessed);
  const shown = useSiteOrigin(origin);
  const withUrl = (o: string | null) => ({ ...input, accessed, url: permalink(path, o) });
  return (
    <div className="space-y-3 text-sm">
      {STYLES.map(({ label, copy, cite }) => (
        <div key={label}>
          <p className="font-medium">{label}</p>
          <p className="rule mt-1 rounded border p-2">{cite(withUrl(shown))}</p>
          <div className="mt-1">
            <CopyButton text={() => cite(withUrl(originNow(origin)))} label={copy} />
          </div>
        </div>
      ))}
      <OriginNote origin={origin} />
    </div>
  );
}
