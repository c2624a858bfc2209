/**
 * The layout of Open Graph / Twitter card images (1200×630), light theme, as a Frame that
 * components/charts/ShareCard.tsx draws; scripts/publish-exports.ts renders them to PNG.
 * A claim card: the site name, the quote, the status and the comparison sentence, with the claim's chart when it
 * has one. A series card: the title, subtitle, chart and source line. Pure: no fs, no markup.
 * Every string from the data stays text (React escapes it) and is cut to fit with an ellipsis.
 *
 * Charts differ a lot in shape (640×102 to 640×732), so a card with a chart tries two layouts, the words above
 * the chart or beside it, and keeps the one that draws the chart larger. The chart's size comes from its spec.
 */
import type { ComparisonStatus } from '@/lib/vocabulary/statuses';
import type { ChartSpec } from './chart-spec';
import {
  fitChart,
  type Frame,
  frameColours,
  type FrameChart,
  type FrameMark,
  frameName,
  textLines,
} from './export-svg';
import { colour } from './palette';
import { SLACK, textWidth, wrapText } from './text';
import { creditedSource } from './source-line';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** Border and text colours of the status badge (components/claims/StatusBadge.tsx, light). */
const STATUS_COLOUR: Record<ComparisonStatus, { border: string; text: string }> = {
  consistent: { border: '#047857', text: '#065f46' },
  overstates: { border: '#b91c1c', text: '#991b1b' },
  understates: { border: '#b45309', text: '#92400e' },
  'self-sourced': { border: '#0369a1', text: '#075985' },
  'two-counts': { border: '#7e22ce', text: '#6b21a8' },
  'not-comparable': { border: '#475569', text: '#334155' },
  'no-official-data': { border: '#475569', text: '#334155' },
};

/** The site's accent (--link). */
const ACCENT = colour('light', 'link');

export interface ClaimShare {
  kind: 'claim';
  siteName: string;
  quote: string;
  status: ComparisonStatus;
  statusLabel: string;
  sentence: string;
  /** The claim's chart; null when the claim has no figures to draw. */
  chart: ChartSpec | null;
}

export interface SeriesShare {
  kind: 'series';
  siteName: string;
  spec: ChartSpec;
}

export type ShareCardData = ClaimShare | SeriesShare;

const M = 56;
/** Top of the content, under the site name. */
const TOP = 84;
const BOTTOM = SHARE_HEIGHT - 36;
/** Side layout: the words in a left column this wide, the chart to its right. */
const SIDE_COL = 470;
const GUTTER = 36;
const p = frameColours('light');

type Box = { x: number; y: number; width: number; height: number };
type Size = { width: number; height: number };

interface Layout {
  marks: FrameMark[];
  chartBox: Box | null;
  /** Below the words the chart hangs from the top; beside them it is centred. */
  align?: 'top' | 'middle';
}

const scaleIn = (chart: Size, box: Box) => Math.min(box.width / chart.width, box.height / chart.height);

/** The layout that draws the chart larger; the first wins a tie. */
function pick(chart: Size, layouts: Layout[]): Layout {
  return layouts.reduce((best, l) =>
    l.chartBox && (!best.chartBox || scaleIn(chart, l.chartBox) > scaleIn(chart, best.chartBox) * 1.05) ? l : best,
  );
}

function header(siteName: string): FrameMark[] {
  return [
    { kind: 'rect', x: 0, y: 0, width: SHARE_WIDTH, height: 8, fill: ACCENT },
    ...textLines(wrapText(siteName, (SHARE_WIDTH - 2 * M) * SLACK, 24, { bold: true, maxLines: 1 }), M, 30, {
      size: 24,
      lineHeight: 30,
      fill: ACCENT,
      bold: true,
    }).marks,
  ];
}

