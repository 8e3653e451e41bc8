// The built package as a consumer sees it: `npm run build` must have run (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

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
