// The packed tarball passes publint (package.json against the files it ships) and
// @arethetypeswrong/cli (types resolve for every entry point as TypeScript resolves them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { elementsIn, pack, ROOT } from './packed.mjs';

const packed = await pack();
test.after(() => rmSync(packed.dir, { recursive: true, force: true }));

const run = (bin, args) => spawnSync(process.execPath, [join(ROOT, 'node_modules', bin), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

test('publint finds no error and no warning in the tarball', () => {
  const result = run('publint/src/cli.js', ['run', packed.tarball, '--strict']);
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('@arethetypeswrong/cli finds no problem, for every element entry point too', () => {
  // attw does not expand the "./components/*" patterns: every element's define and class
  // module, with and without ".js", are named as the tarball holds them.
  const elements = elementsIn(packed);
  assert.ok(elements.length >= 7, `elements in the tarball: ${elements}`);
  const entrypoints = elements.flatMap((e) => [`./components/${e}/define.js`, `./components/${e}/define`, `./components/${e}/${e}.js`]);
  // The package is ESM only ("type": "module", only "import" conditions): the esm-only profile
  // leaves out `require` from CommonJS (node16-cjs) and node10 resolution, which knows no
  // "exports" and so no subpath; ESM under node16 and bundlers must all resolve with types.
  const result = run('@arethetypeswrong/cli/dist/index.js', [packed.tarball, '--profile', 'esm-only', '--no-color', '--no-emoji', '--include-entrypoints', ...entrypoints]);
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