/** The largest quote size whose text fits in maxLines; at the smallest size the quote is cut with an ellipsis. */
function fitQuote(quote: string, width: number, sizes: number[], maxLines: number): { lines: string[]; size: number } {
  const text = `“${quote.trim()}”`;
  for (const size of sizes) {
    const lines = wrapText(text, width, size);
    if (lines.length <= maxLines) return { lines, size };
  }
  const size = sizes[sizes.length - 1];
  const lines = wrapText(text, width, size, { maxLines });
  // A cut quote still closes its quotation mark.
  const last = lines[lines.length - 1];
  if (!last.endsWith('”')) lines[lines.length - 1] = `${last}”`;
  return { lines, size };
}

interface ClaimText {
  width: number;
  quoteSizes: number[];
  quoteLines: number;
  sentenceSize: number;
  /** Most sentence lines; fewer when the space below runs out. */
  sentenceLines: number;
  /** Lowest y the words may reach. */
  bottom: number;
}

/** Quote, status badge and sentence from (M, TOP); returns the marks and the y where they end. */
function claimWords(card: ClaimShare, o: ClaimText): { marks: FrameMark[]; end: number } {
  const textW = o.width * SLACK;
  const marks: FrameMark[] = [];
  let y = TOP;
  const quote = fitQuote(card.quote, textW, o.quoteSizes, o.quoteLines);
  const q = textLines(quote.lines, M, y, { size: quote.size, lineHeight: Math.round(quote.size * 1.25), fill: p.fg });
  marks.push(...q.marks);
  y += q.height + 20;

  const colour = STATUS_COLOUR[card.status] ?? STATUS_COLOUR['not-comparable'];
  const label = wrapText(card.statusLabel, textW - 36, 24, { bold: true, maxLines: 1 })[0] ?? '';
  const badgeW = Math.min(o.width, textWidth(label, 24, true) / SLACK + 36);
  marks.push({
    kind: 'rect',
    x: M + 1.5,
    y: y + 1.5,
    width: Math.round(badgeW - 3),
    height: 45,
    rx: 6,
    fill: 'none',
    stroke: colour.border,
    strokeWidth: 3,
  });
  marks.push(...textLines([label], M + 18, y + 9, { size: 24, lineHeight: 30, fill: colour.text, bold: true }).marks);
  y += 48 + 18;

  const lineHeight = Math.round(o.sentenceSize * 1.38);
  const room = Math.max(1, Math.min(o.sentenceLines, Math.floor((o.bottom - y) / lineHeight)));
  const s = textLines(wrapText(card.sentence, textW, o.sentenceSize, { maxLines: room }), M, y, {
    size: o.sentenceSize,
    lineHeight,
    fill: p.muted,
  });
  marks.push(...s.marks);
  return { marks, end: y + s.height };
}

/** The chart placed in the chosen layout's box, or nothing when there is no chart or too little room for one. */
function placed(chart: Size | null, layout: Layout, minHeight = 0): FrameChart[] {
  if (!chart || !layout.chartBox || layout.chartBox.height <= minHeight) return [];
  return [fitChart(chart, layout.chartBox, layout.align ?? 'middle')];
}

function claimCard(card: ClaimShare): Frame {
  const full = SHARE_WIDTH - 2 * M;
  const chart = card.chart;
  let layout: Layout;
  if (!chart) {
    const words = claimWords(card, {
      width: full,
      quoteSizes: [52, 46, 40, 36],
      quoteLines: 5,
      sentenceSize: 26,
      sentenceLines: 5,
      bottom: BOTTOM,
    });
    layout = { marks: words.marks, chartBox: null };
  } else {
    const above = claimWords(card, {
      width: full,
      quoteSizes: [36, 32, 28],
      quoteLines: 3,
      sentenceSize: 21,
      sentenceLines: 2,
      bottom: BOTTOM,
    });
    const beside = claimWords(card, {
      width: SIDE_COL,
      quoteSizes: [36, 32, 28, 26],
      quoteLines: 6,
      sentenceSize: 21,
      sentenceLines: 8,
      bottom: BOTTOM,
    });
    const sideX = M + SIDE_COL + GUTTER;
    layout = pick(chart, [
      {
        marks: above.marks,
        chartBox: { x: M - 8, y: above.end + 14, width: full + 16, height: BOTTOM + 16 - (above.end + 14) },
        align: 'top',
      },
      {
        marks: beside.marks,
        chartBox: { x: sideX, y: TOP - 10, width: SHARE_WIDTH - M + 8 - sideX, height: BOTTOM + 16 - (TOP - 10) },
        align: 'middle',
      },
    ]);
  }
  const marks = [...header(card.siteName), ...layout.marks, ...placed(chart, layout)];
  return {
    width: SHARE_WIDTH,
    height: SHARE_HEIGHT,
    ...frameName(`“${card.quote}”: ${card.statusLabel}`, card.sentence),
    background: p.bg,
    marks,
  };
}

