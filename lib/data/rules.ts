import type { Problem } from './problem';
import type { Resource } from './schema';
import type { Tables } from './validate-keys';
import type { TypedRow } from './validate-table';

/** The fiscal-year calendars named in the data: federal Oct–Sep, North Carolina Jul–Jun, calendar Jan–Dec. */
const YEAR_SPANS: Record<string, { start: string; end: string; endYearOffset: number }> = {
  'federal-fy': { start: '10-01', end: '09-30', endYearOffset: 1 },
  'state-fy': { start: '07-01', end: '06-30', endYearOffset: 1 },
  calendar: { start: '01-01', end: '12-31', endYearOffset: 0 },
};

type Report = (resource: string, row: TypedRow, field: string, message: string) => void;

/**
 * Rules a Table Schema cannot express: units and their ranges, periods that match their type,
 * claim bounds that match their qualifier, and chart ids that do not collide.
 */
export function validateRules(resources: Resource[], tables: Tables, pathOf: (r: Resource) => string): Problem[] {
  const problems: Problem[] = [];
  const byName = new Map(resources.map((r) => [r.name, r]));
  const report: Report = (name, row, field, message) => {
    const r = byName.get(name);
    if (!r) return;
    const column = Math.max(1, r.schema.fields.findIndex((f) => f.name === field) + 1);
    problems.push({ path: pathOf(r), line: row.line, column, message });
  };
  const rows = (name: string) => tables[name] ?? [];
  const str = (row: TypedRow, f: string) => (row.values[f] === null || row.values[f] === undefined ? null : String(row.values[f]));
  const num = (row: TypedRow, f: string) => (typeof row.values[f] === 'number' ? (row.values[f] as number) : null);

  const units = new Map(rows('units').map((u) => [str(u, 'id'), u]));
  const seriesUnit = new Map(rows('series').map((s) => [str(s, 'id'), str(s, 'unit')]));

  for (const o of rows('observations')) {
    const unit = str(o, 'unit');
    const expected = seriesUnit.get(str(o, 'series_id'));
    if (expected && unit !== expected) report('observations', o, 'unit', `unit "${unit}" differs from its series' unit "${expected}"`);
    const u = units.get(unit);
    const value = num(o, 'value');
    if (u && value !== null) {
      const min = num(u, 'minimum');
      const max = num(u, 'maximum');
      if (min !== null && value < min) report('observations', o, 'value', `value ${value} is below ${min}, the least a "${unit}" value can be`);
      if (max !== null && value > max) report('observations', o, 'value', `value ${value} is above ${max}, the most a "${unit}" value can be`);
    }
    checkPeriod(o, report);
  }

  for (const c of rows('claims')) checkClaimBounds(c, report);

  const claimComparability = new Map(rows('claims').map((c) => [str(c, 'id'), str(c, 'comparability')]));
  const hasRecord = new Set<string | null>();
  for (const e of rows('claim_evidence')) {
    const comparability = claimComparability.get(str(e, 'claim_id'));
    if (str(e, 'role') === 'record') {
      hasRecord.add(str(e, 'claim_id'));
      if (comparability && comparability !== 'same-measure') {
        report('claim_evidence', e, 'role', `role "record" needs a claim whose comparability is same-measure, not ${comparability}`);
      }
    }
  }
  // Only when claim_evidence was read: otherwise its own problem is the one to report.
  for (const c of tables.claim_evidence ? rows('claims') : []) {
    if (str(c, 'comparability') === 'same-measure' && !hasRecord.has(str(c, 'id'))) {
      report('claims', c, 'comparability', 'comparability is same-measure but no claim_evidence row has role "record" for this claim');
    }
  }

  // Series and claims share the /charts/<id> namespace.
  const seriesIds = new Set(rows('series').map((s) => str(s, 'id')));
  for (const c of rows('claims')) {
    if (seriesIds.has(str(c, 'id'))) report('claims', c, 'id', `id "${str(c, 'id')}" is also a series id; chart ids must be unique`);
  }
  return problems;
}

function checkPeriod(o: TypedRow, report: Report) {
  const type = String(o.values.period_type);
  const start = o.values.period_start as string | null;
  const end = o.values.period_end as string | null;
  if (start && end && start > end) report('observations', o, 'period_end', `period_end ${end} is before period_start ${start}`);
  const span = YEAR_SPANS[type];
  if (span) {
    if (!start || !end) {
      report('observations', o, start ? 'period_end' : 'period_start', `a ${type} period needs both period_start and period_end`);
      return;
    }
    const ok = start.slice(5) === span.start && end.slice(5) === span.end && Number(end.slice(0, 4)) - Number(start.slice(0, 4)) === span.endYearOffset;
    if (!ok) report('observations', o, 'period_start', `period ${start} to ${end} is not a ${type} year (${span.start} to ${span.end})`);
  }
  if (type === 'point-in-time' && start && end && start !== end) {
    report('observations', o, 'period_end', 'a point-in-time period starts and ends on the same day');
  }
}

/** Which of value, low and high each claim qualifier fills (see data/README.md). */
const CLAIM_BOUNDS: Record<string, { need: Array<'value' | 'low' | 'high'>; forbid: Array<'value' | 'low' | 'high'> }> = {
  exact: { need: ['value'], forbid: [] },
  about: { need: ['value'], forbid: [] },
  average: { need: ['value'], forbid: [] },
  'more-than': { need: ['low'], forbid: ['high'] },
  'at-least': { need: ['low'], forbid: ['high'] },
  'up-to': { need: ['high'], forbid: ['low'] },
  nearly: { need: ['high'], forbid: ['low'] },
  range: { need: ['low', 'high'], forbid: ['value'] },
  none: { need: [], forbid: ['value', 'low', 'high'] },
};

function checkClaimBounds(c: TypedRow, report: Report) {
  const qualifier = String(c.values.qualifier);
  const rule = CLAIM_BOUNDS[qualifier];
  if (!rule) return;
  for (const f of rule.need) if (c.values[f] === null) report('claims', c, f, `a "${qualifier}" claim needs ${f}`);
  for (const f of rule.forbid) if (c.values[f] !== null) report('claims', c, f, `a "${qualifier}" claim leaves ${f} empty`);
  const low = c.values.low as number | null;
  const high = c.values.high as number | null;
  if (low !== null && high !== null && low > high) report('claims', c, 'low', `low ${low} is greater than high ${high}`);
}
