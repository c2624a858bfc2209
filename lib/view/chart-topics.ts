import type { Series } from '../data/records';

/** The catalogue's topics, in the order /charts lists them (DESIGN §8). */
export const TOPICS = [
  'ICE detainers',
  '287(g), arrests and removals',
  'ICE detention',
  'NC courts',
  'Crime',
  'Population and prisons',
  'Recidivism',
  'Other',
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * First match wins, so re-arrest studies are recidivism before "arrests" makes them enforcement.
 * The patterns read series ids, which name their publisher and measure (see data/series.csv).
 */
const RULES: Array<[RegExp, Topic]> = [
  [/rearrest|reconviction|reincarceration|cohort|la-jail/, 'Recidivism'],
  [/detainer|ice-holds|custody-transfers|taken-into-custody|noncooperative|ice-lesa/, 'ICE detainers'],
  [/287g|arrest|removal|expulsion/, '287(g), arrests and removals'],
  [/ice-detention/, 'ICE detention'],
  [/nc-aoc|felonies-filed|sentenc|conviction|plea|charges|trials|felony|cjil/, 'NC courts'],
  [/population|acs-|foreign-born|noncitizen|unauthorized/, 'Population and prisons'],
  [/fbi-|rape|crime|sbi/, 'Crime'],
];

export function seriesTopic(series: Pick<Series, 'id'>): Topic {
  return RULES.find(([pattern]) => pattern.test(series.id))?.[1] ?? 'Other';
}
