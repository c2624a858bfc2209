import { type PeriodType, YEAR_SPANS } from '../vocabulary/period-types';
import { CLAIM_BOUNDS, type ClaimQualifier } from '../vocabulary/qualifiers';
import { resolveRelativePeriod } from '../claims/relative-period';
import type { Cell } from './field-value';
import type { Problem } from './problem';
import type { Resource } from './schema';
import type { Tables } from './validate-keys';
import type { TypedRow } from './validate-table';

/** The words a claim's `period` holds when it states no period (data/README.md). */
export const PERIOD_NOT_STATED = 'not stated';

type Report = (resource: string, row: TypedRow, field: string, message: string) => void;

const text = (v: Cell | undefined) => (v === null || v === undefined ? null : String(v));
const str = (row: TypedRow, f: string) => text(row.values[f]);
const num = (row: TypedRow, f: string) => (typeof row.values[f] === 'number' ? (row.values[f] as number) : null);

/** The tables the rules read; observations are checked as they come, the others are small and kept. */
const KEPT = ['units', 'series', 'claims', 'claim_evidence', 'stories', 'nc_law_events'] as const;
type Kept = (typeof KEPT)[number];
const isKept = (name: string): name is Kept => (KEPT as readonly string[]).includes(name);

/**
 * Rules a Table Schema cannot express: units and their ranges, periods that match their type,
 * claim bounds that match their qualifier, and chart ids that do not collide.
 *
 * Tables are fed a valid row at a time: begin(), row(), end(). Observations are checked as they
 * arrive when units and series are already complete (else kept and checked at finish()); the other
 * tables the rules read are small and kept. finish() returns every problem: observations first, in
 * row order, then claim bounds, evidence roles, same-measure claims without a record, chart ids.
 */
export class RuleChecker {
  private readonly byName: Map<string, Resource>;
  private readonly state = new Map<string, 'reading' | 'read' | 'absent'>();
  private readonly kept: Record<Kept, TypedRow[]> = { units: [], series: [], claims: [], claim_evidence: [], stories: [], nc_law_events: [] };
  private observationProblems: Problem[] = [];
  /** Observations that came before units or series were complete. */
  private laterObservations: TypedRow[] = [];
  private checkObservation?: (o: TypedRow) => void;

  constructor(resources: Resource[], private readonly pathOf: (r: Resource) => string) {
    this.byName = new Map(resources.map((r) => [r.name, r]));
  }

  begin(name: string): void {
    this.state.set(name, 'reading');
    if (name === 'observations') {
      const complete = (t: string) => this.state.has(t) ? this.state.get(t) !== 'reading' : !this.byName.has(t);
      this.checkObservation = complete('units') && complete('series') ? this.observationCheck(this.reporter(this.observationProblems)) : undefined;
    }
  }

  row(name: string, row: TypedRow): void {
    if (name === 'observations') {
      if (this.checkObservation) this.checkObservation(row);
      else this.laterObservations.push(row);
    } else if (isKept(name)) {
      this.kept[name].push(row);
    }
  }

  /** The end of a table: `read` false when it could not be read after all (its rows and problems are then dropped). */
  end(name: string, read: boolean): void {
    this.state.set(name, read ? 'read' : 'absent');
    if (read) return;
    if (isKept(name)) this.kept[name] = [];
    if (name === 'observations') {
      this.observationProblems = [];
      this.laterObservations = [];
    }
  }

