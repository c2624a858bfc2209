/**
 * Downloadable chart files: the build-time chart SVG (scripts/render-charts.tsx) framed with its words
 * (title, subtitle, note, source, site and permalink) as one standalone SVG, in the light or dark palette.
 * Pure: no fs. scripts/publish-exports.ts writes the files and their PNGs.
 *
 * The chart itself comes rendered in the export's theme (scripts/render-charts.tsx draws a dark copy with the
 * dark palette), so nothing here recolours it: the frame's colours come from the same palette module.
 */
import { escapeXml, stripInvalidXml } from '@/lib/format/xml';
import { FONT_FAMILY, SLACK, textWidth, wrapText } from './text';
import { permalink } from '@/lib/site';
import type { ChartSpec } from './chart-spec';
import { colour, type Theme } from './palette';
import { caveatLine, creditedSource } from './source-line';

export type { Theme } from './palette';


/** The frame's colours in a theme, from the one palette. */
export const frameColours = (theme: Theme) => ({ bg: colour(theme, 'bg'), fg: colour(theme, 'fg'), muted: colour(theme, 'muted'), rule: colour(theme, 'rule') });

// ---- SVG building -----------------------------------------------------------------------------

const num = (n: number) => String(Math.round(n * 100) / 100);

export interface TextStyle {
  size: number;
  lineHeight: number;
  fill: string;
  bold?: boolean;
  italic?: boolean;
}

/** One <text> per line, the first line's box starting at top. Returns the markup and the height used. */
export function textLines(lines: string[], x: number, top: number, style: TextStyle): { markup: string; height: number } {
  const baseline = (style.lineHeight + style.size) / 2 - style.size * 0.18;
  const attrs = `font-size="${num(style.size)}" fill="${style.fill}"${style.bold ? ' font-weight="700"' : ''}${style.italic ? ' font-style="italic"' : ''}`;
  const markup = lines
    .map((l, i) => `<text x="${num(x)}" y="${num(top + i * style.lineHeight + baseline)}" ${attrs}>${escapeXml(l)}</text>`)
    .join('');
  return { markup, height: lines.length * style.lineHeight };
}

