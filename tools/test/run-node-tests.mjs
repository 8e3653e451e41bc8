#!/usr/bin/env node
/**
 * Runs the Node tests (test/node/, tools/**\/*.test.mjs, the workspace packages' packages/**\/*.test.mjs)
 * with the spec reporter on screen and their counts saved for the browser run's closing line.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_COUNTS } from './count-reporter.mjs';

function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findTests(path);
    return entry.name.endsWith('.test.mjs') ? [path] : [];
  });
}

const files = [...findTests('test/node'), ...findTests('tools'), ...findTests('packages')];
rmSync(NODE_COUNTS, { force: true });
mkdirSync('.test-results', { recursive: true });
const result = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=./tools/test/node-counts.mjs', `--test-reporter-destination=${NODE_COUNTS}`, ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
