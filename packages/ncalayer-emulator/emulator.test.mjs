// Node tests of the emulator itself (run by `npm run test:node`): its signatures checked by tools
// that are not ours (openssl cms -verify, openssl verify, xml-crypto), its wire behaviour, its
// control endpoint and its CLI.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { get } from 'node:https';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { startEmulator } from './index.mjs';
import { loadFixtures, CA_PEM_PATH } from './fixtures.mjs';
import { createSignedData } from './cms.mjs';
import { signXmlDocument } from './xml-sign.mjs';
import { verifyCms, verifyXml } from './verify.mjs';

const run = promisify(execFile);
const bundle = loadFixtures();
const CONTENT = Buffer.from('tirkeu node test');

/** @param {string} name */
function fixtureNamed(name) {
  const fixture = bundle.fixtures.find((f) => f.name === name);
  if (!fixture) throw new Error(`no fixture ${name}`);
  return fixture;
}

/**
 * A raw client that hands out frames in order.
 * @param {string} url
 */
async function connect(url) {
  const socket = new WebSocket(url, { rejectUnauthorized: false });
  /** @type {string[]} */
  const frames = [];
  /** @type {(() => void)[]} */
  const waiters = [];
  socket.on('message', (data) => { frames.push(data.toString()); waiters.splice(0).forEach((wake) => wake()); });
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
  return {
    socket,
    /** @returns {Promise<string>} */
    async next() {
      while (!frames.length) await new Promise((wake) => waiters.push(() => wake(undefined)));
      return /** @type {string} */ (frames.shift());
    },
    /**
     * @param {string | object} request
     * @returns {Promise<any>} the answer's JSON, which each test reads as it expects
     */
    async ask(request) {
      socket.send(typeof request === 'string' ? request : JSON.stringify(request));
      return JSON.parse(await this.next());
    },
    /** @type {Promise<number>} */
    closed: new Promise((resolve) => socket.once('close', (code) => resolve(code))),
  };
}

describe('emulator certificates', () => {
  for (const fixture of bundle.fixtures) {
    test(`${fixture.name} chains to the test CA (openssl verify)`, () => {
      const args = ['verify', '-CAfile', CA_PEM_PATH, '-purpose', 'any'];
      if (fixture.name === 'expired' || fixture.name === 'not-yet-valid') args.push('-no_check_time');
      const out = execFileSync('openssl', args, { input: fixture.certificate }).toString();
      assert.match(out, /OK/);
    });
  }

  test('the TLS certificate is for 127.0.0.1 and localhost', () => {
    const tls = new X509Certificate(bundle.tls.certificate);
    assert.equal(tls.checkIP('127.0.0.1'), '127.0.0.1');
    assert.equal(tls.checkHost('localhost'), 'localhost');
    assert.ok(tls.verify(new X509Certificate(bundle.ca.certificate).publicKey));
  });
});

