/**
 * The chart regression suite, shard 1 of 2 (tests/charts/regression.ts says what it pins and how); shard 2 is
 * scripts/chart-regression-2.test.ts, so jest renders the two halves on two workers.
 */
import { readdirSync } from 'node:fs';
import { regressionSuite, SHARDS } from '../tests/charts/regression';

describe('chart regression suite (shard 1)', () => {
  it('has one test file per shard', () => {
    expect(readdirSync(__dirname).filter((f) => /^chart-regression(-\d+)?\.test\.ts$/.test(f))).toHaveLength(SHARDS);
  });
  regressionSuite(0);
});
