// The emulator must serve an existing third-party client exactly as NCALayer would. This replays
// the request frames that sigex-kz/ncalayer-js-client (v1.5.x, `ncalayer-client.js`) sends, and
// judges each answer the way that client does (its rules restated here, its code not used):
// - connect: the first frame must parse as JSON with `result.version`; it then sends the KAZTOKEN
//   probe (kz.digiflow.mobile.extensions.getVersion) and expects an answer it can reject;
// - it reads only the FIRST frame after each request, with JSON.parse and no try/catch;
// - a frame with `status` is basics: false → error "code: message (details)"; no body.result →
//   "cancelled by user"; else body.result (an array unwrapped when one signature was asked for);
// - otherwise commonUtils: code !== "200" → error "code: message"; else responseObject;
// - v1.5.10 probes https://<host>:<port> with fetch(no-cors) before opening the socket.
import { expect } from '@open-wc/testing';
import { configureEmulator, emulator, resetEmulator } from './emulator.js';

type Outcome = { resolved: unknown } | { rejected: string; canceledByUser?: boolean };

function judgeAsSigex(text: string, forceSingleSignature = false): Outcome {
  const response = JSON.parse(text) as Record<string, any>; // throws like the client would
  if (Object.prototype.hasOwnProperty.call(response, 'status')) {
    if (!response['status']) return { rejected: `${response['code']}: ${response['message']} (${response['details']})` };
    if (!Object.prototype.hasOwnProperty.call(response['body'], 'result')) return { rejected: 'cancelled by user', canceledByUser: true };
    const result = response['body']['result'];
    return { resolved: forceSingleSignature && Array.isArray(result) ? result[0] : result };
  }
  if (response['code'] !== '200') return { rejected: `${response['code']}: ${response['message']}` };
  return { resolved: response['responseObject'] };
}

/** A raw socket that records every frame, to check that each request gets exactly one. */
class RawSession {
  readonly frames: string[] = [];
  private waiters: Array<() => void> = [];
  private constructor(readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      this.frames.push(String(event.data));
      this.waiters.splice(0).forEach((wake) => wake());
    });
  }

  static async open(url: string): Promise<RawSession> {
    const socket = new WebSocket(url);
    const session = new RawSession(socket);
    await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
    return session;
  }

  async frame(index: number): Promise<string> {
    while (this.frames.length <= index) await new Promise<void>((wake) => this.waiters.push(wake));
    return this.frames[index]!;
  }

  /** Sends like the client does and returns the single frame that answers it. */
  async exchange(request: object): Promise<string> {
    const before = this.frames.length;
    this.socket.send(JSON.stringify(request));
    const answer = await this.frame(before);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(this.frames.length, `exactly one frame for ${JSON.stringify(request).slice(0, 80)}`).to.equal(before + 1);
    return answer;
  }
}

const COMMON = 'kz.gov.pki.knca.commonUtils';
const basicsSign = (args: object) => ({ module: 'kz.gov.pki.knca.basics', method: 'sign', args });
const ANY_SIGNER = { extKeyUsageOids: [] };
const CMS_PEM = /^-----BEGIN CMS-----\n[A-Za-z0-9+/=\n]+-----END CMS-----\n$/;