describe('emulator signatures', () => {
  for (const fixture of bundle.fixtures) {
    test(`${fixture.name}: attached, detached and digested CMS verify with openssl`, async () => {
      /** @param {{ content: Uint8Array, encapsulate?: boolean, digested?: boolean }} options */
      const sign = async (options) => Buffer.from(await createSignedData({ certificatePem: fixture.certificate, privateKeyPem: fixture.privateKey, ...options })).toString('base64');
      const checkTime = !['expired', 'not-yet-valid'].includes(fixture.name);
      const attached = await verifyCms({ cms: await sign({ content: CONTENT }), checkTime });
      assert.equal(attached.verified, true, attached.output);
      assert.equal(Buffer.from(attached.content, 'base64').toString(), CONTENT.toString());
      const detached = await verifyCms({ cms: await sign({ content: CONTENT, encapsulate: false }), content: CONTENT.toString('base64'), checkTime });
      assert.equal(detached.verified, true, detached.output);
      const digest = createHash('sha256').update(CONTENT).digest();
      const digested = await verifyCms({ cms: await sign({ content: digest, digested: true }), content: CONTENT.toString('base64'), checkTime });
      assert.equal(digested.verified, true, digested.output);
    });
  }

  test('a CMS over other content does not verify', async () => {
    const fixture = bundle.fixtures[0];
    const cms = Buffer.from(await createSignedData({ certificatePem: fixture.certificate, privateKeyPem: fixture.privateKey, content: CONTENT, encapsulate: false })).toString('base64');
    const result = await verifyCms({ cms, content: Buffer.from('other').toString('base64') });
    assert.equal(result.verified, false);
  });

  test('expired certificates fail openssl verification when time is checked', async () => {
    const fixture = fixtureNamed('expired');
    const cms = Buffer.from(await createSignedData({ certificatePem: fixture.certificate, privateKeyPem: fixture.privateKey, content: CONTENT })).toString('base64');
    assert.equal((await verifyCms({ cms })).verified, false);
  });

  test('enveloped XMLDSig verifies with xml-crypto, also into a nested parent, and breaks when tampered', () => {
    const fixture = fixtureNamed('head-sign');
    const xml = '<root><data id="1">значение</data><sig/></root>';
    const signed = signXmlDocument({ xml, certificatePem: fixture.certificate, privateKeyPem: fixture.privateKey });
    assert.deepEqual(verifyXml({ xml: signed }), { verified: true, issuedByTestCa: true, errors: [] });
    const nested = signXmlDocument({ xml, certificatePem: fixture.certificate, privateKeyPem: fixture.privateKey, signatureParentXPath: '/root/sig' });
    assert.match(nested, /<sig><ds:Signature/);
    assert.equal(verifyXml({ xml: nested }).verified, true);
    assert.equal(verifyXml({ xml: signed.replace('значение', 'другое') }).verified, false);
  });
});

