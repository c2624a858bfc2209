import { formatDate } from '@/lib/format/period';
import { lawEvidence, type LawEvent } from '@/lib/view/nc-law-events';

/** North Carolina's detainer laws, which apply in every county: each dated, with the report's words. */
export function CountyLawEvents({ events, county }: { events: LawEvent[]; county: string }) {
  if (!events.length) return null;
  return (
    <section aria-labelledby="section-law">
      <h2 id="section-law" className="mt-8 text-xl font-semibold">
        North Carolina’s detainer laws
      </h2>
      <p className="mt-1 text-sm">
        State laws, so they apply in {county} County as in every county. Charts of North Carolina figures mark them
        where their years cover the date.
      </p>
      <ul className="mt-2 space-y-2 text-sm" data-testid="county-law-events">
        {events.map((e) => (
          <li key={e.id} data-event={e.id}>
            <strong>{formatDate(e.date)}:</strong> {e.event}. <span className="muted">{lawEvidence(e)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
