import { loadIndex } from '../data/dataset';
import { isIndependentSource, normaliseUrl } from './independence';

describe('normaliseUrl', () => {
  test.each([
    ['https://www.wbtv.com/2019/09/09/ice-nearly/', 'wbtv.com/2019/09/09/ice-nearly'],
    ['http://WWW.WBTV.com/2018/12/07/x/', 'wbtv.com/2018/12/07/x'],
    ['https://wral.com/a/18953314/?utm_source=x#top', 'wral.com/a/18953314'],
    ['https://example.org', 'example.org'],
    ['https://example.org/a%20b', 'example.org/a b'],
  ])('%s -> %s', (url, expected) => {
    expect(normaliseUrl(url)).toBe(expected);
  });
});

describe('isIndependentSource', () => {
  const story = { url: 'https://www.wbtv.com/2019/09/09/ice-nearly/' };
  test('the same article, written another way, is not independent', () => {
    expect(isIndependentSource({ url: 'http://wbtv.com/2019/09/09/ice-nearly' }, story)).toBe(false);
  });
  test('another document is independent, even from the same outlet or day', () => {
    expect(isIndependentSource({ url: 'https://www.wbtv.com/2019/09/10/follow-up/' }, story)).toBe(true);
    expect(isIndependentSource({ url: 'https://www.washingtontimes.com/news/2019/dec/12/x/' }, story)).toBe(true);
  });

  test("in the shipped data, exactly the audit's self-checked record figures come from their claim's own article", () => {
    const index = loadIndex('data');
    const stories = new Map(index.data.stories.map((s) => [s.id, s]));
    const selfSourced = index.data.claims
      .filter((c) => {
        const record = index.evidenceFor(c).filter((e) => e.role === 'record');
        return (
          record.length > 0 &&
          record.every(
            (e) => !isIndependentSource(index.sourceById.get(e.observation.source_id)!, stories.get(c.story_id)!),
          )
        );
      })
      .map((c) => c.id);
    expect(selfSourced).toEqual(
      expect.arrayContaining([
        'wbtv-2019-09-09-489-declined',
        'washingtontimes-2019-12-12-at-least-563',
        'mountainx-2020-02-10-murray-mecklenburg-over-200',
        'wral-2020-02-14-higdon-wake-200-in-13-months',
        'wbtv-2018-12-07-ice-mecklenburg-287g-1185',
      ]),
    );
  });
});
