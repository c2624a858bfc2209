/** The chart regression suite, shard 2 of 2: see scripts/chart-regression.test.ts. */
import { regressionSuite } from '../tests/charts/regression';

describe('chart regression suite (shard 2)', () => {
  regressionSuite(1);
});
