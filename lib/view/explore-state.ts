import type { Index } from '../data/evidence';
import { type ExploreMeasure, exploreDataHref, type MeasureData } from './explore-data';

/** The FBI and ACS state series: yearly figures for North Carolina (and the U.S. for the FBI file). */
const STATE_SERIES = /^(fbi|acs)-/;
export const STATE_AREAS: Record<string, string> = { '37': 'North Carolina', US: 'United States' };
/** NC and the U.S. differ in size by a factor of 30: they share an axis only as a rate or a share, never as counts. */
const COMPARABLE_KINDS = new Set(['percent', 'rate', 'ratio']);

export interface StateMeasure {
  measure: ExploreMeasure;
  data: MeasureData;
}

export function stateExploreMeasures(index: Index): StateMeasure[] {
  const unitKind = new Map(index.data.units.map((u) => [u.id, u.kind]));
  return index.data.series
    .filter((s) => STATE_SERIES.test(s.id))
    .flatMap((series) => {
      const observations = index.observationsOf(series).filter((o) => o.fips !== null && o.fips in STATE_AREAS);
      const present = [...new Set(observations.map((o) => o.fips!))];
      const areas = COMPARABLE_KINDS.has(unitKind.get(series.unit) ?? '')
        ? ['37', 'US'].filter((f) => present.includes(f))
        : present.filter((f) => f === '37');
      if (!areas.includes('37')) return [];
      const kept = observations.filter((o) => areas.includes(o.fips!));
      const periods = [...new Map(kept.map((o) => [o.period, o.period_start ?? o.period])).entries()]
        .sort((a, b) => a[1].localeCompare(b[1]))
        .map(([p]) => p);
      const source = index.sourcesOf(kept)[0];
      const measure: ExploreMeasure = {
        id: series.id,
        label: series.short_title,
        unit: series.unit,
        periods,
        perCapita: false,
        dataHref: exploreDataHref(series.id),
        kind: 'state',
        areas,
        defaultAreas: areas,
        periodType: series.period_type,
      };
      const data: MeasureData = {
        id: series.id,
        label: series.short_title,
        unit: series.unit,
        periods,
        periodType: series.period_type,
        source: { title: `${source.publisher}: ${source.title}`, url: source.url },
        dataset: { title: 'Observations: every published figure', href: '/data/observations.csv' },
        spans: periods.map((p) => {
          const o = kept.find((x) => x.period === p && x.period_start);
          return o ? { start: o.period_start!, end: o.period_end } : null;
        }),
        areas: areas.map((fips) => {
          const figure = (p: string) => kept.find((o) => o.fips === fips && o.period === p);
          return {
            fips,
            name: STATE_AREAS[fips],
            slug: '',
            values: periods.map((p) => figure(p)?.value ?? null),
            population: periods.map(() => null),
            qualifiers: periods.map((p) => figure(p)?.qualifier ?? null),
          };
        }),
      };
      return [{ measure, data }];
    });
}
