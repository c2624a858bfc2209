/**
 * Downloadable chart files: the build-time chart SVG (scripts/render-charts.tsx) framed with its words
 * (title, subtitle, note, source, site and permalink) as one standalone SVG, in the light or dark palette.
 * Pure: no fs. scripts/publish-exports.ts writes the files and their PNGs.
 *
 * The chart's own colours are light-theme attributes (components/charts/tones.ts) that the site's CSS
 * overrides; a standalone file has no site CSS, so the dark export rewrites those attribute colours to the
 * dark values of app/globals.css. Attributes work in every viewer and in resvg, with no CSS cascade to get wrong.
 */
import { CHART_TEXT, CLAIM_STROKE, TONE_FILL } from '@/components/charts/tones';
import { escapeXml, stripInvalidXml } from '@/lib/format/xml';
import { permalink } from '@/lib/site';
import type { ChartSpec, Tone } from './chart-spec';
import { caveatLine, creditedSource } from './source-line';

export type Theme = 'light' | 'dark';

/**
 * Liberation Sans is on Debian wherever chromium is (fonts-liberation) and is metric-compatible with
 * Arial, which the width estimates below assume; Arial/Helvetica cover other systems; DejaVu Sans last.
 */
export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif";

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  rule: string;
}

/** --bg, --fg, --muted and --rule of app/globals.css. */
export const PALETTE: Record<Theme, Palette> = {
  light: { bg: '#ffffff', fg: '#111827', muted: '#4b5563', rule: '#d1d5db' },
  dark: { bg: '#0b1120', fg: '#f3f4f6', muted: '#cbd5e1', rule: '#374151' },
};

/** The dark --tone-* values of app/globals.css. */
export const DARK_TONE: Record<Tone, string> = {
  record: '#60a5fa',
  proxy: '#fbbf24',
  context: '#9ca3af',
  'series-1': '#60a5fa',
  'series-2': '#fbbf24',
  'series-3': '#34d399',
  'series-4': '#c4b5fd',
};

/** recharts' own stroke for axis lines; the site's CSS draws them in the chart text colour. */
const RECHARTS_AXIS = '#666';
const LIGHT_GRID = '#d1d5db';
const DARK_TEXT = '#e5e7eb';
const DARK_GRID = '#374151';
const DARK_CLAIM = '#fca5a5';

function darkColours(): Record<string, string> {
  const map: Record<string, string> = {};
  for (const tone of Object.keys(TONE_FILL) as Tone[]) {
    const light = TONE_FILL[tone].toLowerCase();
    if (map[light] && map[light] !== DARK_TONE[tone]) throw new Error(`tones: ${light} has two dark colours`);
    map[light] = DARK_TONE[tone];
  }
  Object.assign(map, {
    [CHART_TEXT.toLowerCase()]: DARK_TEXT,
    [LIGHT_GRID]: DARK_GRID,
    [CLAIM_STROKE.toLowerCase()]: DARK_CLAIM,
    [RECHARTS_AXIS]: DARK_TEXT,
    '#666666': DARK_TEXT,
  });
  return map;
}

/** Light attribute colour → the colour drawn in each theme (light only normalises recharts' axis grey). */
export const CHART_COLOURS: Record<Theme, Record<string, string>> = {
  light: { [RECHARTS_AXIS]: CHART_TEXT, '#666666': CHART_TEXT },
  dark: darkColours(),
};

// ---- text measurement -------------------------------------------------------------------------

/** Advance widths in 1/1000 em of Arial / Liberation Sans (regular, bold) for ASCII 32–126. */
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
const ZERO_WIDTH = /[\u0300-\u036F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

/**
 * Estimated width of a line of text in px. A fallback font may be wider than Liberation Sans,
 * so callers wrap with some slack (see SLACK).
 */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 32 && code <= 126) units += table[code - 32];
    else if (ZERO_WIDTH.test(ch)) continue;
    else if (code === 0x2026) units += 1000;
    else if ((code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60) || code >= 0x1f000) units += 1000;
    else if (code >= 0x2018 && code <= 0x201f) units += bold ? 500 : 333;
    else units += 600;
  }
  return (units / 1000) * size;
}

/** Wrap text narrower than the box by this factor, for fonts wider than the estimate. */
export const SLACK = 0.94;

/** Cuts text to fit maxWidth, ending in an ellipsis; at a word break when one is near. */
export function ellipsize(text: string, maxWidth: number, size: number, bold = false): string {
  const chars = [...text.trimEnd()];
  if (textWidth(text, size, bold) <= maxWidth) return text;
  let n = chars.length;
  while (n > 0 && textWidth(`${chars.slice(0, n).join('')}…`, size, bold) > maxWidth) n--;
  let cut = chars.slice(0, n).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.7) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/**
 * Greedy word wrap into at most maxLines lines of maxWidth px; the last line ends in an ellipsis when
 * text is left over. Words longer than a line (URLs) are broken between characters.
 */
