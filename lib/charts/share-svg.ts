/**
 * Open Graph / Twitter card images (1200×630), light theme, as SVG; scripts/publish-exports.ts renders them to PNG.
 * A claim card: the site name, the quote, the status and the comparison sentence, with the claim's chart when it
 * has one. A series card: the title, subtitle, chart and source line. Pure: no fs.
 * Every string from the data is escaped (textLines → escapeXml) and cut to fit with an ellipsis.
 *
 * Charts differ a lot in shape (640×102 to 640×732), so a card with a chart tries two layouts, the words above
 * the chart or beside it, and keeps the one that draws the chart larger.
 */
import type { ComparisonStatus } from '@/lib/vocabulary/statuses';
import type { ChartSpec } from './chart-spec';
import { documentOpen, frameColours, nestChart, type ParsedChart, parseChartSvg, textLines } from './export-svg';
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
  /** The claim's chart and its build-time SVG; null when the claim has no figures to draw. */
  chart: { spec: ChartSpec; svg: string } | null;
}

export interface SeriesShare {
  kind: 'series';
  siteName: string;
  spec: ChartSpec;
  chartSvg: string;
}

export type ShareCard = ClaimShare | SeriesShare;

const M = 56;
/** Top of the content, under the site name. */
const TOP = 84;
const BOTTOM = SHARE_HEIGHT - 36;
/** Side layout: the words in a left column this wide, the chart to its right. */
const SIDE_COL = 470;
const GUTTER = 36;
const p = frameColours('light');

type Box = { x: number; y: number; width: number; height: number };

interface Layout {
  markup: string;
  chartBox: Box | null;
  /** Below the words the chart hangs from the top; beside them it is centred. */
  align?: 'xMidYMin' | 'xMidYMid';
}

const scaleIn = (chart: ParsedChart, box: Box) => Math.min(box.width / chart.width, box.height / chart.height);

/** The layout that draws the chart larger; the first wins a tie. */
function pick(chart: ParsedChart, layouts: Layout[]): Layout {
  return layouts.reduce((best, l) => (l.chartBox && (!best.chartBox || scaleIn(chart, l.chartBox) > scaleIn(chart, best.chartBox) * 1.05) ? l : best));
}

