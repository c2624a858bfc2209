import { loadIndex } from '../data/dataset';
import { trailsIndex, trailsOfClaim, trailView } from './trails';

// The shipped data: ICE's NC FY2019 declined-detainer figures and how coverage carried them.
const index = loadIndex('data');
const NC = 'ice-nc-declined-detainers';

describe('the NC FY2019 declined-detainer trail', () => {
  const view = trailView(index, NC);

  test('lists every claim in data/ that states one of its figures, in date order, each repeater after what it repeats', () => {
    const quoting = new Set(
      index.data.evidence
        .filter((e) => e.role !== 'context' && index.observationById.get(e.observation_id)!.series_id === NC)
        .map((e) => e.claim_id),
    );
    expect(new Set(view.stops.map((s) => s.claimId))).toEqual(quoting);
    expect(view.stops.map((s) => [s.date, s.outlet, s.stated])).toEqual([
      ['2019-09-09', 'WBTV', '489 declined detainers'],
      ['2019-09-09', 'WBTV', 'nearly 500 people released'],
      // The Daily Caller says its figures were "first reported by WBTV" (audit item 6).
      ['2019-09-09', 'The Daily Caller', 'more than 500 people released'],
      ['2019-09-09', 'The Daily Caller', '489 declined detainers'],
      // The undated teaparty.org reprint repeats WBTV: placed after it, not after FAIR's 2021 post (audit item 10).
      [null, 'Breitbart News (reprinted by teaparty.org)', 'about 489 people released'],
      [null, 'Breitbart News (reprinted by teaparty.org)', '500 people released'],
      [null, 'Breitbart News (reprinted by teaparty.org)', 'nearly 500 people released'],
      ['2019-09-10', 'Judicial Watch (republished at aviac.us)', '489 people released'],
      // Breitbart's own lead (audit item 13): "this fiscal year" on 2019-11-03, people released.
      ['2019-11-03', 'Breitbart News', 'more than 500 people released'],
      ['2019-11-03', 'Breitbart News', 'more than 500 declined detainers'],
      ['2019-11-26', 'Breitbart News', 'about 563 people released'],
      ['2019-12-12', 'The Washington Times', 'at least 563 declined detainers'],
      [
        '2021-01-12',
        'Federation for American Immigration Reform (immigrationreform.com)',
        'more than 500 declined detainers',
      ],
    ]);
    expect(view.stops.filter((s) => s.placed).map((s) => s.placed)).toEqual(
      Array(3).fill('placed on 2019-09-09, after the claim it says it repeats'),
    );
  });

  test("Breitbart's lead is a stop for FY2020, in people released, drifted in unit and period", () => {
    const lead = view.stops.find((s) => s.claimId === 'breitbart-2019-11-03-more-than-500-released-this-fiscal-year')!;
    expect(lead.quote).toBe(
      'More than 500 criminal illegal aliens were released back onto the streets of North Carolina this fiscal year by sanctuary cities, according to federal immigration officials.',
    );
    expect(lead.drift.map((d) => d.label)).toEqual(['Unit or subject', 'Period']);
    expect(lead.drift[1].text).toContain('FY2020');
    expect(lead.drift[1].text).toContain('Oct 1, 2019 – Sep 30, 2020');
    expect(lead.stated).toBe('more than 500 people released');
  });

  test('marks the drift: people released for declined detainers, and "in 2019" for FY2019', () => {
    const drift = Object.fromEntries(view.stops.map((s) => [s.claimId, s.drift.map((d) => d.label)]));
    expect(drift['wbtv-2019-09-09-489-declined']).toEqual([]);
    expect(drift['breitbart-2019-11-26-about-563']).toEqual(['Unit or subject']);
    expect(drift['fair-2021-01-12-more-than-500-in-2019']).toEqual(['Period']);
    expect(view.drifted).toBe(9);
  });

  test('reads its claims against the record: 489 to date and at least 563 for the full year', () => {
    expect(view.record.map((r) => r.valueText)).toEqual(['489 declined detainers', 'at least 563 declined detainers']);
  });

  test("FAIR's \"in 2019\" is not comparable; WBTV's 489 and the Washington Times' 563 are their own record; ICE's \"more than 500\" and the Daily Caller's 489 are consistent with another outlet's", () => {
    const status = Object.fromEntries(view.stops.map((s) => [s.claimId, s.status]));
    expect(status['fair-2021-01-12-more-than-500-in-2019']).toBe('not-comparable');
    expect(status['wbtv-2019-09-09-489-declined']).toBe('self-sourced');
    expect(status['washingtontimes-2019-12-12-at-least-563']).toBe('self-sourced');
    expect(status['breitbart-2019-11-03-ice-more-than-500-detainers']).toBe('consistent');
    expect(status['dailycaller-2019-09-09-489-ignored']).toBe('consistent');
  });

  test('who repeated whom comes only from the repeats column', () => {
    expect(view.stops.filter((s) => s.repeats).map((s) => [s.claimId, s.repeats!.href])).toEqual([
      ['dailycaller-2019-09-09-489-ignored', '/claims/wbtv-2019-09-09-489-declined'],
      ['breitbart-earlier-about-489-since-october-2018', '/claims/wbtv-2019-09-09-489-declined'],
      ['breitbart-earlier-headline-500-in-less-than-a-year', '/claims/wbtv-2019-09-09-489-declined'],
      ['breitbart-earlier-nearly-500-in-less-than-a-year', '/claims/wbtv-2019-09-09-489-declined'],
      ['judicialwatch-2019-09-10-489-discharged', '/claims/wbtv-2019-09-09-489-declined'],
      [
        'breitbart-2019-11-03-more-than-500-released-this-fiscal-year',
        '/claims/breitbart-2019-11-03-ice-more-than-500-detainers',
      ],
    ]);
  });
});

describe('trailsIndex and trailsOfClaim', () => {
  test('index every trail with its span and figures, for /trails and the home page', () => {
    const [nc] = trailsIndex(index);
    expect(nc).toMatchObject({ id: NC, href: `/trails/${NC}`, claims: 13, from: '2019-09-09', to: '2021-01-12' });
    expect(nc.figures).toContain('at least 563 declined detainers');
  });

  test('a claim on a trail links to it; a claim on none links nowhere', () => {
    expect(trailsOfClaim(index, 'wbtv-2019-09-09-489-declined').map((t) => t.href)).toEqual([`/trails/${NC}`]);
    expect(trailsOfClaim(index, 'breitbart-2019-11-03-up-to-80-percent')).toEqual([]);
  });
});