interface SeriesText {
  width: number;
  titleSize: number;
  titleLines: number;
  subtitleSize: number;
  subtitleLines: number;
  sourceSize: number;
  sourceLines: number;
}

/** Title and subtitle from (M, TOP), the source line at the bottom; returns where the words above end and the source starts. */
function seriesWords(spec: ChartSpec, o: SeriesText): { marks: FrameMark[]; end: number; sourceTop: number } {
  const textW = o.width * SLACK;
  let y = TOP;
  const title = textLines(wrapText(spec.title, textW, o.titleSize, { bold: true, maxLines: o.titleLines }), M, y, {
    size: o.titleSize,
    lineHeight: Math.round(o.titleSize * 1.2),
    fill: p.fg,
    bold: true,
  });
  y += title.height + 4;
  const sub = spec.subtitle
    ? textLines(wrapText(spec.subtitle, textW, o.subtitleSize, { maxLines: o.subtitleLines }), M, y, {
        size: o.subtitleSize,
        lineHeight: Math.round(o.subtitleSize * 1.3),
        fill: p.muted,
      })
    : { marks: [], height: 0 };
  y += sub.height;
  const lh = Math.round(o.sourceSize * 1.3);
  const source = wrapText(creditedSource(spec), textW, o.sourceSize, { maxLines: o.sourceLines });
  const sourceTop = BOTTOM + 6 - source.length * lh;
  const src = textLines(source, M, sourceTop, { size: o.sourceSize, lineHeight: lh, fill: p.muted });
  return { marks: [...title.marks, ...sub.marks, ...src.marks], end: y, sourceTop };
}

function seriesCard(card: SeriesShare): Frame {
  const { spec } = card;
  const full = SHARE_WIDTH - 2 * M;
  const above = seriesWords(spec, {
    width: full,
    titleSize: 38,
    titleLines: 2,
    subtitleSize: 24,
    subtitleLines: 1,
    sourceSize: 19,
    sourceLines: 2,
  });
  const beside = seriesWords(spec, {
    width: SIDE_COL,
    titleSize: 34,
    titleLines: 5,
    subtitleSize: 22,
    subtitleLines: 3,
    sourceSize: 18,
    sourceLines: 5,
  });
  const sideX = M + SIDE_COL + GUTTER;
  const layout = pick(spec, [
    {
      marks: above.marks,
      chartBox: { x: M - 8, y: above.end + 12, width: full + 16, height: above.sourceTop - 14 - (above.end + 12) },
    },
    {
      marks: beside.marks,
      chartBox: { x: sideX, y: TOP - 10, width: SHARE_WIDTH - M + 8 - sideX, height: BOTTOM + 16 - (TOP - 10) },
    },
  ]);
  const marks = [...header(card.siteName), ...layout.marks, ...placed(spec, layout, 40)];
  return {
    width: SHARE_WIDTH,
    height: SHARE_HEIGHT,
    ...frameName(spec.title, spec.description),
    background: p.bg,
    marks,
  };
}

/** The share image of a claim or a series chart: a 1200×630 frame. */
export function shareFrame(card: ShareCardData): Frame {
  return card.kind === 'claim' ? claimCard(card) : seriesCard(card);
}
