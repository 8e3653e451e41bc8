// The NCALayer emulator as its users get it: packages/ncalayer-emulator packed by npm, installed
// alone into an empty project (no tirkeu, nothing from this repository's node_modules), and run as
// `npx tirkeu-ncalayer-emulator`. It used to crash there with ERR_MODULE_NOT_FOUND 'ws', when its
// dependencies were only optional peers of tirkeu (issue 12, item 6).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { freePort } from '../../tools/test/free-port.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const PACKAGE_DIR = join(ROOT, 'packages/ncalayer-emulator');
const NAME = 'tirkeu-ncalayer-emulator';

/**
 * The empty project's lock file: the tarball, and the emulator's dependencies (and theirs) at the
 * versions of this repository's lock. With no network, npm reads its cache, which `npm ci` filled
 * with exactly those tarballs (by integrity, without the registry's version lists): left to
 * resolve version ranges, `npm install --offline` would need those lists, and could pick a newer
 * version whose tarball the cache does not hold.
 */
function projectLock(tarball, packed, manifest) {
  const locked = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')).packages;
  const packages = {
    '': { name: 'clean-project', dependencies: { [NAME]: `file:${tarball}` } },
    [`node_modules/${NAME}`]: {
      version: manifest.version, resolved: `file:${tarball}`, integrity: packed.integrity, license: manifest.license,
      dependencies: manifest.dependencies, bin: manifest.bin, engines: manifest.engines,
    },
  };
  const visit = (name, from) => {
    const key = [`${from}/node_modules/${name}`, `node_modules/${name}`].find((k) => locked[k]);
    assert.ok(key, `${name} is in package-lock.json`);
    const { dev, devOptional, peer, ...entry } = locked[key];
    const placed = packages[`node_modules/${name}`];
    if (placed) return assert.equal(placed.version, entry.version, `one version of ${name}`);
    packages[`node_modules/${name}`] = entry;
    for (const dependency of Object.keys(entry.dependencies ?? {})) visit(dependency, key);
  };
  for (const name of Object.keys(manifest.dependencies)) visit(name, '');
  return { name: 'clean-project', lockfileVersion: 3, requires: true, packages };
}

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/**
 * `npx tirkeu-ncalayer-emulator …` as a user types it, offline: were the project's own command
 * missing, npx would fail rather than fetch a published version from the registry.
 */
const NPX_ENV = { ...process.env, npm_config_offline: 'true' };
const npx = (args) => execFileSync('npx', [NAME, ...args], { cwd: project, encoding: 'utf8', env: NPX_ENV });

let dir;
let packed;
let project;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'tirkeu-emulator-pack-'));
  // Not --ignore-scripts: prepack writes the declarations (types/) that the tarball ships.
  [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], PACKAGE_DIR));
  const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8'));
  project = join(dir, 'project');
  mkdirSync(project);
  const tarball = `../${packed.filename}`;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'clean-project', private: true, type: 'module', dependencies: { [NAME]: `file:${tarball}` } }));
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify(projectLock(tarball, packed, manifest)));
  npm(['ci', '--offline', '--no-audit', '--no-fund'], project);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('the tarball holds the emulator, its fixtures and its declarations, and no test, generator or config', () => {
  const paths = packed.files.map((f) => f.path).sort();
  for (const required of ['LICENSE', 'README.md', 'package.json', 'cli.mjs', 'index.mjs', 'responder.mjs', 'cms.mjs', 'verify.mjs',
    'fixtures/ca.pem', 'fixtures/fixtures.json', 'types/index.d.mts', 'types/responder.d.mts', 'types/cms.d.mts', 'types/verify.d.mts']) {
    assert.ok(paths.includes(required), `${required} is in the tarball`);
  }
  assert.deepEqual(paths.filter((p) => /\.test\.|generate-|fake-fixtures|fixture-spec|key-info|tsconfig|^\.|\/\./.test(p)), []);
  // The declarations are written for the pack only: a stale copy would shadow the code for tsc.
  assert.equal(existsSync(join(PACKAGE_DIR, 'types')), false, 'postpack removed types/');
});

