// The test tooling itself: which engines TIRKEU_BROWSERS selects, and the closing lines of a run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { selectedEngines } from './browsers.mjs';
import { summaryText } from './count-reporter.mjs';

test('TIRKEU_BROWSERS: all three engines when unset or empty, else those named, in a fixed order', () => {
  assert.deepEqual(selectedEngines(undefined), ['chromium', 'firefox', 'webkit']);
  assert.deepEqual(selectedEngines(''), ['chromium', 'firefox', 'webkit']);
  assert.deepEqual(selectedEngines('chromium'), ['chromium']);
  assert.deepEqual(selectedEngines(' WebKit , firefox,'), ['firefox', 'webkit']);
  assert.throws(() => selectedEngines('chromium,safari'), /unknown engine safari/);
});

const session = (name, tests, extra = {}) => ({
  browser: { name },
  passed: tests.every((t) => t.passed || t.skipped),
  testResults: { name: '', tests, suites: [] },
  ...extra,
});
const ok = { name: 'a', passed: true, skipped: false };
const bad = { name: 'b', passed: false, skipped: false };
const skip = { name: 'c', passed: false, skipped: true };

test('the closing lines: one per engine, then the total of every engine and the Node tests', () => {
  const sessions = [
    session('Chrome', [ok, ok]),
    session('Firefox', [ok, bad]),
    session('WebKit', [ok, skip]),
    // A file that did not load: no results, counted as one failure.
    session('WebKit', [], { passed: false, testResults: undefined }),
  ];
  const times = new Map([['Chrome', { start: 1000, end: 3500 }]]);
  const text = summaryText(sessions, times, { passed: 10, failed: 1, skipped: 2 });
  assert.equal(
    text,
    [
      '',
      '  Chrome: 1 files in 2.5 s; 2 ok, 0 not ok, 0 skipped',
      '  Firefox: 1 files; 1 ok, 1 not ok, 0 skipped',
      '  WebKit: 2 files; 1 ok, 1 not ok, 1 skipped',
      '14 passed, 3 failed, 3 skipped',
      '',
    ].join('\n'),
  );
  // Only the last line may read as a count line for CI ('N passed, N failed' alone on a line).
  assert.deepEqual(text.split('\n').filter((line) => /^(\w+: )?\d+ passed, \d+ failed/.test(line)), ['14 passed, 3 failed, 3 skipped']);
});
