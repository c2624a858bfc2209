import type { TrailIndexEntry } from '@/lib/view/trails';

/** Every trail with its span, drift count and figures; says so plainly when the data has none. */
export function TrailsList({ entries }: { entries: TrailIndexEntry[] }) {
  if (entries.length === 0)
    return (
      <p className="mt-6">No official figure is stated by two or more claims yet, so there is no trail to follow.</p>
    );
  return (
    <ul className="mt-6 space-y-4">
      {entries.map((e) => (
        <li key={e.id} className="rule rounded border p-4">
          <h2 className="text-lg font-semibold">
            <a href={e.href}>{e.title}</a>
          </h2>
          <p className="mt-1 text-sm">
            {e.claims} claims{e.from && <>, {e.from === e.to ? e.from : `${e.from} to ${e.to}`}</>}; {e.drifted} drifted
            in unit, period or place.
          </p>
          <p className="muted mt-1 text-sm">The figures: {e.figures}.</p>
        </li>
      ))}
    </ul>
  );
}
