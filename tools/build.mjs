#!/usr/bin/env node
/**
 * `npm run build`: bundles with rollup, emits .d.ts with tsc, generates custom-elements.json
 * from the JSDoc of the element classes. Each step prints its time.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const step = (label, command, args) => {
  const started = performance.now();
  execFileSync(command, args, { stdio: 'inherit' });
  console.log(`${label}: ${Math.round(performance.now() - started)} ms`);
};

rmSync('dist', { recursive: true, force: true });
step('bundles', 'npx', ['rollup', '-c', '--silent']);
step('types', 'npx', ['tsc', '-p', 'tsconfig.build.json']);
// After rollup and tsc, so that it covers every file they wrote into dist/cdn/.
step('dist/cdn/sri.json', process.execPath, ['tools/build/sri.mjs']);
step('custom-elements.json', 'npm', ['run', '--silent', 'analyze']);
step('framework types and editor data', process.execPath, ['tools/build/framework-types.mjs']);
