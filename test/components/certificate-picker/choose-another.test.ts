// "Choose another certificate" that comes to nothing (issue 8): the certificate chosen before
// stays the picker's value while NCALayer's dialog is open, and after a cancel (NCALayer's or
// the picker's own) or a failure the picker says, politely, that nothing changed.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PickerErrorDetail, TirkeuCertificatePicker } from '../../../src/components/certificate-picker/define.js';
import {
  buttonText,
  buttons,
  choose,
  closeClients,
  configureEmulator,
  mountPicker,
  ownClient,
  ownerText,
  resetEmulator,
  shadow,
  statusText,
  waitForState,
} from './helpers.js';

/** The note, as src and xliff/ru.xlf, xliff/kk.xlf write it (unit picker.kept), for the head-auth certificate. */
const KEPT = {
  en: 'Nothing changed: you are still using the certificate of ИВАНОВ ИВАН ИВАНОВИЧ.',
  ru: 'Ничего не изменилось: вы по-прежнему используете ключ ЭЦП, выбранный ранее (ИВАНОВ ИВАН ИВАНОВИЧ).',
  kk: 'Ештеңе өзгерген жоқ: бұрын таңдалған кілтті (ИВАНОВ ИВАН ИВАНОВИЧ) пайдалана бересіз.',
} as const;

/** A picker that has chosen the head's certificate; NCALayer then waits `delayMs` before answering. */
async function chosen(template?: ReturnType<typeof html>, delayMs = 0) {
  await configureEmulator({ cert: 'head-auth' });
  const el = await mountPicker(template);
  await choose(el);
  expect(el.state).to.equal('selected');
  const before = { signature: el.signature!, certificate: el.certificate! };
  await configureEmulator({ delayMs });
  return { el, before };
}

/** Counts what the picker fires from now on. */
function record(el: TirkeuCertificatePicker) {
  const fired = { select: 0, change: 0, errors: [] as string[] };
  el.addEventListener('tirkeu-certificate-select', () => fired.select++);
  el.addEventListener('change', () => fired.change++);
  el.addEventListener('tirkeu-error', (e) => fired.errors.push((e as CustomEvent<PickerErrorDetail>).detail.code));
  return fired;
}

