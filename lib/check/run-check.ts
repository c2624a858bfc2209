/**
 * A reader's check with its chart: the verdict (check-verdict.ts) and the claim chart claimChart draws for
 * it, as for a claim in data/.
 */
import type { ChartSpec } from '../charts/chart-spec';
import { claimChart } from '../charts/claim-chart';
import type { CheckSeriesData } from './check-data';
import { type CheckVerdict, checkVerdict } from './check-verdict';
import type { StatedCheck } from './validate-check';

export interface CheckResult extends CheckVerdict {
  chart: ChartSpec | null;
}

/** The chart of a verdict. With no record for the period, it is drawn as a same-measure claim that is not compared, so the reader sees their number against the series. */
export function checkChart({ claim, evidence, comparison, noRecord }: CheckVerdict): ChartSpec | null {
  return noRecord
    ? claimChart({ ...claim, comparability: 'same-measure' }, evidence, { ...comparison, status: 'not-comparable' })
    : claimChart(claim, evidence, comparison);
}

export function runCheck(stated: StatedCheck, data: CheckSeriesData): CheckResult {
  const verdict = checkVerdict(stated, data);
  return { ...verdict, chart: checkChart(verdict) };
}
