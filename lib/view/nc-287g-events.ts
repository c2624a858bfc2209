import type { Tables } from '../data/validate-keys';
import type { Source } from '../data/records';
import { quoted } from '../format/quoted';
import type { PlaceEvent } from './place-events';
import { reportedBy } from './source-credit';

/** The published 287(g) events: one row per agency and date (data/nc_287g_events.csv). */
const RESOURCE = 'nc_287g_events';
/** Every row of the resource is about 287(g); series on it name "287(g)" in their titles. */
const TOPIC = '287(g)';

interface EventRecord {
  date: string;
  agency: string;
  county_fips: string;
  event: string;
  quote: string;
  source_id: string;
}

const lowerFirst = (s: string) => `${s[0].toLowerCase()}${s.slice(1)}`;

/** The 287(g) events of the tables, ready for charts: each row's words and its source. None when the package has no such resource. */
export function nc287gEvents(tables: Tables): PlaceEvent[] {
  const rows = (tables[RESOURCE] ?? []).map((r) => r.values as unknown as EventRecord);
  // The package's foreign key on source_id is checked when it loads, so every source is there.
  const sources = new Map((tables.sources ?? []).map((r) => [r.values.id as string, r.values as unknown as Source]));
  return rows.map((r) => ({
    key: `${r.date}-${r.agency.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    date: r.date,
    fips: r.county_fips,
    topic: TOPIC,
    what: `${r.agency} ${lowerFirst(r.event)}`,
    evidence: `${quoted(r.quote)} (${reportedBy(sources.get(r.source_id)!)})`,
  }));
}
