import { switchMeasure } from './explore-switch';

const names = new Map([
  ['37119', 'Mecklenburg'],
  ['37183', 'Wake'],
  ['37021', 'Buncombe'],
  ['37', 'North Carolina'],
  ['US', 'United States'],
]);
const county = { kind: 'county' as const, label: 'Detainers', areas: ['37119', '37183'], defaultAreas: ['37119'] };
const state = { kind: 'state' as const, label: 'Violent crime rate', areas: ['37', 'US'], defaultAreas: ['37', 'US'] };

describe('switchMeasure', () => {
  it('keeps the picked counties the new measure has, and says which it has not', () => {
    expect(switchMeasure(county, ['37183', '37021'], names)).toEqual({
      counties: ['37183'],
      note: 'Detainers has no figures for Buncombe, so it is not shown.',
    });
    expect(switchMeasure(county, ['37183', '37119'], names)).toEqual({ counties: ['37183', '37119'], note: null });
  });

  it('shows a state measure’s own areas and says the counties come back on a county measure', () => {
    const s = switchMeasure(state, ['37183', '37021'], names);
    expect(s.counties).toEqual(['37', 'US']);
    expect(s.note).toBe(
      'Violent crime rate is published for North Carolina and United States as a whole, not by county, so your counties (Wake and Buncombe) are not shown; they come back when you switch to a county measure.',
    );
  });

  it('falls back to the default counties, and says so, when none of the pick is in the new measure', () => {
    expect(switchMeasure(county, ['37021'], names)).toEqual({
      counties: ['37119'],
      note: 'Detainers has no figures for Buncombe; showing Mecklenburg instead.',
    });
    expect(switchMeasure(county, [], names)).toEqual({ counties: ['37119'], note: null });
  });
});