describe('compatibility with sigex-kz/ncalayer-js-client', () => {
  let session: RawSession;
  beforeEach(async () => {
    await resetEmulator();
    session = await RawSession.open((await emulator()).ncalayerUrl);
  });
  afterEach(() => session.socket.close());

  it('answers its HTTPS liveness probe', async () => {
    const probeUrl = (await emulator()).ncalayerUrl.replace(/^ws(s?):/, 'http$1:');
    const response = await fetch(probeUrl, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(1000) });
    expect(response.type).to.equal('opaque');
  });

  it('connect(): greeting, then a KAZTOKEN probe it rejects (so it knows this is NCALayer)', async () => {
    const greeting = JSON.parse(await session.frame(0));
    expect(greeting.result.version).to.be.a('string').and.not.equal('');
    const probe = judgeAsSigex(await session.exchange({ module: 'kz.digiflow.mobile.extensions', method: 'getVersion' }));
    expect(probe).to.have.property('rejected');
  });

  it('commonUtils calls resolve with what its callers expect', async () => {
    await session.frame(0);
    expect(judgeAsSigex(await session.exchange({ module: COMMON, method: 'getActiveTokens' }))).to.deep.equal({ resolved: [] });
    const keyInfo = judgeAsSigex(await session.exchange({ module: COMMON, method: 'getKeyInfo', args: ['PKCS12'] })) as { resolved: Record<string, string> };
    expect(keyInfo.resolved['pem']).to.match(/^-----BEGIN CERTIFICATE-----/);
    for (const method of ['createCAdESFromBase64', 'createCMSSignatureFromBase64']) {
      const cms = judgeAsSigex(await session.exchange({ module: COMMON, method, args: ['PKCS12', 'SIGNATURE', 'MTEK', false] })) as { resolved: string };
      expect(cms.resolved, method).to.match(/^MII[A-Za-z0-9+/=]+$/);
    }
    const hash = 'iUHBHfnY84CsJalfIy/Km9/A90p6Ox7DgEexE5C44p8=';
    expect((judgeAsSigex(await session.exchange({ module: COMMON, method: 'createCAdESFromBase64Hash', args: ['PKCS12', 'SIGNATURE', hash] })) as { resolved: string }).resolved).to.match(/^MII/);
    const xml = judgeAsSigex(await session.exchange({ module: COMMON, method: 'signXml', args: ['PKCS12', 'SIGNATURE', '<tag>data</tag>', '', ''] })) as { resolved: string };
    expect(xml.resolved).to.match(/^<\?xml[^>]*\?><tag>data<ds:Signature/);
    const xmls = judgeAsSigex(await session.exchange({ module: COMMON, method: 'signXmls', args: ['PKCS12', 'SIGNATURE', ['<a/>', '<b/>'], '', ''] })) as { resolved: string[] };
    expect(xmls.resolved).to.have.length(2);
    expect(judgeAsSigex(await session.exchange({ module: COMMON, method: 'changeLocale', args: ['ru'] }))).to.deep.equal({ resolved: undefined });
  });

  it('commonUtils errors and cancels read as it reads them', async () => {
    await session.frame(0);
    expect(judgeAsSigex(await session.exchange({ module: COMMON, method: 'getKeyInfo', args: [null] })))
      .to.deep.equal({ rejected: '500: java.lang.IllegalArgumentException: argument type mismatch. Method: getKeyInfo' });
    expect(judgeAsSigex(await session.exchange({ module: COMMON, method: 'createCAdESFromBase64Hash', args: ['PKCS12', 'SIGNATURE', ''] })))
      .to.deep.equal({ rejected: '500: undefined' });
    await configureEmulator({ scenario: 'cancel' });
    expect(judgeAsSigex(await session.exchange({ module: COMMON, method: 'getKeyInfo', args: ['PKCS12'] }))).to.deep.equal({ rejected: '500: action.canceled' });
  });

  it('basicsSignCMS / basicsSignXML with each of its parameter presets', async () => {
    await session.frame(0);
    const presets = [
      {},
      { decode: true, encapsulate: false, digested: false, tsaProfile: {} },
      { decode: true, encapsulate: false, digested: false },
      { decode: true, encapsulate: true, digested: false, tsaProfile: {} },
    ];
    for (const signingParams of presets) {
      const args = { allowedStorages: null, format: 'cms', data: 'MTEK', signingParams, signerParams: ANY_SIGNER, locale: 'ru' };
      const outcome = judgeAsSigex(await session.exchange(basicsSign(args)), true) as { resolved: string };
      expect(outcome.resolved, JSON.stringify(signingParams)).to.match(CMS_PEM);
    }
    const hashed = { allowedStorages: ['PKCS12'], format: 'cms', data: 'iUHBHfnY84CsJalfIy/Km9/A90p6Ox7DgEexE5C44p8=', signingParams: { decode: true, encapsulate: false, digested: true, tsaProfile: {} }, signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.4'] }, locale: 'ru' };
    expect((judgeAsSigex(await session.exchange(basicsSign(hashed)), true) as { resolved: string }).resolved).to.match(CMS_PEM);
    const many = { allowedStorages: null, format: 'cms', data: ['MTEK', 'MjIK'], signingParams: { decode: true }, signerParams: { extKeyUsageOids: [], chain: [] }, locale: 'ru' };
    expect((judgeAsSigex(await session.exchange(basicsSign(many))) as { resolved: string[] }).resolved).to.have.length(2);
    const xml = { allowedStorages: null, format: 'xml', data: '<tag>data</tag>', signingParams: {}, signerParams: ANY_SIGNER, locale: 'ru' };
    expect((judgeAsSigex(await session.exchange(basicsSign(xml)), true) as { resolved: string }).resolved).to.match(/<ds:Signature/);
  });

  it('basics cancels, errors and the array-for-one quirk read as it reads them', async () => {
    await session.frame(0);
    const args = { allowedStorages: null, format: 'cms', data: 'MTEK', signingParams: {}, signerParams: ANY_SIGNER, locale: 'ru' };
    expect(judgeAsSigex(await session.exchange(basicsSign({ ...args, signingParams: 555 }))))
      .to.deep.equal({ rejected: 'INVOCATION_ERROR: An invoked method threw an exception. (org.json.JSONException: JSONObject["signingParams"] is not a JSONObject.)' });
    await configureEmulator({ scenario: 'array' });
    expect((judgeAsSigex(await session.exchange(basicsSign(args)), true) as { resolved: string }).resolved).to.match(CMS_PEM);
    await configureEmulator({ scenario: 'cancel' });
    expect(judgeAsSigex(await session.exchange(basicsSign(args)))).to.deep.equal({ rejected: 'cancelled by user', canceledByUser: true });
    await configureEmulator({ scenario: 'error' });
    expect(judgeAsSigex(await session.exchange(basicsSign(args)))).to.deep.equal({
      rejected: 'SIGNING_FAILURE: Signing has failed. (kz.gov.pki.kalkan.KalkanException: emulated failure)',
    });
  });

  it('never sends it a frame it cannot JSON.parse unless a test scenario asks for one', async () => {
    await session.frame(0);
    await session.exchange({ module: COMMON, method: 'getActiveTokens' });
    await session.exchange(basicsSign({ allowedStorages: null, format: 'cms', data: 'MTEK', signingParams: {}, signerParams: ANY_SIGNER, locale: 'ru' }));
    for (const frame of session.frames) expect(() => JSON.parse(frame)).not.to.throw();
  });
});
