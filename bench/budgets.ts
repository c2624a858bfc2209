/** bench/budgets.json: its shape, a structural check (also run by bench/budgets.test.ts), and evaluation against bench results. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResults, RouteType } from './types';

export const ROUTE_TYPES: RouteType[] = [
  'home',
  'story',
  'claim',
  'chart',
  'embed',
  'data',
  'dataset',
  'catalogue',
  'county',
  'explore',
  'check',
];

/** Every measure the bench knows how to evaluate; `needs` names the bench section that produces it. */
export const MEASURES = {
  'weight.page': { needs: 'weights', routeTypes: true },
  'weight.js': { needs: 'weights', routeTypes: true },
  'weight.css': { needs: 'weights', routeTypes: true },
  'weight.html': { needs: 'weights', routeTypes: true },
  'weight.requests': { needs: 'weights', routeTypes: true },
  'file.gzip': { needs: 'weights', routeTypes: false },
  'lighthouse.performance': { needs: 'lighthouse', routeTypes: true },
  'lighthouse.accessibility': { needs: 'lighthouse', routeTypes: true },
  'lighthouse.best-practices': { needs: 'lighthouse', routeTypes: true },
  'lighthouse.seo': { needs: 'lighthouse', routeTypes: true },
  'lighthouse.lcp': { needs: 'lighthouse', routeTypes: true },
  'lighthouse.cls': { needs: 'lighthouse', routeTypes: true },
  'lighthouse.tbt': { needs: 'lighthouse', routeTypes: true },
  'checkData.failures': { needs: 'data', routeTypes: false },
  'checkData.seconds': { needs: 'data', routeTypes: false },
  'checkData.peakRss': { needs: 'data', routeTypes: false },
  'checkData.duckdbRatio': { needs: 'data', routeTypes: false },
  'build.finished': { needs: 'build', routeTypes: false },
  'build.growth': { needs: 'build', routeTypes: false },
} as const;

export type Measure = keyof typeof MEASURES;
export type Section = (typeof MEASURES)[Measure]['needs'];

export interface Budget {
  id: string;
  description?: string;
  measure: Measure;
  unit: string;
  max?: number;
  min?: number;
  routeTypes?: RouteType[];
  file?: string;
  rows?: number;
  claims?: number;
  from?: number;
  to?: number;
}

export interface BudgetFile {
  routeTypes: RouteType[];
  budgets: Budget[];
}

export const BUDGETS_PATH = join(__dirname, 'budgets.json');

/** Structural problems with a parsed budgets file; empty when it is usable. */
export function budgetProblems(file: unknown): string[] {
  const problems: string[] = [];
  const f = file as Partial<BudgetFile> | null;
  if (!f || typeof f !== 'object') return ['budgets.json is not an object'];
  if (!Array.isArray(f.routeTypes)) problems.push('routeTypes is not an array');
  else {
    for (const t of ROUTE_TYPES) if (!f.routeTypes.includes(t)) problems.push(`routeTypes lacks "${t}"`);
    for (const t of f.routeTypes) if (!ROUTE_TYPES.includes(t)) problems.push(`routeTypes has unknown "${t}"`);
  }
  if (!Array.isArray(f.budgets) || f.budgets.length === 0) return [...problems, 'budgets is not a non-empty array'];
  const ids = new Set<string>();
  const covered = new Set<string>();
  for (const [i, b] of f.budgets.entries()) {
    const at = `budgets[${i}]${b && typeof b.id === 'string' ? ` (${b.id})` : ''}`;
    if (!b || typeof b !== 'object') {
      problems.push(`${at} is not an object`);
      continue;
    }
    if (typeof b.id !== 'string' || !b.id) problems.push(`${at} has no id`);
    else if (ids.has(b.id)) problems.push(`${at} repeats id "${b.id}"`);
    else ids.add(b.id);
    if (typeof b.measure !== 'string' || !b.measure) problems.push(`${at} has no measure`);
    else if (!(b.measure in MEASURES)) problems.push(`${at} has unknown measure "${b.measure}"`);
    if (typeof b.unit !== 'string' || !b.unit) problems.push(`${at} has no unit`);
    const hasMax = typeof b.max === 'number' && Number.isFinite(b.max);
    const hasMin = typeof b.min === 'number' && Number.isFinite(b.min);
    if (!hasMax && !hasMin) problems.push(`${at} has neither a numeric max nor a numeric min`);
    if (hasMax && hasMin) problems.push(`${at} has both max and min`);
    const spec = MEASURES[b.measure as Measure];
    if (spec?.routeTypes) {
      if (!Array.isArray(b.routeTypes) || b.routeTypes.length === 0)
        problems.push(`${at} needs routeTypes for ${b.measure}`);
      else
        for (const t of b.routeTypes) {
          if (!ROUTE_TYPES.includes(t)) problems.push(`${at} has unknown route type "${t}"`);
          covered.add(t);
        }
    }
    if (b.measure === 'file.gzip' && typeof b.file !== 'string') problems.push(`${at} needs file`);
    if (b.measure.startsWith('checkData.') && b.measure !== 'checkData.failures' && typeof b.rows !== 'number')
      problems.push(`${at} needs rows`);
    if (b.measure === 'build.finished' && typeof b.claims !== 'number') problems.push(`${at} needs claims`);
    if (b.measure === 'build.growth' && (typeof b.from !== 'number' || typeof b.to !== 'number'))
      problems.push(`${at} needs from and to`);
  }
  for (const t of ROUTE_TYPES) if (!covered.has(t)) problems.push(`no budget covers route type "${t}"`);
  return problems;
}

