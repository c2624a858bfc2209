/**
 * The layout of a downloadable chart file: its words (title, subtitle, notes, caveat, source, site and permalink)
 * and where the chart goes, as a Frame that components/charts/ExportFrame.tsx draws around the chart, in the light
 * or dark palette. Pure: no fs, no markup. scripts/publish-exports.ts writes the files and their PNGs.
 *
 * The chart is never taken apart or recoloured: the frame places the chart's own drawing (rendered in the export's
 * theme by scripts/render-charts.tsx) in a box sized from its spec, and its own colours come from the same palette.
 */
import { stripInvalidXml } from '@/lib/format/xml';
import { SLACK, textWidth, wrapText } from './text';
import { permalink } from '@/lib/site';
import type { ChartSpec } from './chart-spec';
import { colour, type Theme } from './palette';
import { caveatLine, creditedSource } from './source-line';

export type { Theme } from './palette';

/** The frame's colours in a theme, from the one palette. */
export const frameColours = (theme: Theme) => ({
  bg: colour(theme, 'bg'),
  fg: colour(theme, 'fg'),
  muted: colour(theme, 'muted'),
  rule: colour(theme, 'rule'),
});

// ---- the frame model: what components/charts/FrameSvg.tsx draws ---------------------------------

export interface FrameText {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  size: number;
  fill: string;
  bold?: boolean;
  italic?: boolean;
}

export interface FrameRect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  rx?: number;
}

export interface FrameRule {
  kind: 'rule';
  x1: number;
  x2: number;
  y: number;
  stroke: string;
}

/** The chart, drawn at its spec's size with its top left corner at (x, y), then scaled. */
export interface FrameChart {
  kind: 'chart';
  x: number;
  y: number;
  scale: number;
}

export type FrameMark = FrameText | FrameRect | FrameRule | FrameChart;

/** A standalone SVG document: its size, accessible name, background, and marks in painting order. */
export interface Frame {
  width: number;
  height: number;
  title: string;
  description: string;
  background: string;
  marks: FrameMark[];
}

const round = (n: number) => Math.round(n * 100) / 100;

export interface TextStyle {
  size: number;
  lineHeight: number;
  fill: string;
  bold?: boolean;
  italic?: boolean;
}

/** One text mark per line, the first line's box starting at top. Returns the marks and the height used. */
export function textLines(
  lines: string[],
  x: number,
  top: number,
  style: TextStyle,
): { marks: FrameText[]; height: number } {
  const baseline = (style.lineHeight + style.size) / 2 - style.size * 0.18;
  const marks = lines.map((line, i): FrameText => ({
    kind: 'text',
    x: round(x),
    y: round(top + i * style.lineHeight + baseline),
    // Data text is hostile input: React escapes it, and characters XML forbids are dropped here.
    text: stripInvalidXml(line),
    size: round(style.size),
    fill: style.fill,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
  }));
  return { marks, height: lines.length * style.lineHeight };
}

/** Where a chart of this size goes in a box: scaled to fit, centred across, and at the top or in the middle. */
export function fitChart(
  chart: { width: number; height: number },
  box: { x: number; y: number; width: number; height: number },
  align: 'top' | 'middle',
): FrameChart {
  const scale = Math.min(box.width / chart.width, box.height / chart.height);
  const x = box.x + (box.width - chart.width * scale) / 2;
  const y = align === 'top' ? box.y : box.y + (box.height - chart.height * scale) / 2;
  return { kind: 'chart', x, y, scale };
}

/** A frame's accessible name and description, with the characters XML forbids dropped. */
export const frameName = (title: string, description: string) => ({
  title: stripInvalidXml(title),
  description: stripInvalidXml(description),
});

// ---- the export -------------------------------------------------------------------------------

const PAD = 24;
const CHART_INSET = 16;

/**
 * A chart as a standalone file: title (as many lines as it needs) and subtitle, the chart at its own size, then
 * the note when the claim is not drawn, the notes, the caveat, the source line, and the site name with the
 * chart's permalink.
 */
export function exportFrame(spec: ChartSpec, theme: Theme, siteName: string): Frame {
  const p = frameColours(theme);
  const width = Math.round(spec.width + 2 * CHART_INSET);
  const textW = (width - 2 * PAD) * SLACK;
  const marks: FrameMark[] = [];
  let y = 18;

  const title = textLines(wrapText(spec.title, textW, 18, { bold: true }), PAD, y, {
    size: 18,
    lineHeight: 24,
    fill: p.fg,
    bold: true,
  });
  marks.push(...title.marks);
  y += title.height;
  if (spec.subtitle) {
    const sub = textLines(wrapText(spec.subtitle, textW, 13), PAD, y + 2, { size: 13, lineHeight: 18, fill: p.muted });
    marks.push(...sub.marks);
    y += sub.height + 2;
  }
  y += 8;
  marks.push({ kind: 'chart', x: CHART_INSET, y, scale: 1 });
  y += spec.height + 8;
  marks.push({ kind: 'rule', x1: PAD, x2: width - PAD, y, stroke: p.rule });
  y += 6;
  const small = { size: 12, lineHeight: 17 };
  const paragraph = (text: string, fill: string) => {
    const lines = textLines(wrapText(text, textW, 12), PAD, y, { ...small, fill });
    marks.push(...lines.marks);
    y += lines.height;
  };
  for (const text of [spec.overlayNote, ...spec.notes]) if (text) paragraph(text, p.fg);
  const caveat = caveatLine(spec);
  if (caveat) paragraph(caveat, p.fg);
  if (spec.sourceLine) paragraph(creditedSource(spec), p.muted);
  const link = permalink(spec.href);
  const siteW = textWidth(`${siteName}  `, 12, true);
  const site = textLines([siteName], PAD, y, { ...small, fill: p.fg, bold: true });
  marks.push(...site.marks);
  if (textWidth(link, 12) <= textW - siteW) {
    marks.push(...textLines([link], PAD + siteW, y, { ...small, fill: p.muted }).marks);
    y += small.lineHeight;
  } else {
    const url = textLines(wrapText(link, textW, 12), PAD, y + site.height, { ...small, fill: p.muted });
    marks.push(...url.marks);
    y += site.height + url.height;
  }
  return { width, height: Math.round(y + 14), ...frameName(spec.title, spec.description), background: p.bg, marks };
}
