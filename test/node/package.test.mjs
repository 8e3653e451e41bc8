// The built package as a consumer sees it: `npm run build` must have run (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { pack, unpack } from './packed.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('every export in package.json points at a built file with types', () => {
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (key.includes('*')) continue;
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of paths) assert.ok(existsSync(path), `${key} → ${path} is missing`);
  }
});

test('tirkeu/model imports in Node and validates without a DOM', async () => {
  const model = await import('tirkeu/model');
  for (const name of ['validateIin', 'validateBin', 'parseIin', 'parseBin', 'validateIban', 'validateBic', 'validateKbe', 'validatePhone']) {
    assert.equal(typeof model[name], 'function', `${name} is exported`);
  }
  assert.deepEqual(model.validateIin('900101300017'), { ok: true, value: '900101300017' });
  assert.equal(model.validateIin('900101300018').ok, false);
  for (const bad of ['', '   ', 'abcdefghijkl', '12345678901', '1234567890123', null, undefined, 42, {}, []]) {
    const result = model.validateBin(bad);
    assert.equal(result.ok, false);
    assert.equal(typeof result.code, 'string');
  }
});

test('every element folder has an entry and a define module in dist', () => {
  for (const dir of readdirSync('src/components', { withFileTypes: true })) {
    if (!dir.isDirectory() || !existsSync(`src/components/${dir.name}/define.ts`)) continue;
    assert.ok(existsSync(`dist/components/${dir.name}/define.js`), `${dir.name}/define.js`);
    assert.ok(existsSync(`dist/components/${dir.name}/define.d.ts`), `${dir.name}/define.d.ts`);
  }
});

test('custom-elements.json describes every element that is defined', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
  for (const dir of readdirSync('src/components', { withFileTypes: true })) {
    if (!existsSync(`src/components/${dir.name}/define.ts`)) continue;
    assert.ok(tags.includes(`tirkeu-${dir.name}`), `tirkeu-${dir.name} in custom-elements.json`);
  }
});

test('the CDN bundle is one minified module without eval', () => {
  const code = readFileSync('dist/cdn/tirkeu.js', 'utf8');
  assert.doesNotMatch(code, /\/\*\*/, 'no doc comments');
  assert.doesNotMatch(code, /\beval\(|new Function\(/);
});

test('the tarball holds the package and nothing else: no test, no generator, no dev-only import', async (t) => {
  const packed = await pack();
  t.after(() => rmSync(packed.dir, { recursive: true, force: true }));
  const paths = packed.files.map((f) => f.path);
  for (const required of ['LICENSE', 'README.md', 'package.json', 'custom-elements.json', 'dist/index.js', 'dist/index.d.ts', 'dist/cdn/tirkeu.js']) {
    assert.ok(paths.includes(required), `${required} is in the tarball`);
  }
  // The NCALayer emulator is a package of its own (packages/ncalayer-emulator): none of it here.
  const shipped = [/^dist\//, /^docs\//, /^custom-elements\.json$/, /^README\.md$/, /^LICENSE$/, /^package\.json$/];
  assert.deepEqual(paths.filter((p) => !shipped.some((pattern) => pattern.test(p))), [], 'files outside the package');
  assert.equal(pkg.bin, undefined, 'no command: `npx tirkeu-ncalayer-emulator` is the emulator package\'s');
  assert.deepEqual(Object.keys(pkg.peerDependencies ?? {}), ['ws'], 'only ws, for NcaLayerClient in Node before 22 (docs/ncalayer.md)');
  assert.deepEqual(paths.filter((p) => /\.(test|spec|stories)\.[cm]?[jt]sx?$|(^|\/)generate[\w-]*\.[cm]?[jt]s$/.test(p)), [], 'tests and generators');

  // A consumer gets the dependencies and may add the peers; a module that imports anything else
  // (a devDependency, as the fixture generator did) cannot run from the tarball.
  const root = unpack(packed.tarball, join(packed.dir, 'unpacked'));
  assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) 2026 Tirkeu contributors\n/);
  const available = new Set([pkg.name, ...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {}), ...builtinModules]);
  const strays = [];
  for (const path of paths.filter((p) => /\.[cm]?js$/.test(p))) {
    const code = readFileSync(join(root, path), 'utf8');
    for (const [, , specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"\s]+)\1/g)) {
      // Only what has a package name's shape: minified code has `from","`-like text too.
      if (!/^(@[\w.-]+\/)?[a-z\d][\w.-]*(\/[\w./-]*)?$/i.test(specifier)) continue;
      const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
      if (!available.has(name)) strays.push(`${path}: ${specifier}`);
    }
  }
  assert.deepEqual(strays, [], 'imports of packages a consumer does not get');
});
