import type { ChartSpec } from './chart-spec';
import type { MapToken } from './palette';
import { textWidth } from './text';

export interface LegendItem {
  token: MapToken;
  label: string;
  x: number;
  y: number;
}

const SWATCH = 14;
const ROW = 22;
const FONT = 12;

/** The map's legend under the drawing: one swatch per colour class, then "No data", wrapped to the width. */
export function mapLegendLayout(spec: Pick<ChartSpec, 'legend' | 'width' | 'unit'>): {
  items: LegendItem[];
  height: number;
} {
  const entries: { token: MapToken; label: string }[] = (spec.legend?.labels ?? []).map((label, i) => ({
    token: `map-${i}` as MapToken,
    label,
  }));
  entries.push({ token: 'map-none', label: 'No data' });
  const items: LegendItem[] = [];
  let x = 8;
  let y = 4;
  for (const e of entries) {
    const w = SWATCH + 5 + textWidth(e.label, FONT);
    if (x > 8 && x + w > spec.width - 8) {
      x = 8;
      y += ROW;
    }
    items.push({ ...e, x, y });
    x += w + 14;
  }
  return { items, height: y + ROW + 6 };
}

export const LEGEND_SWATCH = SWATCH;