export function loadBudgets(path = BUDGETS_PATH): BudgetFile {
  const file = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const problems = budgetProblems(file);
  if (problems.length) throw new Error(`${path}:\n  ${problems.join('\n  ')}`);
  return file as BudgetFile;
}

export type Verdict = 'pass' | 'FAIL' | 'not run' | 'error';

export interface BudgetResult {
  budget: Budget;
  verdict: Verdict;
  value: number | null;
  /** Where the value comes from (the worst route, page or size) or why there is none. */
  detail: string;
}

const limitText = (b: Budget) =>
  b.unit === 'bool' ? (b.min ? 'yes' : 'no') : b.max !== undefined ? `≤ ${b.max} ${b.unit}` : `≥ ${b.min} ${b.unit}`;
export const budgetLimit = limitText;

interface Found {
  value: number | null;
  detail: string;
  /** The section ran, but not for this size (a partial run with other --rows or --claims). */
  skipped?: boolean;
}

const KB = 1000;
const MIB = 1024 * 1024;

function measureValue(b: Budget, r: BenchResults): Found | null {
  const section = MEASURES[b.measure].needs;
  const data = r[section];
  if (!data) return null;
  if ('error' in data && data.error) return { value: null, detail: data.error };
  switch (b.measure) {
    case 'weight.page':
    case 'weight.js':
    case 'weight.css':
    case 'weight.html':
    case 'weight.requests': {
      const w = r.weights!;
      const key = (
        {
          'weight.page': 'page',
          'weight.js': 'js',
          'weight.css': 'css',
          'weight.html': 'html',
          'weight.requests': 'requests',
        } as const
      )[b.measure];
      let worst: Found = { value: null, detail: 'no routes' };
      for (const t of b.routeTypes ?? []) {
        const m = w.types.find((x) => x.type === t)?.max[key];
        if (!m) continue;
        const v = key === 'requests' ? m.value : m.value / KB;
        if (worst.value === null || v > worst.value) worst = { value: v, detail: m.route };
      }
      return worst;
    }
    case 'file.gzip': {
      const f = r.weights!.files.find((x) => x.path === b.file);
      return f ? { value: f.gzip / KB, detail: f.path } : { value: null, detail: `${b.file} not measured` };
    }
    case 'lighthouse.performance':
    case 'lighthouse.accessibility':
    case 'lighthouse.best-practices':
    case 'lighthouse.seo':
    case 'lighthouse.lcp':
    case 'lighthouse.cls':
    case 'lighthouse.tbt': {
      const key = b.measure.slice('lighthouse.'.length) as
        'performance' | 'accessibility' | 'best-practices' | 'seo' | 'lcp' | 'cls' | 'tbt';
      const pages = r.lighthouse!.pages.filter((p) => (b.routeTypes ?? []).includes(p.type));
      if (!pages.length) return { value: null, detail: 'no audited page of these route types' };
      let worst: Found = { value: null, detail: '' };
      for (const p of pages) {
        const v = p.median[key];
        if (v === null)
          return { value: null, detail: `${p.route}: ${key} missing (${p.runErrors.join('; ') || 'no value'})` };
        const worse = worst.value === null || (b.min !== undefined ? v < worst.value : v > worst.value);
        if (worse) worst = { value: v, detail: p.route };
      }
      return worst;
    }
    case 'checkData.failures': {
      const sizes = r.data!.sizes;
      const bad = sizes.filter((s) => !s.ok);
      return {
        value: bad.length,
        detail: bad.length
          ? `not ok: ${bad.map((s) => s.rows.toLocaleString('en-US')).join(', ')} rows`
          : `${sizes.length} sizes ok`,
      };
    }
    case 'checkData.seconds':
    case 'checkData.peakRss': {
      const s = r.data!.sizes.find((x) => x.rows === b.rows);
      if (!s) return { value: null, detail: `${b.rows!.toLocaleString('en-US')} rows not in --rows`, skipped: true };
      const v = b.measure === 'checkData.seconds' ? s.seconds : s.peakRssBytes === null ? null : s.peakRssBytes / MIB;
      return {
        value: v,
        detail: `${s.rows.toLocaleString('en-US')} rows${s.ok ? '' : ' (check-data did not print ok)'}`,
      };
    }
    case 'checkData.duckdbRatio': {
      const s = r.data!.sizes.find((x) => x.rows === b.rows);
      if (!s) return { value: null, detail: `${b.rows!.toLocaleString('en-US')} rows not in --rows`, skipped: true };
      const q = s.duckdb;
      if (!s.ok || !q?.ok || s.checkSeconds === null || !q.querySeconds)
        return {
          value: null,
          detail: !s.ok ? 'check-data did not print ok' : `DuckDB failed: ${q?.error ?? 'not run'}`,
        };
      return {
        value: s.checkSeconds / q.querySeconds,
        detail: `check:data ${s.checkSeconds.toFixed(2)} s / DuckDB ${q.querySeconds.toFixed(2)} s, each without process start-up; with it, ${s.seconds.toFixed(2)} s / ${q.seconds.toFixed(2)} s = ${(s.seconds / q.seconds).toFixed(2)}×`,
      };
    }
    case 'build.finished': {
      const run = r.build!.runs.find((x) => x.claims === b.claims);
      if (!run) return { value: null, detail: `${b.claims} claims not in --claims`, skipped: true };
      return {
        value: run.ok ? 1 : 0,
        detail: run.ok ? `${b.claims} claims in ${run.seconds.toFixed(1)} s` : `failed: ${run.error ?? 'see log'}`,
      };
    }
    case 'build.growth': {
      const a = r.build!.runs.find((x) => x.claims === b.from);
      const z = r.build!.runs.find((x) => x.claims === b.to);
      if (!a || !z)
        return { value: null, detail: `needs builds of ${b.from} and ${b.to} claims (--claims)`, skipped: true };
      if (!a.ok || !z.ok) return { value: null, detail: 'a build failed' };
      return { value: z.seconds / a.seconds, detail: `${z.seconds.toFixed(1)} s / ${a.seconds.toFixed(1)} s` };
    }
  }
}

export function evaluate(file: BudgetFile, results: BenchResults): BudgetResult[] {
  return file.budgets.map((budget) => {
    const found = measureValue(budget, results);
    if (!found)
      return { budget, verdict: 'not run', value: null, detail: `--only skipped ${MEASURES[budget.measure].needs}` };
    if (found.value === null)
      return { budget, verdict: found.skipped ? 'not run' : 'error', value: null, detail: found.detail };
    const ok = budget.max !== undefined ? found.value <= budget.max : found.value >= (budget.min as number);
    return { budget, verdict: ok ? 'pass' : 'FAIL', value: found.value, detail: found.detail };
  });
}

/** Broken budgets and measurements that errored both fail the run; skipped sections do not. */
export const failed = (results: BudgetResult[]) => results.filter((r) => r.verdict === 'FAIL' || r.verdict === 'error');
