'use client';

import { useState } from 'react';

export interface CopyButtonProps {
  /** What to copy; a function is read at the moment of the press (snippets that fill in the page's origin). */
  text: string | (() => string);
  /** What is copied, as it reads mid-sentence: "link", "embed code", "APA citation". */
  label: string;
}

/** Copies text to the clipboard and says so in a live region, so screen readers hear it too. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      setStatus(`${label.charAt(0).toUpperCase()}${label.slice(1)}: copied to the clipboard.`);
    } catch {
      setStatus('Could not copy; select the text and copy it by hand.');
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className="rule min-h-6 rounded border px-3 py-1 text-sm">
        Copy {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm">
        {status}
      </span>
    </span>
  );
}
