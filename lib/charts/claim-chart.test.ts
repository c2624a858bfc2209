import { claimMark } from './annotations';
import { compareClaim } from '../claims/compare';
import { loadIndex } from '../data/dataset';
import { claimChart } from './claim-chart';

const index = loadIndex();
const chartFor = (id: string) => {
  const claim = index.data.claims.find((c) => c.id === id)!;
  const evidence = index.evidenceFor(claim);
  return claimChart(claim, evidence, compareClaim(claim, evidence))!;
};

describe('claimChart', () => {
  const spec = chartFor('breitbart-2019-11-03-ice-more-than-500-detainers');
  it('draws a claim against its figures as horizontal bars with an open-ended band', () => {
    expect(spec.chartKind).toBe('bar');
    expect(claimMark(spec)).toMatchObject({ kind: 'band', from: 500, to: spec.domainMax });
    expect(spec.rows.map((r) => [r.key, r.labels.v, r.tone])).toEqual([
      ['nc-declined-detainers-fy2019-full', 'at least 563', 'record'],
      ['nc-declined-detainers-fy2019-to-date', '489', 'context'],
    ]);
  });
  it('ticks a count axis at whole numbers only (no 62.5 or 187.5)', () => {
    expect(spec.ticks.every(Number.isInteger)).toBe(true);
    expect(spec.ticks[0]).toBe(0);
    expect(spec.ticks[spec.ticks.length - 1]).toBe(spec.domainMax);
  });
  it('says every value in its summary as the label does', () => {
    expect(spec.description).toContain('at least 563');
  });
});
