// The framework typings and editor data of the built package, as a consumer uses them: a project
// beside the package (node_modules/tirkeu → this repository) whose tsconfig names
// `tirkeu/types/<framework>` in "types". The fixtures in framework-types/ use every element;
// each must type-check, and a wrong property or event type must not.
// Runs `npm run build` only when dist/ has no typings yet.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/node/framework-types');
const PROJECT = join(ROOT, '.test-results/framework-types');
const TSC = join(ROOT, 'node_modules/.bin/tsc');
const VUE_TSC = join(ROOT, 'node_modules/.bin/vue-tsc');

const manifest = () => JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const tags = () =>
  manifest()
    .modules.flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => d.tagName)
    .sort();

before(() => {
  if (!existsSync(join(ROOT, 'dist/types/react.d.ts'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  rmSync(PROJECT, { recursive: true, force: true });
  mkdirSync(join(PROJECT, 'node_modules'), { recursive: true });
  symlinkSync(ROOT, join(PROJECT, 'node_modules/tirkeu'), 'dir');
  for (const file of ['react-app.tsx', 'App.vue', 'svelte-elements.mts']) copyFileSync(join(FIXTURES, file), join(PROJECT, file));
});

/** Type-checks `files` with the package's typing for `framework`; returns tsc's exit code and output. */
function check(framework, files, compiler = TSC) {
  const name = `tsconfig.${framework}-${files.join('-').replace(/\W/g, '_')}.json`;
  const compilerOptions = {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: [`tirkeu/types/${framework}`],
    // The generated declarations are checked too, not only their use.
    skipLibCheck: false,
  };
  writeFileSync(join(PROJECT, name), JSON.stringify({ compilerOptions, files }, null, 2));
  const result = spawnSync(compiler, ['-p', name], { cwd: PROJECT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A fixture of the wrong kind, written into the consumer project. */
function write(file, text) {
  writeFileSync(join(PROJECT, file), text);
  return file;
}

test('the fixtures use every element of the manifest', () => {
  assert.ok(tags().length >= 8, 'the manifest lists the elements');
  for (const fixture of ['react-app.tsx', 'App.vue', 'svelte-elements.mts']) {
    const text = readFileSync(join(FIXTURES, fixture), 'utf8');
    const used = [...new Set(text.match(/tirkeu-[a-z-]+(?=[\s'>])/g))].filter((tag) => tags().includes(tag)).sort();
    assert.deepEqual(used, tags(), `${fixture} uses every element`);
  }
});

/**
 * One compiler run per framework, for time: the fixture using every element must have no error,
 * and each wrong line of the other file its own. Errors in a file are prefixed with its name.
 */
function assertChecks({ status, output }, good, wrong) {
  assert.equal(status, 2, `errors expected in ${wrong}:\n${output}`);
  const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
  assert.deepEqual(errors.filter((line) => !line.startsWith(wrong)), [], `${good} and the typings type-check`);
}

test('React 19: every element type-checks in a .tsx; wrong property and event types and unknown props are errors', () => {
  const wrong = write(
    'react-wrong.tsx',
    [
      'export const a = <tirkeu-bank-details headingLevel="three" />;',
      'export const b = <tirkeu-registration ontirkeu-step-change={(event: CustomEvent<number>) => event.detail} />;',
      'export const c = <tirkeu-combobox lable="Bank" />;',
      'export const d = <tirkeu-certificate-picker purpose="login" />;',
    ].join('\n'),
  );
  const result = check('react', ['react-app.tsx', wrong]);
  assertChecks(result, 'react-app.tsx', wrong);
  const { output } = result;
  assert.match(output, /react-wrong\.tsx\(1,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
  assert.match(output, /react-wrong\.tsx\(2,\d+\): error TS2322:[\s\S]*Type 'StepChangeDetail' is not assignable to type 'number'/);
  assert.match(output, /react-wrong\.tsx\(3,\d+\): error TS2322:[\s\S]*Property 'lable' does not exist/);
  assert.match(output, /react-wrong\.tsx\(4,\d+\): error TS2322: Type '"login"' is not assignable to type 'Purpose/);
});

test('Vue: every element type-checks in a .vue template (vue-tsc); wrong property and event types are errors', () => {
  const wrong = write(
    'VueWrong.vue',
    [
      '<script setup lang="ts"></script>',
      '<template>',
      '  <tirkeu-bank-details :headingLevel="\'three\'" />',
      '  <tirkeu-registration @tirkeu-step-change="(event: CustomEvent<number>) => event.detail" />',
      '</template>',
    ].join('\n'),
  );
  const result = check('vue', ['App.vue', wrong], VUE_TSC);
  assertChecks(result, 'App.vue', wrong);
  assert.match(result.output, /VueWrong\.vue\(3,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
  assert.match(result.output, /VueWrong\.vue\(4,\d+\): error TS2322:[\s\S]*Type 'StepChangeDetail' is not assignable to type 'number'/);
});

test("Svelte: every element's attributes type-check; a wrong property type is an error", () => {
  const wrong = write(
    'svelte-wrong.mts',
    "export const bank: svelteHTML.IntrinsicElements['tirkeu-bank-details'] = { headingLevel: 'three' };\n",
  );
  const result = check('svelte', ['svelte-elements.mts', wrong]);
  assertChecks(result, 'svelte-elements.mts', wrong);
  assert.match(result.output, /svelte-wrong\.mts\(1,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
});

test('VS Code custom data and web-types list every element, with `theme` and its values', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const vscode = JSON.parse(readFileSync(join(ROOT, 'dist/vscode.html-custom-data.json'), 'utf8'));
  assert.equal(vscode.version, 1.1);
  assert.deepEqual(vscode.tags.map((t) => t.name).sort(), tags());
  for (const tag of vscode.tags) {
    const theme = tag.attributes.find((a) => a.name === 'theme');
    assert.deepEqual(theme?.values, [{ name: 'light' }, { name: 'dark' }], `${tag.name} theme`);
  }
  const bank = vscode.tags.find((t) => t.name === 'tirkeu-bank-details');
  assert.equal(bank.attributes.find((a) => a.name === 'resident').valueSet, 'v', 'a boolean attribute takes no value');

  assert.equal(pkg['web-types'], './dist/web-types.json');
  const webTypes = JSON.parse(readFileSync(join(ROOT, pkg['web-types']), 'utf8'));
  assert.equal(webTypes.name, 'tirkeu');
  assert.equal(webTypes.version, pkg.version);
  const elements = webTypes.contributions.html.elements;
  assert.deepEqual(elements.map((e) => e.name).sort(), tags());
  const registration = elements.find((e) => e.name === 'tirkeu-registration');
  assert.ok(registration.js.events.some((e) => e.name === 'tirkeu-step-change' && e.type === 'CustomEvent<StepChangeDetail>'));
  assert.ok(registration.js.properties.some((p) => p.name === 'preset'));
});

test('package.json declares every generated file, and each exists', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  for (const framework of ['react', 'vue', 'svelte']) {
    const entry = pkg.exports[`./types/${framework}`];
    assert.equal(entry?.types, `./dist/types/${framework}.d.ts`);
    assert.ok(existsSync(join(ROOT, entry.types)) && existsSync(join(ROOT, entry.default)), framework);
  }
  assert.equal(pkg.exports['./vscode.html-custom-data.json'], './dist/vscode.html-custom-data.json');
  assert.equal(pkg.exports['./web-types.json'], './dist/web-types.json');
});
