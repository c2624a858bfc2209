'use client';

import { useState } from 'react';

/** Copies text to the clipboard and says so in a live region, so screen readers hear it too. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${label}: copied to the clipboard.`);
    } catch {
      setStatus('Could not copy; select the text and copy it by hand.');
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className="rule rounded border px-3 py-1 text-sm">Copy {label.toLowerCase()}</button>
      <span role="status" aria-live="polite" className="text-sm">{status}</span>
    </span>
  );
}
