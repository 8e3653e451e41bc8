/**
 * Size rows: min+gzip of each npm entry bundled with its dependencies (what a host ships when it
 * imports only that entry) and of the CDN bundle's eager part (the file plus its static imports;
 * locale packs, certificate parsing and pdf.js are dynamic chunks and are counted apart).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** Budgets in kB min+gzip, from the issues. */
const BUDGETS = {
  'cdn: eager bundle': 60,
  'components/certificate-picker/define': 25,
  'components/bank-details/define': 30,
  'components/document-uploader/define': 20,
  'drafts/index': 5,
};

async function bundledSize(entry) {
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
  // The entry's own output plus its static imports, not the lazy chunks (which are entry points
  // of esbuild's too, named after their modules: the entry is the output of this very entry).
  const files = new Map(result.outputFiles.map((f) => [f.path.replace(/^.*\/out\//, ''), f.contents]));
  const [own] = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint === entry) ?? [];
  return eagerSize(files, own.replace(/^out\//, ''));
}

function staticImports(code) {
  // `import … from "./x.js"`, `import "./x.js"`, `export { … } from "./x.js"`, minified or not;
  // `import("./x.js")` (lazy) is left out on purpose.
  return [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)].map((m) => m[1]);
}

export function eagerSize(files, entry) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !files.has(name)) return;
    seen.add(name);
    staticImports(Buffer.from(files.get(name)).toString('utf8')).forEach(visit);
  };
  visit(entry);
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

  const cdnFiles = new Map(readdirSync('dist/cdn').filter((f) => f.endsWith('.js')).map((f) => [f, readFileSync(`dist/cdn/${f}`)]));
  const eager = eagerSize(cdnFiles, 'tirkeu.js');
  rows.push({ name: 'cdn: eager bundle', value: kb(eager.gz), unit: 'kB min+gz', budget: BUDGETS['cdn: eager bundle'], detail: `${kb(eager.min)} kB min, ${eager.files} file(s)` });
  let lazy = 0;
  for (const [name, bytes] of cdnFiles) if (!name.startsWith('tirkeu')) lazy += gzip(bytes);
  rows.push({ name: 'cdn: lazy chunks (all)', value: kb(lazy), unit: 'kB min+gz', detail: `${cdnFiles.size - 1} chunk(s)` });
  return rows;
}
