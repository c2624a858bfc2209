import { loadIndex } from '../data/dataset';
import { seriesChart, SHARED_AXIS_MAX_RATIO } from './series-chart';

const index = loadIndex();
const chart = (id: string, kind?: Parameters<typeof seriesChart>[2]) => {
  const series = index.seriesById.get(id)!;
  return seriesChart(series, index.observationsOf(series), kind);
};

describe('seriesChart', () => {
  it('draws eight fiscal years of court filings as a line, time left to right', () => {
    const spec = chart('nc-aoc-district-criminal-felonies-filed');
    expect(spec.chartKind).toBe('line');
    expect(spec.rows.map((r) => r.category)).toEqual([
      'FY2012-13',
      'FY2013-14',
      'FY2014-15',
      'FY2015-16',
      'FY2016-17',
      'FY2017-18',
      'FY2018-19',
      'FY2019-20',
    ]);
    const ts = spec.rows.map((r) => r.t!);
    expect([...ts].sort((a, b) => a - b)).toEqual(ts);
  });

  it('leaves FY2022 out of the removals line as a visible gap, and says so', () => {
    const spec = chart('ice-us-removals');
    const gap = spec.rows.find((r) => r.category === 'FY2022')!;
    expect(gap.values).toEqual({});
    expect(spec.notes).toContain('No figure for FY2022: the line breaks there.');
  });

  it('marks the partial years 2007 and 2015 and explains them', () => {
    const spec = chart('npr-us-detainers-by-year');
    expect(spec.rows.filter((r) => r.partial).map((r) => r.category)).toEqual([
      '2007 (Oct-Dec only)',
      '2015 (Jan-Jul only)',
    ]);
    expect(spec.notes[0]).toMatch(
      /^Open circles mark partial periods: 2007 \(October-December only; partial year\) and 2015 \(January-July only; partial year\)\.$/,
    );
  });

  it('never puts North Carolina and the United States on one axis of counts: each becomes an index and the note says which', () => {
    const spec = chart('fbi-violent-crime');
    expect(spec.chartKind).toBe('line');
    expect(spec.subtitle).toBe('Index, 2005 = 100 for each of North Carolina and United States');
    const base = spec.rows[0];
    expect(Object.values(base.values)).toEqual([100, 100]);
    expect(base.labels.g0).toMatch(/^100 \(\d{2},\d{3}\)$/);
    expect(spec.notes.join(' ')).toMatch(/differ about \d+ times in size/);
    // Rates per 100,000 are comparable: they share an axis as they are.
    const rates = chart('fbi-rape-rate-legacy');
    expect(rates.subtitle).not.toMatch(/^Index/);
    expect(SHARED_AXIS_MAX_RATIO).toBe(20);
  });

  it('draws two periods as columns and a full year beside the same year to date as bars', () => {
    expect(chart('ice-us-declined-detainers').chartKind).toBe('column');
    const nc = chart('ice-nc-declined-detainers');
    expect(nc.chartKind).toBe('bar');
    expect(nc.rows.map((r) => r.labels.v)).toEqual(['at least 563', '489']);
  });

  it('gives count axes whole-number ticks', () => {
    for (const id of [
      'ice-nc-declined-detainers',
      'durham-jail-ice-custody-transfers',
      'npr-us-declined-detainers-by-year',
      'ice-us-removals',
    ]) {
      for (const t of chart(id).ticks) expect(Number.isInteger(t)).toBe(true);
    }
  });

  it('takes a kind from the chart definition over the shape', () => {
    expect(chart('ice-us-removals', { kind: 'bar' }).chartKind).toBe('bar');
  });
});

describe('the value axis of a chart with a fall', () => {
  it('puts zero on a tick, with round steps below it (the Atlanta change chart: never -13%, 7%, 27%)', () => {
    const index = loadIndex();
    const series = index.seriesById.get('ice-atlanta-aor-arrests-change')!;
    const spec = seriesChart(series, index.observationsOf(series));
    expect(spec.ticks).toContain(0);
    expect(spec.domainMin).toBe(spec.ticks[0]);
    const step = spec.ticks[1] - spec.ticks[0];
    for (const t of spec.ticks) expect(Math.abs(t / step - Math.round(t / step))).toBeLessThan(1e-9);
  });
});