describe('tirkeu-certificate-picker: choosing another certificate that comes to nothing', () => {
  beforeEach(async () => {
    await resetEmulator();
  });
  afterEach(() => closeClients());

  it('keeps the chosen certificate as its value while NCALayer is open, and after its own Cancel says nothing changed', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <tirkeu-certificate-picker name="signature" required test-certificates></tirkeu-certificate-picker>
    </form>`);
    const el = form.querySelector('tirkeu-certificate-picker')!;
    el.client = await ownClient();
    await configureEmulator({ cert: 'head-auth' });
    await choose(el);
    const signature = el.signature!;
    await configureEmulator({ delayMs: 5000 });
    const fired = record(el);

    buttons(el)[0]!.click(); // "Choose another certificate"
    await waitForState(el, 'waiting');
    expect(el.signature === signature, 'the signature made before').to.equal(true);
    expect(el.certificate!.iin).to.equal('900101300811');
    expect(new FormData(form).get('signature') === signature, 'the form has the signature made before').to.equal(true);
    expect(el.checkValidity(), 'still valid while choosing').to.equal(true);

    buttons(el)[0]!.click(); // "Cancel"
    await el.updateComplete;
    expect(el.state).to.equal('selected');
    expect(el.signature === signature, 'the signature made before').to.equal(true);
    expect(ownerText(el)).to.equal('ИВАНОВ ИВАН ИВАНОВИЧ');
    expect(statusText(el)).to.equal(KEPT.en);
    expect(shadow(el).querySelector('[part="status"]')!.classList.contains('visually-hidden'), 'the note is shown').to.equal(false);
    expect(buttonText(el)).to.deep.equal(['Choose another certificate']);
    expect(fired).to.deep.equal({ select: 0, change: 0, errors: [] });
    await expect(el).to.be.accessible();
  });

  it("NCALayer's dialog closed: the certificate stays, the note says so, no select event", async () => {
    const { el, before } = await chosen();
    await configureEmulator({ scenario: 'cancel' });
    const fired = record(el);
    const cancelled = oneEvent(el, 'tirkeu-error');
    buttons(el)[0]!.click();
    // The host still hears why nothing was chosen (the forms say the agreement stays signed).
    expect(((await cancelled) as CustomEvent<PickerErrorDetail>).detail.code).to.equal('ncalayer-cancelled');
    await el.updateComplete;
    expect(el.state).to.equal('selected');
    expect(el.errorCode).to.equal(null);
    expect(el.signature === before.signature, 'the signature made before').to.equal(true);
    expect(el.certificate === before.certificate, 'the same certificate').to.equal(true);
    expect(ownerText(el)).to.equal('ИВАНОВ ИВАН ИВАНОВИЧ');
    expect(statusText(el)).to.equal(KEPT.en);
    expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    expect(fired).to.deep.equal({ select: 0, change: 0, errors: ['ncalayer-cancelled'] });

    // A later choice that succeeds replaces it, and the note goes.
    await configureEmulator({ scenario: 'ok', cert: 'individual-auth' });
    await choose(el);
    expect(el.certificate!.iin).to.equal('900101300017');
    expect(statusText(el)).to.equal('Certificate chosen: ТЕСТОВ АРМАН ЕРЛАНҰЛЫ');
    expect(fired.select).to.equal(1);
  });

  it('a real failure while choosing another shows the error and keeps the certificate', async () => {
    const { el, before } = await chosen();
    await configureEmulator({ scenario: 'error', errorMessage: 'Хранилище ключей недоступно' });
    const fired = record(el);
    const failed = oneEvent(el, 'tirkeu-error');
    buttons(el)[0]!.click();
    expect(((await failed) as CustomEvent<PickerErrorDetail>).detail.code).to.equal('ncalayer-failed');
    await waitForState(el, 'error');
    expect(el.errorCode).to.equal('ncalayer-failed');
    const box = shadow(el).querySelector('[part="error"]')!;
    expect(box.textContent).to.contain('NCALayer could not sign');
    expect(box.textContent).to.contain('Хранилище ключей недоступно');
    expect(el.signature === before.signature, 'the signature made before').to.equal(true);
    expect(el.value === before.signature, 'the value made before').to.equal(true);
    expect(el.certificate === before.certificate, 'the same certificate').to.equal(true);
    expect(statusText(el)).to.contain(KEPT.en);
    expect(ownerText(el), 'the kept certificate is shown').to.equal('ИВАНОВ ИВАН ИВАНОВИЧ');
    expect(buttonText(el)).to.deep.equal(['Try again']);
    expect(fired).to.deep.equal({ select: 0, change: 0, errors: ['ncalayer-failed'] });
    await expect(el).to.be.accessible();
  });

  it('a refused certificate while choosing another keeps the one chosen before', async () => {
    const { el, before } = await chosen();
    await configureEmulator({ cert: 'expired' });
    buttons(el)[0]!.click();
    await waitForState(el, 'error');
    expect(el.errorCode).to.equal('certificate-expired');
    expect(el.signature === before.signature, 'the signature made before').to.equal(true);
    expect(statusText(el)).to.contain(KEPT.en);
  });

  it('reset() forgets the certificate and the note', async () => {
    const { el } = await chosen();
    await configureEmulator({ scenario: 'cancel' });
    buttons(el)[0]!.click();
    await waitUntil(() => statusText(el) === KEPT.en, 'no note');
    el.reset();
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    expect(el.signature).to.equal(null);
    expect(statusText(el)).to.equal('');
  });

  for (const locale of ['ru', 'kk'] as const) {
    it(`says nothing changed in ${locale === 'ru' ? 'Russian' : 'Kazakh'}`, async () => {
      const { el } = await chosen(html`<tirkeu-certificate-picker test-certificates locale=${locale}></tirkeu-certificate-picker>`);
      await configureEmulator({ scenario: 'cancel' });
      const cancelled = oneEvent(el, 'tirkeu-error');
      buttons(el)[0]!.click();
      await cancelled;
      await el.updateComplete;
      expect(el.state).to.equal('selected');
      expect(statusText(el)).to.equal(KEPT[locale]);
    });
  }
});
