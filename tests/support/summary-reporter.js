// Writes jest's aggregated results (counts, and how long the run and each test file took) to
// test-results/jest-summary.json, so .ci/run can print "N passed, N failed" from the same run that
// `npm test` makes, and show where the time goes (npm test is held under 25 minutes on two cores).
const { mkdirSync, writeFileSync } = require('node:fs');
const { relative } = require('node:path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    mkdirSync('test-results', { recursive: true });
    const {
      numPassedTests,
      numFailedTests,
      numPendingTests,
      numTotalTests,
      numFailedTestSuites,
      numRuntimeErrorTestSuites,
      success,
      startTime,
    } = results;
    const slowest = results.testResults
      .map((r) => ({
        file: relative(process.cwd(), r.testFilePath),
        seconds: Math.round((r.perfStats.end - r.perfStats.start) / 100) / 10,
      }))
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, 10);
    const seconds = Math.round((Date.now() - startTime) / 1000);
    writeFileSync(
      'test-results/jest-summary.json',
      `${JSON.stringify({ numPassedTests, numFailedTests, numPendingTests, numTotalTests, numFailedTestSuites, numRuntimeErrorTestSuites, success, seconds, slowest }, null, 2)}\n`,
    );
  }
}

module.exports = SummaryReporter;