  finish(): Problem[] {
    const problems = this.observationProblems;
    const report = this.reporter(problems);
    if (this.laterObservations.length) {
      const check = this.observationCheck(report);
      for (const o of this.laterObservations) check(o);
    }
    const { claims, claim_evidence: evidence, series } = this.kept;

    for (const c of claims) {
      checkClaimBounds(c, report);
      checkPeriod('claims', c, report);
      checkClaimPeriodWords(c, report);
      if (str(c, 'repeats') !== null && str(c, 'repeats') === str(c, 'id')) report('claims', c, 'repeats', 'a claim cannot repeat itself');
    }
    checkDisagreements(claims, report);
    // Only when stories were read: otherwise the story's own problem is the one to report.
    if (this.state.get('stories') === 'read') checkPeriodRules(claims, this.kept.stories, this.kept.nc_law_events, report);

    const claimComparability = new Map(claims.map((c) => [str(c, 'id'), str(c, 'comparability')]));
    const hasRecord = new Set<string | null>();
    for (const e of evidence) {
      const comparability = claimComparability.get(str(e, 'claim_id'));
      if (str(e, 'role') === 'record') {
        hasRecord.add(str(e, 'claim_id'));
        if (comparability && comparability !== 'same-measure') {
          report('claim_evidence', e, 'role', `role "record" needs a claim whose comparability is same-measure, not ${comparability}`);
        }
      }
    }
    // Only when claim_evidence was read: otherwise its own problem is the one to report.
    for (const c of this.state.get('claim_evidence') === 'read' ? claims : []) {
      if (str(c, 'comparability') === 'same-measure' && !hasRecord.has(str(c, 'id'))) {
        report('claims', c, 'comparability', 'comparability is same-measure but no claim_evidence row has role "record" for this claim');
      }
    }

    // Series and claims share the /charts/<id> namespace.
    const seriesIds = new Set(series.map((s) => str(s, 'id')));
    for (const c of claims) {
      if (seriesIds.has(str(c, 'id'))) report('claims', c, 'id', `id "${str(c, 'id')}" is also a series id; chart ids must be unique`);
    }
    return problems;
  }

  private reporter(problems: Problem[]): Report {
    return (name, row, field, message) => {
      const r = this.byName.get(name);
      if (!r) return;
      const column = Math.max(1, r.schema.fields.findIndex((f) => f.name === field) + 1);
      problems.push({ path: this.pathOf(r), line: row.line, column, message });
    };
  }

  /** The per-observation rules, against the units and series read so far. */
  private observationCheck(report: Report): (o: TypedRow) => void {
    const units = new Map(this.kept.units.map((u) => [str(u, 'id'), u]));
    const seriesUnit = new Map(this.kept.series.map((s) => [str(s, 'id'), str(s, 'unit')]));
    // Named reads, not str(o, name): this runs for every observation, and reads by a computed name were a third of its time.
    return (o) => {
      const v = o.values;
      const unit = text(v.unit);
      const expected = seriesUnit.get(text(v.series_id));
      if (expected && unit !== expected) report('observations', o, 'unit', `unit "${unit}" differs from its series' unit "${expected}"`);
      const u = units.get(unit);
      const value = typeof v.value === 'number' ? v.value : null;
      if (u && value !== null) {
        const min = num(u, 'minimum');
        const max = num(u, 'maximum');
        if (min !== null && value < min) report('observations', o, 'value', `value ${value} is below ${min}, the least a "${unit}" value can be`);
        if (max !== null && value > max) report('observations', o, 'value', `value ${value} is above ${max}, the most a "${unit}" value can be`);
      }
      checkPeriod('observations', o, report);
    };
  }
}

/** RuleChecker over tables already read (valid rows only); a table missing from `tables` was not read. */
export function validateRules(resources: Resource[], tables: Tables, pathOf: (r: Resource) => string): Problem[] {
  const checker = new RuleChecker(resources, pathOf);
  for (const name of [...KEPT, 'observations']) {
    const rows = tables[name];
    if (rows) checker.begin(name);
    for (const row of rows ?? []) checker.row(name, row);
    checker.end(name, rows !== undefined);
  }
  return checker.finish();
}

/**
 * disagrees_with links two sources' counts of the same thing: never the claim itself, never a claim
 * attributed to the same source in the same story (one source cannot disagree with itself; the
 * speaker is often the outlet that reports both counts, so the count's source is attributed_to), and always a
 * claim in the same unit (different units are different things, not two counts). A dangling id is the
 * foreign key's problem.
 */
function checkDisagreements(claims: TypedRow[], report: Report) {
  const byId = new Map(claims.map((c) => [str(c, 'id'), c]));
  for (const c of claims) {
    const target = str(c, 'disagrees_with');
    if (target === null) continue;
    if (target === str(c, 'id')) {
      report('claims', c, 'disagrees_with', 'a claim cannot disagree with itself');
      continue;
    }
    const other = byId.get(target);
    if (!other) continue;
    if (str(other, 'story_id') === str(c, 'story_id') && str(other, 'attributed_to') === str(c, 'attributed_to')) {
      report('claims', c, 'disagrees_with', `claim "${target}" is attributed to the same source in the same story; disagrees_with links counts from two different sources`);
    }
    if (str(other, 'unit') !== str(c, 'unit')) {
      report('claims', c, 'disagrees_with', `claim "${target}" counts "${str(other, 'unit') ?? ''}", not "${str(c, 'unit') ?? ''}"; two counts that disagree must share a unit`);
    }
  }
}

