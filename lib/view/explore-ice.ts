import type { DataPackage } from '../data/schema';
import type { Tables } from '../data/validate-keys';
import { formatNumber } from '../format/number';
import { YEAR_SPANS } from '../vocabulary/period-types';
import type { County } from './caseload';
import { type CountyIce, countyIce, ICE_RESOURCES } from './county-ice';
import { DEFAULT_COUNTIES, type ExploreMeasure, exploreDataHref, type MeasureData } from './explore-data';

/**
 * The ICE records by NC county as /explore measures: FY2015 detainers, 287(g) agreements and detention
 * population. Each county's figures are the ones its county page shows (countyIce), so the two never differ.
 */

/** The single period of ICE's FY2015 records, named as the data name it (a partial federal fiscal year). */
export const DETAINERS_PERIOD = 'FY2015 to date (2014-10-01 to 2015-07-19)';
/** The single point in time of ICE's 287(g) list. */
export const AGREEMENTS_PERIOD = "ICE's list of 2025-07-18";

export const ICE_MEASURE_IDS = {
  detainers: 'ice-lesa-fy2015-nc-detainers-by-county',
  agreements: 'ice-287g-nc-agreements-by-county-2025-07-18',
  detention: 'ice-detention-adp-nc-by-county',
} as const;

/**
 * The only county populations the data publish are the court file's, for NC state fiscal years (July to June).
 * None matches a federal fiscal year or a date, so these measures are totals only.
 */
const NO_POPULATION =
  'Totals only: the only county populations published here are those in the NC court caseload file, for North Carolina state fiscal years (July 1 to June 30), which do not match this period.';

export interface IceMeasure {
  measure: ExploreMeasure;
  data: MeasureData;
}

interface ResourceMeta {
  name: string;
  path: string;
  title?: string;
  caveats?: string;
  sources?: Array<{ title: string; path?: string }>;
}

type Row = { fips: string; name: string; slug: string; values: Array<number | null> };

function iceMeasure(
  meta: ResourceMeta,
  spec: {
    id: string;
    label: string;
    unit: string;
    periods: string[];
    periodType: string;
    caveats: string[];
    spans: MeasureData['spans'];
  },
  rows: Row[],
): IceMeasure {
  const areas = rows.map((r) => r.fips);
  const defaults = DEFAULT_COUNTIES.filter((f) => areas.includes(f));
  const source = meta.sources?.[0];
  return {
    measure: {
      id: spec.id,
      label: spec.label,
      unit: spec.unit,
      periods: spec.periods,
      perCapita: false,
      perCapitaNote: NO_POPULATION,
      dataHref: exploreDataHref(spec.id),
      kind: 'county',
      areas,
      defaultAreas: defaults.length ? defaults : areas.slice(0, 1),
      periodType: spec.periodType,
    },
    data: {
      id: spec.id,
      label: spec.label,
      unit: spec.unit,
      periods: spec.periods,
      periodType: spec.periodType,
      source: { title: source?.title ?? meta.title ?? meta.name, url: source?.path ?? '' },
      dataset: { title: meta.title ?? meta.name, href: `/data/${meta.path}` },
      caveats: [...(meta.caveats ? [meta.caveats] : []), ...spec.caveats],
      spans: spec.spans,
      areas: rows.map((r) => ({ ...r, population: r.values.map(() => null) })),
    },
  };
}

/** Detainers summed over lift reasons; 0 where no record is at a facility mapped to the county, as the series counts. */
function detainerMeasure(meta: ResourceMeta, tables: Tables, ice: Array<[County, CountyIce]>): IceMeasure {
  const all = tables[ICE_RESOURCES.detainers].map((r) => r.values as Record<string, unknown>);
  const total = all.reduce((s, r) => s + Number(r.detainers), 0);
  const unplaced = all
    .filter((r) => r.county_fips === null || r.county_fips === '')
    .reduce((s, r) => s + Number(r.detainers), 0);
  return iceMeasure(
    meta,
    {
      id: ICE_MEASURE_IDS.detainers,
      label: 'ICE detainers prepared, by county of the facility (FY2015 to date)',
      unit: 'detainers',
      periods: [DETAINERS_PERIOD],
      periodType: 'federal-fy-to-date',
      spans: [{ start: '2014-10-01', end: '2015-07-19' }],
      caveats: [
        `Each county's figure is the sum over all lift reasons. ${formatNumber(unplaced)} of the ${formatNumber(total)} North Carolina detainers are at facilities mapped to no county and are in no county's figure.`,
      ],
    },
    ice.map(([c, x]) => ({ ...c, values: [x.detainers!.total] })),
  );
}

