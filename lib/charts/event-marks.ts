import type { Observation } from '../data/records';
import { formatDate } from '../format/period';
import { eventAnnotations, replacing } from './annotations';
import type { ChartEvent, ChartSpec } from './chart-spec';
import { describeChart } from './describe';
import { kindModule } from './kinds/registry';
import { fitLayout } from './layout-spec';
import { dayOnAxis } from './time-axis';

/** A dated event to set beside a chart: what happened, in a short phrase and in a full sentence with its source. */
export interface DatedEvent {
  key: string;
  /** ISO date. */
  date: string;
  /** What happened, without the date: "Mecklenburg County Sheriff's Office ended its 287(g) agreement". */
  what: string;
  /** The source's own words and who published them, as the notes print them after the phrase. */
  evidence: string;
}

/** Where an event stands against the periods a chart shows. */
export type EventPlace = 'drawn' | 'before' | 'after' | 'between' | 'undated';

const PLACE_WORDS: Record<Exclude<EventPlace, 'drawn' | 'undated'>, string> = {
  before: 'before the first period shown',
  after: 'after the last period shown',
  between: 'between the periods shown, in none of them',
};

/** The dates the figures cover, first start to last end; null when a figure's period has no start date. */
function coveredSpan(observations: Observation[]): [string, string] | null {
  if (!observations.length || observations.some((o) => !o.period_start)) return null;
  const starts = observations.map((o) => o.period_start!).sort();
  const ends = observations.map((o) => o.period_end ?? o.period_start!).sort();
  return [starts[0], ends[ends.length - 1]];
}

/** The chart's own mark for an event, when its time axis covers the date; otherwise where the event falls. */
export function placeEvent(
  spec: ChartSpec,
  observations: Observation[],
  event: DatedEvent,
): { place: EventPlace; mark?: ChartEvent } {
  const span = coveredSpan(observations);
  if (!span) return { place: 'undated' };
  if (event.date < span[0]) return { place: 'before' };
  if (event.date > span[1]) return { place: 'after' };
  const label = `${formatDate(event.date)}: ${event.what}`;
  const drawn = kindModule(spec.chartKind).events;
  if (drawn === 'date' && spec.timeDomain)
    return { place: 'drawn', mark: { key: event.key, date: event.date, t: dayOnAxis(event.date), label } };
  if (drawn === 'period') {
    // Columns stand for periods, not a continuous axis: the line goes on the column whose period holds the date.
    const holder = observations.find(
      (o) => o.period_start! <= event.date && event.date <= (o.period_end ?? o.period_start!),
    );
    const row = holder && spec.rows.find((r) => r.key === holder.period);
    if (holder && row) {
      const [start, end] = [dayOnAxis(holder.period_start!), dayOnAxis(holder.period_end ?? holder.period_start!)];
      const within = end > start ? (dayOnAxis(event.date) - start) / (end - start) : 0.5;
      return {
        place: 'drawn',
        mark: { key: event.key, date: event.date, t: dayOnAxis(event.date), category: row.category, within, label },
      };
    }
  }
  return { place: drawn === 'period' ? 'between' : 'undated' };
}

/** The note that carries an event's full sentence and source, saying whether and where it is drawn. */
export function eventNote(event: DatedEvent, place: EventPlace): string {
  const where =
    place === 'drawn'
      ? ', marked by the vertical line'
      : place === 'undated'
        ? ''
        : `, ${PLACE_WORDS[place]} (not drawn)`;
  return `${formatDate(event.date)}${where}: ${event.what}. ${event.evidence}`;
}

/**
 * A chart with dated events set beside it: on a line or column chart whose periods cover the date, a vertical
 * line with a short label; in every case but a map, a note with the full sentence and its source. An axis is never
 * stretched to reach an event outside the periods shown: the note says the event falls before or after them.
 */
export function markEvents(spec: ChartSpec, observations: Observation[], events: DatedEvent[]): ChartSpec {
  // A map draws places at one date, never an event: its notes describe what it draws, so events are left off it.
  if (!events.length || kindModule(spec.chartKind).events === 'none') return spec;
  const marks: ChartEvent[] = [];
  const notes: string[] = [];
  for (const event of [...events].sort((a, b) => a.date.localeCompare(b.date))) {
    const { place, mark } = placeEvent(spec, observations, event);
    if (mark) marks.push(mark);
    notes.push(eventNote(event, place));
  }
  if (!marks.length) return { ...spec, notes: [...spec.notes, ...notes] };
  // Only line and column charts get marks: the labels' band makes them taller, and describeChart, their summary, names the events.
  const marked = fitLayout({
    ...spec,
    notes: [...spec.notes, ...notes],
    annotations: replacing(spec, 'event', eventAnnotations(marks)),
  });
  return { ...marked, description: describeChart(marked) };
}
