// The user agreement signed in the form with the embedded certificate picker (no `signer`),
// against the NCALayer emulator, and its signature sent with the registration.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import type { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import type { TirkeuCertificatePicker } from '../../../src/components/certificate-picker/define.js';
import type { SignRequestDetail } from '../../../src/components/registration-sections/registration-form.js';
import { setupBrowserMocks } from '../../../mocks/backend/browser.js';
import { createBackendHandlers, mockSignature, type ReceivedRegistration } from '../../../mocks/backend/index.js';
import { base64ToText, closeClients, ownClient } from '../certificate-picker/helpers.js';
import { configureEmulator, resetEmulator, verifyCms } from '../../ncalayer/emulator.js';
import { certificate, confirmEmail, control, errorOf, fillResident, IIN, message, mockSigner, mount, root, settle } from './helpers.js';

const AGREEMENT = 'Мен порталдың пайдаланушы келісімін қабылдаймын.';

let worker: SetupWorker | undefined;
let received: ReceivedRegistration[] = [];

/** A form whose other fields are complete: the agreement is signed last (seed 001). */
async function form(): Promise<{ el: TirkeuResidentForm; picker: TirkeuCertificatePicker }> {
  const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form require-agreement test-certificates .certificate=${certificate()}>
    <p slot="agreement">${AGREEMENT}</p>
  </tirkeu-resident-form>`);
  await fillResident(el);
  const picker = control<TirkeuCertificatePicker>(el, 'agreement');
  picker.client = await ownClient();
  await picker.updateComplete;
  return { el, picker };
}

async function sign(picker: TirkeuCertificatePicker): Promise<void> {
  picker.shadowRoot!.querySelector('button')!.click();
  await waitUntil(() => picker.state === 'selected' || picker.state === 'error', 'the picker never finished', { timeout: 8000 });
}

const pickerButton = (picker: TirkeuCertificatePicker) => picker.shadowRoot!.querySelector('button')!;
const status = (el: TirkeuResidentForm) => root(el).querySelector('[part~="agreement-status"]')?.textContent?.trim() ?? '';
const waiting = (el: TirkeuResidentForm) => root(el).querySelector<HTMLElement>('[part~="agreement-waiting"]');
const WAITING = 'Fill in the other fields first: the agreement is signed when everything else is complete.';

describe('the user agreement, signed in the form', () => {
  beforeEach(async () => {
    await resetEmulator();
    received = [];
  });
  afterEach(() => {
    closeClients();
    worker?.resetHandlers(...createBackendHandlers({ latency: 0 }));
  });

  it('signs the agreement text with a signing key through the embedded picker', async () => {
    await configureEmulator({ cert: 'individual-sign' });
    const { el, picker } = await form();
    expect(picker.purpose).to.equal('signing');
    expect(picker.testCertificates).to.equal(true);
    await expect(el).to.be.accessible();
    let escaped = 0;
    const count = () => escaped++;
    document.addEventListener('tirkeu-certificate-select', count);
    try {
      const signed = oneEvent(el, 'tirkeu-agreement-sign');
      await sign(picker);
      const { detail } = (await signed) as CustomEvent<{ text: string; signature: string; certificate?: { iin?: string } }>;
      expect(detail.text).to.equal(AGREEMENT);
      expect(detail.certificate?.iin).to.equal('900101300017');
      const verified = await verifyCms({ cms: detail.signature });
      expect(verified.verified, verified.output).to.equal(true);
      // The signed bytes are the agreement's UTF-8 text.
      expect(base64ToText(verified.content)).to.equal(AGREEMENT);
      await settle(el);
      expect(root(el).querySelector('[part~="agreement-status"]')!.textContent).to.contain('The agreement is signed.');
      expect(errorOf(el, 'agreement')).to.equal('');
      // The picker's choice is the agreement's signature, not a log-in certificate for the host.
      expect(escaped).to.equal(0);
    } finally {
      document.removeEventListener('tirkeu-certificate-select', count);
    }
  });

  it('asks to sign the agreement, not to select a certificate, in the form\'s language', async () => {
    const { el, picker } = await form();
    expect(pickerButton(picker).textContent!.trim()).to.equal('Sign the agreement');
    el.locale = 'kk';
    await settle(el);
    await picker.updateComplete;
    expect(pickerButton(picker).textContent!.trim()).to.equal('Келісімге қол қою');
  });

  it('is signed last: the picker waits, saying why, until every other field is valid', async () => {
    const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form require-agreement test-certificates .certificate=${certificate()}></tirkeu-resident-form>`);
    const picker = control<TirkeuCertificatePicker>(el, 'agreement');
    await picker.updateComplete;
    expect(picker.disabled).to.equal(true);
    expect(pickerButton(picker).disabled).to.equal(true);
    expect(waiting(el)!.textContent!.trim()).to.equal(WAITING);
    await fillResident(el);
    await picker.updateComplete;
    expect(pickerButton(picker).disabled).to.equal(false);
    expect(waiting(el)).to.equal(null);
  });

  it('is signed last with a signer too: its button waits and is described by why', async () => {
    const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form require-agreement .certificate=${certificate()} .signer=${mockSigner(IIN)}></tirkeu-resident-form>`);
    const button = () => control<HTMLButtonElement>(el, 'agreement');
    expect(button().textContent!.trim()).to.equal('Sign the agreement');
    expect(button().disabled).to.equal(true);
    expect(button().getAttribute('aria-describedby')!.split(' ')).to.include(waiting(el)!.id);
    await fillResident(el);
    expect(button().disabled).to.equal(false);
    expect(waiting(el)).to.equal(null);
  });

  it('keeps the signature, and says so, when choosing another key is cancelled', async () => {
    await configureEmulator({ cert: 'individual-sign' });
    const { el, picker } = await form();
    await sign(picker);
    await settle(el);
    const signature = picker.signature;
    expect(status(el)).to.equal('✓ The agreement is signed.');

    await configureEmulator({ scenario: 'cancel' });
    const cancelled = oneEvent(el, 'tirkeu-error');
    pickerButton(picker).click(); // "Choose another certificate"
    await cancelled;
    await settle(el);
    expect(status(el)).to.equal('✓ Nothing changed: the agreement stays signed with the certificate you chose before.');
    expect(el.validate()).to.equal(true);
    const submitted = oneEvent(el, 'tirkeu-submit');
    await el.submit();
    expect(((await submitted) as CustomEvent<{ agreementSignature?: string }>).detail.agreementSignature).to.equal(signature);
  });

  it('stays unsigned when NCALayer refuses, and the picker says why', async () => {
    await configureEmulator({ scenario: 'cancel' });
    const { el, picker } = await form();
    const error = oneEvent(el, 'tirkeu-error');
    await sign(picker);
    const { detail } = (await error) as CustomEvent<{ code: string; message: string }>;
    expect(detail.code).to.equal('ncalayer-cancelled');
    expect(detail.message).to.be.a('string').and.not.empty;
    await settle(el);
    expect(el.validate()).to.equal(false);
    await settle(el);
    expect(errorOf(el, 'agreement')).to.equal('Sign the user agreement.');
  });

  it('sends the agreement signature with the registration', async () => {
    worker = await setupBrowserMocks({ latency: 0 });
    worker.resetHandlers(...createBackendHandlers({ latency: 0, onRegistration: (r) => received.push(r) }));
    await configureEmulator({ cert: 'individual-sign' });
    const { el, picker } = await form();
    el.apiBase = '/api';
    await el.lookupComplete;
    await settle(el);
    await sign(picker);
    await settle(el);
    await confirmEmail(el);
    // No signer: the registration itself is signed by the host.
    el.addEventListener('tirkeu-sign-request', (event) => {
      const detail = (event as CustomEvent<SignRequestDetail>).detail;
      if (detail.purpose === 'registration') detail.signature = mockSignature(detail.data, { iin: IIN });
    });
    const registered = oneEvent(el, 'tirkeu-registration-accept');
    await el.submit();
    await registered;
    expect(message(el)!.textContent).to.contain('was sent');
    expect(received).to.have.length(1);
    expect(received[0]!.agreementSignature).to.equal(picker.signature);
    expect(base64ToText((await verifyCms({ cms: received[0]!.agreementSignature! })).content)).to.equal(AGREEMENT);
  });
});
