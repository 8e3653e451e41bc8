import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

/**
 * A benchmark's page: `entry` (JavaScript that imports from the sources by absolute path or
 * from the repository root) bundled and minified as a host's production build would, and an
 * HTML page that loads it, as the in-memory files `serveFiles` serves.
 */
export async function bundlePage(entry, { body = '', splitting = false } = {}) {
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'js' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    splitting,
    outdir: '/bench-out',
    write: false,
    minify: true,
    conditions: ['production', 'browser'],
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    logLevel: 'silent',
  });
  const files = { '/': `<!doctype html><html lang="en"><body>${body}<script type="module" src="/stdin.js"></script></body></html>` };
  for (const file of result.outputFiles) files[file.path.replace('/bench-out', '')] = file.text;
  return files;
}
