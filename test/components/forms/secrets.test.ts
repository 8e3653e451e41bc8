// A whole registration with a password and an e-mail code, signed by the form's own certificate
// picker against the NCALayer emulator and sent to the mock backend: the secrets reach the
// backend in the unsigned `credentials` part only, never in the signed bytes, an event, the
// value, FormData, the page's text or the console.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import type { TirkeuCertificatePicker } from '../../../src/components/certificate-picker/certificate-picker.js';
import { HttpBackend } from '../../../src/backend/index.js';
import { setupBrowserMocks } from '../../../mocks/backend/browser.js';
import { createBackendHandlers, DEMO_EMAIL_CODE, type ReceivedRegistration } from '../../../mocks/backend/index.js';
import { verifyCms } from '../../../mocks/backend/verify-cms.js';
import { configureEmulator, emulator, resetEmulator } from '../../ncalayer/emulator.js';
import { button, certificate, confirmEmail, fillResident, message, root, settle, typeInto } from './helpers.js';

const PASSWORD = 'Qupiya-Soz-2024';
/** The emulator's `head-sign` key belongs to this first head of BIN 150340000129. */
const HEAD_IIN = '900101300811';

const EVENTS = [
  'tirkeu-submit', 'tirkeu-registration-accept', 'tirkeu-error', 'tirkeu-sign-request', 'tirkeu-agreement-sign',
  'tirkeu-certificate-select', 'input', 'change', 'invalid',
];

/** Everything a listener or a log could see, as text. */
const asText = (value: unknown): string => {
  try {
    return JSON.stringify(value, (_key, v) => (v instanceof Error ? { name: v.name, message: v.message, cause: v.cause } : v)) ?? String(value);
  } catch {
    return String(value);
  }
};

/** The text the page says, in the document and in every shadow root (not what inputs hold). */
function pageText(node: Node = document.body): string {
  let text = node.nodeType === Node.TEXT_NODE ? node.textContent ?? '' : '';
  if (node instanceof Element && node.shadowRoot) text += pageText(node.shadowRoot);
  for (const child of node.childNodes) text += pageText(child);
  return text;
}

