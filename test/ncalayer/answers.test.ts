// Every NCALayer answer belongs to its call (issue 7, item 3). NCALayer's frames carry no request
// id: a frame that fits no call must reset the socket, and a CMS over other data than was sent
// must never be handed on. Signatures are checked with openssl (the emulator's server command),
// not with the client's own parser.
import { expect } from '@open-wc/testing';
import { NcaLayerClient, type NcaLayerClient as Client, type NcaLayerError } from '../../src/ncalayer/index.js';
import { FAKE_FIXTURES, SAMPLE_DATA_BASE64 } from '../../mocks/ncalayer/index.js';
import {
  base64Utf8, configureEmulator, emulatorClient, emulatorRequests, pushFrame, rejectionOf, resetEmulator, utf8Base64, verifyCms,
} from './emulator.js';

const signChallenge = (client: Client, challenge: string, encapsulate = true) =>
  client.basics.sign({ data: utf8Base64(challenge), format: 'cms', signingParams: { decode: true, encapsulate } });

/** What a CMS is over, by openssl: the attached content as text, or '' when it does not verify. */
async function signedText(cms: string): Promise<string> {
  const result = await verifyCms({ cms });
  return result.verified ? base64Utf8(result.content) : '';
}

const connectionsUsed = async () => new Set((await emulatorRequests()).map((r) => r.connection)).size;

