// Pure helpers for scripts/derive/ice-287g.ts: ICE's 287(g) agreements list
// of 2025-07-18, the third-party merge of 17 snapshots of it (May-July 2025),
// and the NC history FY2006-2013 (identified and removed per agency) and
// 2011-2017 (agencies on ICE's page). No file access here.

export type Raw = Record<string, string>;

/** ICE's support models, as the sheet writes them once trailing spaces are dropped. */
export const MODELS = ['Jail Enforcement Model', 'Task Force Model', 'Warrant Service Officer'] as const;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const INT = /^(0|[1-9][0-9]*)$/;

export interface Agreement {
  state: string;
  agency: string;
  type: string;
  county: string; // as ICE wrote it, trailing spaces dropped
  support_model: string;
  date_signed: string;
}

/**
 * Rows of ICE's sheet; trailing spaces (which the sheet has in 413 cells) are dropped. A blank state or
 * agency or an unknown support model throws. Dates are kept as ICE wrote them (one non-NC row reads
 * "7/72025"): use `isIsoDate` before treating one as a date.
 */
export function parseAgreements(rows: Raw[]): Agreement[] {
  return rows.map((r, i) => {
    const where = `sheet row ${i + 2}`;
    const a = {
      state: r.state.trim(),
      agency: r.law_enforcement_agency.trim(),
      type: r.type.trim(),
      county: r.county.trim(),
      support_model: r.support_type.trim(),
      date_signed: r.signed.trim(),
    };
    if (!a.state || !a.agency) throw new Error(`${where}: blank state or agency`);
    if (!(MODELS as readonly string[]).includes(a.support_model))
      throw new Error(`${where}: support type ${JSON.stringify(r.support_type)} is not one of ${MODELS.join(', ')}`);
    return a;
  });
}

export const isIsoDate = (s: string) => ISO.test(s);

/** "2025-07-03 pm" -> { date: "2025-07-03", part: "pm" }. */
export function snapshotOf(label: string): { date: string; part: 'am' | 'pm' } {
  const m = /^(\d{4}-\d{2}-\d{2}) (am|pm)$/.exec(label);
  if (!m) throw new Error(`snapshot ${JSON.stringify(label)} is not "YYYY-MM-DD am|pm"`);
  return { date: m[1], part: m[2] as 'am' | 'pm' };
}

/** Rows per (snapshot, state) in the snapshot merge, sorted by snapshot (am before pm) then state. */
export function agreementsBySnapshot(
  rows: Raw[],
): Array<{ snapshot: string; date: string; state: string; agreements: number }> {
  const m = new Map<string, number>();
  for (const r of rows) {
    snapshotOf(r.date);
    if (!r.state) throw new Error(`snapshot ${r.date}: a row with no state`);
    const k = `${r.date}\t${r.state}`;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m]
    .map(([k, agreements]) => {
      const [snapshot, state] = k.split('\t');
      return { snapshot, date: snapshotOf(snapshot).date, state, agreements };
    })
    .sort((a, b) =>
      a.snapshot < b.snapshot ? -1 : a.snapshot > b.snapshot ? 1 : a.state < b.state ? -1 : a.state > b.state ? 1 : 0,
    );
}

export interface HistoryRow {
  agency: string;
  agency_raw: string;
  fiscal_year: string; // FY2009
  period_start: string;
  period_end: string;
  identified: number | null; // blank is not zero
  removed: number | null;
  attests_active: string;
  address: string;
}

/** The FY2006-2013 identified/removed rows; a blank count stays null, a non-integer or an odd fiscal year throws. */
export function parseHistory(rows: Raw[]): HistoryRow[] {
  const count = (v: string, what: string) => {
    if (v === '') return null;
    if (!INT.test(v)) throw new Error(`${what}: ${JSON.stringify(v)} is not a whole number`);
    return Number(v);
  };
  return rows.map((r) => {
    const fy = Number(r.fiscal_year);
    const what = `${r.agency} FY${r.fiscal_year}`;
    if (!Number.isInteger(fy) || r.fy_start !== `${fy - 1}-10-01` || r.fy_end !== `${fy}-09-30`)
      throw new Error(`${what}: fy_start/fy_end ${r.fy_start}/${r.fy_end} are not federal FY${fy}`);
    if (!['TRUE', 'FALSE'].includes(r.attests_active))
      throw new Error(`${what}: attests_active ${JSON.stringify(r.attests_active)}`);
    return {
      agency: r.agency,
      agency_raw: r.agency_raw,
      fiscal_year: `FY${fy}`,
      period_start: r.fy_start,
      period_end: r.fy_end,
      identified: count(r.identified, `${what} identified`),
      removed: count(r.removed, `${what} removed`),
      attests_active: r.attests_active,
      address: r.address,
    };
  });
}
