// The package as npm publishes it, for the Node tests that check the tarball: built if dist/ is
// missing (npm test builds first), packed into a temp folder, and installed into a temp project.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCK = join(ROOT, '.test-results', 'build.lock');

/** Builds once when dist/ is missing; test files run in parallel, so a lock keeps it to one build. */
export async function ensureBuilt() {
  if (existsSync(join(ROOT, 'dist/index.js')) && !existsSync(LOCK)) return;
  mkdirSync(dirname(LOCK), { recursive: true });
  try {
    mkdirSync(LOCK);
  } catch {
    while (existsSync(LOCK)) await sleep(500);
    return;
  }
  try {
    if (!existsSync(join(ROOT, 'dist/index.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmdirSync(LOCK);
  }
}

/** `npm pack` into a fresh temp folder: the tarball's path and its file list (paths, sizes). */
export async function pack() {
  await ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'tirkeu-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
  const [info] = JSON.parse(out);
  // A build that is still running leaves dist/ without its types: say so rather than fail later.
  const paths = new Set(info.files.map((f) => f.path));
  const missing = ['dist/index.js', 'dist/index.d.ts', 'dist/cdn/tirkeu.js', 'custom-elements.json'].filter((p) => !paths.has(p));
  if (missing.length > 0) throw new Error(`dist/ is incomplete (a build still running?): ${missing.join(', ')} not packed`);
  return { dir, tarball: join(dir, info.filename), files: info.files, size: info.size, unpackedSize: info.unpackedSize };
}

/**
 * A consumer project with the tarball unpacked as node_modules/tirkeu. Its dependencies (and the
 * optional peers, with their @types) are linked from this repository's node_modules, which
 * `npm ci` has filled from the lock file: an offline `npm install <tarball>` would have to resolve
 * the version ranges again from npm's cache, and a fresh CI machine's cache holds only the
 * tarballs `npm ci` fetched, not necessarily the newest versions those ranges allow.
 */
export function installInProject({ dir, tarball }) {
  const project = join(dir, 'project');
  const modules = join(project, 'node_modules');
  unpack(tarball, join(modules, 'tirkeu'));
  const pkg = JSON.parse(readFileSync(join(modules, 'tirkeu/package.json'), 'utf8'));
  const peers = Object.keys(pkg.peerDependencies ?? {});
  const optional = [...peers, ...peers.map((name) => `@types/${name.replace(/^@(.*)\//, '$1__')}`)];
  for (const name of [...Object.keys(pkg.dependencies ?? {}), ...optional]) {
    const source = join(ROOT, 'node_modules', name);
    if (!existsSync(source)) {
      if (optional.includes(name)) continue;
      throw new Error(`${name}, a dependency of the package, is not in node_modules: run npm ci`);
    }
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(source, join(modules, name), 'dir');
  }
  return { project, pkg };
}

/** The elements the tarball ships, by their folder (dist/components/<element>/define.js). */
export function elementsIn({ files }) {
  return files.map((f) => /^dist\/components\/([\w-]+)\/define\.js$/.exec(f.path)?.[1]).filter(Boolean);
}

/** Unpacks a tarball's files (npm puts them under package/) into `into`. */
export function unpack(tarball, into) {
  mkdirSync(into, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', into, '--strip-components=1']);
  return into;
}

export { ROOT };
