import type { Comparison } from '../claims/compare';
import { compareInIndex } from '../claims/compare-in-index';
import { STATUS_LABEL } from '../vocabulary/statuses';
import { claimChart } from '../charts/claim-chart';
import { withCredit } from '../charts/credit';
import type { ChartSpec } from '../charts/chart-spec';
import type { Index } from '../data/evidence';
import type { Claim, Series, Source, Story } from '../data/records';
import { claimPhrase, whoSaid } from '../claims/explain';
import { periodDerivation } from '../claims/relative-period';
import { figureRow, type FigureRow } from './evidence-table';
import { trailsOfClaim } from './trails';

/** One side of two counts that disagree: who said it, the number as stated, and where. */
export interface CountSide {
  claimId: string;
  /** True for the claim the card is about. */
  isThis: boolean;
  who: string;
  /** "38 declined detainers": qualifier and unit included. */
  stated: string;
  quote: string;
  outlet: string;
  date: string | null;
}

export interface ClaimView {
  claim: Claim;
  story: Story;
  comparison: Comparison;
  statusLabel: string;
  chart: ChartSpec | null;
  figures: FigureRow[];
  /** The authored comparability note first, then each cited series' caveats. */
  caveats: { title: string; text: string }[];
  series: Series[];
  sources: Source[];
  /** The trails that follow the figure this claim states: "How this number travelled". */
  trails: { id: string; href: string; title: string }[];
  /** With status two-counts: this claim's count and the others, side by side; empty otherwise. */
  counts: CountSide[];
  /** How a relative period was resolved: "'this fiscal year', said on 2019-11-03, is FY2020 (…)"; null when the claim states its period outright. */
  periodDerivation: string | null;
}

function countSide(index: Index, claim: Claim, isThis: boolean): CountSide {
  const story = index.data.stories.find((s) => s.id === claim.story_id);
  return {
    claimId: claim.id,
    isThis,
    who: whoSaid(claim),
    stated: claimPhrase(claim),
    quote: claim.quote,
    outlet: story?.outlet ?? '',
    date: story?.date ?? null,
  };
}

export function claimView(index: Index, claim: Claim): ClaimView {
  const evidence = index.evidenceFor(claim);
  const comparison = compareInIndex(index, claim);
  const series = [...new Map(evidence.map((e) => [e.series.id, e.series])).values()];
  const chart = claimChart(claim, evidence, comparison);
  // The key caveat is the record series' when the claim has one, else the first cited series'.
  const lead = evidence.find((e) => e.role === 'record') ?? evidence[0];
  const story = index.data.stories.find((s) => s.id === claim.story_id)!;
  return {
    claim,
    story,
    comparison,
    statusLabel: STATUS_LABEL[comparison.status],
    chart:
      chart &&
      withCredit(
        chart,
        evidence.map((e) => e.observation),
        lead?.series.caveats,
      ),
    figures: evidence.map((e) => figureRow(index, e.observation, e.series, e.role)),
    caveats: [
      { title: 'How the claim and the record compare', text: claim.comparability_note },
      ...series.map((s) => ({ title: s.title, text: s.caveats })),
    ],
    series,
    sources: index.sourcesOf(evidence.map((e) => e.observation)),
    trails: trailsOfClaim(index, claim.id),
    periodDerivation: periodDerivation(claim, story.date),
    counts:
      comparison.status === 'two-counts'
        ? [claim, ...(comparison.counterparts ?? [])].map((c, i) => countSide(index, c, i === 0))
        : [],
  };
}
