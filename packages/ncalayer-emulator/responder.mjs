// The NCALayer protocol as the emulator speaks it, free of Node APIs so that the in-page fake
// (mocks/ncalayer) answers with exactly the same frames. A transport feeds it text frames and
// gives it a `session` to answer through; signing is delegated to a `signer` (real keys in Node,
// precomputed signatures in the page). Shapes follow research/ncalayer.md §1.2, §2–4.

import { errorText } from './error-text.mjs';

export const HEARTBEAT = '--heartbeat--';
export const COMMON_UTILS = 'kz.gov.pki.knca.commonUtils';
export const BASICS = 'kz.gov.pki.knca.basics';

/**
 * @typedef {'ok' | 'cancel' | 'slow' | 'error' | 'drop' | 'garbage' | 'noise' | 'array' | 'stray' | 'mismatch' | 'silent' | 'mute'} ScenarioName
 */

/** @type {Readonly<Record<ScenarioName, string>>} */
export const SCENARIOS = Object.freeze({
  ok: 'answer normally',
  cancel: 'the user closes the dialog: basics {status:true, body:{}}, commonUtils {code:"500", message:"action.canceled"}',
  slow: 'the user sits in the dialog for `delayMs` (default 3000 ms), then answers normally',
  error: 'NCALayer fails: basics {status:false, code, message, details}, commonUtils {code:"500", message}',
  drop: 'the socket is dropped (no close frame) after the request arrives',
  garbage: 'a corrupted (unparseable JSON) frame instead of the answer',
  noise: 'a heartbeat and a non-JSON text frame before the normal answer',
  array: 'basics.sign returns body.result as a one-element array even for one document',
  stray: 'before each answer, the previous answer on the same connection once more (a stale, unsolicited frame)',
  mismatch: 'CMS signatures over other data than the request asked to sign',
  silent: 'something listens on the port but never answers: HTTPS requests and WebSocket upgrades hang',
  mute: 'the WebSocket opens, but nothing is ever sent on it: no greeting, no answers',
});

/** What the `mismatch` scenario signs instead of the request's data. */
export const OTHER_DATA = new TextEncoder().encode('tirkeu emulator: not the data that was sent');

/**
 * What the "user" and NCALayer do; read at every request, so a test may change it between calls.
 * @typedef {object} EmulatorConfig
 * @property {ScenarioName} scenario
 * @property {string} cert  a fixture name, or 'auto': the first valid certificate that the request's filters allow
 * @property {number} delayMs  time the user spends in the dialog before answering (dialog methods only)
 * @property {string} version  the version in the greeting
 * @property {string[]} activeTokens  hardware storages that getActiveTokens reports (PKCS12 is never listed)
 * @property {string | null} errorCode  the `error` scenario's basics code (default SIGNING_FAILURE)
 * @property {string | null} errorMessage
 * @property {string | null} errorDetails
 * @property {boolean} silentHttp  leave plain HTTPS GETs unanswered, as NCALayer look-alikes that speak only WebSocket do
 */

/** @type {Readonly<EmulatorConfig>} */
export const DEFAULT_CONFIG = Object.freeze({
  scenario: 'ok',
  cert: 'auto',
  delayMs: 0,
  version: '1.4',
  activeTokens: [],
  errorCode: null,
  errorMessage: null,
  errorDetails: null,
  silentHttp: false,
});

const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const EMAIL_PROTECTION = '1.3.6.1.5.5.7.3.4';
const SLOW_DEFAULT_MS = 3000;

/** commonUtils methods that open NCALayer's dialog; the others answer at once. */
const COMMON_UTILS_DIALOGS = new Set([
  'getKeyInfo', 'signXml', 'signXmls', 'createCAdESFromBase64', 'createCAdESFromBase64Hash', 'createCMSSignatureFromBase64',
]);

/** @param {string} version */
export const greetingFrame = (version) => JSON.stringify({ result: { version } });

