import type { Index } from '../data/evidence';
import type { Observation } from '../data/records';
import { narrowVariant } from '../charts/narrow';
import { chartThumbnailPath } from '../charts/thumbnail';
import { allCharts } from './charts';
import type { CatalogueChart, CatalogueGroup } from './catalogue-filter';
import { seriesTopic, type Topic, TOPICS } from './chart-topics';

export type { CatalogueChart, CatalogueGroup } from './catalogue-filter';
export { filterCatalogue } from './catalogue-filter';

/** The earliest and latest of a series' periods ("FY2013 to FY2020"), or the one period. */
function periodSpan(observations: Observation[]): string | null {
  const periods = [...observations]
    .sort((a, b) => (a.period_start ?? '').localeCompare(b.period_start ?? ''))
    .map((o) => o.period);
  if (!periods.length) return null;
  const [first, last] = [periods[0], periods[periods.length - 1]];
  return first === last ? first : `${first} to ${last}`;
}

/**
 * Every chart page the site publishes (allCharts: one per series, one per claim with figures), grouped by topic.
 * A claim's chart sits with the topic of the first series it cites.
 */
export function chartCatalogue(index: Index): CatalogueGroup[] {
  const claims = new Map(index.data.claims.map((c) => [c.id, c]));
  const entries = allCharts(index).map((spec) => {
    const series = index.seriesById.get(spec.id);
    const claim = claims.get(spec.id);
    const cited = claim ? index.evidenceFor(claim)[0]?.series : undefined;
    // A chart that is neither a series nor a claim (the county maps) is filed by its own id, which names its data.
    const topic: Topic = seriesTopic(series ?? cited ?? spec);
    const words = series
      ? `${series.short_title} ${series.measure} ${series.publisher}`
      : claim
        ? `${claim.speaker} ${claim.quote}`
        : '';
    const chart: CatalogueChart = {
      id: spec.id,
      title: spec.title,
      subtitle: spec.subtitle,
      // A trail's timeline has no chart page of its own: its page is the trail.
      href: spec.kind === 'trail' ? spec.href : `/charts/${spec.id}`,
      thumbnail: chartThumbnailPath(spec.id),
      thumbnailDark: chartThumbnailPath(spec.id, 'dark'),
      thumbnailSize: (({ width, height }) => ({ width: Math.round(width), height: Math.round(height) }))(
        narrowVariant(spec),
      ),
      period: series
        ? periodSpan(index.observationsOf(series))
        : claim && claim.period !== 'not stated'
          ? claim.period
          : null,
      search: `${spec.title} ${spec.subtitle} ${words}`.toLowerCase(),
    };
    return { topic, chart, official: series !== undefined };
  });
  // Official series first within each topic, then the claims drawn against them.
  entries.sort((a, b) => Number(b.official) - Number(a.official));
  return TOPICS.map((topic) => ({
    topic,
    charts: entries.filter((e) => e.topic === topic).map((e) => e.chart),
  })).filter((g) => g.charts.length);
}
