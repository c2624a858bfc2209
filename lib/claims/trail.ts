import type { EvidenceItem, Index } from '../data/evidence';
import type { Claim, Series, Story } from '../data/records';
import { periodMisalignment, placeMisalignment } from './alignment';
import type { Comparison } from './compare';
import { compareInIndex } from './compare-in-index';
import { differenceClause } from './explain';

/** Where a claim's wording moved away from the figure it quotes. */
export interface Drift {
  kind: 'unit' | 'period' | 'place';
  /** "counts people released; the record counts declined detainers". */
  text: string;
}

/** One claim on a trail: the figure it quotes, its verdict and how its wording drifted. */
export interface TrailStop {
  claim: Claim;
  story: Story;
  /** The link that puts the claim on the trail: the series' figure it states, as the same measure or a related one. */
  quoted: EvidenceItem;
  comparison: Comparison;
  drift: Drift[];
  /** The earlier claim this one says it repeats, when that claim is in the data. */
  repeats: Claim | null;
  /** Where the stop sits in time (storyOrders): its story's date, or the date borrowed from what it repeats. */
  order: StoryOrder;
}

/** How one official series travelled through coverage: every claim that states one of its figures, in date order. */
export interface Trail {
  /** The trail's id is its series' id: /trails/<series id>. */
  id: string;
  series: Series;
  stops: TrailStop[];
}

/** Least number of claims that make a trail. */
export const TRAIL_MIN_CLAIMS = 2;

/** The ways a claim's wording differs from the figure it quotes: unit or subject, period, place. */
export function driftOf(claim: Claim, quoted: EvidenceItem): Drift[] {
  const o = quoted.observation;
  const drift: Drift[] = [];
  if (claim.unit !== o.unit) {
    drift.push({
      kind: 'unit',
      text: claim.unit
        ? `counts ${claim.unit}; the record counts ${o.unit}`
        : `names no unit; the record counts ${o.unit}`,
    });
  }
  const period = periodMisalignment(claim, o);
  // Two undated periods in the same words are the same wording: nothing drifted, though nothing can be checked.
  if (period && !(period.kind === 'both-undated' && claim.period === o.period))
    drift.push({ kind: 'period', text: differenceClause(claim, period) });
  const place = placeMisalignment(claim, o);
  if (place) drift.push({ kind: 'place', text: differenceClause(claim, place) });
  return drift;
}

/**
 * Where a story sits in the order a number travelled, from the repeats column alone: its own date
 * when recorded; an undated story takes the latest date of the stories it says it repeats (it cannot
 * be earlier than what it repeats). `hops` counts the repeats between stories behind it, so a story
 * that repeats another of the same day comes after it. A story with neither date comes last.
 */
export interface StoryOrder {
  date: string | null;
  /** True when the date is borrowed from the stories it repeats, not the story's own. */
  fromRepeats: boolean;
  hops: number;
}

export function storyOrders(stories: Story[], claims: Claim[]): Map<string, StoryOrder> {
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const orders = new Map<string, StoryOrder>();
  const visiting = new Set<string>();
  const orderOf = (storyId: string): StoryOrder => {
    const done = orders.get(storyId);
    if (done) return done;
    const own = storyById.get(storyId)?.date ?? null;
    if (visiting.has(storyId)) return { date: own, fromRepeats: false, hops: 0 };
    visiting.add(storyId);
    const sources = claims
      .filter((c) => c.story_id === storyId && c.repeats)
      .map((c) => claimById.get(c.repeats!))
      .filter((c): c is Claim => c !== undefined && c.story_id !== storyId)
      .map((c) => orderOf(c.story_id));
    visiting.delete(storyId);
    const latest =
      sources
        .map((o) => o.date)
        .filter((d): d is string => d !== null)
        .sort()
        .pop() ?? null;
    const order = {
      date: own ?? latest,
      fromRepeats: own === null && latest !== null,
      hops: sources.length ? Math.max(...sources.map((o) => o.hops)) + 1 : 0,
    };
    orders.set(storyId, order);
    return order;
  };
  for (const s of stories) orderOf(s.id);
  return orders;
}

/** Oldest first (by StoryOrder); a repeater after what it repeats; a borrowed date after the stories dated that day; stories with no date at all last; then story and article order. */
const byOrder = (orders: Map<string, StoryOrder>) => (a: TrailStop, b: TrailStop) => {
  const oa = orders.get(a.story.id)!;
  const ob = orders.get(b.story.id)!;
  // A borrowed date is a lower bound ("no earlier than what it repeats"), so it follows the stories dated that day.
  return (
    (oa.date ?? '9999').localeCompare(ob.date ?? '9999') ||
    oa.hops - ob.hops ||
    Number(oa.fromRepeats) - Number(ob.fromRepeats) ||
    a.story.id.localeCompare(b.story.id) ||
    a.claim.position - b.claim.position
  );
};

/**
 * The trails in the data. A series has a trail when it is the record for at least one claim (so it is
 * the official figure, not a stand-in such as re-arrest rates set against re-offending claims) and
 * TRAIL_MIN_CLAIMS or more claims state one of its figures, as the same measure or in drifted words
 * (role record or proxy). Context links never put a claim on a trail.
 */
export function trailsOf(index: Index): Trail[] {
  const stories = new Map(index.data.stories.map((s) => [s.id, s]));
  const claims = new Map(index.data.claims.map((c) => [c.id, c]));
  const orders = storyOrders(index.data.stories, index.data.claims);
  const bySeries = new Map<string, { series: Series; isRecord: boolean; stops: TrailStop[] }>();
  for (const claim of index.data.claims) {
    const evidence = index.evidenceFor(claim);
    const quotedBySeries = new Map<string, EvidenceItem>();
    for (const e of evidence)
      if (e.role !== 'context' && !quotedBySeries.has(e.series.id)) quotedBySeries.set(e.series.id, e);
    if (quotedBySeries.size === 0) continue;
    const comparison = compareInIndex(index, claim);
    for (const [id, quoted] of quotedBySeries) {
      const entry = bySeries.get(id) ?? { series: quoted.series, isRecord: false, stops: [] };
      entry.isRecord ||= quoted.role === 'record';
      entry.stops.push({
        claim,
        story: stories.get(claim.story_id)!,
        quoted,
        comparison,
        drift: driftOf(claim, quoted),
        repeats: claim.repeats ? (claims.get(claim.repeats) ?? null) : null,
        order: orders.get(claim.story_id)!,
      });
      bySeries.set(id, entry);
    }
  }
  return [...bySeries.values()]
    .filter((t) => t.isRecord && t.stops.length >= TRAIL_MIN_CLAIMS)
    .map((t) => ({ id: t.series.id, series: t.series, stops: t.stops.sort(byOrder(orders)) }));
}
