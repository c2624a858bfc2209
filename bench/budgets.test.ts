/** bench/budgets.json is what `npm run bench` enforces: it must parse and be complete. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Budget, budgetProblems, MEASURES, ROUTE_TYPES } from './budgets';

const file = JSON.parse(readFileSync(join(__dirname, 'budgets.json'), 'utf8')) as {
  routeTypes: string[];
  budgets: Budget[];
};

describe('bench/budgets.json', () => {
  it('parses and has no structural problems', () => {
    expect(budgetProblems(file)).toEqual([]);
  });

  it('lists every route type', () => {
    expect([...file.routeTypes].sort()).toEqual([...ROUTE_TYPES].sort());
  });

  it('covers every route type with at least one budget', () => {
    const covered = new Set(file.budgets.flatMap((b) => b.routeTypes ?? []));
    for (const t of ROUTE_TYPES) expect({ type: t, covered: covered.has(t) }).toEqual({ type: t, covered: true });
  });

  it('gives every budget an id, a known measure, a unit and a numeric max or min', () => {
    for (const b of file.budgets) {
      expect(typeof b.id === 'string' && b.id.length > 0).toBe(true);
      expect({ id: b.id, measureKnown: b.measure in MEASURES }).toEqual({ id: b.id, measureKnown: true });
      expect({ id: b.id, unit: typeof b.unit === 'string' && b.unit.length > 0 }).toEqual({ id: b.id, unit: true });
      const limits = [b.max, b.min].filter((v) => typeof v === 'number' && Number.isFinite(v));
      expect({ id: b.id, limits: limits.length }).toEqual({ id: b.id, limits: 1 });
    }
    expect(new Set(file.budgets.map((b) => b.id)).size).toBe(file.budgets.length);
  });

  it('reports a missing route type, limit or unit', () => {
    const broken = {
      routeTypes: ROUTE_TYPES.filter((t) => t !== 'dataset'),
      budgets: [{ id: 'x', measure: 'weight.js', routeTypes: ['story'] }],
    };
    expect(budgetProblems(broken)).toEqual(
      expect.arrayContaining([
        'routeTypes lacks "dataset"',
        'budgets[0] (x) has no unit',
        'budgets[0] (x) has neither a numeric max nor a numeric min',
        'no budget covers route type "dataset"',
      ]),
    );
  });
});