/**
 * A claim with a period_rule stores the period the rule gives on its story's date (lib/claims/relative-period.ts):
 * check:data recomputes it and names the difference. Events come from nc_law_events when the package has it;
 * without it every since:<event id> is an unknown event.
 */
function checkPeriodRules(claims: TypedRow[], stories: TypedRow[], events: TypedRow[], report: Report) {
  const storyDate = new Map(stories.map((s) => [str(s, 'id'), str(s, 'date')]));
  const eventDate = new Map(events.map((e) => [str(e, 'id'), str(e, 'date')]));
  for (const c of claims) {
    const rule = str(c, 'period_rule');
    if (rule === null || !storyDate.has(str(c, 'story_id'))) continue;
    const date = storyDate.get(str(c, 'story_id')) ?? null;
    const result = resolveRelativePeriod(rule, date, (id) => eventDate.get(id) ?? null);
    if (!result.ok) {
      report('claims', c, 'period_rule', result.message);
      continue;
    }
    const want = result.period;
    const fields = ['period_type', 'period_start', 'period_end'] as const;
    const wrong = fields.find((f) => str(c, f) !== want[f]);
    if (wrong) {
      const has = fields.map((f) => str(c, f) ?? '(empty)').join(' ');
      report('claims', c, wrong, `period_rule "${rule}" on the story's date ${date} gives ${want.period_type} ${want.period_start} to ${want.period_end}; the claim has ${has}`);
    }
  }
}

/** A period's type and dates agree; the same rule for observations and for claims (whose type may be empty). */
function checkPeriod(resource: 'observations' | 'claims', o: TypedRow, report: Report) {
  const v = o.values;
  const type = text(v.period_type) as PeriodType | null;
  const start = v.period_start as string | null;
  const end = v.period_end as string | null;
  if (start && end && start > end) report(resource, o, 'period_end', `period_end ${end} is before period_start ${start}`);
  if (type === null) {
    if (start || end) report(resource, o, start ? 'period_start' : 'period_end', 'a period with dates needs a period_type');
    return;
  }
  const span = YEAR_SPANS[type];
  if (span) {
    if (!start || !end) {
      report(resource, o, start ? 'period_end' : 'period_start', `a ${type} period needs both period_start and period_end`);
      return;
    }
    // Dates are 10 characters (YYYY-MM-DD), so endsWith says what slice(5) === would, without making a string per row.
    const monthDay = (date: string, want: string) => date.length === 10 && date.endsWith(want);
    const ok = monthDay(start, span.start) && monthDay(end, span.end) && Number(end.slice(0, 4)) - Number(start.slice(0, 4)) === span.endYearOffset;
    if (!ok) report(resource, o, 'period_start', `period ${start} to ${end} is not a ${type} year (${span.start} to ${span.end})`);
  }
  if (type === 'point-in-time' && start && end && start !== end) {
    report(resource, o, 'period_end', 'a point-in-time period starts and ends on the same day');
  }
}

/** A claim's period words and its period_type say the same thing: both empty-handed, or both stating a period. */
function checkClaimPeriodWords(c: TypedRow, report: Report) {
  const notStated = str(c, 'period') === PERIOD_NOT_STATED;
  const type = str(c, 'period_type');
  if (notStated && type !== null) report('claims', c, 'period_type', `period is "${PERIOD_NOT_STATED}", so period_type must be empty, not ${type}`);
  if (!notStated && type === null) report('claims', c, 'period_type', `period_type is empty: give the type of the period the claim states, or write period as "${PERIOD_NOT_STATED}"`);
}

function checkClaimBounds(c: TypedRow, report: Report) {
  const qualifier = String(c.values.qualifier);
  const rule = CLAIM_BOUNDS[qualifier as ClaimQualifier];
  if (!rule) return;
  for (const f of rule.need) if (c.values[f] === null) report('claims', c, f, `a "${qualifier}" claim needs ${f}`);
  for (const f of rule.forbid) if (c.values[f] !== null) report('claims', c, f, `a "${qualifier}" claim leaves ${f} empty`);
  const low = c.values.low as number | null;
  const high = c.values.high as number | null;
  if (low !== null && high !== null && low > high) report('claims', c, 'low', `low ${low} is greater than high ${high}`);
}
