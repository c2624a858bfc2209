import { referenceLines } from './annotations';
import { loadIndex } from '../data/dataset';
import { trails } from '../view/trails';
import { DRIFTED_TONE, KEPT_TONE, QUALIFIER_MARKER, trailChart } from './trail-chart';

const index = loadIndex();
const trail = trails(index).find((t) => t.id === 'ice-nc-declined-detainers')!;
const spec = trailChart(trail);
const row = (id: string) => spec.rows.find((r) => r.key === id)!;

describe('trailChart', () => {
  it('draws every dated claim once, keyed by claim id, in date order, as points (a line of points, no joining line)', () => {
    expect(spec.id).toBe('trail-ice-nc-declined-detainers');
    expect(spec.href).toBe('/trails/ice-nc-declined-detainers');
    expect(spec.kind).toBe('trail');
    expect(spec.chartKind).toBe('timeline');
    expect(spec.bars).toEqual([expect.objectContaining({ key: 'v', pointsOnly: true })]);
    const dated = trail.stops.filter((s) => s.story.date !== null).map((s) => s.claim.id);
    expect(spec.rows.map((r) => r.key)).toEqual(dated);
    const ts = spec.rows.map((r) => r.t!);
    expect([...ts].sort((a, b) => a - b)).toEqual(ts);
  });

  it('leaves out the claims with no recorded date and says how many, and that they are listed below', () => {
    const undated = trail.stops.filter((s) => s.story.date === null);
    expect(undated.length).toBe(3);
    for (const s of undated) expect(spec.rows.some((r) => r.key === s.claim.id)).toBe(false);
    expect(spec.notes).toContain('3 of the 13 claims have no recorded date and are not drawn; they are listed below.');
  });

  it('puts each point at the number as stated: the low bound of "more than", the value otherwise', () => {
    expect(row('breitbart-2019-11-03-ice-more-than-500-detainers').values.v).toBe(500);
    expect(row('washingtontimes-2019-12-12-at-least-563').values.v).toBe(563);
    expect(row('wbtv-2019-09-09-489-declined').values.v).toBe(489);
    expect(row('breitbart-2019-11-26-about-563').values.v).toBe(563);
  });

  it('shapes each point by its qualifier: open for a lower bound, filled for exact, a diamond for about or nearly', () => {
    expect(row('breitbart-2019-11-03-ice-more-than-500-detainers').marker).toEqual({
      shape: 'triangle-up',
      open: true,
    });
    expect(row('washingtontimes-2019-12-12-at-least-563').marker).toEqual(QUALIFIER_MARKER['at-least']);
    expect(row('wbtv-2019-09-09-489-declined').marker).toEqual({ shape: 'circle', open: false });
    expect(row('breitbart-2019-11-26-about-563').marker).toEqual({ shape: 'diamond', open: false });
    expect(row('wbtv-2019-09-09-headline-nearly-500').marker).toEqual({ shape: 'diamond', open: false });
  });

  it('marks drift by colour and in the label; the label is the mark’s title, outlet and date first', () => {
    expect(row('breitbart-2019-11-03-ice-more-than-500-detainers').tone).toBe(KEPT_TONE);
    expect(
      `${row('breitbart-2019-11-03-ice-more-than-500-detainers').category}: ${row('breitbart-2019-11-03-ice-more-than-500-detainers').labels.v}`,
    ).toBe('Breitbart News, 2019-11-03: more than 500 declined detainers');
    const released = row('breitbart-2019-11-26-about-563');
    expect(released.tone).toBe(DRIFTED_TONE);
    expect(released.labels.v).toBe('about 563 people released (unit drifted from the record)');
    expect(row('judicialwatch-2019-09-10-489-discharged').labels.v).toBe(
      '489 people released (unit and period drifted from the record)',
    );
    expect(spec.markerKey!.map((k) => k.label)).toEqual([
      'exact number',
      'a lower bound (“more than”, “at least”)',
      'an approximation (“nearly”, “about”)',
      'the record’s unit, period and place',
      'unit, period or place drifted',
    ]);
  });

  it('draws the record’s two figures as labelled reference lines, highest first', () => {
    expect(referenceLines(spec)).toEqual([
      {
        type: 'reference',
        value: 563,
        label: 'at least 563 declined detainers, NC, FY2019 (full year)',
        observationIds: ['nc-declined-detainers-fy2019-full'],
      },
      {
        type: 'reference',
        value: 489,
        label: '489 declined detainers, NC, FY2019 to about early Sep',
        observationIds: ['nc-declined-detainers-fy2019-to-date'],
      },
    ]);
    expect(spec.description).toContain(
      'Reference lines for the record: at least 563 declined detainers, NC, FY2019 (full year); 489 declined detainers, NC, FY2019 to about early Sep.',
    );
  });

  it('sets points on the same day at the same number side by side, centred on their date', () => {
    const same = [
      'wbtv-2019-09-09-489-declined',
      'dailycaller-2019-09-09-489-ignored',
      'judicialwatch-2019-09-10-489-discharged',
    ].map((id) => row(id).dodge);
    expect(same).toEqual([-1, 0, 1]);
    expect(row('fair-2021-01-12-more-than-500-in-2019').dodge).toBe(0);
  });

  it('uses whole-number ticks near the figures, says the axis does not start at zero, and labels the references in the widest gap', () => {
    expect(spec.ticks).toEqual([450, 500, 550, 600]);
    expect(spec.notes.at(-1)).toBe(
      'Each point is the number as stated: “more than 500 people released” is drawn at 500. The value axis starts at 450, not zero.',
    );
    expect(spec.referenceLabelT!).toBeGreaterThan(2020);
    expect(spec.referenceLabelT!).toBeLessThan(2021);
  });

  it('merges figures that share a value into one reference line', () => {
    const county = trailChart(trails(index).find((t) => t.id === 'nc-county-declined-detainers')!);
    expect(referenceLines(county)).toHaveLength(1);
    expect(referenceLines(county)[0].observationIds).toHaveLength(2);
    expect(county.notes).toHaveLength(1);
  });
});
