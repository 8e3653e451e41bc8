// Every import in docs/ and README.md compiles against the packed tarball, so a doc cannot drift
// from the package: the repository's TypeScript, moduleResolution "bundler", as a Vite or
// esbuild consumer's editor sees it. Blocks are taken by language: ```ts blocks are checked
// whole; ```js blocks and an ```html block's inline <script type="module"> have their import
// statements checked; other languages (sh, yaml, plain) cannot be and are skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { createServer } from 'vite';
import { elementsIn, installInProject, pack, ROOT } from './packed.mjs';

const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const LANGUAGES = { js: 'js', javascript: 'js', mjs: 'js', ts: 'ts', typescript: 'ts', html: 'html' };

/** Each fenced block of a Markdown file: its language, its first line's number (1-based), its text. */
export function fencedBlocks(markdown) {
  const blocks = [];
  const fence = /^```([\w-]*)[^\n]*\n([\s\S]*?)^```/gm;
  for (let m; (m = fence.exec(markdown)); ) {
    blocks.push({ language: m[1].toLowerCase(), line: markdown.slice(0, m.index).split('\n').length + 1, text: m[2] });
  }
  return blocks;
}

/** The code to check of a block, each with the line in the Markdown file where it starts. */
export function checkable({ language, line, text }) {
  switch (LANGUAGES[language]) {
    case 'ts':
      return [{ whole: true, line, code: text }];
    case 'js':
      return [{ whole: false, line, code: text }];
    case 'html': {
      const scripts = [];
      const script = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
      for (let m; (m = script.exec(text)); ) {
        if (!/\btype=["']module["']/.test(m[1]) || /\bsrc=/.test(m[1])) continue;
        const offset = text.slice(0, m.index + m[0].indexOf('>') + 1).split('\n').length - 1;
        scripts.push({ whole: false, line: line + offset, code: m[2] });
      }
      return scripts;
    }
    default:
      return [];
  }
}

/** The import declarations of a script, each kept on its own lines (so line numbers still match). */
export function importsOnly(code) {
  const keep = code.split('\n').map(() => '');
  const statement = /^[ \t]*import\s(?:[^;'"]*?\sfrom\s*)?(['"])[^'"]+\1[ \t]*;?/gm;
  for (let m; (m = statement.exec(code)); ) {
    const first = code.slice(0, m.index).split('\n').length - 1;
    m[0].split('\n').forEach((text, i) => (keep[first + i] = text));
  }
  return keep.join('\n');
}

/** Runs tsc over the files; its errors as { file, line, code, message }. */
function typeCheck(project, files) {
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true, noEmit: true, skipLibCheck: true, types: [], moduleDetection: 'force',
    },
    files,
  }));
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: project, encoding: 'utf8' });
  const errors = [...tsc.stdout.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map((m) => ({ file: m[1], line: Number(m[2]), code: m[3], message: m[4] }));
  assert.ok(tsc.status === 0 || errors.length > 0, `tsc failed without errors:\n${tsc.stdout}${tsc.stderr}`);
  return errors;
}

const packed = await pack();
test.after(() => rmSync(packed.dir, { recursive: true, force: true }));
const { project, pkg } = installInProject(packed);

test('every import in docs/ and README.md compiles against the packed tarball', async (t) => {

  const sources = [];
  for (const doc of DOCS) {
    for (const block of fencedBlocks(readFileSync(join(ROOT, doc), 'utf8'))) {
      for (const part of checkable(block)) {
        const file = `block-${sources.length}.ts`;
        sources.push({ file, doc, ...part });
      }
    }
  }
  const importCount = sources.reduce((n, s) => n + [...importsOnly(s.code).matchAll(/^\s*import\s/gm)].length, 0);
  assert.ok(sources.length >= 10 && importCount >= 10, `found ${sources.length} blocks with ${importCount} imports: has the Markdown changed shape?`);

  // A page that uses the snippets has the package loaded: its tags and events are known.
  writeFileSync(join(project, 'page.ts'), "import 'tirkeu';\n");
  const write = () => {
    for (const s of sources) writeFileSync(join(project, s.file), s.whole ? s.code : importsOnly(s.code));
    return ['page.ts', ...sources.map((s) => s.file)];
  };
  // A ```ts block is self-contained when it declares every name it uses; one that leans on the
  // reader's own code (`el`, `myApi`, "the other five methods") is held to its imports.
  const leaning = new Set(typeCheck(project, write()).filter((e) => e.code === 'TS2304' || e.code === 'TS2552').map((e) => e.file));
  for (const s of sources) if (leaning.has(s.file)) s.whole = false;
  const errors = typeCheck(project, write()).map((e) => {
    const source = sources.find((s) => s.file === e.file);
    return source ? `${source.doc}:${source.line + e.line - 1}: ${e.code} ${e.message}` : `${e.file}:${e.line}: ${e.code} ${e.message}`;
  });
  const whole = sources.filter((s) => s.whole).map((s) => `${s.doc}:${s.line}`);
  t.diagnostic(`${sources.length} blocks, ${importCount} imports; checked whole: ${whole.join(', ')}`);
  assert.ok(whole.length > 0, 'no ```ts block was self-contained enough to check whole');
  assert.deepEqual(errors, []);
});

test('every element\'s define and class module resolve from the tarball in Vite and esbuild', async () => {
  // TypeScript (bundler, node16) is package-lint.test.mjs's attw; these are the bundlers.
  const elements = elementsIn(packed);
  assert.ok(elements.length >= 7, `elements in the tarball: ${elements}`);
  const expected = new Map(elements.flatMap((e) => [
    [`tirkeu/components/${e}/define.js`, `dist/components/${e}/define.js`],
    [`tirkeu/components/${e}/define`, `dist/components/${e}/define.js`],
    [`tirkeu/components/${e}/${e}.js`, `dist/components/${e}/${e}.js`],
  ]));
  const importer = join(project, 'main.js');
  writeFileSync(importer, [...expected.keys()].map((id) => `import ${JSON.stringify(id)};`).join('\n'));
  const inPackage = (path) => path?.replace(/\\/g, '/').split('/node_modules/tirkeu/')[1];

  const vite = await createServer({ root: project, configFile: false, logLevel: 'silent', server: { middlewareMode: true, ws: false }, optimizeDeps: { noDiscovery: true } });
  try {
    for (const [id, file] of expected) assert.equal(inPackage((await vite.pluginContainer.resolveId(id, importer))?.id), file, `Vite: ${id}`);
  } finally {
    await vite.close();
  }

  const resolved = new Map();
  await esbuild({
    entryPoints: [importer], bundle: true, write: false, logLevel: 'silent',
    plugins: [{
      name: 'record',
      setup(build) {
        build.onResolve({ filter: /^tirkeu\// }, async ({ path, resolveDir, kind, pluginData }) => {
          if (pluginData === 'resolving') return undefined; // esbuild's own resolution, asked below
          const result = await build.resolve(path, { resolveDir, kind, pluginData: 'resolving' });
          resolved.set(path, result.path);
          return { path: result.path, external: true };
        });
        build.onResolve({ filter: /.*/ }, ({ pluginData, kind }) => (pluginData === 'resolving' || kind === 'entry-point' ? undefined : { external: true }));
      },
    }],
  });
  for (const [id, file] of expected) assert.equal(inPackage(resolved.get(id)), file, `esbuild: ${id}`);
  assert.ok(pkg.exports['./components/*'], 'the pattern export is there');
});
