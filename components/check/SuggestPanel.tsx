'use client';

import { useState } from 'react';
import { CopyButton } from '@/components/share/CopyButton';
import type { CheckResult } from '@/lib/check/run-check';
import {
  SUGGEST_FIELDS,
  type SuggestField,
  type SuggestInput,
  type SuggestedRows,
  suggestRows,
  validateSuggestion,
} from '@/lib/check/suggest-rows';
import { CONTROL, CONTROL_STYLE, Field } from './Field';

const LABEL: Record<SuggestField, { label: string; hint?: string }> = {
  quote: { label: 'The quote, word for word' },
  speaker: { label: 'Who said it' },
  outlet: { label: 'Outlet' },
  headline: { label: 'Headline' },
  date: { label: 'Date of the article', hint: 'Like 2019-11-03.' },
  url: { label: 'Address (URL) of the article', hint: 'Starting https://' },
};
const EMPTY = Object.fromEntries(SUGGEST_FIELDS.map((f) => [f, ''])) as SuggestInput;
const FILES: Array<keyof SuggestedRows> = ['stories', 'claims', 'claim_evidence'];

/** "Suggest this claim": the article's details, then the rows data/ takes, each with a copy button. */
export function SuggestPanel({ result }: { result: CheckResult }) {
  const [input, setInput] = useState<SuggestInput>({ ...EMPTY, date: result.said ?? '' });
  const [errors, setErrors] = useState<Partial<Record<SuggestField, string>>>({});
  const [rows, setRows] = useState<SuggestedRows | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const found = validateSuggestion(input, result);
    setErrors(found);
    const first = SUGGEST_FIELDS.find((f) => found[f]);
    if (first) {
      setRows(null);
      document.getElementById(`suggest-${first}`)?.focus();
    } else setRows(suggestRows(input, result));
  };
  return (
    <section aria-labelledby="suggest-title" className="rule mt-6 border-t pt-4">
      <h2 id="suggest-title" className="text-lg font-semibold">
        Suggest this claim
      </h2>
      <p className="mt-1 text-sm">
        Heard it in an article? Add where it was said, and the page writes the rows the site’s data takes, ready for an
        editor.
      </p>
      <form onSubmit={submit} noValidate>
        {SUGGEST_FIELDS.map((f) => (
          <Field key={f} id={`suggest-${f}`} label={LABEL[f].label} hint={LABEL[f].hint} error={errors[f]}>
            {(described) =>
              f === 'quote' ? (
                <textarea
                  id={`suggest-${f}`}
                  rows={3}
                  maxLength={2000}
                  value={input[f]}
                  onChange={(e) => setInput({ ...input, [f]: e.target.value })}
                  className={CONTROL}
                  style={CONTROL_STYLE}
                  {...described}
                />
              ) : (
                <input
                  id={`suggest-${f}`}
                  type="text"
                  maxLength={2000}
                  value={input[f]}
                  onChange={(e) => setInput({ ...input, [f]: e.target.value })}
                  className={CONTROL}
                  style={CONTROL_STYLE}
                  {...described}
                />
              )
            }
          </Field>
        ))}
        <button type="submit" className="rule mt-3 min-h-6 rounded border px-3 py-1 font-medium">
          Write the rows
        </button>
      </form>
      <div role="status" aria-live="polite" className="mt-3 text-sm">
        {rows && (
          <>
            <p>
              The rows are below. Append each block to the end of its file in <code>data/</code>, run{' '}
              <code>npm run check:data</code>, and open a pull request; an editor reads the article and confirms the
              quote, period and place before it is published.
            </p>
            {FILES.map((file) => (
              <div key={file} className="mt-3">
                <p className="font-medium">data/{file}.csv</p>
                <pre
                  className="rule mt-1 overflow-x-auto whitespace-pre-wrap break-all rounded border p-2 text-xs"
                  tabIndex={0}
                  aria-label={`Rows for data/${file}.csv`}
                >
                  {rows[file]}
                </pre>
                <CopyButton text={rows[file]} label={`${file}.csv rows`} />
              </div>
            ))}
          </>
        )}
      </div>
    </section>
  );
}
