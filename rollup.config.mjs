import { existsSync, readdirSync, readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyCssLiterals } from './tools/build/minify-css-literals.mjs';
import { pdfWorkerAsset } from './tools/build/pdf-worker.mjs';

/**
 * Two outputs:
 * - dist/: the npm package. One ESM module per source module (entries: each element's class
 *   and define, each headless module); dependencies stay external so the host's bundler dedupes lit and friends.
 * - dist/cdn/: one minified file that registers every element with everything bundled, for
 *   partners who add a single <script type="module">. Heavy parts (locale packs, certificate
 *   parsing, pdf.js) stay dynamic imports and become chunks beside it.
 * pdf.js' prebuilt worker is copied beside the module that loads it (dist/pdf/, dist/cdn/).
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
    input: { tirkeu: 'src/index.ts' },
    // Lets lazy chunks import from tirkeu.js itself, so the eager code stays in that one file.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist/cdn', format: 'es', sourcemap: true, chunkFileNames: '[name]-[hash].js' },
    plugins: [nodeResolve({ exportConditions: ['production', 'browser'] }), minifyCssLiterals(), typescript(), terser({ format: { comments: false } }), pdfWorkerAsset()],
  },
];
