import type { ChartSpec } from '../charts/chart-spec';
import { trailChart } from '../charts/trail-chart';
import { claimPhrase } from '../claims/explain';
import { type Drift, type Trail, trailsOf } from '../claims/trail';
import type { Index } from '../data/evidence';
import type { Story } from '../data/records';
import { formatQuantity } from '../format/number';
import { describePeriod } from '../format/period';
import { type ComparisonStatus, STATUS_LABEL } from '../vocabulary/statuses';
import { figureRow, type FigureRow } from './evidence-table';

const cache = new WeakMap<Index, { all: Trail[]; byClaim: Map<string, Trail[]>; charts: Map<string, ChartSpec> }>();

function found(index: Index) {
  let hit = cache.get(index);
  if (!hit) {
    const all = trailsOf(index);
    const byClaim = new Map<string, Trail[]>();
    for (const t of all) for (const s of t.stops) byClaim.set(s.claim.id, [...(byClaim.get(s.claim.id) ?? []), t]);
    cache.set(index, (hit = { all, byClaim, charts: new Map(all.map((t) => [t.id, trailChart(t)])) }));
  }
  return hit;
}

/** The trails of a dataset, worked out once per build. */
export const trails = (index: Index): Trail[] => found(index).all;

export const trailHref = (id: string) => `/trails/${id}`;

/** Every trail's timeline chart (ids trail-<series id>), for allCharts and the trail pages. */
export const trailCharts = (index: Index): ChartSpec[] => [...found(index).charts.values()];

/** The trails a claim is on, for its "How this number travelled" link. */
export function trailsOfClaim(index: Index, claimId: string): { id: string; href: string; title: string }[] {
  return (found(index).byClaim.get(claimId) ?? []).map((t) => ({
    id: t.id,
    href: trailHref(t.id),
    title: t.series.title,
  }));
}

const DRIFT_LABEL: Record<Drift['kind'], string> = { unit: 'Unit or subject', period: 'Period', place: 'Place' };

export interface TrailStopRow {
  claimId: string;
  href: string;
  date: string | null;
  outlet: string;
  storyHref: string;
  speaker: string;
  attributedTo: string;
  /** The words exactly as the data quotes them. */
  quote: string;
  /** The number as stated, qualifier and unit included: "more than 500 people released". */
  stated: string;
  /** Which of the series' figures the claim states: "NC, FY2019 (full year)". */
  quotes: string;
  status: ComparisonStatus;
  statusLabel: string;
  drift: { label: string; text: string }[];
  repeats: { href: string; label: string } | null;
  /** For an undated story placed by what it repeats: "placed on 2019-09-09, after the claim it repeats". */
  placed: string | null;
}

export interface TrailIndexEntry {
  id: string;
  href: string;
  title: string;
  claims: number;
  /** The first and last recorded story dates; null when none is recorded. */
  from: string | null;
  to: string | null;
  /** Claims whose unit, period or place drifted from the figure they state. */
  drifted: number;
  /** The figures the claims state, in words: "489 declined detainers (NC, FY2019 to about early Sep); at least 563 …". */
  figures: string;
}

export interface TrailView extends TrailIndexEntry {
  series: Trail['series'];
  summary: string;
  /** The series' figures the claims state, with their sources: the reference the trail is read against. */
  record: FigureRow[];
  stops: TrailStopRow[];
  /** The timeline: each dated claim's stated number, the record's figures as reference lines. */
  chart: ChartSpec;
}

const storyLabel = (s: Story) => `${s.outlet}, ${s.date ?? 'date not recorded'}`;

/** The series' figures the trail's claims state, each once, earliest period first. */
const quotedFigures = (t: Trail) =>
  [...new Map(t.stops.map((s) => [s.quoted.observation.id, s.quoted.observation])).values()].sort(
    (a, b) => (a.period_start ?? '').localeCompare(b.period_start ?? '') || a.value - b.value,
  );

function entry(t: Trail): TrailIndexEntry {
  const dates = t.stops
    .map((s) => s.story.date)
    .filter((d): d is string => d !== null)
    .sort();
  const figures = quotedFigures(t).map((o) => `${formatQuantity(o.value, o.unit, o.qualifier)} (${o.label})`);
  return {
    id: t.id,
    href: trailHref(t.id),
    title: t.series.title,
    claims: t.stops.length,
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
    drifted: t.stops.filter((s) => s.drift.length > 0).length,
    figures: figures.join('; '),
  };
}

/** Every trail, for the /trails index and the home page. */
export const trailsIndex = (index: Index): TrailIndexEntry[] => trails(index).map(entry);

export function trailView(index: Index, id: string): TrailView {
  const t = trails(index).find((x) => x.id === id)!;
  const e = entry(t);
  const observations = quotedFigures(t);
  const consistent = t.stops.filter((s) => s.comparison.status === 'consistent').length;
  const selfSourced = t.stops.filter((s) => s.comparison.status === 'self-sourced').length;
  const undated = t.stops.filter((s) => s.story.date === null).length;
  const dated = e.claims - undated;
  const span = e.from === e.to ? `on ${e.from}` : `from ${e.from} to ${e.to}`;
  const when = dated
    ? `${dated} dated ${span}${undated ? `, and ${undated} whose date was not recorded` : ''}`
    : 'none with a recorded date';
  const figures = observations.length === 1 ? 'this figure' : `one of these ${observations.length} figures`;
  const summary =
    `${e.claims} claims state ${figures}: ${when}. ` +
    `${consistent} ${consistent === 1 ? 'is' : 'are'} consistent with an independent record` +
    (selfSourced
      ? `, and ${selfSourced} ${selfSourced === 1 ? 'is' : 'are'} the only source of ${selfSourced === 1 ? 'its' : 'their'} own figure`
      : '') +
    `; ${e.drifted} changed the unit, period or place along the way.`;
  return {
    ...e,
    series: t.series,
    summary,
    chart: found(index).charts.get(t.id)!,
    record: observations.map((o) => figureRow(index, o, t.series, 'record')),
    stops: t.stops.map((s) => ({
      claimId: s.claim.id,
      href: `/claims/${s.claim.id}`,
      date: s.story.date,
      outlet: s.story.outlet,
      storyHref: `/stories/${s.story.id}`,
      speaker: s.claim.speaker,
      attributedTo: s.claim.attributed_to,
      quote: s.claim.quote,
      stated: claimPhrase(s.claim),
      quotes: `${formatQuantity(s.quoted.observation.value, s.quoted.observation.unit, s.quoted.observation.qualifier)}, ${describePeriod(s.quoted.observation)}`,
      status: s.comparison.status,
      statusLabel: STATUS_LABEL[s.comparison.status],
      drift: s.drift.map((d) => ({ label: DRIFT_LABEL[d.kind], text: d.text })),
      placed:
        s.order.fromRepeats && s.order.date ? `placed on ${s.order.date}, after the claim it says it repeats` : null,
      repeats: s.repeats
        ? {
            href: `/claims/${s.repeats.id}`,
            label: `${storyLabel(index.data.stories.find((x) => x.id === s.repeats!.story_id)!)}: ${claimPhrase(s.repeats)}`,
          }
        : null,
    })),
  };
}