const moduleNotFound = () => JSON.stringify({ success: false, errorCode: 'MODULE_NOT_FOUND' });
/** @param {string} method */
const typeMismatch = (method) => `java.lang.IllegalArgumentException: argument type mismatch. Method: ${method}`;

/**
 * The getKeyInfo answer for a key (research/ncalayer.md §3.3), as key-info.mjs builds it.
 * @typedef {object} KeyInfo
 * @property {string} alias  = keyId
 * @property {string} keyId  the subject key identifier, hex
 * @property {string} algorithm
 * @property {string} subjectCn
 * @property {string} subjectDn  comma-joined without spaces, in certificate order, with Kalkan's keys
 * @property {string} issuerCn
 * @property {string} issuerDn
 * @property {string} serialNumber  lower-case hex without leading zeros
 * @property {string} certNotBefore  epoch milliseconds, as a string
 * @property {string} certNotAfter
 * @property {string} authorityKeyIdentifier
 * @property {string} pem  with \r\n line breaks
 */

/**
 * One test key as fixtures/fixtures.json holds it, and as the in-page fake (mocks/ncalayer) gets
 * it in fixtures.generated.ts: the one shape both speak with. TEST ONLY: the private key is
 * committed and signs nothing that means anything.
 * @typedef {object} EmulatorFixture
 * @property {string} name  what `cert` names, e.g. 'head-sign'
 * @property {string} description
 * @property {'authentication' | 'signing'} purpose
 * @property {string} storage  'PKCS12'
 * @property {string} fileName  NCA-style container name: AUTH_RSA256_<keyId>.p12 or RSA256_<keyId>.p12
 * @property {string} keyId
 * @property {string[]} extendedKeyUsage  key purpose and role OIDs
 * @property {string} iin
 * @property {string | null} bin
 * @property {string} notBefore  ISO date
 * @property {string} notAfter
 * @property {string} certificate  PEM
 * @property {string} privateKey  PKCS#8 PEM
 * @property {KeyInfo} keyInfo
 */

/**
 * Signs for the responder: real keys in Node, the test keys or precomputed signatures in the page.
 * @template {EmulatorFixture} [F=EmulatorFixture]
 * @typedef {object} Signer
 * @property {(request: { fixture: F, content: Uint8Array, encapsulate: boolean, digested: boolean }) => Promise<Uint8Array>} cms  DER
 * @property {(request: { fixture: F, xml: string, signatureParentXPath: string }) => Promise<string>} xml
 */

/**
 * One per connection (the `stray` scenario remembers the last answer on it).
 * @typedef {object} Session
 * @property {Readonly<EmulatorConfig>} config  read at every request, so a test may change it between calls
 * @property {(text: string) => void} send
 * @property {() => void} drop               end the connection abruptly
 * @property {(ms: number) => Promise<boolean>} sleep  false when the connection ended meanwhile
 */

/**
 * A request frame once parsed; its fields are checked one by one, as NCALayer does.
 * @typedef {Record<string, any>} Request
 */

/**
 * @template {EmulatorFixture} F
 * @param {{ fixtures: F[], signer: Signer<F>, now?: () => Date }} deps
 */