/** A federal fiscal year by its name: FY2019 ran from October 1, 2018 to September 30, 2019. */
function federalYear(period: string): MeasureData['spans'][number] {
  const year = /^FY(\d{4})$/.exec(period)?.[1];
  const span = YEAR_SPANS['federal-fy']!;
  return year ? { start: `${Number(year) - span.endYearOffset}-${span.start}`, end: `${year}-${span.end}` } : null;
}

/** Agreements on ICE's list; 0 where the county has none. */
function agreementMeasure(meta: ResourceMeta, ice: Array<[County, CountyIce]>): IceMeasure {
  return iceMeasure(
    meta,
    {
      id: ICE_MEASURE_IDS.agreements,
      label: "287(g) agreements, by the agency's county (ICE's list of 2025-07-18)",
      unit: 'agreements',
      periods: [AGREEMENTS_PERIOD],
      periodType: 'point-in-time',
      caveats: [],
      spans: [{ start: '2025-07-18', end: '2025-07-18' }],
    },
    ice.map(([c, x]) => ({ ...c, values: [x.agreements!.rows.length] })),
  );
}

/**
 * Average daily population summed over the county's facilities, for the counties that have one. A county-year
 * with a facility whose release left the figure blank has no figure: a sum over unknowns is unknown.
 */
function detentionMeasure(meta: ResourceMeta, ice: Array<[County, CountyIce]>): IceMeasure {
  const held = ice.filter(([, x]) => x.detention!.rows.length > 0);
  const periods = [...new Set(held.flatMap(([, x]) => x.detention!.rows.map((r) => r.fiscalYear)))].sort();
  const partial = held.flatMap(([c, x]) =>
    x
      .detention!.rows.filter((r) => r.partialYear)
      .map((r) => `${c.name} ${r.fiscalYear} (to ${r.periodEnd ?? 'a date not given'})`),
  );
  return iceMeasure(
    meta,
    {
      id: ICE_MEASURE_IDS.detention,
      label: 'ICE detention: average daily population, by county of the facility',
      unit: 'average daily population',
      periods,
      periodType: 'federal-fy',
      spans: periods.map(federalYear),
      caveats: [
        "Each county's figure is the sum over the ICE detention facilities in it; only counties with a facility in ICE's releases are listed.",
        ...(partial.length ? [`Years covered only in part by their latest release: ${partial.join(', ')}.`] : []),
      ],
    },
    held.map(([c, x]) => ({
      ...c,
      values: periods.map((p) => {
        const mine = x.detention!.rows.filter((r) => r.fiscalYear === p);
        if (!mine.length || mine.some((r) => r.averageDailyPopulation === null)) return null;
        // One decimal, as the data round each facility's figure.
        return Math.round(mine.reduce((s, r) => s + r.averageDailyPopulation!, 0) * 10) / 10;
      }),
    })),
  );
}

/** The measures whose resources the package holds, for the given counties (every NC county). */
export function iceExploreMeasures(pkg: DataPackage, tables: Tables, counties: County[]): IceMeasure[] {
  if (!counties.length) return [];
  const metaOf = (name: string) =>
    tables[name] ? (pkg.resources.find((r) => r.name === name) as ResourceMeta | undefined) : undefined;
  const ice = counties.map((c) => [c, countyIce(tables, c.fips)] as [County, CountyIce]);
  const detainers = metaOf(ICE_RESOURCES.detainers);
  const agreements = metaOf(ICE_RESOURCES.agreements);
  const detention = metaOf(ICE_RESOURCES.detention);
  return [
    ...(detainers ? [detainerMeasure(detainers, tables, ice)] : []),
    ...(agreements ? [agreementMeasure(agreements, ice)] : []),
    ...(detention ? [detentionMeasure(detention, ice)] : []),
  ].filter((m) => m.measure.periods.length > 0);
}
