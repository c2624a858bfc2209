import { chooseKind } from './chart-kind';

describe('chooseKind', () => {
  const shape = { comparison: false, periods: null as number | null, counties: 0 };
  it('draws three or more periods over time as a line, two as columns, one as a bar', () => {
    expect(chooseKind({ ...shape, periods: 8 }).kind).toBe('line');
    expect(chooseKind({ ...shape, periods: 3 }).kind).toBe('line');
    expect(chooseKind({ ...shape, periods: 2 }).kind).toBe('column');
    expect(chooseKind({ ...shape, periods: 1 }).kind).toBe('bar');
  });
  it('keeps categories, cohorts and overlapping periods as horizontal bars', () => {
    expect(chooseKind(shape)).toEqual({ kind: 'bar', why: 'categories, cohorts or overlapping periods' });
  });
  it('keeps claim comparisons as bars whatever their periods', () => {
    expect(chooseKind({ ...shape, comparison: true, periods: 9 }).kind).toBe('bar');
  });
  it('maps ten or more North Carolina counties', () => {
    expect(chooseKind({ ...shape, counties: 100 }).kind).toBe('map');
    expect(chooseKind({ ...shape, counties: 3 }).kind).toBe('bar');
  });
  it('lets a chart definition override the choice', () => {
    expect(chooseKind({ ...shape, periods: 8 }, 'column')).toEqual({
      kind: 'column',
      why: 'set by the chart definition',
    });
  });
});
