import { ROLE_LABEL } from '../vocabulary/roles';
import { claimMark } from './annotations';
import type { ChartMarker, ChartSpec } from './chart-spec';
import type { Tone } from './palette';
import { kindModule } from './kinds/registry';
import { textWidth, wrapText } from './text';

export interface KeyItem {
  tone: Tone;
  label: string;
  /** Drawn as a short line (line charts) rather than a square. */
  line: boolean;
  /** Drawn as this point shape (trail charts); null: a colour swatch. */
  marker?: ChartMarker | null;
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

export const KEY_ROW = 18;
export const KEY_PAD = 8;
const SWATCH = 24;
const FONT = 12;
const ROLE_WORDS: Partial<Record<Tone, string>> = ROLE_LABEL;

/** Lays out the key (one swatch per tone or series) and the claim's label above the plot, wrapping to the width. */
export function keyLayout(
  spec: Pick<ChartSpec, 'bars' | 'rows' | 'annotations' | 'width' | 'chartKind' | 'keyless' | 'markerKey'>,
): KeyLayout {
  const style = kindModule(spec.chartKind).key;
  if (style === 'none') return { items: [], claimLines: [], claimY: 0, height: 0 };
  const line = style === 'line';
  const entries: Omit<KeyItem, 'x' | 'y'>[] = spec.keyless
    ? []
    : spec.markerKey
      ? spec.markerKey.map((m) => ({ tone: m.tone, label: m.label, line: false, marker: m.marker }))
      : spec.bars.length > 1
        ? spec.bars.map((b) => ({ tone: b.tone, label: b.label, line: line && !b.pointsOnly }))
        : [...new Set(spec.rows.map((r) => r.tone ?? spec.bars[0].tone))].map((tone) => ({
            tone,
            label: ROLE_WORDS[tone] ?? spec.bars[0].label,
            line,
          }));
  const items: KeyItem[] = [];
  let x = KEY_PAD;
  let y = spec.keyless ? 6 - KEY_ROW : 6;
  for (const e of entries) {
    const w = SWATCH + textWidth(e.label, FONT);
    if (x > KEY_PAD && x + w > spec.width - KEY_PAD) {
      x = KEY_PAD;
      y += KEY_ROW;
    }
    items.push({ ...e, x, y });
    x += w + 8;
  }
  const claimY = y + KEY_ROW;
  const claim = claimMark(spec);
  const claimLines = claim ? wrapText(claim.label, spec.width - KEY_PAD * 2 - 17, FONT) : [];
  return { items, claimLines, claimY, height: claimY + claimLines.length * KEY_ROW + 4 };
}
