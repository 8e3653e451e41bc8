/**
 * dist/cdn/sri.json: every file of the CDN folder (subfolders included) with its Subresource
 * Integrity value, `{ "tirkeu.js": "sha384-…", … }`, for a host's `integrity` attribute and import
 * map (docs/embedding.md). Written by tools/build.mjs once rollup and tsc have written the folder.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SRI_FILE = 'sri.json';

export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The integrity of every file under `dir` but sri.json itself, by path relative to `dir` with `/`, sorted. */
export function sriOf(dir) {
  const names = readdirSync(dir, { recursive: true })
    .map((name) => name.split(sep).join('/'))
    .filter((name) => name !== SRI_FILE && statSync(join(dir, name)).isFile())
    .sort();
  return Object.fromEntries(names.map((name) => [name, integrity(readFileSync(join(dir, name)))]));
}

export function writeSri(dir = 'dist/cdn') {
  writeFileSync(join(dir, SRI_FILE), `${JSON.stringify(sriOf(dir), null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeSri();
