/**
 * Open Graph / Twitter card images (1200×630), light theme, as SVG; scripts/publish-exports.ts renders them to PNG.
 * A claim card: the site name, the quote, the status and the comparison sentence, with the claim's chart beside
 * them when it has one. A series card: the title, subtitle, chart and source line. Pure: no fs.
 * Every string from the data is escaped (textLines → escapeXml) and cut to fit with an ellipsis.
 */
import type { ComparisonStatus } from '@/lib/claims/compare';
import type { ChartSpec } from './chart-spec';
import { documentOpen, nestChart, PALETTE, parseChartSvg, SLACK, textLines, textWidth, wrapText } from './export-svg';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** Border and text colours of the status badge (components/claims/StatusBadge.tsx, light). */
const STATUS_COLOUR: Record<ComparisonStatus, { border: string; text: string }> = {
  consistent: { border: '#047857', text: '#065f46' },
  overstates: { border: '#b91c1c', text: '#991b1b' },
  understates: { border: '#b45309', text: '#92400e' },
  'not-comparable': { border: '#475569', text: '#334155' },
  'no-official-data': { border: '#475569', text: '#334155' },
};

/** --link, the site's accent. */
const ACCENT = '#1d4ed8';

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
const p = PALETTE.light;

function header(siteName: string): string {
  return (
    `<rect width="${SHARE_WIDTH}" height="8" fill="${ACCENT}"/>` +
    textLines([siteName], M, 34, { size: 24, lineHeight: 30, fill: ACCENT, bold: true }).markup
  );
}

/** The largest quote size whose text fits in maxLines; at the smallest size the quote is cut with an ellipsis. */
function fitQuote(quote: string, width: number, maxLines: number): { lines: string[]; size: number } {
  const text = `“${quote.trim()}”`;
  const sizes = [40, 36, 32, 28];
  for (const size of sizes) {
    const lines = wrapText(text, width, size, { maxLines: Infinity });
    if (lines.length <= maxLines) return { lines, size };
  }
  const size = sizes[sizes.length - 1];
  const lines = wrapText(text, width, size, { maxLines });
  // The cut quote still closes its quotation mark.
  const last = lines[lines.length - 1];
  if (!last.endsWith('”')) lines[lines.length - 1] = `${last}”`;
  return { lines, size };
}

function claimCard(card: ClaimShare): string {
  const parts = [header(card.siteName)];
  const chart = card.chart ? parseChartSvg(card.chart.svg) : null;
  const colW = chart ? 560 : SHARE_WIDTH - 2 * M;
  const textW = colW * SLACK;
  const bottom = SHARE_HEIGHT - 44;
  let y = 86;

  const quote = fitQuote(card.quote, textW, 4);
  const q = textLines(quote.lines, M, y, { size: quote.size, lineHeight: Math.round(quote.size * 1.25), fill: p.fg });
  parts.push(q.markup);
  y += q.height + 22;

  const colour = STATUS_COLOUR[card.status] ?? STATUS_COLOUR['not-comparable'];
  const label = wrapText(card.statusLabel, textW - 36, 24, { bold: true, maxLines: 1 })[0] ?? '';
  const badgeW = Math.min(colW, textWidth(label, 24, true) / SLACK + 36);
  parts.push(`<rect x="${M + 1.5}" y="${y + 1.5}" width="${Math.round(badgeW)}" height="45" rx="6" fill="none" stroke="${colour.border}" stroke-width="3"/>`);
  parts.push(textLines([label], M + 18, y + 9, { size: 24, lineHeight: 30, fill: colour.text, bold: true }).markup);
  y += 48 + 20;

  const lineHeight = 29;
  const maxLines = Math.max(1, Math.floor((bottom - y) / lineHeight));
  parts.push(textLines(wrapText(card.sentence, textW, 21, { maxLines }), M, y, { size: 21, lineHeight, fill: p.muted }).markup);

  if (chart) {
    const x = M + colW + 32;
    const box = { x, y: 70, width: SHARE_WIDTH - M - x + 16, height: SHARE_HEIGHT - 70 - 36 };
    parts.push(nestChart(chart, box, 'light', 'xMidYMin'));
  }
  const title = `“${card.quote}”: ${card.statusLabel}`;
  return `${documentOpen(SHARE_WIDTH, SHARE_HEIGHT, p.bg, title, card.sentence)}${parts.join('')}</svg>\n`;
}

function seriesCard(card: SeriesShare): string {
  const { spec } = card;
  const parts = [header(card.siteName)];
  const textW = (SHARE_WIDTH - 2 * M) * SLACK;
  let y = 78;
  const title = textLines(wrapText(spec.title, textW, 38, { bold: true, maxLines: 2 }), M, y, { size: 38, lineHeight: 46, fill: p.fg, bold: true });
  parts.push(title.markup);
  y += title.height + 2;
  if (spec.subtitle) {
    const sub = textLines(wrapText(spec.subtitle, textW, 24, { maxLines: 1 }), M, y, { size: 24, lineHeight: 32, fill: p.muted });
    parts.push(sub.markup);
    y += sub.height;
  }
  y += 14;
  const source = wrapText(spec.sourceLine, textW, 19, { maxLines: 2 });
  const sourceH = source.length * 25;
  const sourceTop = SHARE_HEIGHT - 32 - sourceH;
  parts.push(textLines(source, M, sourceTop, { size: 19, lineHeight: 25, fill: p.muted }).markup);
  const chartBox = { x: M - 8, y, width: SHARE_WIDTH - 2 * M + 16, height: Math.max(0, sourceTop - 12 - y) };
  if (chartBox.height > 40) parts.push(nestChart(parseChartSvg(card.chartSvg), chartBox, 'light'));
  return `${documentOpen(SHARE_WIDTH, SHARE_HEIGHT, p.bg, spec.title, spec.description)}${parts.join('')}</svg>\n`;
}

/** The share image of a claim or a series chart, as a 1200×630 SVG document. */
export function shareSvg(card: ShareCard): string {
  return card.kind === 'claim' ? claimCard(card) : seriesCard(card);
}
