import { expect } from '@open-wc/testing';
import { NcaLayerClient, NcaLayerError, type NcaLayerClient as Client } from '../../src/ncalayer/index.js';
import {
  configureEmulator, disconnectEmulator, emulator, emulatorClient, emulatorRequests, emulatorState,
  pushFrame, rejectionOf, resetEmulator,
} from './emulator.js';

describe('NcaLayerClient against the emulator: connection', () => {
  let client: Client;
  beforeEach(async () => {
    await resetEmulator();
    client = await emulatorClient();
  });
  afterEach(() => client.close());

  it('consumes the greeting and exposes the version', async () => {
    await configureEmulator({ version: '1.4.7' });
    expect(client.version).to.equal(undefined);
    expect(await client.connect()).to.equal('1.4.7');
    expect(client.version).to.equal('1.4.7');
    expect(client.connected).to.equal(true);
    // The greeting is not taken as the answer to the first call.
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal([]);
  });

  it('connects on first use', async () => {
    await configureEmulator({ activeTokens: ['AKKaztokenStore'] });
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal(['AKKaztokenStore']);
    expect(client.version).to.equal('1.4');
  });

  it('ignores heartbeats and other non-JSON text before the answer', async () => {
    await configureEmulator({ scenario: 'noise' });
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal([]);
  });

  it('ignores a heartbeat while idle (an unsolicited JSON frame resets the socket: answers.test.ts)', async () => {
    await client.connect();
    await pushFrame('--heartbeat--');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(client.connected).to.equal(true);
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal([]);
  });

  it('keeps one request in flight: two concurrent calls each get their own answer', async () => {
    await configureEmulator({ delayMs: 150, activeTokens: ['AKKZIDCardStore'] });
    // The dialog call is slow and the token call instant: sent together, their answers would cross.
    const [keyInfo, tokens, keyInfo2] = await Promise.all([
      client.commonUtils.getKeyInfo('PKCS12'),
      client.commonUtils.getActiveTokens(),
      client.commonUtils.getKeyInfo('PKCS12'),
    ]);
    expect(keyInfo.subjectCn).to.equal('ТЕСТОВ АРМАН');
    expect(tokens).to.deep.equal(['AKKZIDCardStore']);
    expect(keyInfo2.alias).to.equal(keyInfo.alias);
    expect((await emulatorState()).maxInFlight).to.equal(1);
  });

  it('answers two clients (two widgets) on their own sockets', async () => {
    const other = await emulatorClient();
    try {
      await configureEmulator({ cert: 'head-sign' });
      const [a, b] = await Promise.all([other.commonUtils.getKeyInfo('PKCS12'), client.commonUtils.getActiveTokens()]);
      expect(a.subjectCn).to.equal('ИВАНОВ ИВАН');
      expect(b).to.deep.equal([]);
    } finally {
      other.close();
    }
  });

  it('aborts the call in flight, and the late answer does not reach the next call', async () => {
    await configureEmulator({ delayMs: 300, cert: 'head-auth' });
    const controller = new AbortController();
    const pending = client.commonUtils.getKeyInfo('PKCS12', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await rejectionOf(pending);
    expect((error as DOMException).name).to.equal('AbortError');
    await configureEmulator({ delayMs: 0, cert: 'employee-auth' });
    const next = await client.commonUtils.getKeyInfo('PKCS12');
    expect(next.subjectCn).to.equal('СЕРІКОВА АЙГЕРІМ');
  });

  it('aborts a queued call without disturbing the one in flight', async () => {
    await configureEmulator({ delayMs: 100 });
    const controller = new AbortController();
    const first = client.commonUtils.getKeyInfo('PKCS12');
    const second = client.commonUtils.getKeyInfo('PKCS12', { signal: controller.signal });
    controller.abort(new Error('not needed'));
    expect(((await rejectionOf(second)) as Error).message).to.equal('not needed');
    expect((await first).subjectCn).to.equal('ТЕСТОВ АРМАН');
    const frames = (await emulatorRequests()).map((r) => (r.frame as { method: string }).method);
    expect(frames).to.deep.equal(['getKeyInfo']);
  });

  it('rejects at once with an already aborted signal', async () => {
    const error = await rejectionOf(client.commonUtils.getActiveTokens({ signal: AbortSignal.abort() }));
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('rejects with ncalayer-closed when the socket drops mid-call', async () => {
    await configureEmulator({ scenario: 'drop' });
    const error = await rejectionOf(client.commonUtils.getKeyInfo('PKCS12'));
    expect(error).to.be.instanceOf(NcaLayerError);
    expect((error as NcaLayerError).code).to.equal('ncalayer-closed');
  });

  it('fails every queued call when the socket drops, then reconnects', async () => {
    await configureEmulator({ scenario: 'drop' });
    const first = rejectionOf(client.commonUtils.getKeyInfo('PKCS12'));
    expect(((await first) as NcaLayerError).code).to.equal('ncalayer-closed');
    expect(client.connected).to.equal(false);
    await configureEmulator({ scenario: 'ok' });
    expect((await client.commonUtils.getKeyInfo('PKCS12')).subjectCn).to.equal('ТЕСТОВ АРМАН');
    const connections = new Set((await emulatorRequests()).map((r) => r.connection));
    expect(connections.size).to.equal(2);
  });

  it('reconnects after NCALayer goes away between calls, and reports the drop', async () => {
    await client.connect();
    const closed = new Promise((resolve) => client.addEventListener('close', resolve, { once: true }));
    await disconnectEmulator();
    await closed;
    expect(client.connected).to.equal(false);
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal([]);
    expect(client.connected).to.equal(true);
  });

  it('rejects with ncalayer-protocol on a corrupted frame mid-call, and recovers', async () => {
    await configureEmulator({ scenario: 'garbage' });
    const error = await rejectionOf(client.commonUtils.getKeyInfo('PKCS12'));
    expect((error as NcaLayerError).code).to.equal('ncalayer-protocol');
    await configureEmulator({ scenario: 'ok' });
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal([]);
  });

  it('close() settles the call in flight and the queued ones', async () => {
    await configureEmulator({ delayMs: 5000 });
    const first = rejectionOf(client.commonUtils.getKeyInfo('PKCS12'));
    const second = rejectionOf(client.commonUtils.getActiveTokens());
    await new Promise((resolve) => setTimeout(resolve, 50));
    client.close();
    expect(((await first) as NcaLayerError).code).to.equal('ncalayer-closed');
    expect(((await second) as NcaLayerError).code).to.equal('ncalayer-closed');
  });

  it('close() during the connection attempt settles the call; the next call connects afresh', async () => {
    const pending = rejectionOf(client.commonUtils.getActiveTokens());
    client.close();
    expect(((await pending) as NcaLayerError).code).to.equal('ncalayer-closed');
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal([]);
  });
});

describe('NcaLayerClient when NCALayer is absent', () => {
  const deadUrl = async () => (await emulator()).unusedUrl;

  it('rejects with ncalayer-unavailable within 1.5 s', async () => {
    const client = new NcaLayerClient({ url: await deadUrl() });
    const started = performance.now();
    const error = await rejectionOf(client.connect());
    const elapsed = performance.now() - started;
    expect((error as NcaLayerError).code).to.equal('ncalayer-unavailable');
    expect(elapsed).to.be.below(1500);
  });

  it('fails queued calls the same way, none left hanging', async () => {
    const client = new NcaLayerClient({ url: await deadUrl() });
    const results = await Promise.allSettled([client.commonUtils.getActiveTokens(), client.basics.sign({ data: 'x', format: 'cms' })]);
    expect(results.map((r) => r.status === 'rejected' && (r.reason as NcaLayerError).code)).to.deep.equal(['ncalayer-unavailable', 'ncalayer-unavailable']);
  });

  it('gives up on a socket that never greets (connect timeout)', async () => {
    const silent = new EventTarget() as EventTarget & { readyState: number; send(): void; close(): void };
    Object.assign(silent, { readyState: 0, send() {}, close() {} });
    const client = new NcaLayerClient({ createSocket: () => silent, connectTimeoutMs: 100 });
    const error = await rejectionOf(client.connect());
    expect((error as NcaLayerError).code).to.equal('ncalayer-unavailable');
  });

  it('treats a first frame that is not the greeting as a protocol error', async () => {
    const socket = new EventTarget() as EventTarget & { readyState: number; send(): void; close(): void };
    Object.assign(socket, { readyState: 1, send() {}, close() {} });
    const client = new NcaLayerClient({ createSocket: () => socket });
    setTimeout(() => socket.dispatchEvent(new MessageEvent('message', { data: '{"code":"200"}' })), 10);
    const error = await rejectionOf(client.connect());
    expect((error as NcaLayerError).code).to.equal('ncalayer-protocol');
  });
});
