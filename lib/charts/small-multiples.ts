import { formatNumber, formatTick, isPercentUnit } from '../format/number';
import type { ChartRow, ChartSpec } from './chart-spec';
import { claimMark, replacing } from './annotations';
import { niceScale } from './chart-spec';
import { kindModule } from './kinds/registry';

/** Figures on one axis may differ by at most this factor; beyond it, bars split into panels with their own scales. */
export const SHARED_AXIS_MAX_RATIO = 20;

type Content = Omit<ChartSpec, 'labelWidth' | 'description' | 'sourceLine' | 'width' | 'height' | 'panels'>;

/**
 * Small multiples for bars whose figures differ more than SHARED_AXIS_MAX_RATIO times: the rows are grouped by
 * size (largest first; a row starts a new group when the group's largest figure is over 20 times it), and each
 * group becomes a panel with its own axis, so no bar is a sliver beside a giant. The claim is drawn in the panel
 * whose scale holds it. Null when the figures can share one axis.
 */
export function splitByMagnitude(content: Content): { panels: Content[]; note: string } | null {
  if (kindModule(content.chartKind).drawer !== 'bars' || content.bars.length !== 1) return null;
  const key = content.bars[0].key;
  const valued = content.rows.filter((r) => Number.isFinite(r.values[key]) && r.values[key] > 0);
  if (valued.length < 2) return null;
  const sorted = [...valued].sort((a, b) => b.values[key] - a.values[key]);
  if (sorted[0].values[key] / sorted[sorted.length - 1].values[key] <= SHARED_AXIS_MAX_RATIO) return null;
  const groups: ChartRow[][] = [];
  for (const row of sorted) {
    const group = groups[groups.length - 1];
    if (group && group[0].values[key] / row.values[key] <= SHARED_AXIS_MAX_RATIO) group.push(row);
    else groups.push([row]);
  }
  // A zero or negative figure joins the smallest panel.
  for (const row of content.rows)
    if (!valued.includes(row) && row.values[key] !== undefined) groups[groups.length - 1].push(row);
  const percent = isPercentUnit(content.unit);
  const claim = claimMark(content);
  const overlayAt = claim ? claim.from : null;
  // The panel for the claim: the one with the smallest figures that still reach the claim's level, else the largest.
  let claimPanel = overlayAt === null ? -1 : 0;
  if (overlayAt !== null)
    groups.forEach((g, i) => g[0].values[key] * SHARED_AXIS_MAX_RATIO >= overlayAt && (claimPanel = i));
  const panels = groups.map((group, i) => {
    const rows = content.rows.filter((r) => group.includes(r));
    const overlay = i === claimPanel && claim ? { ...claim } : null;
    // An open-ended claim ("more than 500") runs to the axis end in whichever panel draws it.
    const openEnded = overlay !== null && (!Number.isFinite(overlay.to) || overlay.to === content.domainMax);
    const values = [
      ...rows.map((r) => r.values[key]),
      ...(overlay ? [overlay.from, ...(openEnded ? [] : [overlay.to])] : []),
    ];
    const whole = values.filter(Number.isFinite).every(Number.isInteger);
    const { min, max, ticks } = niceScale(Math.min(0, ...rows.map((r) => r.values[key])), values, percent, whole);
    if (overlay && (openEnded || overlay.to > max)) overlay.to = max;
    return {
      ...content,
      id: `${content.id}-p${i + 1}`,
      rows,
      annotations: replacing(content, 'claim', overlay ? [overlay] : []),
      notes: [],
      domainMin: min,
      domainMax: max,
      ticks,
      keyless: i > 0,
    };
  });
  // Each panel is titled with its own axis and the first panel's, so the picture itself says the scales differ.
  const axis = (p: Content) =>
    `${formatTick(p.domainMin, content.unit, p.domainMax)} to ${formatTick(p.domainMax, content.unit)}`;
  panels.forEach((p, i) => {
    p.panelTitle = `Panel ${i + 1} of ${panels.length}: axis ${axis(p)}${i === 0 ? '' : ` (panel 1: ${axis(panels[0])})`}`;
  });
  const top = sorted[0].values[key];
  const bottom = sorted[sorted.length - 1].values[key];
  const note = `These figures differ about ${formatNumber(Math.round(top / bottom))} times in size, so they are drawn in ${panels.length} panels, each with its own scale (small multiples): compare bars within a panel, and read across panels by their labels.`;
  return { panels, note };
}
