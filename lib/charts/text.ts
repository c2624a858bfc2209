/**
 * The one text-measuring module: every chart, key, axis label, export and share card sizes and wraps its
 * text with these widths (Arial / Liberation Sans metrics), so a label that fits on the page fits everywhere.
 */
import { stripInvalidXml } from '../format/xml';

/**
 * Liberation Sans is on Debian wherever chromium is (fonts-liberation) and is metric-compatible with
 * Arial, which the width estimates below assume; Arial/Helvetica cover other systems; DejaVu Sans last.
 */
export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif";

/** Advance widths in 1/1000 em of Arial / Liberation Sans (regular, bold) for ASCII 32–126. */
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611,
  556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
  280, 389, 584,
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
    else if (
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xff00 && code <= 0xff60) ||
      code >= 0x1f000
    )
      units += 1000;
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
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  opts: { bold?: boolean; maxLines?: number } = {},
): string[] {
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
