import { loadIndex } from '../data/dataset';
import { misalignments } from './alignment';
import { compareInIndex } from './compare-in-index';

// Every claim re-run against the shipped data, as the site shows it; data/CHANGELOG.md records every verdict that changed and why.
const index = loadIndex('data');
const verdicts = index.data.claims.map((c) => ({
  claim: c,
  evidence: index.evidenceFor(c),
  ...compareInIndex(index, c),
}));
const withStatus = (status: string) => verdicts.filter((v) => v.status === status).map((v) => v.claim.id);

describe('the shipped claims', () => {
  test('exactly these two are consistent with an independent record', () => {
    expect(withStatus('consistent')).toEqual([
      'breitbart-2019-11-03-ice-more-than-500-detainers',
      'dailycaller-2019-09-09-489-ignored',
    ]);
  });

  test('the claims whose only record is their own article are "The record is this statement", never consistent', () => {
    expect(withStatus('self-sourced')).toEqual([
      'wbtv-2019-09-09-489-declined',
      'washingtontimes-2019-12-12-at-least-563',
      'mountainx-2020-02-10-murray-mecklenburg-over-200',
      'wral-2020-02-14-higdon-wake-200-in-13-months',
      'wbtv-2018-12-07-ice-mecklenburg-287g-1185',
      // Issue 18: WFAE's TRAC counts, against the same figures as the article reports them.
      'wfae-2025-04-30-nc-447-detainers',
      'wfae-2025-04-30-nc-53-taken-into-custody',
      'wfae-2025-04-30-us-18945-detainers',
      'wfae-2025-04-30-us-2733-taken-into-custody',
    ]);
    const sentence = (id: string) => verdicts.find((v) => v.claim.id === id)!.sentence;
    expect(sentence('wbtv-2019-09-09-489-declined')).toMatch(
      /^The record is this statement: the only published figure, 489 declined detainers for North Carolina, .* comes from WBTV \(2019-09-09\), the claim's own source/,
    );
  });

  test('no claim judged on its number has a period or place that differs from its record', () => {
    const judged = verdicts.filter((v) => ['consistent', 'overstates', 'understates'].includes(v.status));
    expect(
      judged.flatMap((v) =>
        misalignments(
          v.claim,
          v.record.map((r) => r.observation),
        ),
      ),
    ).toEqual([]);
  });

  test('those that lost "consistent" to their period say why', () => {
    const sentence = (id: string) => verdicts.find((v) => v.claim.id === id)!.sentence;
    expect(sentence('fair-2021-01-12-more-than-500-in-2019')).toMatch(
      /^Not comparable: the claim's period, 'in 2019' \(calendar or fiscal not defined\), has no dates to check; the record covers FY2019/,
    );
    expect(sentence('fair-2021-01-12-mecklenburg-more-than-200')).toMatch(
      /^Not comparable: neither the claim's period, 2019 \(calendar or fiscal not stated\), nor the record's/,
    );
  });
});
