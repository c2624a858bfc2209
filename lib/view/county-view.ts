import type { ChartSpec } from '../charts/chart-spec';
import type { Index } from '../data/evidence';
import type { Tables } from '../data/validate-keys';
import {
  CASELOAD_SOURCE_ID,
  caseloadMeasures,
  caseloadPeriods,
  caseloadRecords,
  counties,
  type County,
} from './caseload';
import { claimView, type ClaimView } from './claim-view';
import { COURTS, countyCourtChart } from './county-court-chart';
import { type CountyIce, countyIce } from './county-ice';
import { countyRank, type CountyRankRow } from './county-rank';

export interface CountyView {
  county: County;
  charts: ChartSpec[];
  /** The latest state fiscal year in the records, which the ranks use. */
  rankPeriod: string;
  ranks: CountyRankRow[];
  ice: CountyIce;
  /** Null until claims.csv carries a `fips` column to say which county a claim is about. */
  claims: ClaimView[] | null;
}

/** The caseload measures a county page ranks: cases filed, by court and case type. */
const RANKED = (id: string) => id.endsWith('-filed');

/** Who publishes the caseload records, for source lines and citations. */
export function caseloadPublisher(index: Index): string {
  return index.sourceById.get(CASELOAD_SOURCE_ID)?.publisher ?? 'NC Administrative Office of the Courts';
}

/** Every county court chart: two per county (Superior and District Court). Empty without caseload records. */
export function countyCharts(index: Index, tables: Tables): ChartSpec[] {
  const records = caseloadRecords(tables);
  const periods = caseloadPeriods(records);
  const publisher = caseloadPublisher(index);
  return counties(records).flatMap((county) =>
    COURTS.map((court) => countyCourtChart(county, court, records, periods, publisher)),
  );
}

/** The claims tagged with the county's FIPS code (the `fips` column of claims.csv, where present). */
function claimsAbout(index: Index, tables: Tables, fips: string): ClaimView[] | null {
  if (!(tables.claims ?? []).some((r) => 'fips' in r.values)) return null;
  const ids = new Set((tables.claims ?? []).filter((r) => r.values.fips === fips).map((r) => String(r.values.id)));
  return index.data.claims.filter((c) => ids.has(c.id)).map((c) => claimView(index, c));
}

/** caveatsOf: a resource's caveats from the data package descriptor. */
export function countyView(
  index: Index,
  tables: Tables,
  county: County,
  caveatsOf: (resource: string) => string | null = () => null,
): CountyView {
  const records = caseloadRecords(tables);
  const periods = caseloadPeriods(records);
  const rankPeriod = periods[periods.length - 1];
  const publisher = caseloadPublisher(index);
  return {
    county,
    charts: COURTS.map((court) => countyCourtChart(county, court, records, periods, publisher)),
    rankPeriod,
    ranks: caseloadMeasures(records)
      .filter((m) => RANKED(m.id))
      .map((m) => countyRank(records, m, rankPeriod, county.fips)),
    ice: countyIce(tables, county.fips, caveatsOf),
    claims: claimsAbout(index, tables, county.fips),
  };
}
