import { type ComparisonStatus, DECIDED_STATUSES, STATUS_LABEL } from '../vocabulary/statuses';
import type { Index } from '../data/evidence';
import type { Series, Story } from '../data/records';
import { claimView, type ClaimView } from './claim-view';
import { storiesNewestFirst } from './story-view';

/**
 * The dashboard's tiles: official series, each a small build-time chart linking to its page (DESIGN §8):
 * NC declined detainers, the county statements, national detainers by month, NC felony filings, and
 * national declined detainers by year. A series missing from the data is left out, not faked.
 */
export const TILE_SERIES = [
  'ice-nc-declined-detainers',
  'nc-county-declined-detainers',
  'trac-us-detainers-per-month',
  'nc-aoc-superior-criminal-felonies-filed',
  'npr-us-declined-detainers-by-year',
];

export interface HomeComparison {
  claimId: string;
  status: ComparisonStatus;
  statusLabel: string;
  /** What was said, word for word, so the verdict is read against it. */
  quote: string;
  sentence: string;
  speaker: string;
  outlet: string;
  storyId: string;
}

export interface HomeView {
  tiles: Series[];
  verdicts: Array<{ status: ComparisonStatus; label: string; count: number }>;
  totalClaims: number;
  /** Claims judged on an independent record (consistent, overstates, understates): the verdicts the record itself earns. */
  independentVerdicts: number;
  /** Newest first, claims the record can confirm or contradict, each comparison sentence once. */
  checked: HomeComparison[];
  stories: Array<{ story: Story; cards: ClaimView[] }>;
}

const CHECKED_SHOWN = 4;

export function homeView(index: Index): HomeView {
  const stories = storiesNewestFirst(index).map((story) => ({
    story,
    cards: index.claimsOf(story.id).map((c) => claimView(index, c)),
  }));
  const all = stories.flatMap((s) => s.cards);
  const verdicts = (Object.keys(STATUS_LABEL) as ComparisonStatus[])
    .map((status) => ({
      status,
      label: STATUS_LABEL[status],
      count: all.filter((c) => c.comparison.status === status).length,
    }))
    .filter((v) => v.count > 0);
  // Several stories repeat one official line ("more than 200 declined detainers"): show each sentence once.
  const seen = new Set<string>();
  const checked: HomeComparison[] = [];
  for (const c of all) {
    if (!DECIDED_STATUSES.includes(c.comparison.status) || seen.has(c.comparison.sentence)) continue;
    seen.add(c.comparison.sentence);
    checked.push({
      claimId: c.claim.id,
      status: c.comparison.status,
      statusLabel: c.statusLabel,
      quote: c.claim.quote,
      sentence: c.comparison.sentence,
      speaker: c.claim.speaker,
      outlet: c.story.outlet,
      storyId: c.story.id,
    });
  }
  return {
    tiles: TILE_SERIES.map((id) => index.seriesById.get(id)).filter((s): s is Series => s !== undefined),
    verdicts,
    totalClaims: all.length,
    independentVerdicts: all.filter((c) => DECIDED_STATUSES.includes(c.comparison.status)).length,
    checked: checked.slice(0, CHECKED_SHOWN),
    stories,
  };
}
