import { axisFormat, countOf, formatFigure, formatNumber, formatQuantity, formatTick, unitWords } from './number';

describe('number formatting', () => {
  it('formats plain numbers with separators', () => {
    expect(formatNumber(189973)).toBe('189,973');
    expect(formatNumber(67.8)).toBe('67.8');
  });
  it('puts qualifiers and units in words', () => {
    expect(formatQuantity(563, 'declined detainers', 'at-least')).toBe('at least 563 declined detainers');
    expect(formatQuantity(14.5, 'percent change')).toBe('+14.5 percent change');
    expect(formatQuantity(31, 'per 100000')).toBe('31 per 100,000');
    expect(unitWords('per 100000')).toBe('per 100,000');
  });
  it('prints a chart figure one way: qualifier, separators, % for percentages', () => {
    expect(formatFigure(563, 'declined detainers', 'at-least')).toBe('at least 563');
    expect(formatFigure(67.8, 'percent rearrested')).toBe('67.8%');
    expect(formatFigure(14.5, 'percent change')).toBe('+14.5%');
    expect(formatFigure(1435123, 'offenses', 'computed')).toBe('1,435,123');
  });
  it('shortens axis ticks', () => {
    expect(formatTick(40, 'percent rearrested')).toBe('40%');
    expect(formatTick(190000, 'charges')).toBe('190K');
    expect(formatTick(500, 'declined detainers')).toBe('500');
  });
});

describe('axisFormat', () => {
  it('gives one axis one number format, the one its largest tick needs', () => {
    expect([0, 5000, 10000, 15000].map(axisFormat([0, 5000, 10000, 15000], 'cases'))).toEqual([
      '0',
      '5K',
      '10K',
      '15K',
    ]);
    expect([0, 2500, 5000].map(axisFormat([0, 2500, 5000], 'cases'))).toEqual(['0', '2,500', '5,000']);
  });
});

describe('countOf', () => {
  it('says "1 row" and "2,000 rows"', () => {
    expect(countOf(1, 'row')).toBe('1 row');
    expect(countOf(2000, 'row')).toBe('2,000 rows');
    expect(countOf(0, 'county', 'counties')).toBe('0 counties');
  });
});