export function wrapText(text: string, maxWidth: number, size: number, opts: { bold?: boolean; maxLines?: number } = {}): string[] {
  const { bold = false, maxLines = Infinity } = opts;
  const words = stripInvalidXml(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size, bold) <= maxWidth) {
      line = next;
      return;
    }
    if (line) lines.push(line);
    line = '';
    if (textWidth(word, size, bold) <= maxWidth) {
      line = word;
      return;
    }
    // An unbreakable word: fill lines character by character.
    for (const ch of word) {
      if (line && textWidth(line + ch, size, bold) > maxWidth) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  };
  for (const word of words) push(word);
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth, size, bold);
  return kept;
}

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
    .filter(([k]) => k.startsWith('xmlns:') || k === 'class')
    .map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`)
    .join('');
  return { keep, viewBox, width: width || vw, height: height || vh, inner: body.slice(open[0].length, close) };
}

/** Rewrites the chart's light colours for the theme: in presentation attributes and in inline style declarations. */
export function themeChartColours(markup: string, theme: Theme): string {
  const map = CHART_COLOURS[theme];
  const swap = (hex: string) => map[hex.toLowerCase()] ?? hex;
  return markup
    .replace(/(\s(?:fill|stroke|stop-color|flood-color|color)=(["'])\s*)(#[0-9a-fA-F]{3,8})(?=\s*\2)/g, (_, head: string, _q: string, hex: string) => head + swap(hex))
    .replace(/(\sstyle=(["']))([^"']*)(?=\2)/g, (_, head: string, _q: string, css: string) =>
      head + css.replace(/((?:^|;)\s*(?:fill|stroke|stop-color|flood-color|color)\s*:\s*)(#[0-9a-fA-F]{3,8})\b/gi, (_m, prop: string, hex: string) => prop + swap(hex)),
    );
}

/** The chart as a nested <svg> in the box (x, y, width, height), scaled to fit, in the theme's colours. */
export function nestChart(
  chart: ParsedChart,
  box: { x: number; y: number; width: number; height: number },
  theme: Theme,
  align: 'xMidYMid' | 'xMidYMin' | 'xMinYMin' = 'xMidYMid',
): string {
  return (
    `<svg x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" viewBox="${chart.viewBox}" preserveAspectRatio="${align} meet" overflow="visible"${chart.keep}>` +
    `${themeChartColours(chart.inner, theme)}</svg>`
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
  const p = PALETTE[theme];
  const chart = parseChartSvg(chartSvg);
  const chartW = spec.width || chart.width;
  const chartH = spec.height || chart.height;
  const width = Math.round(chartW + 2 * CHART_INSET);
  const textW = (width - 2 * PAD) * SLACK;
  const parts: string[] = [];
  let y = 18;

  const title = textLines(wrapText(spec.title, textW, 18, { bold: true, maxLines: 2 }), PAD, y, { size: 18, lineHeight: 24, fill: p.fg, bold: true });
  parts.push(title.markup);
  y += title.height;
  if (spec.subtitle) {
    const sub = textLines(wrapText(spec.subtitle, textW, 13, { maxLines: 2 }), PAD, y + 2, { size: 13, lineHeight: 18, fill: p.muted });
    parts.push(sub.markup);
    y += sub.height + 2;
  }
  y += 8;
  parts.push(nestChart(chart, { x: CHART_INSET, y, width: chartW, height: chartH }, theme));
  y += chartH + 8;
  parts.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="${p.rule}" stroke-width="1"/>`);
  y += 6;
  const small = { size: 12, lineHeight: 17 };
  if (spec.overlayNote) {
    const note = textLines(wrapText(spec.overlayNote, textW, 12, { maxLines: 3 }), PAD, y, { ...small, fill: p.fg });
    parts.push(note.markup);
    y += note.height;
  }
  const caveat = caveatLine(spec);
  if (caveat) {
    const line = textLines(wrapText(caveat, textW, 12, { maxLines: 3 }), PAD, y, { ...small, fill: p.fg });
    parts.push(line.markup);
    y += line.height;
  }
  if (spec.sourceLine) {
    const source = textLines(wrapText(creditedSource(spec), textW, 12, { maxLines: 3 }), PAD, y, { ...small, fill: p.muted });
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
    const url = textLines(wrapText(link, textW, 12, { maxLines: 2 }), PAD, y + site.height, { ...small, fill: p.muted });
    parts.push(site.markup, url.markup);
    y += site.height + url.height;
  }
  const height = Math.round(y + 14);
  const svg = `${documentOpen(width, height, p.bg, spec.title, spec.description)}${parts.join('')}</svg>\n`;
  return { svg, width, height };
}
