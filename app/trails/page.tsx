import type { Metadata } from 'next';
import { loadIndex } from '@/lib/data/dataset';
import { trailsIndex } from '@/lib/view/trails';

export const metadata: Metadata = { title: 'How numbers travel', description: 'Official figures that several news claims quote, and how their wording changed from outlet to outlet.' };

export default function TrailsIndex() {
  const entries = trailsIndex(loadIndex());
  return (
    <>
      <h1 className="text-2xl font-bold">How numbers travel</h1>
      <p className="mt-2">
        Each trail follows one official series that two or more claims state, outlet by outlet in date order, and marks where the unit, the period or the place drifted from the figure.
      </p>
      <ul className="mt-6 space-y-4">
        {entries.map((e) => (
          <li key={e.id} className="rule rounded border p-4">
            <h2 className="text-lg font-semibold"><a href={e.href}>{e.title}</a></h2>
            <p className="mt-1 text-sm">
              {e.claims} claims{e.from && <>, {e.from === e.to ? e.from : `${e.from} to ${e.to}`}</>}; {e.drifted} drifted in unit, period or place.
            </p>
            <p className="muted mt-1 text-sm">The figures: {e.figures}.</p>
          </li>
        ))}
      </ul>
    </>
  );
}
