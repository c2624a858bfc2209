import type { ChartShape } from '../chart-kind';
import type { ChartSpec } from '../chart-spec';

/**
 * What one chart kind is, in one place (the registry, ./registry.ts, lists them): how it is chosen from the
 * data's shape, read aloud, stepped through by keyboard, laid out at a width, keyed, tabled and drawn.
 * Pure: no React. The component that draws a kind is named by `drawer`, and components/charts/kind-components.tsx
 * maps each drawer to its component, so a new kind drawn like an old one needs no component of its own.
 */
export interface KindModule<K extends string = string> {
  kind: K;
  /**
   * Why the data's shape asks for this kind, or null when it does not. The registry asks the kinds in its
   * order and takes the first that answers; a kind without `choose` is only ever set by a builder.
   */
  choose?: (shape: ChartShape) => string | null;
  /** The summary's first words ("Line chart"). */
  words: string;
  /** The summary counts what is drawn: "12 figures", "100 counties". */
  count: (figures: number, rows: number) => string;
  /** Figures in time order: the summary reads them first to last, and a place's dated events may be drawn on it. */
  overTime: boolean;
  /** A continuous time axis (lines): missing periods are kept as breaks and the periods' span is the axis. */
  timeAxis: boolean;
  /** How the chart's marks are read by keyboard: down the rows, across time, or in the table's order by any arrow. */
  reading: 'down' | 'across' | 'any';
  /** What one arrow press reads ("value", "county"). */
  markNoun: string;
  /** The browser swaps in the interactive recharts drawing; otherwise the build-time SVG stays and the box reads its marks. */
  swaps: boolean;
  /** The data table: the head of its row-label column, and what an empty cell says. */
  table: { head: string; missing: string };
  /** The key above the plot: none, a square per tone or series, or a short line per series. */
  key: 'none' | 'square' | 'line';
  /**
   * Dated events (lib/charts/event-marks.ts): a line at the date on a time axis, a line on the column whose period
   * holds the date, only a note beside the chart, or nothing (a map draws places at one date).
   */
  events: 'date' | 'period' | 'notes' | 'none';
  /** Which component draws it (components/charts/kind-components.tsx). */
  drawer: 'bars' | 'time' | 'map' | 'timeline';
  /** recharts' time drawing only: how the points are joined. */
  curve?: 'linear' | 'stepAfter';
  /** The build adds a row key and a <title> to each recharts bar (bars and columns). */
  labelsBars: boolean;
  /** Every mark is a county with a 5-digit data-fips. */
  places: boolean;
  /** The root <svg>'s data-chart-kind (the published mark contract, tests/e2e/chart-kinds.test.ts). */
  contract: string;
  /** Layout at the spec's width: the left column (category labels, or the value axis) and the height. */
  labelWidth: (spec: ChartSpec) => number;
  height: (spec: ChartSpec) => number;
}

/** A kind module, with its name kept as a literal type (so ChartKind is the union of the registry's names). */
export const defineKind = <K extends string>(kind: KindModule<K>): KindModule<K> => kind;
