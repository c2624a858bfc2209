import type { Comparison } from '../claims/compare';
import { claimPhrase } from '../claims/explain';
import type { EvidenceItem } from '../data/evidence';
import type { Claim } from '../data/records';
import { ROLE_WORDS } from '../vocabulary/roles';
import { formatFigure, isPercentUnit, unitWords } from '../format/number';
import { claimAnnotation } from './annotations';
import { type ChartOverlay, type ChartSpec, niceScale } from './chart-spec';
import { type ChartContent, layoutSpec } from './layout-spec';

/** The claim drawn on its figures: a line or band, never drawn when no official series measures the claim. */
export function claimOverlay(
  claim: Claim,
  unit: string,
  comparison: Comparison,
): { overlay: ChartOverlay | null; note: string | null } {
  if (claim.comparability === 'none' || comparison.status === 'no-official-data') {
    return {
      overlay: null,
      note: 'The claim is not drawn: no official series measures it, so these figures are context only.',
    };
  }
  // A same-measure claim that is not comparable (another period or place, figures that disagree), that is its own
  // record, or whose count another source disputes, is drawn but not judged.
  const NOT_JUDGED: Partial<Record<Comparison['status'], string>> = {
    'not-comparable': ' (not compared)',
    'self-sourced': ' (its own source is the only record)',
    'two-counts': ' (another source disagrees; no verdict)',
  };
  const differs = claim.comparability === 'proxy' ? ' (a different measure)' : (NOT_JUDGED[comparison.status] ?? '');
  const label = `Claim: ${claimPhrase(claim)}${differs}`;
  const line = (at: number | null) => (at === null ? null : { kind: 'line' as const, from: at, to: at, label });
  const band = (from: number | null, to: number | null) =>
    from === null || to === null ? null : { kind: 'band' as const, from, to, label };
  const overlay = {
    exact: () => line(claim.value),
    about: () => line(claim.value),
    average: () => line(claim.value),
    nearly: () => line(claim.high),
    // Open-ended claims become a band to the top of the axis; the axis maximum is set later.
    'more-than': () => band(claim.low, Infinity),
    'at-least': () => band(claim.low, Infinity),
    'up-to': () => band(0, claim.high),
    range: () => band(claim.low, claim.high),
    none: () => null,
  }[claim.qualifier]();
  return overlay ? { overlay, note: null } : { overlay: null, note: 'The claim states no number, so it is not drawn.' };
}

/** The claim card's chart: every figure that shares the first figure's unit, one bar each, coloured by role. */
export function claimChart(claim: Claim, evidence: EvidenceItem[], comparison: Comparison): ChartSpec | null {
  if (evidence.length === 0) return null;
  const unit = evidence[0].observation.unit;
  const plotted = evidence.filter((e) => e.observation.unit === unit);
  const { overlay, note } = claimOverlay(claim, unit, comparison);
  const bounds = overlay ? [overlay.from, overlay.to] : [];
  const whole = [...plotted.map((e) => e.observation.value), ...bounds.filter(Number.isFinite)].every(Number.isInteger);
  const lowest = Math.min(0, ...plotted.map((e) => e.observation.value));
  const {
    min: domainMin,
    max: domainMax,
    ticks,
  } = niceScale(lowest, [...plotted.map((e) => e.observation.value), ...bounds], isPercentUnit(unit), whole);
  if (overlay && !Number.isFinite(overlay.to)) overlay.to = domainMax;
  const rows = plotted.map((e) => ({
    key: e.observation.id,
    category: e.observation.label,
    values: { v: e.observation.value },
    labels: { v: formatFigure(e.observation.value, e.observation.unit, e.observation.qualifier) },
    tone: e.role,
    observationIds: { v: e.observation.id },
  }));
  const left = evidence.length - plotted.length;
  const content: ChartContent = {
    id: claim.id,
    kind: 'claim',
    chartKind: 'bar',
    title: `“${claimPhrase(claim)}” against the record`,
    subtitle: `${unitWords(unit)[0].toUpperCase()}${unitWords(unit).slice(1)}; bars are ${[...new Set(plotted.map((e) => e.role))].map((r) => ROLE_WORDS[r]).join(', ')}${left ? `; ${left === 1 ? '1 figure' : `${left} figures`} in other units not drawn (listed with the claim’s figures)` : ''}`,
    unit,
    bars: [{ key: 'v', label: unitWords(unit), tone: 'record' }],
    rows,
    annotations: claimAnnotation(overlay),
    overlayNote: note,
    notes: [],
    domainMin,
    domainMax,
    ticks,
    publishers: [...new Set(plotted.map((e) => e.series.publisher))],
    href: `/claims/${claim.id}`,
  };
  return layoutSpec(content);
}