function header(siteName: string): string {
  return (
    `<rect width="${SHARE_WIDTH}" height="8" fill="${ACCENT}"/>` +
    textLines(wrapText(siteName, (SHARE_WIDTH - 2 * M) * SLACK, 24, { bold: true, maxLines: 1 }), M, 30, { size: 24, lineHeight: 30, fill: ACCENT, bold: true }).markup
  );
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

/** Quote, status badge and sentence from (M, TOP); returns the markup and the y where they end. */
function claimWords(card: ClaimShare, o: ClaimText): { markup: string; end: number } {
  const textW = o.width * SLACK;
  const parts: string[] = [];
  let y = TOP;
  const quote = fitQuote(card.quote, textW, o.quoteSizes, o.quoteLines);
  const q = textLines(quote.lines, M, y, { size: quote.size, lineHeight: Math.round(quote.size * 1.25), fill: p.fg });
  parts.push(q.markup);
  y += q.height + 20;

  const colour = STATUS_COLOUR[card.status] ?? STATUS_COLOUR['not-comparable'];
  const label = wrapText(card.statusLabel, textW - 36, 24, { bold: true, maxLines: 1 })[0] ?? '';
  const badgeW = Math.min(o.width, textWidth(label, 24, true) / SLACK + 36);
  parts.push(`<rect x="${M + 1.5}" y="${y + 1.5}" width="${Math.round(badgeW - 3)}" height="45" rx="6" fill="none" stroke="${colour.border}" stroke-width="3"/>`);
  parts.push(textLines([label], M + 18, y + 9, { size: 24, lineHeight: 30, fill: colour.text, bold: true }).markup);
  y += 48 + 18;

  const lineHeight = Math.round(o.sentenceSize * 1.38);
  const room = Math.max(1, Math.min(o.sentenceLines, Math.floor((o.bottom - y) / lineHeight)));
  const s = textLines(wrapText(card.sentence, textW, o.sentenceSize, { maxLines: room }), M, y, { size: o.sentenceSize, lineHeight, fill: p.muted });
  parts.push(s.markup);
  return { markup: parts.join(''), end: y + s.height };
}

function claimCard(card: ClaimShare): string {
  const full = SHARE_WIDTH - 2 * M;
  const chart = card.chart ? parseChartSvg(card.chart.svg) : null;
  let layout: Layout;
  if (!chart) {
    const words = claimWords(card, { width: full, quoteSizes: [52, 46, 40, 36], quoteLines: 5, sentenceSize: 26, sentenceLines: 5, bottom: BOTTOM });
    layout = { markup: words.markup, chartBox: null };
  } else {
    const above = claimWords(card, { width: full, quoteSizes: [36, 32, 28], quoteLines: 3, sentenceSize: 21, sentenceLines: 2, bottom: BOTTOM });
    const beside = claimWords(card, { width: SIDE_COL, quoteSizes: [36, 32, 28, 26], quoteLines: 6, sentenceSize: 21, sentenceLines: 8, bottom: BOTTOM });
    const sideX = M + SIDE_COL + GUTTER;
    layout = pick(chart, [
      { markup: above.markup, chartBox: { x: M - 8, y: above.end + 14, width: full + 16, height: BOTTOM + 16 - (above.end + 14) } },
      { markup: beside.markup, chartBox: { x: sideX, y: TOP - 10, width: SHARE_WIDTH - M + 8 - sideX, height: BOTTOM + 16 - (TOP - 10) }, align: 'xMidYMid' },
    ]);
  }
  const parts = [header(card.siteName), layout.markup];
  if (chart && layout.chartBox) parts.push(nestChart(chart, layout.chartBox, layout.align ?? 'xMidYMin'));
  const title = `“${card.quote}”: ${card.statusLabel}`;
  return `${documentOpen(SHARE_WIDTH, SHARE_HEIGHT, p.bg, title, card.sentence)}${parts.join('')}</svg>\n`;
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
function seriesWords(spec: ChartSpec, o: SeriesText): { markup: string; end: number; sourceTop: number } {
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
    ? textLines(wrapText(spec.subtitle, textW, o.subtitleSize, { maxLines: o.subtitleLines }), M, y, { size: o.subtitleSize, lineHeight: Math.round(o.subtitleSize * 1.3), fill: p.muted })
    : { markup: '', height: 0 };
  y += sub.height;
  const lh = Math.round(o.sourceSize * 1.3);
  const source = wrapText(creditedSource(spec), textW, o.sourceSize, { maxLines: o.sourceLines });
  const sourceTop = BOTTOM + 6 - source.length * lh;
  const src = textLines(source, M, sourceTop, { size: o.sourceSize, lineHeight: lh, fill: p.muted });
  return { markup: title.markup + sub.markup + src.markup, end: y, sourceTop };
}

function seriesCard(card: SeriesShare): string {
  const { spec } = card;
  const full = SHARE_WIDTH - 2 * M;
  const chart = parseChartSvg(card.chartSvg);
  const above = seriesWords(spec, { width: full, titleSize: 38, titleLines: 2, subtitleSize: 24, subtitleLines: 1, sourceSize: 19, sourceLines: 2 });
  const beside = seriesWords(spec, { width: SIDE_COL, titleSize: 34, titleLines: 5, subtitleSize: 22, subtitleLines: 3, sourceSize: 18, sourceLines: 5 });
  const sideX = M + SIDE_COL + GUTTER;
  const layout = pick(chart, [
    { markup: above.markup, chartBox: { x: M - 8, y: above.end + 12, width: full + 16, height: above.sourceTop - 14 - (above.end + 12) } },
    { markup: beside.markup, chartBox: { x: sideX, y: TOP - 10, width: SHARE_WIDTH - M + 8 - sideX, height: BOTTOM + 16 - (TOP - 10) } },
  ]);
  const parts = [header(card.siteName), layout.markup];
  if (layout.chartBox && layout.chartBox.height > 40) parts.push(nestChart(chart, layout.chartBox));
  return `${documentOpen(SHARE_WIDTH, SHARE_HEIGHT, p.bg, spec.title, spec.description)}${parts.join('')}</svg>\n`;
}

/** The share image of a claim or a series chart, as a 1200×630 SVG document. */
export function shareSvg(card: ShareCard): string {
  return card.kind === 'claim' ? claimCard(card) : seriesCard(card);
}