/** Serialisation fixes so HTML-serialised markup (jsdom outerHTML) is well-formed XML: no raw "<" in attribute values, no &nbsp;. */
function wellFormed(markup: string): string {
  let out = '';
  let i = 0;
  while (i < markup.length) {
    const lt = markup.indexOf('<', i);
    if (lt < 0) {
      out += markup.slice(i);
      break;
    }
    out += markup.slice(i, lt);
    const skip = [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<?', '?>']].find(([open]) => markup.startsWith(open, lt));
    if (skip) {
      const end = markup.indexOf(skip[1], lt);
      const stop = end < 0 ? markup.length : end + skip[1].length;
      out += markup.slice(lt, stop);
      i = stop;
      continue;
    }
    let j = lt + 1;
    let quote = '';
    let tag = '<';
    for (; j < markup.length; j++) {
      const c = markup[j];
      if (quote) {
        if (c === quote) quote = '';
        tag += c === '<' ? '&lt;' : c;
      } else {
        if (c === '"' || c === "'") quote = c;
        tag += c;
        if (c === '>') break;
      }
    }
    out += tag;
    i = j + 1;
  }
  return out.replace(/&nbsp;/g, '&#160;');
}

export interface ParsedChart {
  /** Attributes of the root <svg> worth keeping on the nested copy (namespaces, class). */
  keep: string;
  viewBox: string;
  width: number;
  height: number;
  /** Everything between <svg …> and </svg>. */
  inner: string;
}

const ATTR = /([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;

/** Splits a chart SVG document into its root attributes and content; drops any XML prolog, doctype and comments before the root. */
export function parseChartSvg(chartSvg: string): ParsedChart {
  const body = wellFormed(stripInvalidXml(chartSvg).replace(/^\uFEFF/, ''))
    .replace(/^\s*(?:<\?[\s\S]*?\?>\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*|<!--[\s\S]*?-->\s*)*/i, '');
  const open = /^<svg\b((?:[^>"']|"[^"]*"|'[^']*')*)>/i.exec(body);
  const close = body.lastIndexOf('</svg>');
  if (!open || close < open[0].length) throw new Error('chart SVG: expected one <svg> root element');
  const attrs = new Map<string, string>();
  for (const m of open[1].matchAll(ATTR)) attrs.set(m[1], m[2].slice(1, -1));
  const width = Number.parseFloat(attrs.get('width') ?? '');
  const height = Number.parseFloat(attrs.get('height') ?? '');
  const vb = attrs.get('viewBox')?.trim().split(/[\s,]+/).map(Number);
  const viewBox = vb && vb.length === 4 && vb.every(Number.isFinite) ? vb.join(' ') : `0 0 ${width || 640} ${height || 400}`;
  const [, , vw, vh] = viewBox.split(' ').map(Number);
  const keep = [...attrs]
    .filter(([k]) => k.startsWith('xmlns:') || k === 'class' || k === 'data-chart-kind')
    .map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`)
    .join('');
  return { keep, viewBox, width: width || vw, height: height || vh, inner: body.slice(open[0].length, close) };
}

/** The chart as a nested <svg> in the box (x, y, width, height), scaled to fit; drawn in whatever theme it was rendered in. */
export function nestChart(
  chart: ParsedChart,
  box: { x: number; y: number; width: number; height: number },
  align: 'xMidYMid' | 'xMidYMin' | 'xMinYMin' = 'xMidYMid',
): string {
  return (
    `<svg x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" viewBox="${chart.viewBox}" preserveAspectRatio="${align} meet" overflow="visible"${chart.keep}>` +
    `${chart.inner}</svg>`
  );
}

/** The root element of a standalone document, with its accessible name and background. */
export function documentOpen(width: number, height: number, bg: string, title: string, desc: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}" role="img">` +
    `<title>${escapeXml(title)}</title>` +
    (desc ? `<desc>${escapeXml(desc)}</desc>` : '') +
    `<rect width="${width}" height="${height}" fill="${bg}"/>`
  );
}

// ---- the export -------------------------------------------------------------------------------

const PAD = 24;
const CHART_INSET = 16;

export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * A chart as a standalone SVG file: title (up to 2 lines) and subtitle, the chart, then the note when the
 * claim is not drawn, the source line, and the site name with the chart's permalink.
 */
export function exportSvg(spec: ChartSpec, chartSvg: string, theme: Theme, siteName: string): ExportedSvg {
  const p = frameColours(theme);
  const chart = parseChartSvg(chartSvg);
  const chartW = spec.width || chart.width;
  const chartH = spec.height || chart.height;
  const width = Math.round(chartW + 2 * CHART_INSET);
  const textW = (width - 2 * PAD) * SLACK;
  const parts: string[] = [];
  let y = 18;

  const title = textLines(wrapText(spec.title, textW, 18, { bold: true }), PAD, y, { size: 18, lineHeight: 24, fill: p.fg, bold: true });
  parts.push(title.markup);
  y += title.height;
  if (spec.subtitle) {
    const sub = textLines(wrapText(spec.subtitle, textW, 13), PAD, y + 2, { size: 13, lineHeight: 18, fill: p.muted });
    parts.push(sub.markup);
    y += sub.height + 2;
  }
  y += 8;
  parts.push(nestChart(chart, { x: CHART_INSET, y, width: chartW, height: chartH }));
  y += chartH + 8;
  parts.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="${p.rule}" stroke-width="1"/>`);
  y += 6;
  const small = { size: 12, lineHeight: 17 };
  for (const text of [spec.overlayNote, ...spec.notes]) {
    if (!text) continue;
    const note = textLines(wrapText(text, textW, 12), PAD, y, { ...small, fill: p.fg });
    parts.push(note.markup);
    y += note.height;
  }
  const caveat = caveatLine(spec);
  if (caveat) {
    const line = textLines(wrapText(caveat, textW, 12), PAD, y, { ...small, fill: p.fg });
    parts.push(line.markup);
    y += line.height;
  }
  if (spec.sourceLine) {
    const source = textLines(wrapText(creditedSource(spec), textW, 12), PAD, y, { ...small, fill: p.muted });
    parts.push(source.markup);
    y += source.height;
  }
  const link = permalink(spec.href);
  const siteW = textWidth(`${siteName}  `, 12, true);
  if (textWidth(link, 12) <= textW - siteW) {
    const line = textLines([siteName], PAD, y, { ...small, fill: p.fg, bold: true }).markup + textLines([link], PAD + siteW, y, { ...small, fill: p.muted }).markup;
    parts.push(line);
    y += small.lineHeight;
  } else {
    const site = textLines([siteName], PAD, y, { ...small, fill: p.fg, bold: true });
    const url = textLines(wrapText(link, textW, 12), PAD, y + site.height, { ...small, fill: p.muted });
    parts.push(site.markup, url.markup);
    y += site.height + url.height;
  }
  const height = Math.round(y + 14);
  const svg = `${documentOpen(width, height, p.bg, spec.title, spec.description)}${parts.join('')}</svg>\n`;
  return { svg, width, height };
}