describe('emulator on the wire', () => {
  /** @type {import('./index.mjs').Emulator} */
  let emulator;
  before(async () => { emulator = await startEmulator({ port: 0, controlPort: 0 }); });
  after(() => emulator.close());

  test('listens on 127.0.0.1 only, answers HTTPS GET on the same port', async () => {
    assert.match(emulator.url, /^wss:\/\/127\.0\.0\.1:\d+$/);
    const body = await /** @type {Promise<string>} */ (new Promise((resolve, reject) => get(emulator.url.replace('wss:', 'https:'), { rejectUnauthorized: false }, (response) => {
      let text = '';
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => resolve(text));
    }).on('error', reject)));
    assert.match(body, /NCALayer emulator/);
  });

  test('greets first, echoes heartbeats, answers unknown modules with MODULE_NOT_FOUND', async () => {
    const client = await connect(emulator.url);
    assert.deepEqual(JSON.parse(await client.next()), { result: { version: '1.4' } });
    client.socket.send('--heartbeat--');
    assert.equal(await client.next(), '--heartbeat--');
    assert.deepEqual(await client.ask({ module: 'kz.digiflow.mobile.extensions', method: 'getVersion' }), { success: false, errorCode: 'MODULE_NOT_FOUND' });
    assert.deepEqual(await client.ask({ method: 'browseKeyStore', args: ['PKCS12', 'P12', ''] }), { success: false, errorCode: 'MODULE_NOT_FOUND' });
    client.socket.close();
  });

  test('basics CMS is PEM, commonUtils CMS is bare base64 DER, both verify', async () => {
    const client = await connect(emulator.url);
    await client.next();
    const data = CONTENT.toString('base64');
    const basics = await client.ask({ module: 'kz.gov.pki.knca.basics', method: 'sign', args: { format: 'cms', data, signingParams: { decode: true }, signerParams: { extKeyUsageOids: [] } } });
    assert.match(basics.body.result, /^-----BEGIN CMS-----\n(.{64}\n)*.{1,64}\n-----END CMS-----\n$/);
    assert.equal((await verifyCms({ cms: basics.body.result })).content, data);
    const common = await client.ask({ module: 'kz.gov.pki.knca.commonUtils', method: 'createCAdESFromBase64', args: ['PKCS12', 'SIGNATURE', data, true] });
    assert.deepEqual(Object.keys(common), ['responseObject', 'code']);
    assert.match(common.responseObject, /^[A-Za-z0-9+/]+=*$/);
    assert.equal((await verifyCms({ cms: common.responseObject })).verified, true);
    client.socket.close();
  });

  test('basics without decode signs the text itself; the array scenario wraps one result', async () => {
    const client = await connect(emulator.url);
    await client.next();
    const plain = await client.ask({ module: 'kz.gov.pki.knca.basics', method: 'sign', args: { format: 'cms', data: 'MTEK', signerParams: { extKeyUsageOids: [] } } });
    assert.equal(Buffer.from((await verifyCms({ cms: plain.body.result })).content, 'base64').toString(), 'MTEK');
    emulator.configure({ scenario: 'array' });
    const wrapped = await client.ask({ module: 'kz.gov.pki.knca.basics', method: 'sign', args: { format: 'cms', data: 'MTEK', signerParams: { extKeyUsageOids: [] } } });
    assert.equal(Array.isArray(wrapped.body.result), true);
    assert.equal(wrapped.body.result.length, 1);
    emulator.configure({ scenario: 'ok' });
    client.socket.close();
  });

  test('drop ends the connection without a close frame', async () => {
    const client = await connect(emulator.url);
    await client.next();
    emulator.configure({ scenario: 'drop' });
    client.socket.send(JSON.stringify({ module: 'kz.gov.pki.knca.commonUtils', method: 'getKeyInfo', args: ['PKCS12'] }));
    assert.equal(await client.closed, 1006);
    emulator.configure({ scenario: 'ok' });
  });

  test('stray sends the previous answer on the connection before each next one', async () => {
    const client = await connect(emulator.url);
    await client.next();
    emulator.configure({ scenario: 'stray', activeTokens: ['AKKaztokenStore'] });
    /** @param {string} text */
    const sign = (text) => ({ module: 'kz.gov.pki.knca.basics', method: 'sign', args: { format: 'cms', data: text, signerParams: { extKeyUsageOids: [] } } });
    const first = await client.ask(sign('CHALLENGE-1'));
    client.socket.send(JSON.stringify(sign('CHALLENGE-2')));
    assert.deepEqual(JSON.parse(await client.next()), first, 'the stale answer comes first');
    const second = JSON.parse(await client.next());
    assert.equal(Buffer.from((await verifyCms({ cms: second.body.result })).content, 'base64').toString(), 'CHALLENGE-2');
    // A new connection has no previous answer.
    const fresh = await connect(emulator.url);
    await fresh.next();
    assert.deepEqual(await fresh.ask({ module: 'kz.gov.pki.knca.commonUtils', method: 'getActiveTokens' }), { responseObject: ['AKKaztokenStore'], code: '200' });
    emulator.configure({ scenario: 'ok', activeTokens: [] });
    client.socket.close();
    fresh.socket.close();
  });

  test('mismatch signs other data: valid CMS, but not over what was sent', async () => {
    const client = await connect(emulator.url);
    await client.next();
    emulator.configure({ scenario: 'mismatch' });
    const data = CONTENT.toString('base64');
    const attached = await client.ask({ module: 'kz.gov.pki.knca.basics', method: 'sign', args: { format: 'cms', data, signingParams: { decode: true }, signerParams: { extKeyUsageOids: [] } } });
    const verified = await verifyCms({ cms: attached.body.result });
    assert.equal(verified.verified, true, verified.output);
    assert.equal(Buffer.from(verified.content, 'base64').toString(), 'tirkeu emulator: not the data that was sent');
    const detached = await client.ask({ module: 'kz.gov.pki.knca.commonUtils', method: 'createCAdESFromBase64', args: ['PKCS12', 'SIGNATURE', data, false] });
    assert.equal((await verifyCms({ cms: detached.responseObject, content: data })).verified, false);
    emulator.configure({ scenario: 'ok' });
    client.socket.close();
  });

  test('mute opens the socket and never speaks; silent never even completes the upgrade or an HTTPS GET', async () => {
    emulator.configure({ scenario: 'mute' });
    const mute = await connect(emulator.url);
    mute.socket.send('--heartbeat--');
    mute.socket.send(JSON.stringify({ module: 'kz.gov.pki.knca.commonUtils', method: 'getActiveTokens' }));
    const said = await Promise.race([mute.next(), new Promise((resolve) => setTimeout(() => resolve('nothing'), 300))]);
    assert.equal(said, 'nothing');
    mute.socket.close();

    emulator.configure({ scenario: 'silent' });
    const socket = new WebSocket(emulator.url, { rejectUnauthorized: false, handshakeTimeout: 300 });
    const outcome = await /** @type {Promise<string>} */ (new Promise((resolve) => { socket.once('open', () => resolve('open')); socket.once('error', (error) => resolve(error.message)); }));
    assert.match(outcome, /timed out/i);
    const request = get(emulator.url.replace('wss:', 'https:'), { rejectUnauthorized: false, timeout: 300 });
    request.on('error', () => {}); // destroyed below, on purpose
    const http = await new Promise((resolve) => { request.once('response', () => resolve('answered')); request.once('timeout', () => { request.destroy(); resolve('hung'); }); });
    assert.equal(http, 'hung');
    emulator.configure({ scenario: 'ok' });
  });

  test('the control endpoint sets and refuses configuration, and logs requests', async () => {
    /**
     * @param {string} path
     * @param {object} [body]
     */
    const post = (path, body) => fetch(`${emulator.controlUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
    assert.equal((await post('/config', { scenario: 'nonsense' })).status, 400);
    assert.equal((await post('/config', { cert: 'nobody' })).status, 400);
    assert.deepEqual(await (await post('/config', { scenario: 'cancel', cert: 'xss' })).json().then(({ scenario, cert }) => ({ scenario, cert })), { scenario: 'cancel', cert: 'xss' });
    const reset = await (await post('/reset')).json();
    assert.equal(reset.scenario, 'ok');
    const client = await connect(emulator.url);
    await client.next();
    await client.ask({ module: 'kz.gov.pki.knca.commonUtils', method: 'getActiveTokens' });
    const requests = await (await fetch(`${emulator.controlUrl}/requests`)).json();
    assert.deepEqual(requests.map((/** @type {{ frame: unknown }} */ r) => r.frame), [{ module: 'kz.gov.pki.knca.commonUtils', method: 'getActiveTokens' }]);
    assert.equal((await fetch(`${emulator.controlUrl}/ca.pem`)).headers.get('access-control-allow-origin'), '*');
    client.socket.close();
  });
});

test('the CLI starts on the given ports, prints the CA path, and stops on SIGTERM', async () => {
  const cli = spawn(process.execPath, [fileURLToPath(new URL('./cli.mjs', import.meta.url)), '--port', '0', '--control-port', '0', '--cert', 'head-sign', '--scenario', 'ok']);
  let output = '';
  await /** @type {Promise<void>} */ (new Promise((resolve, reject) => {
    cli.stdout.on('data', (chunk) => { output += chunk; if (output.includes('Ctrl+C')) resolve(); });
    cli.once('exit', (code) => reject(new Error(`CLI exited with ${code}: ${output}`)));
  }));
  assert.match(output, /listening on wss:\/\/127\.0\.0\.1:\d+/);
  assert.ok(output.includes(CA_PEM_PATH));
  const url = output.match(/wss:\/\/127\.0\.0\.1:\d+/)?.[0] ?? assert.fail(`no address in ${output}`);
  const client = await connect(url);
  await client.next();
  const info = await client.ask({ module: 'kz.gov.pki.knca.commonUtils', method: 'getKeyInfo', args: ['PKCS12'] });
  assert.equal(info.responseObject.subjectCn, 'ИВАНОВ ИВАН');
  client.socket.close();
  const exited = new Promise((resolve) => cli.once('exit', resolve));
  cli.kill('SIGTERM');
  assert.equal(await exited, 0);
});

test('the CLI refuses an unknown scenario', async () => {
  await assert.rejects(run(process.execPath, [fileURLToPath(new URL('./cli.mjs', import.meta.url)), '--port', '0', '--control-port', '0', '--scenario', 'nope']), /Unknown scenario/);
});
