import type { Tables } from '../data/validate-keys';
import type { Source } from '../data/records';
import { quoted } from '../format/quoted';
import type { PlaceEvent } from './place-events';
import { reportedBy } from './source-credit';

/** North Carolina's detainer laws as dated events (data/nc_law_events.csv); fips 37, statewide. */
const RESOURCE = 'nc_law_events';
/** What the events are about, for the notes and the county pages. */
export const LAW_TOPIC = 'NC detainer law';

export interface LawEvent {
  id: string;
  date: string;
  fips: string;
  bill: string;
  event: string;
  quote: string;
  source: Source;
}

/** The law events of the tables in date order, each with its source. None when the package has no such resource. */
export function ncLawEvents(tables: Tables): LawEvent[] {
  // The package's foreign key on source_id is checked when it loads, so every source is there.
  const sources = new Map((tables.sources ?? []).map((r) => [r.values.id as string, r.values as unknown as Source]));
  return (tables[RESOURCE] ?? [])
    .map((r) => r.values as unknown as Omit<LawEvent, 'source'> & { source_id: string })
    .map(({ source_id, ...e }) => ({ ...e, source: sources.get(source_id)! }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The event's source words and who published them, as notes and lists print them. */
export const lawEvidence = (e: LawEvent) => `${quoted(e.quote)} (${reportedBy(e.source)})`;

/** The law events ready for charts: statewide (fips 37), so eventApplies gives them to every NC chart that can draw them. */
export function ncLawPlaceEvents(tables: Tables): PlaceEvent[] {
  return ncLawEvents(tables).map((e) => ({
    key: e.id,
    date: e.date,
    fips: e.fips,
    topic: LAW_TOPIC,
    what: e.event,
    evidence: lawEvidence(e),
  }));
}
