import type { Claim, Observation } from '../data/records';
import type { StatedPeriod } from '../format/period';

/**
 * When a claim and a record figure cover the same period. A same-measure claim is judged on its
 * number only when every record figure passes these rules and has the claim's place; /methodology
 * shows them. Both shares are 1: the record must cover all of the claim's period (containment), and
 * the claim all of the record's, so a part-year figure never checks a full-year claim or the reverse.
 */
export const PERIOD_ALIGNMENT = {
  /** Least share of the claim's days the record's period must cover. */
  claimDaysCovered: 1,
  /** Least share of the record's days the claim's period must cover. */
  recordDaysCovered: 1,
} as const;

/** How a claim and one record figure fail to line up; null-free, one entry per difference. */
export type Misalignment =
  | { kind: 'claim-no-period'; record: Observation }
  | { kind: 'claim-undated'; record: Observation }
  | { kind: 'record-undated'; record: Observation }
  | { kind: 'both-undated'; record: Observation }
  | { kind: 'period-type'; record: Observation }
  | { kind: 'period-span'; record: Observation }
  | { kind: 'claim-no-place'; record: Observation }
  | { kind: 'record-no-place'; record: Observation }
  | { kind: 'place'; record: Observation };

type Period = Pick<StatedPeriod, 'period_type' | 'period_start' | 'period_end'>;

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** Days of `a` that `b` also covers, as a share of `a`'s days (both ends inclusive). */
export function shareCovered(a: { start: string; end: string }, b: { start: string; end: string }): number {
  const overlap = Math.min(day(a.end), day(b.end)) - Math.max(day(a.start), day(b.start)) + 1;
  return Math.max(0, overlap) / (day(a.end) - day(a.start) + 1);
}

/**
 * Why the claim's period and the record's differ, or null when they are the same period.
 * Periods of one type match when both are fully dated and cover each other by PERIOD_ALIGNMENT's
 * shares, or when one end is unstated on both sides and the other end is the same day
 * ("FY2019 to date" from one ICE release: the same open window).
 */
export function periodMisalignment(claim: Period, record: Observation): Misalignment | null {
  if (claim.period_type === null) return { kind: 'claim-no-period', record };
  const claimUndated = !claim.period_start && !claim.period_end;
  const recordUndated = !record.period_start && !record.period_end;
  if (claimUndated) return { kind: recordUndated ? 'both-undated' : 'claim-undated', record };
  if (recordUndated) return { kind: 'record-undated', record };
  if (claim.period_type !== record.period_type) return { kind: 'period-type', record };
  const c = { start: claim.period_start, end: claim.period_end };
  const r = { start: record.period_start, end: record.period_end };
  if (c.start && c.end && r.start && r.end) {
    const full = { start: c.start, end: c.end };
    const rec = { start: r.start, end: r.end };
    const ok =
      shareCovered(full, rec) >= PERIOD_ALIGNMENT.claimDaysCovered &&
      shareCovered(rec, full) >= PERIOD_ALIGNMENT.recordDaysCovered;
    return ok ? null : { kind: 'period-span', record };
  }
  return c.start === r.start && c.end === r.end ? null : { kind: 'period-span', record };
}

/** Why the claim's place and the record's differ, or null when they have the same FIPS code. A county is not its state. */
export function placeMisalignment(claim: Pick<Claim, 'fips'>, record: Observation): Misalignment | null {
  if (claim.fips === null) return { kind: 'claim-no-place', record };
  if (record.fips === null) return { kind: 'record-no-place', record };
  return claim.fips === record.fips ? null : { kind: 'place', record };
}

/** Every way the claim and the record figures fail to line up, period before place; empty when they line up. */
export function misalignments(
  claim: Pick<Claim, 'fips' | 'period_type' | 'period_start' | 'period_end'>,
  record: Observation[],
): Misalignment[] {
  return record.flatMap((o) =>
    [periodMisalignment(claim, o), placeMisalignment(claim, o)].filter((m): m is Misalignment => m !== null),
  );
}
