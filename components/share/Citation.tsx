'use client';

import { useEffect, useState } from 'react';
import { apaCitation, type CitationInput, plainCitation } from '@/lib/format/citation';
import { CopyButton } from './CopyButton';

/** Plain and APA citations. The static page shows the build date; in the browser it becomes today's date. */
export function Citation({ input }: { input: CitationInput }) {
  const [accessed, setAccessed] = useState(input.accessed);
  useEffect(() => setAccessed(new Date().toISOString().slice(0, 10)), []);
  const c = { ...input, accessed };
  return (
    <div className="space-y-3 text-sm">
      {[
        { label: 'Plain citation', text: plainCitation(c) },
        { label: 'APA citation', text: apaCitation(c) },
      ].map(({ label, text }) => (
        <div key={label}>
          <p className="font-medium">{label}</p>
          <p className="rule mt-1 rounded border p-2">{text}</p>
          <div className="mt-1"><CopyButton text={text} label={label} /></div>
        </div>
      ))}
    </div>
  );
}
