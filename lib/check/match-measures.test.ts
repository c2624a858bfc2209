import { loadDataset } from '../data/dataset';
import { checkIndex } from './check-data';
import { matchMeasures } from './match-measures';

const { measures } = checkIndex(loadDataset('data'));
const ids = (text: string) => matchMeasures(measures, text).map((m) => m.id);

describe('finding a measure by typing', () => {
  test.each([
    ['declined detainers', 'ice-nc-declined-detainers'],
    ['felony cases filed', 'nc-aoc-superior-criminal-felonies-filed'],
    ['287(g) agreements', 'ice-287g-nc-agreements-2025'],
  ])('"%s" finds %s', (text, id) => expect(ids(text)).toContain(id));
  test('words that match nothing find nothing', () => expect(ids('zebra crossings')).toEqual([]));
});
