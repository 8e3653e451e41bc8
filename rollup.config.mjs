import { existsSync, readdirSync, readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyCssLiterals } from './tools/build/minify-css-literals.mjs';
import { pdfWorkerAsset } from './tools/build/pdf-worker.mjs';
import { cdnElements } from './tools/build/cdn-elements.mjs';

/**
 * Two outputs:
 * - dist/: the npm package. One ESM module per source module (entries: each element's class
 *   and define, each headless module); dependencies stay external so the host's bundler dedupes lit and friends.
 * - dist/cdn/: minified files with everything bundled, for partners who add one
 *   <script type="module">. `tirkeu.js` is a loader that imports an element's file
 *   (`tirkeu-<name>.js`, from its define module) when the page first shows that element (src/cdn/);
 *   `tirkeu.all.js` registers every element at once, its chunks in dist/cdn/all/. Heavy parts
 *   (locale packs, certificate parsing, pdf.js) stay dynamic imports and become chunks.
 *   tools/build.mjs then writes dist/cdn/sri.json (tools/build/sri.mjs).
 * pdf.js' prebuilt worker is copied beside the module that loads it (dist/pdf/, dist/cdn/, dist/cdn/all/).
 */
const HEADLESS = ['model', 'ncalayer', 'backend', 'drafts', 'pdf', 'i18n'];

export function entries() {
  const input = { index: 'src/index.ts' };
  for (const name of HEADLESS) {
    if (existsSync(`src/${name}/index.ts`)) input[`${name}/index`] = `src/${name}/index.ts`;
  }
  for (const dir of readdirSync('src/components', { withFileTypes: true })) {
    if (!dir.isDirectory() || !existsSync(`src/components/${dir.name}/define.ts`)) continue;
    input[`components/${dir.name}/define`] = `src/components/${dir.name}/define.ts`;
    input[`components/${dir.name}/${dir.name}`] = `src/components/${dir.name}/${dir.name}.ts`;
  }
  return input;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));
const typescript = () => esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' });

const cdnPlugins = () => [nodeResolve({ exportConditions: ['production', 'browser'] }), minifyCssLiterals(), typescript(), terser({ format: { comments: false } }), pdfWorkerAsset()];
const elements = cdnElements();

export default [
  {
    input: entries(),
    external: isDependency,
    // One file per source module, as the sources are laid out: a host's bundler then keeps
    // exactly the modules its imports reach, and no shared chunk drags in its neighbours.
    output: { dir: 'dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [minifyCssLiterals(), typescript(), pdfWorkerAsset()],
  },
  {
    input: { tirkeu: 'src/cdn/tirkeu.ts' },
    // Each element's define module is a dynamic entry (tirkeu-<name>.js); what several share
    // becomes chunks of its own, so a page fetches only what its elements reach.
    output: { dir: 'dist/cdn', format: 'es', sourcemap: true, chunkFileNames: elements.chunkFileNames },
    plugins: [elements, ...cdnPlugins()],
  },
  {
    input: { 'tirkeu.all': 'src/index.ts' },
    // Lets lazy chunks import from tirkeu.all.js itself, so the eager code stays in that one file.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist/cdn', format: 'es', sourcemap: true, chunkFileNames: 'all/[name]-[hash].js' },
    plugins: cdnPlugins(),
  },
];
