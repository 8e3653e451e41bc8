import { existsSync, readFileSync, writeSync } from 'node:fs';

/** Counts written by the Node tests that `npm test` runs just before the browser tests (it sets TIRKEU_COUNT_NODE_TESTS). */
export const NODE_COUNTS = '.test-results/node.json';

/** passed / failed / skipped of some sessions; a test file that failed to load counts as one failure. */
export function countSessions(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const walk = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) counts.skipped++;
      else if (test.passed) counts.passed++;
      else counts.failed++;
    }
    suite.suites.forEach(walk);
  };
  for (const session of sessions) {
    if (session.testResults) walk(session.testResults);
    const empty = !session.testResults?.tests.length && !session.testResults?.suites.length;
    if (!session.passed && empty) counts.failed++;
  }
  return counts;
}

/**
 * One line per engine that ran (`  Firefox: 54 files in 211.1 s; 772 ok, 0 not ok, 0 skipped`), then
 * the total of every engine and of `node` (the Node tests' counts) as `N passed, N failed, N skipped`.
 * `times` maps an engine name to its { start, end } in ms.
 */
export function summaryText(sessions, times = new Map(), node = {}) {
  const total = countSessions(sessions);
  total.passed += node.passed ?? 0;
  total.failed += node.failed ?? 0;
  total.skipped += node.skipped ?? 0;
  const lines = [...new Set(sessions.map((session) => session.browser.name))].map((name) => {
    const own = sessions.filter((session) => session.browser.name === name);
    const { passed, failed, skipped } = countSessions(own);
    const time = times.get(name);
    const seconds = time ? ` in ${((time.end - time.start) / 1000).toFixed(1)} s` : '';
    return `  ${name}: ${own.length} files${seconds}; ${passed} ok, ${failed} not ok, ${skipped} skipped`;
  });
  return `\n${lines.join('\n')}\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`;
}

/**
 * Prints summaryText() after a run: the engine lines are worded so that no CI takes one for the
 * total, and the last line, `N passed, N failed, N skipped`, is the one CI reads. It is written as
 * the process exits, after everything @web/test-runner prints (the runner exits as soon as its
 * server and browsers stopped, which can be before a timer would fire); in watch mode after each run.
 */
export function countReporter() {
  /** engine name → { start, end } in ms */
  const times = new Map();
  let watch = false;
  let summary = '';
  const print = () => summary && writeSync(1, summary);
  return {
    start({ config, sessions, startTime }) {
      watch = !!config.watch;
      if (!watch) process.once('exit', print);
      // From the first file an engine opens (not when all were scheduled) to the last it finishes.
      // The runner opened the first files before it started its reporters: they began at startTime.
      const begin = (name, at) => times.has(name) || times.set(name, { start: at, end: at });
      for (const session of sessions.all()) if (session.status !== 'SCHEDULED') begin(session.browser.name, startTime);
      sessions.on('session-status-updated', (session) => {
        if (session.status !== 'INITIALIZING' && session.status !== 'FINISHED') return;
        begin(session.browser.name, Date.now());
        if (session.status === 'FINISHED') times.get(session.browser.name).end = Date.now();
      });
    },
    onTestRunFinished({ sessions }) {
      const node = process.env.TIRKEU_COUNT_NODE_TESTS && existsSync(NODE_COUNTS) ? JSON.parse(readFileSync(NODE_COUNTS, 'utf8')) : {};
      summary = summaryText(sessions, times, node);
      if (watch) setTimeout(print);
    },
  };
}
