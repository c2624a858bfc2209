import type { Observation, Series } from '../data/records';
import { eventApplies, type PlaceEvent } from './place-events';

const meck: PlaceEvent = {
  key: 'meck',
  date: '2018-12-05',
  fips: '37119',
  topic: '287(g)',
  what: 'ended',
  evidence: 'WBTV',
};
const series = (title: string): Series => ({
  id: 's',
  title,
  short_title: '',
  measure: '',
  unit: 'people',
  geography: '',
  fips: null,
  period_type: 'federal-fy',
  publisher: '',
  caveats: '',
});
const at = (...fips: (string | null)[]) => fips.map((f) => ({ fips: f }) as Observation);

describe('eventApplies', () => {
  it('(a) puts a county’s 287(g) event on 287(g) series that include the county, whatever their kind', () => {
    expect(eventApplies(meck, series('People removed through 287(g): Mecklenburg'), at('37119'), 'line')).toBe(true);
    expect(eventApplies(meck, series('287(g) agreements by county'), at('37001', '37119', '37183'), 'map')).toBe(true);
  });

  it('(a) and on the state’s own 287(g) totals', () => {
    expect(eventApplies(meck, series('287(g) agreements in North Carolina'), at('37', '37'), 'bar')).toBe(true);
  });

  it('not on other counties’, other states’ or the nation’s 287(g) series', () => {
    expect(eventApplies(meck, series('People removed through 287(g): Wake'), at('37183'), 'line')).toBe(false);
    expect(eventApplies(meck, series('287(g) agreements nationally'), at('US'), 'line')).toBe(false);
    expect(eventApplies(meck, series('287(g) agreements in South Carolina'), at('45'), 'line')).toBe(false);
  });

  it('(b) puts it on time charts of the county’s own series on any topic', () => {
    expect(eventApplies(meck, series('Felony cases filed, Mecklenburg'), at('37119', '37119'), 'line')).toBe(true);
    expect(eventApplies(meck, series('Felony cases filed, Mecklenburg'), at('37119', '37119'), 'column')).toBe(true);
  });

  it('not on a county’s series off the topic that are not time charts, nor on series shared with other counties', () => {
    expect(eventApplies(meck, series('Charges, Mecklenburg, 2019'), at('37119'), 'bar')).toBe(false);
    expect(eventApplies(meck, series('Declined detainers by county'), at('37021', '37119'), 'line')).toBe(false);
    expect(eventApplies(meck, series('Anything'), [], 'line')).toBe(false);
  });

  const law: PlaceEvent = {
    key: 'hb10',
    date: '2024-12-01',
    fips: '37',
    topic: 'NC detainer law',
    what: 'took effect',
    evidence: 'CJ',
  };
  it('(c) puts a statewide event on time charts of the state’s figures and its counties’, whatever their topic', () => {
    expect(eventApplies(law, series('ICE detention population, Mecklenburg'), at('37119', '37119'), 'line')).toBe(true);
    expect(eventApplies(law, series('Declined detainers, NC'), at('37', '37'), 'column')).toBe(true);
    expect(eventApplies(law, series('Detainers by county'), at('37021', '37119'), 'line')).toBe(true);
  });

  it('not on maps or bars, nor on charts with figures from other states or the nation', () => {
    expect(eventApplies(law, series('Detainers by county'), at('37021', '37119'), 'map')).toBe(false);
    expect(eventApplies(law, series('NC and U.S.'), at('37', 'US'), 'line')).toBe(false);
    expect(eventApplies(law, series('South Carolina'), at('45', '45'), 'line')).toBe(false);
    expect(eventApplies(law, series('Sandhills'), at('37119', '370'), 'line')).toBe(false);
  });
});