test('every package a shipped module imports is a dependency of the emulator', () => {
  const root = join(project, 'node_modules', NAME);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.deepEqual(Object.keys(pkg.peerDependencies ?? {}), [], 'real dependencies, not optional peers');
  const available = new Set([...Object.keys(pkg.dependencies), ...builtinModules]);
  const strays = [];
  for (const path of packed.files.map((f) => f.path).filter((p) => p.endsWith('.mjs'))) {
    for (const [, specifier] of readFileSync(join(root, path), 'utf8').matchAll(/^\s*import\s[^'"]*?['"]([^'"]+)['"]/gm)) {
      if (specifier.startsWith('.')) continue;
      const name = specifier.replace(/^node:/, '').split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
      if (!available.has(name)) strays.push(`${path}: ${specifier}`);
    }
  }
  assert.deepEqual(strays, []);
  for (const name of Object.keys(pkg.dependencies)) assert.ok(existsSync(join(project, 'node_modules', name, 'package.json')), `${name} installed`);
});

test('npx tirkeu-ncalayer-emulator --help and --list print the usage and the certificates', () => {
  const help = npx(['--help']);
  assert.match(help, /^Usage: tirkeu-ncalayer-emulator \[options\]\n/);
  for (const option of ['--port N', '--control-port N', '--cert NAME', '--scenario NAME', '--delay MS', '--list']) assert.ok(help.includes(option), option);
  assert.match(help, /ok \| cancel \| slow \| error \| drop \| garbage \| noise \| array \| stray \| mismatch \| silent \| mute/);
  const list = npx(['--list']);
  assert.match(list, /^individual-auth +AUTH_RSA256_[0-9a-f]{40}\.p12$/m);
  assert.match(list, /^head-sign +RSA256_[0-9a-f]{40}\.p12$/m);
});

test('npx tirkeu-ncalayer-emulator serves NCALayer on the given ports: greeting, getKeyInfo, a verifiable CMS, signXml, control', async (t) => {
  const [port, controlPort] = [await freePort(), await freePort()];
  // Its own process group, so that npx and the emulator under it are stopped together.
  const cli = spawn('npx', [NAME, '--port', String(port), '--control-port', String(controlPort), '--cert', 'head-sign'], { cwd: project, env: NPX_ENV, detached: true });
  const exited = new Promise((done) => cli.once('exit', (code, signal) => done({ code, signal })));
  t.after(() => { if (cli.exitCode === null) process.kill(-cli.pid, 'SIGKILL'); });
  let output = '';
  await new Promise((started, failed) => {
    cli.stdout.on('data', (chunk) => { output += chunk; if (output.includes('Ctrl+C')) started(); });
    cli.stderr.on('data', (chunk) => { output += chunk; });
    exited.then(({ code }) => failed(new Error(`exited with ${code} before listening: ${output}`)));
  });
  assert.ok(output.includes(`NCALayer emulator listening on wss://127.0.0.1:${port}\n`), output);
  assert.ok(output.includes(`Control endpoint: http://127.0.0.1:${controlPort}`), output);
  const caPemPath = join(project, 'node_modules', NAME, 'fixtures/ca.pem');
  assert.ok(output.includes(caPemPath), `the CA path it prints is the installed package's: ${output}`);

  // TLS checked against the printed CA, as a browser that trusts it would.
  const socket = new WebSocket(`wss://127.0.0.1:${port}`, { ca: readFileSync(caPemPath) });
  const frames = [];
  const waiting = [];
  socket.on('message', (data) => { frames.push(String(data)); waiting.splice(0).forEach((wake) => wake()); });
  await new Promise((open, failed) => { socket.once('open', open); socket.once('error', failed); });
  const next = async () => { while (!frames.length) await new Promise((wake) => waiting.push(wake)); return JSON.parse(frames.shift()); };
  const ask = (request) => { socket.send(JSON.stringify(request)); return next(); };
  const commonUtils = (method, args) => ask({ module: 'kz.gov.pki.knca.commonUtils', method, args });
  try {
    assert.deepEqual(await next(), { result: { version: '1.4' } });
    const keyInfo = await commonUtils('getKeyInfo', ['PKCS12']);
    assert.equal(keyInfo.code, '200');
    assert.equal(keyInfo.responseObject.subjectCn, 'ИВАНОВ ИВАН');
    assert.match(keyInfo.responseObject.subjectDn, /SERIALNUMBER=IIN900101300811/);

    // CMS (asn1js) and XMLDSig (xml-crypto, @xmldom/xmldom): the dependencies at work.
    const data = Buffer.from('clean project').toString('base64');
    const cms = await commonUtils('createCAdESFromBase64', ['PKCS12', 'SIGNATURE', data, true]);
    assert.equal(cms.code, '200', JSON.stringify(cms));
    const verify = spawnSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-CAfile', caPemPath, '-purpose', 'any'],
      { input: Buffer.from(cms.responseObject, 'base64') });
    assert.equal(verify.status, 0, String(verify.stderr));
    assert.equal(String(verify.stdout), 'clean project');
    const xml = await commonUtils('signXml', ['PKCS12', 'SIGNATURE', '<root><a>1</a></root>', '', '']);
    assert.equal(xml.code, '200', JSON.stringify(xml));
    assert.match(xml.responseObject, /^<\?xml[^>]*\?><root><a>1<\/a><ds:Signature xmlns:ds="http:\/\/www\.w3\.org\/2000\/09\/xmldsig#">/);

    const state = await (await fetch(`http://127.0.0.1:${controlPort}/state`)).json();
    assert.equal(state.config.cert, 'head-sign');
    assert.equal(state.connections, 1);
  } finally {
    socket.close();
  }
  process.kill(-cli.pid, 'SIGTERM');
  const { code, signal } = await exited;
  assert.ok(code === 0 || signal === 'SIGTERM', `stopped on SIGTERM (code ${code}, signal ${signal})`);
});

test('the shipped declarations type a consumer strictly', () => {
  writeFileSync(join(project, 'consumer.ts'), `
import { startEmulator, SCENARIOS, type EmulatorFixture, type Emulator } from 'tirkeu-ncalayer-emulator';
import { createResponder, type Signer } from 'tirkeu-ncalayer-emulator/responder';
import { createSignedData } from 'tirkeu-ncalayer-emulator/cms';
import { verifyCms } from 'tirkeu-ncalayer-emulator/verify';

const emulator: Emulator = await startEmulator({ port: 0, controlPort: 0, config: { scenario: 'cancel', cert: 'head-sign' } });
const url: string = emulator.url;
const names: string[] = Object.keys(SCENARIOS);
// @ts-expect-error an unknown scenario is a type error, not only a run-time one
await startEmulator({ config: { scenario: 'nope' } });
const signer: Signer<EmulatorFixture> = {
  cms: ({ fixture, content }) => createSignedData({ certificatePem: fixture.certificate, privateKeyPem: fixture.privateKey, content }),
  xml: async ({ xml }) => xml,
};
createResponder({ fixtures: [] as EmulatorFixture[], signer });
const verified: boolean = (await verifyCms({ cms: '' })).verified;
export { url, names, verified };
`);
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true,
      // Only Node's own types, from this repository: the package needs nothing else to be typed.
      typeRoots: [join(ROOT, 'node_modules/@types')], types: ['node'],
    },
    files: ['consumer.ts'],
  }));
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: project, encoding: 'utf8' });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});
