import { claimPhrase } from '../claims/explain';
import type { Trail, TrailStop } from '../claims/trail';
import type { Observation } from '../data/records';
import { formatNumber, formatQuantity, isPercentUnit, unitWords } from '../format/number';
import { CLAIM_BOUNDS, type ClaimQualifier, QUALIFIER_WORDS } from '../vocabulary/qualifiers';
import { referenceAnnotations, referenceLines } from './annotations';
import type { ChartMarker, ChartReference, ChartRow, ChartSpec, MarkerKeyItem, TimeTick } from './chart-spec';
import { niceScale } from './chart-spec';
import { layoutSpec } from './layout-spec';
import type { Tone } from './palette';
import { yearOfDate } from './time-axis';

/** Points whose claims kept the record's wording, and points whose unit, period or place drifted from it. */
export const KEPT_TONE: Tone = 'series-1';
export const DRIFTED_TONE: Tone = 'series-2';
/** Points this many days apart or closer, at the same number, are set side by side instead of on top of each other. */
export const DODGE_DAYS = 21;

/** The shape of a point by the claim's qualifier: open for a lower bound, a diamond for an approximation. */
export const QUALIFIER_MARKER: Partial<Record<ClaimQualifier, ChartMarker>> = {
  exact: { shape: 'circle', open: false },
  'more-than': { shape: 'triangle-up', open: true },
  'at-least': { shape: 'triangle-up', open: true },
  about: { shape: 'diamond', open: false },
  nearly: { shape: 'diamond', open: false },
  average: { shape: 'diamond', open: false },
  'up-to': { shape: 'triangle-down', open: true },
};

const MARKER_WORDS: Record<ChartMarker['shape'], string> = {
  circle: 'exact number',
  'triangle-up': 'a lower bound',
  diamond: 'an approximation',
  'triangle-down': 'an upper bound',
};

/** The number a claim states out loud ("more than 500" states 500); null for a range or no number. */
const statedNumber = (stop: TrailStop): number | null => {
  const bound = CLAIM_BOUNDS[stop.claim.qualifier].stated;
  return bound === null ? null : stop.claim[bound];
};

const DAY_YEARS = 1 / 365.25;

/** The record's figures as reference lines, one per value; figures at the same value share a line. */
function references(observations: Observation[]): ChartReference[] {
  const byValue = new Map<number, ChartReference>();
  for (const o of observations) {
    const label = `${formatQuantity(o.value, o.unit, o.qualifier)}, ${o.label}`;
    const ref = byValue.get(o.value);
    if (ref) {
      ref.label = `${ref.label}; ${label}`;
      ref.observationIds.push(o.id);
    } else byValue.set(o.value, { value: o.value, label, observationIds: [o.id] });
  }
  return [...byValue.values()].sort((a, b) => b.value - a.value);
}

/** Quarter starts between t0 and t1 ("Oct 2019"); the layout keeps those that fit. */
function quarterTicks(t0: number, t1: number): TimeTick[] {
  const ticks: TimeTick[] = [];
  for (let y = Math.floor(t0); y <= Math.ceil(t1); y++) {
    ['Jan', 'Apr', 'Jul', 'Oct'].forEach((m, q) => {
      const t = y + q / 4;
      if (t >= t0 - 0.02 && t <= t1 + 0.02) ticks.push({ t, label: `${m} ${y}` });
    });
  }
  return ticks;
}

/** The middle of the widest stretch of time without a point: where the reference labels sit. */
function clearestTime(ts: number[], t0: number, t1: number): number {
  const edges = [t0, ...ts, t1];
  let best = { gap: -1, mid: (t0 + t1) / 2 };
  for (let i = 1; i < edges.length; i++)
    if (edges[i] - edges[i - 1] > best.gap) best = { gap: edges[i] - edges[i - 1], mid: (edges[i] + edges[i - 1]) / 2 };
  return best.mid;
}

/**
 * A value axis that starts near the figures rather than at zero: the chart sets the stated numbers against
 * each other and the record, and a zero baseline would press them into one line at the top.
 */
function valueScale(values: number[], percent: boolean) {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = Math.max(hi - lo, hi * 0.25);
  const guess = Math.max(0, lo - span / 4);
  const step = (min: number) => {
    const { ticks } = niceScale(min, values, percent, true);
    return ticks.length > 1 ? ticks[1] - ticks[0] : 1;
  };
  const min = Math.max(0, Math.floor(guess / step(guess)) * step(guess));
  const { max, ticks } = niceScale(min, values, percent, true);
  return { domainMin: min, domainMax: max, ticks };
}

/**
 * A trail as a timeline: each dated claim a point at its story's date and the number it states, shaped by its
 * qualifier and coloured by whether its wording drifted from the record's; the record's figures as labelled
 * horizontal lines. Claims with no recorded date or no single stated number are left out, and the notes say so.
 */
