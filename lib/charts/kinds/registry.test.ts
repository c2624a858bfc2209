import { chooseKind } from '../chart-kind';
import { READING_KEYS, stepMark } from '../keyboard';
import { KINDS, kindForShape, kindModule } from './registry';

describe('the kind registry', () => {
  it('names each kind once', () => {
    const names = KINDS.map((k) => k.kind);
    expect(new Set(names).size).toBe(names.length);
  });
  it('ends with a kind that takes any shape, so chooseKind always answers', () => {
    const last = KINDS[KINDS.length - 1];
    expect(kindForShape({ comparison: false, periods: 1, counties: 0 }).kind).toBe(last.kind);
    expect(kindForShape({ comparison: true, periods: 9, counties: 100 }).kind).toBe(last.kind);
  });
  it('gives every kind step keys by its reading (the embed reads data-chart-reading)', () => {
    for (const k of KINDS) expect(READING_KEYS[k.reading]).toBeDefined();
    expect(stepMark('bar', 'ArrowDown', 0, 3)).toBe(1);
    expect(stepMark('line', 'ArrowDown', 0, 3)).toBeNull();
    expect(stepMark('map', 'ArrowLeft', 2, 3)).toBe(1);
  });
  it('says why it chose a kind', () => {
    expect(chooseKind({ comparison: false, periods: 5, counties: 0 })).toEqual({
      kind: 'line',
      why: '5 periods over time',
    });
  });
  it('throws on an unknown kind', () => {
    expect(() => kindModule('pie' as never)).toThrow(/no chart kind "pie"/);
  });
});