describe('secrets stay out of the application', function () {
  // A whole registration, e-mail code and NCALayer included: more than mocha's 10 s under load.
  this.timeout(30000);
  const received: ReceivedRegistration[] = [];
  const seen: string[] = [];
  const logged: string[] = [];
  const record = (event: Event) => seen.push(`${event.type} ${asText((event as CustomEvent).detail)}`);
  const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = consoleMethods.map((name) => console[name]);

  before(async () => {
    const worker = await setupBrowserMocks({ latency: 0 });
    worker.resetHandlers(...createBackendHandlers({ latency: 0, requirePassword: true, onRegistration: (r) => received.push(r) }));
    await resetEmulator();
    await configureEmulator({ scenario: 'ok', cert: 'head-sign' });
    for (const type of EVENTS) document.addEventListener(type, record, true);
    consoleMethods.forEach((name, i) => {
      console[name] = (...args: unknown[]) => {
        logged.push(args.map(asText).join(' '));
        originals[i]!.apply(console, args);
      };
    });
  });

  after(() => {
    for (const type of EVENTS) document.removeEventListener(type, record, true);
    consoleMethods.forEach((name, i) => (console[name] = originals[i]!));
  });

  it('signs with the embedded picker by default and sends the password and code apart', async () => {
    const { ncalayerUrl } = await emulator();
    const host = await fixture<HTMLFormElement>(html`<form>
      <tirkeu-resident-form
        name="registration"
        api-base="/api"
        require-password
        test-certificates
        ncalayer-url=${ncalayerUrl}
        .certificate=${certificate({ iin: HEAD_IIN })}
      ></tirkeu-resident-form>
    </form>`);
    const el = host.querySelector<TirkeuResidentForm>('tirkeu-resident-form')!;
    await el.lookupComplete;
    await settle(el);
    await fillResident(el);
    // A phone without the mock's code (123456) in it, so that a match can only be the code.
    await typeInto(el, 'user.phone', '+7 701 987 65 43');
    await typeInto(el, 'user.password', PASSWORD);
    await typeInto(el, 'user.passwordRepeat', PASSWORD);
    await confirmEmail(el);

    button(el, 'submit').click();
    await waitUntil(() => message(el)?.classList.contains('success') || message(el)?.classList.contains('error'), 'the submission settled', { timeout: 15000 });
    expect(message(el)!.textContent).to.contain('REG-');

    // Signed by the form's own picker, with a signing key, over exactly the payload part.
    const picker = root(el).querySelector<TirkeuCertificatePicker>('[part~="signature-picker"]')!;
    expect(picker.purpose).to.equal('signing');
    expect(received).to.have.length(1);
    const [submission] = received;
    const verified = await verifyCms(submission!.signature);
    expect('problem' in verified ? verified.problem : 'verified').to.equal('verified');
    const signed = new TextDecoder().decode((verified as { content: Uint8Array }).content);
    expect(signed).to.equal(submission!.payloadText);

    // The secrets travel in the credentials part, and only there.
    expect(submission!.credentials).to.deep.equal({ password: PASSWORD, emailCode: DEMO_EMAIL_CODE });
    for (const secret of [PASSWORD, DEMO_EMAIL_CODE]) {
      expect(signed, 'signed bytes').not.to.contain(secret);
      expect(asText(el.value), 'value').not.to.contain(secret);
      for (const [name, entry] of new FormData(host)) expect(`${name}=${asText(entry)}`, 'FormData').not.to.contain(secret);
      for (const event of seen) expect(event, 'an event detail').not.to.contain(secret);
      for (const line of logged) expect(line, 'a console line').not.to.contain(secret);
      expect(pageText(), 'the page text').not.to.contain(secret);
    }
    // The listeners did hear the submission: the check above looked at real details.
    expect(seen.some((e) => e.startsWith('tirkeu-submit ') && e.includes(HEAD_IIN))).to.equal(true);
    expect(seen.some((e) => e.startsWith('tirkeu-registration-accept ') && e.includes('REG-'))).to.equal(true);
  });
});

describe('the contract keeps secrets out of the payload', () => {
  beforeEach(async () => {
    const worker = await setupBrowserMocks({ latency: 0 });
    worker.resetHandlers(...createBackendHandlers({ latency: 0, requirePassword: true, requireVerifiedEmail: false }));
  });

  it('refuses a payload that holds a password, and a submission without the credentials part', async () => {
    const backend = new HttpBackend({ apiBase: '/api', sleep: async () => {} });
    const payload = (user: object) => JSON.stringify({ kind: 'non-resident', legalStatus: 'legal-entity', user, bankAccounts: [], documents: [] });
    const withPassword = payload({ name: 'A', email: 'a@example.com', password: PASSWORD });
    const leaked = await backend
      .submitRegistration({ payload: withPassword, signature: btoa(JSON.stringify({ 'tirkeu-mock-signature': 1, data: withPassword, subject: {} })) })
      .catch((e) => e);
    expect(leaked.code).to.equal('bad-request');

    const clean = payload({ name: 'A', email: 'a@example.com' });
    const cleanSignature = btoa(JSON.stringify({ 'tirkeu-mock-signature': 1, data: clean, subject: {} }));
    const missing = await backend.submitRegistration({ payload: clean, signature: cleanSignature }).catch((e) => e);
    expect(missing.code).to.equal('validation');
    expect(missing.errors).to.deep.include({ path: 'credentials.password', code: 'required' });

    const receipt = await backend.submitRegistration({ payload: clean, signature: cleanSignature, credentials: { password: PASSWORD } });
    expect(receipt.status).to.equal('moderation');
  });
});
