import type { ChartEvent, ChartOverlay, ChartReference, ChartSpec } from './chart-spec';

/**
 * What a chart draws over its figures, as marks of their own in one list (Observable Plot's rules and text are
 * ordinary marks): the claim as a line or a band, the record's figures as labelled reference lines (trails),
 * dated events as vertical lines. A new kind of annotation is a new member here, not a new field on every spec.
 */
export type Annotation =
  ({ type: 'claim' } & ChartOverlay) | ({ type: 'reference' } & ChartReference) | ({ type: 'event' } & ChartEvent);

type Of<T extends Annotation['type']> = Extract<Annotation, { type: T }>;

const only =
  <T extends Annotation['type']>(type: T) =>
  (spec: Pick<ChartSpec, 'annotations'>): Of<T>[] =>
    spec.annotations.filter((a): a is Of<T> => a.type === type);

/** The claim drawn on the chart (claim comparisons), or null. */
export const claimMark = (spec: Pick<ChartSpec, 'annotations'>): Of<'claim'> | null => only('claim')(spec)[0] ?? null;
/** The record's figures drawn as reference lines (trail timelines). */
export const referenceLines = only('reference');
/** The dated events drawn as vertical lines (time charts). */
export const eventLines = only('event');

/** As annotations: a claim (or none), reference lines, events. */
export const claimAnnotation = (overlay: ChartOverlay | null): Annotation[] =>
  overlay ? [{ type: 'claim', ...overlay }] : [];
export const referenceAnnotations = (refs: ChartReference[]): Annotation[] =>
  refs.map((r) => ({ type: 'reference', ...r }));
export const eventAnnotations = (events: ChartEvent[]): Annotation[] => events.map((e) => ({ type: 'event', ...e }));

/** The spec's annotations with those of one type replaced. */
export const replacing = (
  spec: Pick<ChartSpec, 'annotations'>,
  type: Annotation['type'],
  next: Annotation[],
): Annotation[] => [...spec.annotations.filter((a) => a.type !== type), ...next];
