import { existsSync, readFileSync } from 'node:fs';

/** Counts written by the Node tests that `npm test` runs just before the browser tests (it sets TIRKEU_COUNT_NODE_TESTS). */
export const NODE_COUNTS = '.test-results/node.json';

/**
 * Prints `N passed, N failed, N skipped` on a line of its own after a run, the line CI reads.
 * A test file that failed to load counts as one failure; the Node tests' counts are added.
 */
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const node = process.env.TIRKEU_COUNT_NODE_TESTS && existsSync(NODE_COUNTS) ? JSON.parse(readFileSync(NODE_COUNTS, 'utf8')) : {};
      let passed = node.passed ?? 0;
      let failed = node.failed ?? 0;
      let skipped = node.skipped ?? 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        const empty = !session.testResults?.tests.length && !session.testResults?.suites.length;
        if (!session.passed && empty) failed++;
      }
      setTimeout(() => console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`));
    },
  };
}
