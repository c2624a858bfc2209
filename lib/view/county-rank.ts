import { type CaseloadMeasure, type CaseloadRecord, per10k, recordsOf } from './caseload';

export interface Rank {
  /** 1 = the most; counties with equal values share a rank (1, 2, 2, 4). */
  rank: number;
  /** How many counties have a value to rank. */
  of: number;
}

/** Where one value stands among all, highest first; null when the county has no value. */
export function rankAmong(values: Map<string, number>, key: string): Rank | null {
  const mine = values.get(key);
  if (mine === undefined) return null;
  return { rank: 1 + [...values.values()].filter((v) => v > mine).length, of: values.size };
}

export interface CountyRankRow {
  measure: CaseloadMeasure;
  period: string;
  cases: number | null;
  casesRank: Rank | null;
  per10k: number | null;
  per10kRank: Rank | null;
  population: number | null;
}

/** A county's cases and its rank among NC counties, in total and per 10,000 residents, for one period. */
export function countyRank(
  records: CaseloadRecord[],
  measure: CaseloadMeasure,
  period: string,
  fips: string,
): CountyRankRow {
  const rows = recordsOf(records, measure).filter((r) => r.period === period);
  const totals = new Map(rows.map((r) => [r.fips, r.cases]));
  const rates = new Map(
    rows.flatMap((r) => {
      const rate = per10k(r.cases, r.population);
      return rate === null ? [] : [[r.fips, rate] as [string, number]];
    }),
  );
  const mine = rows.find((r) => r.fips === fips);
  return {
    measure,
    period,
    cases: mine?.cases ?? null,
    casesRank: rankAmong(totals, fips),
    per10k: rates.get(fips) ?? null,
    per10kRank: rankAmong(rates, fips),
    population: mine?.population ?? null,
  };
}
