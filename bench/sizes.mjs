/**
 * Size rows: min+gzip of each npm entry bundled with its dependencies (what a host ships when it
 * imports only that entry), and of the CDN files: the loader (dist/cdn/tirkeu.js), what a page
 * showing one element fetches through it (the loader, that element's file and their static
 * imports; locale packs, certificate parsing and pdf.js are dynamic chunks, counted apart), and
 * the all-in-one file's eager part (dist/cdn/tirkeu.all.js).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { elementDefines, elementFile } from '../tools/build/cdn-elements.mjs';

export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** Budgets in kB min+gzip, from the issues. */
const BUDGETS = {
  'cdn: loader (tirkeu.js)': 3,
  'cdn: page with only <tirkeu-bank-details>': 30,
  'cdn: page with only <tirkeu-certificate-picker>': 20,
  'cdn: all-in-one (tirkeu.all.js), eager part': 60,
  'components/certificate-picker/define': 25,
  'components/bank-details/define': 30,
  'components/document-uploader/define': 20,
  'drafts/index': 5,
};

/**
 * `entry` bundled as a host's production build would (minified, split): every output file by
 * name, the outputs with their inputs (esbuild's metafile), and the name of the entry's own file
 * (lazy chunks are esbuild entry points too, named after their modules).
 */
export async function bundleEntry(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    splitting: true,
    outdir: 'out',
    conditions: ['production', 'browser'],
    logLevel: 'silent',
    metafile: true,
  });
  const files = new Map(result.outputFiles.map((f) => [f.path.replace(/^.*\/out\//, ''), f.contents]));
  const outputs = Object.entries(result.metafile.outputs).map(([name, output]) => ({ name: name.replace(/^out\//, ''), output }));
  const own = outputs.find(({ output }) => output.entryPoint === entry)?.name;
  return { files, outputs, own };
}

/** The entry's own output plus its static imports, not the lazy chunks. */
async function bundledSize(entry) {
  const { files, own } = await bundleEntry(entry);
  return eagerSize(files, own);
}

function staticImports(code) {
  // `import … from "./x.js"`, `import "./x.js"`, `export { … } from "./x.js"`, minified or not;
  // `import("./x.js")` (lazy) is left out on purpose.
  return [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)].map((m) => m[1]);
}

/** `import("./x.js")`, as rollup writes a lazy import: the files a module may fetch later. */
export function dynamicImports(code) {
  return [...code.matchAll(/\bimport\(\s*["']\.\/([^"']+)["']\s*\)/g)].map((m) => m[1]);
}

/**
 * The names of `files` (one flat folder) that `entries` import statically, themselves included;
 * with `lazy`, also what they may import later (`import("./x.js")`), and so on.
 */
export function reachable(files, entries, { lazy = false } = {}) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !files.has(name)) return;
    seen.add(name);
    const code = Buffer.from(files.get(name)).toString('utf8');
    staticImports(code).forEach(visit);
    if (lazy) dynamicImports(code).forEach(visit);
  };
  entries.forEach(visit);
  return seen;
}

/** Bytes of `entry` (a file name of `files`, or several: a page that loads them all) and of what it imports statically, each file counted once. */
export function eagerSize(files, entry) {
  const seen = reachable(files, [entry].flat());
  let min = 0;
  let gz = 0;
  for (const name of seen) {
    min += files.get(name).length;
    gz += gzip(files.get(name));
  }
  return { min, gz, files: seen.size, names: seen };
}

export async function sizeRows() {
  const rows = [];
  const entries = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).exports);
  const distEntries = ['index'];
  for (const key of entries) {
    if (['./model', './ncalayer', './backend', './drafts'].includes(key)) distEntries.push(`${key.slice(2)}/index`);
  }
  for (const dir of readdirSync('dist/components', { withFileTypes: true })) {
    try {
      readFileSync(`dist/components/${dir.name}/define.js`);
      distEntries.push(`components/${dir.name}/define`);
    } catch {
      // not an element folder
    }
  }
  for (const name of distEntries) {
    let size;
    try {
      size = await bundledSize(`dist/${name}.js`);
    } catch {
      continue;
    }
    rows.push({ name: `npm: ${name}`, value: kb(size.gz), unit: 'kB min+gz', budget: BUDGETS[name], detail: `${kb(size.min)} kB min` });
  }

  rows.push(...cdnRows());
  return rows;
}

/** The loader's folder (dist/cdn/, flat) and the all-in-one file's (dist/cdn/ with its chunks under all/). */
export const cdnFolder = (dir, prefix = '') =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => [`${prefix}${f}`, readFileSync(`${dir}/${f}`)]);

const ELEMENT_FILES = new Set(elementDefines().map(({ tag }) => elementFile(tag)));

function cdnRows() {
  const files = new Map([...cdnFolder('dist/cdn'), ...cdnFolder('dist/cdn/all', 'all/')]);
  const row = (name, size, detail) => ({ name, value: kb(size.gz), unit: 'kB min+gz', budget: BUDGETS[name], detail: `${kb(size.min)} kB min, ${size.files} file(s)${detail ?? ''}` });
  const loader = eagerSize(files, 'tirkeu.js');
  const rows = [row('cdn: loader (tirkeu.js)', loader)];
  for (const { tag } of elementDefines()) {
    const page = eagerSize(files, ['tirkeu.js', elementFile(tag)]);
    rows.push(row(`cdn: page with only <${tag}>`, page, `; largest: ${largest(files, page.names)}`));
  }
  // The all-in-one file's chunks say `../tirkeu.all.js`; eagerSize follows `./` names, so give them as flat.
  const all = new Map([...files].filter(([name]) => name === 'tirkeu.all.js' || name.startsWith('all/')).map(([name, bytes]) => [name.replace(/^all\//, ''), bytes]));
  rows.push(row('cdn: all-in-one (tirkeu.all.js), eager part', eagerSize(all, 'tirkeu.all.js')));
  const lazy = [...files.keys()].filter((name) => !name.startsWith('all/') && name !== 'tirkeu.js' && !ELEMENT_FILES.has(name));
  const lazyGz = lazy.reduce((sum, name) => sum + gzip(files.get(name)), 0);
  rows.push({ name: 'cdn: chunks the element files share or load lazily (all)', value: kb(lazyGz), unit: 'kB min+gz', detail: `${lazy.length} chunk(s)` });
  return rows;
}

/** The three biggest files of a page, gzipped, for a figure's detail: what dominates it. */
function largest(files, names) {
  return [...names]
    .map((name) => [name, gzip(files.get(name))])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, gz]) => `${ELEMENT_FILES.has(name) ? name : name.replace(/-[\w-]{8}\.js$/, '')} ${kb(gz)}`)
    .join(', ');
}
