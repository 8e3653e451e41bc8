#!/usr/bin/env node
/**
 * IBAN code sizes, min+gzip: what every form ships (src/model/iban.ts with its static imports:
 * structure, mod-97, the registry table; all a Kazakh IBAN needs) and the national check digits
 * of 17 European countries, a chunk loaded by `validateIbanFully` / `loadNationalIbanCheck` only
 * for those countries. Bundled from the sources with esbuild code splitting, as a host's
 * bundler would. `rows()` is picked up by bench/run.mjs; `node bench/iban.bench.mjs` prints them.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { eagerSize, gzip } from './sizes.mjs';

/** Bytes min+gzip; budgets keep the eager part small and the national checks out of it. */
const BUDGETS = { eager: 2400, lazy: 1000 };

export async function rows() {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../src/model/iban.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    write: false,
    outdir: 'out',
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((f) => [f.path.replace(/^.*\/out\//, ''), f.contents]));
  const eager = eagerSize(files, 'iban.js');
  const lazyFiles = [...files.keys()].filter((name) => !eager.names.has(name));
  const lazyMin = lazyFiles.reduce((sum, name) => sum + files.get(name).length, 0);
  const lazyGz = lazyFiles.reduce((sum, name) => sum + gzip(files.get(name)), 0);
  return [
    {
      name: 'model: IBAN eager (validateIban, KZ and mod-97)',
      value: eager.gz,
      unit: 'B min+gz',
      budget: BUDGETS.eager,
      detail: `${eager.min} B min, ${eager.files} file(s)`,
    },
    {
      name: 'model: IBAN national checks (lazy chunk)',
      value: lazyGz,
      unit: 'B min+gz',
      budget: BUDGETS.lazy,
      detail: `${lazyMin} B min, ${lazyFiles.length} file(s)`,
    },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await rows());
