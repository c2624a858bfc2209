import { ROLE_LABEL } from '../vocabulary/roles';
import { CHAR_WIDTH, type ChartSpec, type Tone } from './chart-spec';

export interface KeyItem {
  tone: Tone;
  label: string;
  x: number;
  y: number;
}

export interface KeyLayout {
  items: KeyItem[];
  /** The claim's label, wrapped to the chart's width. */
  claimLines: string[];
  claimY: number;
  /** Height of the whole key block above the plot. */
  height: number;
}

const ROW = 18;
const PAD = 8;
const SWATCH = 24;
const ROLE_WORDS: Partial<Record<Tone, string>> = ROLE_LABEL;

/** Splits text into lines of at most maxChars, at spaces where it can. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    while (line.length > maxChars) {
      lines.push(line.slice(0, maxChars));
      line = line.slice(maxChars);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays out the key (one swatch per tone or series) and the claim's label above the plot, wrapping to the width. */
export function keyLayout(spec: Pick<ChartSpec, 'bars' | 'rows' | 'overlay' | 'width'>): KeyLayout {
  const entries =
    spec.bars.length > 1
      ? spec.bars.map((b) => ({ tone: b.tone, label: b.label }))
      : [...new Set(spec.rows.map((r) => r.tone ?? spec.bars[0].tone))].map((tone) => ({ tone, label: ROLE_WORDS[tone] ?? spec.bars[0].label }));
  const items: KeyItem[] = [];
  let x = PAD;
  let y = 6;
  for (const e of entries) {
    const w = SWATCH + e.label.length * CHAR_WIDTH;
    if (x > PAD && x + w > spec.width - PAD) {
      x = PAD;
      y += ROW;
    }
    items.push({ ...e, x, y });
    x += w + 8;
  }
  const claimY = y + ROW;
  const claimLines = spec.overlay ? wrapText(spec.overlay.label, Math.floor((spec.width - PAD * 2 - 17) / CHAR_WIDTH)) : [];
  return { items, claimLines, claimY, height: claimY + claimLines.length * ROW + 4 };
}
