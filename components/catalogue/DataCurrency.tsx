import type { DataAsOf } from '@/lib/view/data-as-of';

/** Each dataset of figures and the newest period it covers, in a compact list (home page, /record). */
export function DataCurrency({
  entries,
}: {
  entries: Array<{ name: string; title: string; href: string; asOf: DataAsOf }>;
}) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-6 text-sm" data-testid="data-currency">
      {entries.map((e) => (
        <li key={e.name}>
          <a href={e.href}>{e.title}</a>: data as of {e.asOf.words}
        </li>
      ))}
    </ul>
  );
}