export function createResponder({ fixtures, signer, now = () => new Date() }) {
  /** @type {WeakMap<Session, string>} the last answer sent on each connection, for `stray` */
  const lastAnswers = new WeakMap();
  const byName = new Map(fixtures.map((fixture) => [fixture.name, fixture]));

  /** @param {F} fixture */
  const isCurrentlyValid = (fixture) => {
    const t = now().getTime();
    return Date.parse(fixture.notBefore) <= t && t <= Date.parse(fixture.notAfter);
  };

  /**
   * The key "the user picks": the configured one, or the first valid one the filter allows.
   * @param {Readonly<EmulatorConfig>} config
   * @param {(fixture: F) => boolean} allows
   * @returns {F | null}
   */
  function pickCertificate(config, allows) {
    if (config.cert && config.cert !== 'auto') {
      const chosen = byName.get(config.cert);
      if (!chosen) throw new Error(`Unknown fixture "${config.cert}"`);
      return chosen;
    }
    return fixtures.find((fixture) => isCurrentlyValid(fixture) && allows(fixture)) ?? null;
  }

  /**
   * Runs the scenario parts common to every module; returns false when nothing more is to be sent.
   * @param {Session} session
   * @param {{ opensDialog: boolean }} call
   */
  async function enactScenario(session, { opensDialog }) {
    const { scenario, delayMs } = session.config;
    const delay = opensDialog ? delayMs || (scenario === 'slow' ? SLOW_DEFAULT_MS : 0) : 0;
    if (delay > 0 && !(await session.sleep(delay))) return false;
    if (scenario === 'drop') {
      session.drop();
      return false;
    }
    if (scenario === 'garbage') {
      session.send('{"status":true,"body":{"res');
      return false;
    }
    if (scenario === 'noise') {
      session.send(HEARTBEAT);
      session.send('NCALayer says hello in plain text');
    }
    return true;
  }

  /**
   * @param {Request} request
   * @param {Session} session
   */
  async function commonUtils(request, session) {
    const { method } = request;
    /** @type {unknown[]} */
    const args = Array.isArray(request.args) ? request.args : [];
    const config = session.config;
    /** @param {object} body */
    const reply = (body) => JSON.stringify(request.uuid === undefined ? body : { ...body, uuid: request.uuid });
    /** @param {unknown} [responseObject] */
    const ok = (responseObject) => reply(responseObject === undefined ? { code: '200' } : { responseObject, code: '200' });
    /** @param {string} [message] */
    const fail = (message) => reply(message === undefined ? { code: '500' } : { code: '500', message });

    if (!(await enactScenario(session, { opensDialog: COMMON_UTILS_DIALOGS.has(method) }))) return;
    if (config.scenario === 'error') return session.send(fail(config.errorMessage ?? 'java.lang.RuntimeException: kz.gov.pki.kalkan.KalkanException: Signing has failed.'));
    if (config.scenario === 'cancel' && COMMON_UTILS_DIALOGS.has(method)) return session.send(fail('action.canceled'));

    /** @param {unknown} keyType */
    const keyFor = (keyType) => pickCertificate(config, (fixture) =>
      keyType === 'AUTHENTICATION' ? fixture.extendedKeyUsage.includes(CLIENT_AUTH)
        : keyType === 'SIGNATURE' ? fixture.extendedKeyUsage.includes(EMAIL_PROTECTION) : true);
    /**
     * @param {unknown} keyType
     * @param {(fixture: F) => unknown} sign
     */
    const withKey = async (keyType, sign) => {
      const fixture = keyFor(keyType);
      // No selectable key: all the user can do in NCALayer's dialog is close it.
      return session.send(fixture ? ok(await sign(fixture)) : fail('action.canceled'));
    };
    /** @type {(...values: unknown[]) => boolean} */
    const strings = (...values) => values.every((value) => typeof value === 'string');

    switch (method) {
      case 'getActiveTokens':
        return session.send(ok([...config.activeTokens]));
      case 'changeLocale':
        return session.send(strings(args[0]) ? ok() : fail(typeMismatch(method)));
      case 'getKeyInfo':
        if (!strings(args[0])) return session.send(fail(typeMismatch(method)));
        return withKey(null, (fixture) => fixture.keyInfo);
      case 'createCAdESFromBase64':
      case 'createCMSSignatureFromBase64': {
        const [storage, keyType, data, attach] = args;
        if (!strings(storage, keyType, data) || typeof attach !== 'boolean') return session.send(fail(typeMismatch(method)));
        return withKey(keyType, async (fixture) => toBase64(await signer.cms({ fixture, content: signedBytes(config, fromBase64(/** @type {string} */ (data))), encapsulate: attach, digested: false })));
      }
      case 'createCAdESFromBase64Hash': {
        const [storage, keyType, hash] = args;
        if (!strings(storage, keyType, hash)) return session.send(fail(typeMismatch(method)));
        if (hash === '') return session.send(fail());
        return withKey(keyType, async (fixture) => toBase64(await signer.cms({ fixture, content: signedBytes(config, fromBase64(/** @type {string} */ (hash))), encapsulate: false, digested: true })));
      }
      case 'signXml':
      case 'signXmls': {
        const [storage, keyType, xml, , parentXPath = ''] = args;
        const documents = method === 'signXmls' ? xml : [xml];
        if (!strings(storage, keyType) || !isStringArray(documents)) return session.send(fail(typeMismatch(method)));
        const fixture = keyFor(keyType);
        if (!fixture) return session.send(fail('action.canceled'));
        try {
          // Not checked, as NCALayer does not: a wrong type fails in the signer, and is answered as its failure.
          const signatureParentXPath = /** @type {string} */ (parentXPath);
          const signed = await Promise.all(documents.map((doc) => signer.xml({ fixture, xml: doc, signatureParentXPath })));
          return session.send(ok(method === 'signXmls' ? signed : signed[0]));
        } catch (error) {
          return session.send(fail(errorText(error)));
        }
      }
      default:
        return session.send(fail(`java.lang.NoSuchMethodException: ${COMMON_UTILS}.${method}`));
    }
  }

  /**
   * @param {Request} request
   * @param {Session} session
   */
  async function basics(request, session) {
    const config = session.config;
    /** @param {object} body */
    const reply = (body) => JSON.stringify(body);
    /**
     * @param {string} code
     * @param {string} message
     * @param {string} details
     */
    const failure = (code, message, details) => reply({ code, details, message, status: false });
    /** @param {string} details */
    const invocationError = (details) => failure('INVOCATION_ERROR', 'An invoked method threw an exception.', details);
    if (request.method !== 'sign') return session.send(invocationError(`java.lang.NoSuchMethodException: ${request.method}`));

    const args = request.args;
    if (!isObject(args)) return session.send(invocationError('org.json.JSONException: JSONObject["args"] is not a JSONObject.'));
    for (const key of ['signingParams', 'signerParams']) {
      if (args[key] !== undefined && args[key] !== null && !isObject(args[key])) {
        return session.send(invocationError(`org.json.JSONException: JSONObject["${key}"] is not a JSONObject.`));
      }
    }
    if (!isObject(args.signerParams) || !Array.isArray(args.signerParams.extKeyUsageOids)) {
      return session.send(invocationError('org.json.JSONException: JSONObject["extKeyUsageOids"] not found.'));
    }
    /** @type {unknown[]} */
    const documents = Array.isArray(args.data) ? args.data : [args.data];
    if (!['cms', 'xml'].includes(args.format) || documents.length === 0 || !isStringArray(documents)) {
      return session.send(failure('INVALID_SIGNING_PARAMS', 'Invalid signing parameters.', `format=${args.format}`));
    }

    if (!(await enactScenario(session, { opensDialog: true }))) return;
    if (config.scenario === 'error') {
      return session.send(failure(config.errorCode ?? 'SIGNING_FAILURE', config.errorMessage ?? 'Signing has failed.',
        config.errorDetails ?? 'kz.gov.pki.kalkan.KalkanException: emulated failure'));
    }
    const cancelled = reply({ body: {}, status: true });
    if (config.scenario === 'cancel') return session.send(cancelled);

    const signerParams = args.signerParams;
    const storages = Array.isArray(args.allowedStorages) ? args.allowedStorages : null;
    const fixture = pickCertificate(config, (candidate) =>
      signerParams.extKeyUsageOids.every((/** @type {string} */ oid) => candidate.extendedKeyUsage.includes(oid))
      && (!signerParams.iin || signerParams.iin === candidate.iin)
      && (!signerParams.bin || signerParams.bin === candidate.bin)
      && (!storages || storages.includes(candidate.storage)));
    if (!fixture) return session.send(cancelled);

    const signingParams = isObject(args.signingParams) ? args.signingParams : {};
    let results;
    try {
      results = await Promise.all(documents.map(async (data) => {
        if (args.format === 'xml') return signer.xml({ fixture, xml: data, signatureParentXPath: '' });
        // decode/encapsulate/digested must be JSON booleans; anything else reads as false (research §4.1).
        const decode = signingParams.decode === true;
        const content = signedBytes(config, decode ? fromBase64(data) : new TextEncoder().encode(data));
        const der = await signer.cms({ fixture, content, encapsulate: signingParams.encapsulate !== false, digested: signingParams.digested === true });
        return cmsPem(der);
      }));
    } catch (error) {
      return session.send(failure('SIGNING_FAILURE', 'Signing has failed.', errorText(error)));
    }
    // One CMS comes back as a string, XML as an array (as recorded); the `array` scenario makes
    // a single CMS an array too, as NCALayer has done since about October 2024 (research §4.2).
    const single = !Array.isArray(args.data);
    const asString = single && args.format === 'cms' && config.scenario !== 'array';
    return session.send(reply({ body: { result: asString ? results[0] : results }, status: true }));
  }

  return {
    /**
     * Handles one incoming text frame.
     * @param {string} text
     * @param {Session} session
     */
    async handle(text, session) {
      if (session.config.scenario === 'mute') return;
      if (text === HEARTBEAT) return session.send(HEARTBEAT);
      return answer(text, rememberingAnswers(session));
    },
  };

  /**
   * Sends the previous answer first under `stray`, and keeps this one as the next "previous".
   * @param {Session} session
   * @returns {Session}
   */
  function rememberingAnswers(session) {
    const previous = lastAnswers.get(session);
    if (session.config.scenario === 'stray' && previous !== undefined) session.send(previous);
    return Object.create(session, {
      send: { value: (/** @type {string} */ frame) => { lastAnswers.set(session, frame); session.send(frame); } },
    });
  }

  /**
   * @param {string} text
   * @param {Session} session
   */
  async function answer(text, session) {
    /** @type {unknown} */
    let request;
    try {
      request = JSON.parse(text);
    } catch {
      return session.send(JSON.stringify({ code: '500', message: 'org.json.JSONException: A JSONObject text must begin with \'{\'' }));
    }
    if (!isObject(request)) return session.send(moduleNotFound());
    try {
      if (request.module === COMMON_UTILS) return await commonUtils(request, session);
      if (request.module === BASICS) return await basics(request, session);
    } catch (error) {
      // Bad base64, an unknown fixture name…: answer as NCALayer does when a call throws.
      const message = errorText(error);
      return session.send(JSON.stringify(request.module === BASICS
        ? { code: 'INVOCATION_ERROR', details: message, message: 'An invoked method threw an exception.', status: false }
        : { code: '500', message }));
    }
    // Unknown modules, KAZTOKEN's kz.digiflow.mobile.extensions probe, and the legacy applet
    // (no `module`) are not emulated: NCALayer's unknown-module answer (research §2.2).
    return session.send(moduleNotFound());
  }
}

/**
 * The bytes a CMS is made over: the request's, or other ones under `mismatch`.
 * @param {Readonly<EmulatorConfig>} config
 * @param {Uint8Array} bytes
 */
function signedBytes(config, bytes) {
  return config.scenario === 'mismatch' ? OTHER_DATA : bytes;
}

/**
 * @param {unknown} value
 * @returns {value is Request}
 */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @param {unknown} value
 * @returns {value is string[]}
 */
function isStringArray(value) {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** @param {string} text */
function fromBase64(text) {
  const binary = atob(text.replace(/\s+/g, ''));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** @param {Uint8Array} bytes */
function toBase64(bytes) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** @param {Uint8Array} der */
function cmsPem(der) {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN CMS-----\n${lines.join('\n')}\n-----END CMS-----\n`;
}