describe('every NCALayer answer belongs to its call', () => {
  let client: Client;
  beforeEach(async () => {
    await resetEmulator();
    client = await emulatorClient();
  });
  afterEach(() => client.close());

  it('a stale answer arriving before the real one never hands CHALLENGE-1\'s signature to CHALLENGE-2', async () => {
    await configureEmulator({ scenario: 'stray', cert: 'individual-auth' });
    expect(await signedText(await signChallenge(client, 'CHALLENGE-1'))).to.equal('CHALLENGE-1');
    // The emulator now sends its previous answer (the signature over CHALLENGE-1) first.
    const second = await signChallenge(client, 'CHALLENGE-2').then(signedText, (error: NcaLayerError) => error.code);
    expect(second).to.equal('ncalayer-signature-mismatch');
    // The socket was reset: the next call has a fresh connection and its own answer.
    expect(await signedText(await signChallenge(client, 'CHALLENGE-3'))).to.equal('CHALLENGE-3');
    expect(await connectionsUsed()).to.equal(2);
  });

  it('an unsolicited signature pushed during a call is refused, and the real answer does not reach the next call', async () => {
    await configureEmulator({ cert: 'head-auth' });
    const stale = await signChallenge(client, 'CHALLENGE-1');
    await configureEmulator({ delayMs: 300 });
    const pending = signChallenge(client, 'CHALLENGE-2').then(signedText, (error: NcaLayerError) => error.code);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await pushFrame(JSON.stringify({ body: { result: stale }, status: true }));
    expect(await pending).to.equal('ncalayer-signature-mismatch');
    await configureEmulator({ delayMs: 0 });
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal([]);
    expect(await signedText(await signChallenge(client, 'CHALLENGE-3'))).to.equal('CHALLENGE-3');
  });

  it('a frame of the wrong shape for the method fails the call with ncalayer-protocol and resets the socket', async () => {
    await configureEmulator({ delayMs: 300 });
    const pending = rejectionOf(signChallenge(client, 'CHALLENGE-1'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await pushFrame('{"code":"200","responseObject":["AKKaztokenStore"]}');
    expect(((await pending) as NcaLayerError).code).to.equal('ncalayer-protocol');
    await configureEmulator({ delayMs: 0, activeTokens: ['AKKZIDCardStore'] });
    // The late basics answer went with the old socket; this call's answer is its own.
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal(['AKKZIDCardStore']);
  });

  it('a frame while no call is in flight resets the socket; the next call reconnects and gets its own answer', async () => {
    await configureEmulator({ activeTokens: ['AKKaztokenStore'] });
    await client.connect();
    await pushFrame('{"code":"200","responseObject":["STALE"]}');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(client.connected).to.equal(false);
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal(['AKKaztokenStore']);
    expect(client.connected).to.equal(true);
  });

  describe('a CMS over other data than was sent is refused with ncalayer-signature-mismatch', () => {
    beforeEach(() => configureEmulator({ scenario: 'mismatch' }));

    it('basics, attached and detached', async () => {
      for (const encapsulate of [true, false]) {
        const error = (await rejectionOf(signChallenge(client, 'CHALLENGE', encapsulate))) as NcaLayerError;
        expect(error.code, `encapsulate: ${encapsulate}`).to.equal('ncalayer-signature-mismatch');
      }
    });

    it('basics, data signed as its UTF-8 text (decode: false), and one of several documents', async () => {
      const text = (await rejectionOf(client.basics.sign({ data: 'CHALLENGE', format: 'cms' }))) as NcaLayerError;
      expect(text.code).to.equal('ncalayer-signature-mismatch');
      const several = (await rejectionOf(client.basics.sign({ data: [utf8Base64('A'), utf8Base64('B')], format: 'cms', signingParams: { decode: true } }))) as NcaLayerError;
      expect(several.code).to.equal('ncalayer-signature-mismatch');
    });

    it('commonUtils createCAdESFromBase64, detached and attached; then a good signature passes on a fresh socket', async () => {
      for (const attach of [false, true]) {
        const error = (await rejectionOf(client.commonUtils.createCAdESFromBase64({ storage: 'PKCS12', data: utf8Base64('CHALLENGE'), attach }))) as NcaLayerError;
        expect(error.code, `attach: ${attach}`).to.equal('ncalayer-signature-mismatch');
      }
      await configureEmulator({ scenario: 'ok' });
      const good = await client.commonUtils.createCAdESFromBase64({ storage: 'PKCS12', data: utf8Base64('CHALLENGE') });
      expect((await verifyCms({ cms: good, content: utf8Base64('CHALLENGE') })).verified).to.equal(true);
      expect(await connectionsUsed()).to.equal(3);
    });
  });

  it('what the emulator signs when all is well passes the check, in every shape', async () => {
    await configureEmulator({ cert: 'employee-sign' });
    expect(await signedText(await signChallenge(client, 'Қазақ тілі'))).to.equal('Қазақ тілі');
    const detached = await signChallenge(client, 'detached', false);
    expect((await verifyCms({ cms: detached, content: utf8Base64('detached') })).verified).to.equal(true);
    expect(await signedText(await client.basics.sign({ data: 'as text', format: 'cms' }))).to.equal('as text');
    const several = await client.basics.sign({ data: [utf8Base64('A'), utf8Base64('B')], format: 'cms', signingParams: { decode: true } });
    expect(await Promise.all(several.map(signedText))).to.deep.equal(['A', 'B']);
    await configureEmulator({ scenario: 'array' });
    expect(await signedText(await signChallenge(client, 'array'))).to.equal('array');
  });
});

/** A scripted socket: greets, then answers each request with the frames `script` gives. */
function scriptedSocket(script: (request: unknown) => string[]) {
  const socket = Object.assign(new EventTarget(), {
    readyState: 0,
    closed: false,
    send(data: string) {
      // All of an answer's frames in one task: the second arrives while the first is still being checked.
      const frames = script(JSON.parse(data));
      setTimeout(() => { for (const frame of frames) socket.dispatchEvent(new MessageEvent('message', { data: frame })); }, 0);
    },
    close() { socket.closed = true; },
  });
  setTimeout(() => {
    socket.readyState = 1;
    socket.dispatchEvent(new Event('open'));
    socket.dispatchEvent(new MessageEvent('message', { data: '{"result":{"version":"1.4"}}' }));
  }, 0);
  return socket;
}

describe('a second frame while an answer is being checked', () => {
  const sample = FAKE_FIXTURES.find((f) => f.name === 'individual-auth')!;
  const answer = (cms: string) => JSON.stringify({ body: { result: cms }, status: true });

  it('resets the socket but keeps an answer that covers the data', async () => {
    const sockets: Array<ReturnType<typeof scriptedSocket>> = [];
    // NCALayer answering twice: the copy comes while the first answer's CMS is being parsed.
    const client = new NcaLayerClient({ createSocket: () => { sockets.push(scriptedSocket(() => [answer(sample.cmsAttached), answer(sample.cmsAttached)])); return sockets.at(-1)!; } });
    const cms = await client.basics.sign({ data: SAMPLE_DATA_BASE64, format: 'cms', signingParams: { decode: true } });
    expect(cms).to.equal(sample.cmsAttached);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sockets[0]!.closed, 'the out-of-step socket is closed').to.equal(true);
    expect(client.connected).to.equal(false);
    // The next call goes out on a new socket, where the copy cannot reach it.
    expect(await client.basics.sign({ data: SAMPLE_DATA_BASE64, format: 'cms', signingParams: { decode: true } })).to.equal(sample.cmsAttached);
    expect(sockets.length).to.equal(2);
    client.close();
  });

  it('treats an answer that is not a CMS at all as ncalayer-protocol', async () => {
    const client = new NcaLayerClient({ createSocket: () => scriptedSocket(() => [answer('-----BEGIN CMS-----\nAAAA\n-----END CMS-----\n')]) });
    const error = (await rejectionOf(client.basics.sign({ data: SAMPLE_DATA_BASE64, format: 'cms', signingParams: { decode: true } }))) as NcaLayerError;
    expect(error.code).to.equal('ncalayer-protocol');
    client.close();
  });
});