export function trailChart(trail: Trail): ChartSpec {
  const { series } = trail;
  const drawn = trail.stops.filter(
    (s) => s.story.date !== null && statedNumber(s) !== null && QUALIFIER_MARKER[s.claim.qualifier],
  );
  const undated = trail.stops.filter((s) => s.story.date === null).length;
  const numberless = trail.stops.length - drawn.length - undated;
  const observations = [...new Map(trail.stops.map((s) => [s.quoted.observation.id, s.quoted.observation])).values()];
  const refs = references(observations);

  const rows: ChartRow[] = [];
  for (const s of drawn) {
    const t = yearOfDate(s.story.date!);
    const value = statedNumber(s)!;
    const drifted = s.drift.length > 0;
    const dodge = rows.filter((r) => r.values.v === value && Math.abs(r.t! - t) <= DODGE_DAYS * DAY_YEARS).length;
    const kinds = s.drift.map((d) => d.kind).join(' and ');
    rows.push({
      key: s.claim.id,
      category: `${s.story.outlet}, ${s.story.date}`,
      values: { v: value },
      labels: { v: `${claimPhrase(s.claim)}${drifted ? ` (${kinds} drifted from the record)` : ''}` },
      observationIds: { v: s.quoted.observation.id },
      t,
      tone: drifted ? DRIFTED_TONE : KEPT_TONE,
      marker: QUALIFIER_MARKER[s.claim.qualifier],
      dodge,
    });
  }
  // Points on top of each other are spread about their date: 0, 1, 2 → -1, 0, 1.
  const raw = rows.map((r) => r.dodge ?? 0);
  rows.forEach((r, i) => {
    const group = rows.map((x, j) =>
      x.values.v === r.values.v && Math.abs(x.t! - r.t!) <= DODGE_DAYS * DAY_YEARS ? raw[j] : 0,
    );
    r.dodge = raw[i] - Math.max(...group) / 2;
  });

  const ts = rows.map((r) => r.t!);
  const t0 = ts.length ? Math.min(...ts) : 0;
  const t1 = ts.length ? Math.max(...ts) : 1;
  const scale = valueScale([...rows.map((r) => r.values.v), ...refs.map((r) => r.value)], isPercentUnit(series.unit));

  const markerKey: MarkerKeyItem[] = [];
  for (const shape of Object.keys(MARKER_WORDS) as ChartMarker['shape'][]) {
    const here = drawn.filter((s) => QUALIFIER_MARKER[s.claim.qualifier]!.shape === shape);
    if (!here.length) continue;
    const words = [...new Set(here.map((s) => QUALIFIER_WORDS[s.claim.qualifier]).filter(Boolean))].map(
      (w) => `“${w}”`,
    );
    markerKey.push({
      label: `${MARKER_WORDS[shape]}${words.length ? ` (${words.join(', ')})` : ''}`,
      tone: 'context',
      marker: QUALIFIER_MARKER[here[0].claim.qualifier]!,
    });
  }
  if (rows.some((r) => r.tone === KEPT_TONE))
    markerKey.push({ label: 'the record’s unit, period and place', tone: KEPT_TONE, marker: null });
  if (rows.some((r) => r.tone === DRIFTED_TONE))
    markerKey.push({ label: 'unit, period or place drifted', tone: DRIFTED_TONE, marker: null });

  const notes: string[] = [];
  if (undated)
    notes.push(
      `${undated} of the ${trail.stops.length} claims ${undated === 1 ? 'has' : 'have'} no recorded date and ${undated === 1 ? 'is' : 'are'} not drawn; ${undated === 1 ? 'it is' : 'they are'} listed below.`,
    );
  if (numberless)
    notes.push(
      `${numberless} claim${numberless === 1 ? ' states' : 's state'} no single number and ${numberless === 1 ? 'is' : 'are'} not drawn; listed below.`,
    );
  const bound = drawn.find((s) => QUALIFIER_MARKER[s.claim.qualifier]!.open);
  const example = bound ? `: “${claimPhrase(bound.claim)}” is drawn at ${formatNumber(statedNumber(bound)!)}` : '';
  notes.push(
    `Each point is the number as stated${example}. The value axis starts at ${formatNumber(scale.domainMin)}, not zero.`,
  );

  const spec = layoutSpec({
    id: `trail-${trail.id}`,
    kind: 'trail',
    chartKind: 'timeline',
    title: `How the number travelled: ${series.short_title}`,
    subtitle: `Each claim’s stated number by publication date; dashed lines: the record (${unitWords(series.unit)})`,
    unit: series.unit,
    bars: [{ key: 'v', label: 'number as stated', tone: KEPT_TONE, pointsOnly: true }],
    rows,
    overlayNote: null,
    notes,
    ...scale,
    timeDomain: [t0, t1],
    timeTicks: quarterTicks(t0, t1),
    annotations: referenceAnnotations(refs),
    referenceLabelT: clearestTime(ts, t0, t1),
    markerKey,
    publishers: [series.publisher],
    href: `/trails/${trail.id}`,
  });
  spec.description = describeTrail(spec);
  return spec;
}

/** The text summary: every point as its label, then the reference lines. */
function describeTrail(spec: ChartSpec): string {
  const points = spec.rows.map((r) => `${r.category}: ${r.labels.v}`).join('; ');
  const lines = referenceLines(spec)
    .map((r) => r.label)
    .join('; ');
  return `Timeline of ${spec.rows.length} dated claim${spec.rows.length === 1 ? '' : 's'}, by publication date. ${points}. Reference lines for the record: ${lines}.`;
}
