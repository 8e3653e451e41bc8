// custom-elements.json as the package ships it (`npm run analyze`, part of the build): the public
// elements only, paths into dist/, no invented events, `theme` listed, no pointers into src/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';

const manifest = JSON.parse(readFileSync(process.env.TIRKEU_MANIFEST ?? 'custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ module: m.path, ...d })));
const elements = declarations.filter((d) => d.tagName);

/** Every string under `key` anywhere in the manifest. */
function stringsAt(key, value = manifest, found = []) {
  if (Array.isArray(value)) value.forEach((item) => stringsAt(key, item, found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) typeof v === 'string' && k === key ? found.push(v) : stringsAt(key, v, found);
  }
  return found;
}

test('it lists exactly the elements the define files register', () => {
  const defined = readdirSync('src/components', { recursive: true })
    .filter((file) => basename(file) === 'define.ts')
    .flatMap((file) => [...readFileSync(`src/components/${file}`, 'utf8').matchAll(/defineElement\('([a-z-]+)'/g)].map((m) => m[1]));
  assert.ok(defined.length >= 8);
  assert.deepEqual(elements.map((e) => e.tagName).sort(), [...new Set(defined)].sort());
});

test('every module declares an element, registers one, or holds a class an element inherits from', () => {
  const inherited = new Set(declarations.flatMap((d) => (d.superclass?.module ? [`${d.superclass.module}#${d.superclass.name}`] : [])));
  for (const module of manifest.modules) {
    const registers = (module.exports ?? []).some((e) => e.kind === 'custom-element-definition');
    const ok = registers || (module.declarations ?? []).every((d) => d.tagName || inherited.has(`${module.path}#${d.name}`));
    assert.ok(ok && (registers || module.declarations.length > 0), `${module.path} is internal`);
  }
});

test('every path and module reference is a file in dist/, and every class reference resolves', () => {
  const byModule = new Map(manifest.modules.map((m) => [m.path, new Set((m.declarations ?? []).map((d) => d.name))]));
  for (const path of [...stringsAt('path'), ...stringsAt('module')]) {
    assert.match(path, /^dist\/.+\.js$/, path);
    if (existsSync('dist')) assert.ok(existsSync(path), `${path} is built`);
  }
  const references = [
    ...declarations.map((d) => d.superclass).filter((s) => s?.module),
    ...manifest.modules.flatMap((m) => (m.exports ?? []).map((e) => e.declaration)),
    ...declarations.flatMap((d) => ['members', 'attributes', 'events'].flatMap((k) => (d[k] ?? []).map((x) => x.inheritedFrom))).filter(Boolean),
  ];
  for (const ref of references) assert.ok(byModule.get(ref.module)?.has(ref.name), `${ref.name} in ${ref.module}`);
});

test('no invented `type` event; event names are the documented ones, each described', () => {
  for (const element of elements) {
    for (const event of element.events ?? []) {
      assert.match(event.name, /^(tirkeu-[a-z]+(-[a-z]+)*|input|change)$/, `${element.tagName}: ${event.name}`);
      assert.ok(event.description, `${element.tagName}: ${event.name} has a @fires description`);
    }
  }
  assert.ok(!declarations.some((d) => (d.events ?? []).some((e) => e.name === 'type')));
});

test('every element lists the `theme` attribute, light or dark', () => {
  for (const element of elements) {
    const theme = element.attributes?.find((a) => a.name === 'theme');
    assert.ok(theme, `${element.tagName} theme`);
    assert.equal(theme.type?.text, "'light' | 'dark'");
  }
});

test('only public members, and no pointer into the sources or the requirements in any description', () => {
  for (const d of declarations) {
    for (const member of d.members ?? []) assert.ok(!member.privacy || member.privacy === 'public', `${d.name}.${member.name}`);
  }
  const sources = new Set(
    readdirSync('src', { recursive: true })
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [basename(f), basename(f).replace(/\.ts$/, '.js')]),
  );
  for (const text of [...stringsAt('description'), ...stringsAt('summary')]) {
    const files = text.match(/[\w.-]+\.(?:ts|js)\b/g) ?? [];
    assert.deepEqual(files.filter((f) => sources.has(f)), [], text);
    assert.doesNotMatch(text, /\bseed \d|\bsrc\/|\bissue #?\d/i, text);
  }
});

test('it is a fraction of the every-module manifest (1.18 MB)', () => {
  const { size } = statSync(process.env.TIRKEU_MANIFEST ?? 'custom-elements.json');
  assert.ok(size < 400_000, `${size} bytes`);
});
