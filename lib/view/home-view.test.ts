import { loadIndex } from '../data/dataset';
import { homeMapTile } from './home-map-tile';
import { homeView } from './home-view';

const view = homeView(loadIndex());

describe('home dashboard', () => {
  it('counts the verdicts that rest on an independent record, and leads only with those', () => {
    expect(view.independentVerdicts).toBe(2);
    expect(view.verdicts.find((v) => v.status === 'self-sourced')).toMatchObject({
      label: 'The record is this statement',
      count: 9,
    });
    expect(view.checked.every((c) => ['consistent', 'overstates', 'understates'].includes(c.status))).toBe(true);
  });

  it('has four to six tiles of official series', () => {
    expect(view.tiles.length).toBeGreaterThanOrEqual(4);
    expect(view.tiles.length).toBeLessThanOrEqual(6);
  });

  it('adds a county map of Superior Court felony filings per 10,000 residents, linking to that view in /explore', () => {
    const map = homeMapTile()!;
    expect(map.href).toBe(
      '/explore?measure=nc-aoc-superior-criminal-felonies-filed&tab=map&from=FY2019-20&to=FY2019-20&per=per10k',
    );
    expect(map.spec.chartKind).toBe('map');
    expect(map.spec.rows.filter((r) => r.values.v !== undefined)).toHaveLength(100);
    expect(map.spec.unit).toBe('cases per 10000');
  });

  it('counts every claim once across the verdicts', () => {
    expect(view.verdicts.reduce((n, v) => n + v.count, 0)).toBe(view.totalClaims);
    expect(view.totalClaims).toBe(loadIndex().data.claims.length);
  });

  it('quotes what was said and names the speaker and outlet of every comparison shown, and never shows one sentence twice', () => {
    expect(view.checked.length).toBeGreaterThan(0);
    const claims = new Map(loadIndex().data.claims.map((c) => [c.id, c]));
    for (const c of view.checked) {
      expect(c.quote).toBe(claims.get(c.claimId)!.quote);
      expect(c.speaker).not.toBe('');
      expect(c.outlet).not.toBe('');
    }
    const sentences = view.checked.map((c) => c.sentence);
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});
