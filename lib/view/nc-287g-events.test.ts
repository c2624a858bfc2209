import { eventLines } from '../charts/annotations';
import { loadIndex, loadTables } from '../data/dataset';
import { allCharts } from './charts';
import { nc287gEvents } from './nc-287g-events';

describe('the published 287(g) events', () => {
  it('read each row’s words and its source', () => {
    expect(nc287gEvents(loadTables().tables).map((e) => [e.date, e.fips, e.what])).toEqual([
      ['2018-12-05', '37119', "Mecklenburg County Sheriff's Office ended its 287(g) agreement"],
      ['2018-12-07', '37183', "Wake County Sheriff's Office ended its 287(g) agreement"],
    ]);
    expect(nc287gEvents(loadTables().tables)[0].evidence).toMatch(
      /^“On his first day in office, Mecklenburg County Sheriff Garry McFadden ended the 287\(g\) program .*Jail\.” \(WBTV, Dec 5, 2018\)$/,
    );
  });

  it('go with the charts of their places: notes on every 287(g) chart of the county or the state but its map; no chart’s periods cover December 2018, so none draws them', () => {
    const charts = allCharts(loadIndex());
    const withEvent = (date: string) => charts.filter((c) => c.notes.some((n) => n.startsWith(date))).map((c) => c.id);
    expect(withEvent('Dec 5, 2018')).toEqual([
      'meck-287g-encountered',
      'meck-287g-screened',
      'meck-287g-removals',
      'ice-287g-nc-agreements-2025',
      'ice-287g-nc-agencies-2011-2017',
      'ice-287g-removed-mecklenburg-county-sheriff-office',
      'nc-287g-moa-pdfs-by-model-2026-08-14',
      'nc-287g-moa-pdfs-vs-list-2025-07-18',
    ]);
    expect(withEvent('Dec 7, 2018')).toEqual([
      'wake-jail-detainers-dec-2018',
      'ice-287g-nc-agreements-2025',
      'ice-287g-nc-agencies-2011-2017',
      'ice-287g-removed-wake-county-sheriff-office',
      'nc-287g-moa-pdfs-by-model-2026-08-14',
      'nc-287g-moa-pdfs-vs-list-2025-07-18',
    ]);
    expect(charts.filter((c) => eventLines(c).some((e) => e.date.startsWith('2018-12'))).map((c) => c.id)).toEqual([]);
  });
});
