// Writes jest's aggregated results (counts only) to test-results/jest-summary.json, so .ci/run can print
// "N passed, N failed" from the same run that `npm test` makes.
const { mkdirSync, writeFileSync } = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    mkdirSync('test-results', { recursive: true });
    const { numPassedTests, numFailedTests, numPendingTests, numTotalTests, numFailedTestSuites, numRuntimeErrorTestSuites, success } = results;
    writeFileSync(
      'test-results/jest-summary.json',
      `${JSON.stringify({ numPassedTests, numFailedTests, numPendingTests, numTotalTests, numFailedTestSuites, numRuntimeErrorTestSuites, success }, null, 2)}\n`,
    );
  }
}

module.exports = SummaryReporter;
