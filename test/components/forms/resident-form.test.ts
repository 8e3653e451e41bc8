import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import type { SubmitDetail } from '../../../src/components/registration-sections/registration-form.js';
import type { TirkeuErrorDetail } from '../../../src/components/shared/events.js';
import { BackendError } from '../../../src/backend/index.js';
import { residentRegistrationSchema, type ResidentRegistration } from '../../../src/model/index.js';
import { setupBrowserMocks } from '../../../mocks/backend/browser.js';
import { createBackendHandlers, DEMO_EMAIL_CODE, EXPIRED_EMAIL_CODE, type BackendMockOptions } from '../../../mocks/backend/index.js';
import { loadLocale, lookupFor } from '../../../src/i18n/localize.js';
import { validationMessage } from '../../../src/components/shared/validation-messages.js';
import {
  button,
  certificate,
  control,
  errorOf,
  has,
  IIN,
  kzAccount,
  message,
  mockSigner,
  mount,
  NEW_BIN,
  paste,
  REGISTERED_BIN,
  root,
  settle,
  summaryLinks,
  typeInto,
  withCheckDigit,
} from './helpers.js';

/** A valid BIN the mock register does not know. */
const UNKNOWN_BIN = withCheckDigit('19024000017');

let worker: SetupWorker;
async function backend(options: BackendMockOptions = {}) {
  worker = await setupBrowserMocks({ latency: 0 });
  worker.resetHandlers(...createBackendHandlers({ latency: 0, ...options }));
  return worker;
}

/** A form from a certificate, without a backend. */
const offline = (extra = html``) =>
  mount<TirkeuResidentForm>(html`<tirkeu-resident-form .certificate=${certificate()}>${extra}</tirkeu-resident-form>`);

/** A form from a certificate, speaking to the mock backend; the register lookup has answered. */
async function online(attrs: { password?: boolean; agreement?: boolean; cert?: ReturnType<typeof certificate> } = {}) {
  const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form
    api-base="/api"
    ?require-password=${attrs.password}
    ?require-agreement=${attrs.agreement}
    .certificate=${attrs.cert ?? certificate()}
    .signer=${mockSigner(IIN)}
  ></tirkeu-resident-form>`);
  await el.lookupComplete;
  await settle(el);
  return el;
}

/** Fills what the certificate and register leave open. */
async function fillRest(el: TirkeuResidentForm) {
  if (!control(el, 'company.name').value) await typeInto(el, 'company.name', 'Дала Инжиниринг');
  if (!control(el, 'company.email').value) await typeInto(el, 'company.email', 'info@dala-eng.example.kz');
  if (!control(el, 'company.legalAddress').value) await typeInto(el, 'company.legalAddress', 'Астана, Мәңгілік Ел 55/20');
  await typeInto(el, 'user.phone', '+7 701 234 56 78');
  await typeInto(el, 'company.phone', '+7 7172 55 44 33');
  el.value = { bankAccounts: [kzAccount] } as Partial<ResidentRegistration>;
  await settle(el);
}

async function confirmEmail(el: TirkeuResidentForm) {
  button(el, 'send-code-button').click();
  await waitUntil(() => has(el, 'user.emailCode') && el.shadowRoot!.querySelector('[part~="email-status"]')!.textContent!.includes('@'));
  await typeInto(el, 'user.emailCode', DEMO_EMAIL_CODE);
  button(el, 'verify-code-button').click();
  await waitUntil(() => root(el).textContent!.includes('E-mail confirmed.'));
  await settle(el);
}

const messageIn = async (locale: 'ru' | 'kk' | 'en', code: string) => {
  await loadLocale(locale);
  return validationMessage(code, lookupFor(locale));
};

describe('tirkeu-resident-form', () => {
  afterEach(() => worker?.resetHandlers(...createBackendHandlers({ latency: 0 })));

  describe('prefill', () => {
    it('takes IIN, names and birth date from the certificate, read-only; e-mail editable', async () => {
      const el = await offline();
      expect(control(el, 'user.iin').value).to.equal(IIN);
      expect(control(el, 'user.iin').readOnly).to.equal(true);
      expect(control(el, 'user.surname').value).to.equal('СЕЙТҚАЛИ');
      expect(control(el, 'user.surname').readOnly).to.equal(true);
      expect(control(el, 'user.patronymic').readOnly).to.equal(true);
      expect(control(el, 'user.birthDate').value).to.equal('01.01.1990');
      expect(control(el, 'user.email').value).to.equal('a.seitkali@dala-eng.example.kz');
      expect(control(el, 'user.email').readOnly).to.equal(false);
      expect(control(el, 'company.idNumber').value).to.equal(NEW_BIN);
      expect(control(el, 'company.idNumber').readOnly).to.equal(true);
      expect(root(el).textContent).to.contain('From your certificate.');
    });

    it('looks the BIN up in the register, showing a pending state, and fills the company', async () => {
      await backend({ latency: 250 });
      const el = await mount<TirkeuResidentForm>(
        html`<tirkeu-resident-form api-base="/api" .certificate=${certificate()}></tirkeu-resident-form>`,
      );
      const lookup = root(el).querySelector('[part~="lookup"]')!;
      expect(lookup.getAttribute('data-state')).to.equal('pending');
      expect(lookup.getAttribute('role')).to.equal('status');
      expect(lookup.textContent).to.contain('Looking the organisation up in the state register');
      await el.lookupComplete;
      await settle(el);
      expect(lookup.getAttribute('data-state')).to.equal('found');
      expect(control(el, 'company.name').value).to.equal('Dala Engineering');
      expect(control(el, 'company.nameKk').value).to.contain('Дала Инжиниринг');
      expect(control(el, 'company.nameRu').value).to.contain('Товарищество с ограниченной ответственностью');
      expect(control(el, 'company.registrationDate').value).to.equal('12.03.2015');
      expect(control(el, 'company.registrationNumber').value).to.equal('10254-1901-ТОО');
      expect(control(el, 'company.registeringAuthority').value).to.equal('Департамент юстиции города Астаны');
      expect(control(el, 'company.legalAddress').value).to.contain('Астана');
      expect(control(el, 'company.email').value).to.equal('info@dala-eng.example.kz');
    });

    it('keeps what the user typed when the register answers later', async () => {
      await backend({ latency: 200 });
      const el = await mount<TirkeuResidentForm>(
        html`<tirkeu-resident-form api-base="/api" .certificate=${certificate({ bin: null, subjectKind: 'legal-entity' })}></tirkeu-resident-form>`,
      );
      await typeInto(el, 'company.name', 'My own name');
      await paste(el, 'company.idNumber', '1503 4000-0129');
      expect(control(el, 'company.idNumber').value).to.equal(NEW_BIN);
      await el.lookupComplete;
      await settle(el);
      expect(control(el, 'company.name').value).to.equal('My own name');
      expect(control(el, 'company.registrationNumber').value).to.equal('10254-1901-ТОО');
    });

    it('says so when the register does not know the number', async () => {
      await backend();
      const el = await mount<TirkeuResidentForm>(
        html`<tirkeu-resident-form api-base="/api" .certificate=${certificate({ bin: null })}></tirkeu-resident-form>`,
      );
      await paste(el, 'company.idNumber', UNKNOWN_BIN);
      await el.lookupComplete;
      await settle(el);
      const lookup = root(el).querySelector('[part~="lookup"]')!;
      expect(lookup.getAttribute('data-state')).to.equal('not-found');
      expect(lookup.textContent).to.contain('does not know this number');
      expect(control(el, 'company.name').readOnly).to.equal(false);
    });
  });

  describe('before a certificate', () => {
    it('leaves its fields to the certificate, and the summary asks for it', async () => {
      const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form></tirkeu-resident-form>`);
      for (const key of ['user.iin', 'user.surname', 'user.name', 'user.patronymic']) expect(control(el, key).readOnly, key).to.equal(true);
      expect(el.validate()).to.equal(false);
      await settle(el);
      const links = summaryLinks(el);
      expect(links[0]!.textContent!.trim()).to.equal('Choose your certificate first: your IIN and name are read from it.');
      const hrefs = links.map((a) => a.getAttribute('href'));
      for (const href of ['#f-user-iin', '#f-user-surname', '#f-user-name']) expect(hrefs).not.to.include(href);
      links[0]!.click();
      expect(root(el).activeElement).to.equal(root(el).querySelector('[part~="certificate-note"]'));

      el.certificate = certificate();
      await settle(el);
      expect(summaryLinks(el).map((a) => a.textContent!.trim())).not.to.include('Choose your certificate first: your IIN and name are read from it.');
      expect(root(el).querySelector('[part~="certificate-note"]')).to.equal(null);
    });
  });

  describe('legal status', () => {
    it('offers natural person only with allow-natural-person, and changes the fields', async () => {
      const el = await offline();
      const radios = () => [...root(el).querySelectorAll<HTMLInputElement>('input[name="legalStatus"]')].map((r) => r.value);
      expect(radios()).to.deep.equal(['legal-entity', 'individual-entrepreneur']);
      el.allowNaturalPerson = true;
      await settle(el);
      expect(radios()).to.deep.equal(['legal-entity', 'individual-entrepreneur', 'natural-person']);
      expect(has(el, 'company.nameKk')).to.equal(true);

      root(el).querySelector<HTMLInputElement>('input[value="natural-person"]')!.click();
      await settle(el);
      expect(has(el, 'company.nameKk')).to.equal(false);
      expect(has(el, 'company.registrationDate')).to.equal(false);
      expect(control(el, 'company.idNumber').value).to.equal(IIN);
      expect(control(el, 'company.name').value).to.equal('СЕЙТҚАЛИ АЙГЕРІМ ЕРЛАНҚЫЗЫ');
      expect(root(el).querySelector('#company-title')!.textContent).to.equal('Registrant');

      root(el).querySelector<HTMLInputElement>('input[value="individual-entrepreneur"]')!.click();
      await settle(el);
      expect(control(el, 'company.idNumber').value).to.equal(IIN);
      expect(has(el, 'company.registrationNumber')).to.equal(true);
      expect(el.value.legalStatus).to.equal('individual-entrepreneur');
    });
  });

  describe('field rules', () => {
    const cases: Array<[key: string, typed: string, code: string]> = [
      ['user.phone', '12345', 'phone-format'],
      ['user.phone', '+1 202 555 0101', 'phone-kz-range'],
      ['user.phone', '+7 727 123 45 67', 'phone-kz-mobile'],
      ['user.email', 'user@@example', 'email-format'],
      ['user.email', '', 'required'],
      ['company.name', 'Я', 'company-name-length'],
      ['company.phone', 'call me', 'phone-format'],
      ['company.email', 'info.example.kz', 'email-format'],
      ['company.legalAddress', '!!!', 'text-characters'],
      ['company.registrationNumber', '№', 'text-characters'],
    ];
    for (const [key, typed, code] of cases.filter((c) => c[2])) {
      it(`${key} "${typed}" → ${code}, shown after leaving the field, typed text kept`, async () => {
        const el = await offline();
        await typeInto(el, key, typed);
        expect(errorOf(el, key)).to.equal(await messageIn('en', code));
        expect(control(el, key).getAttribute('aria-invalid')).to.equal('true');
        expect(control(el, key).getAttribute('aria-describedby')).to.contain(`${control(el, key).id}-error`);
        expect(control(el, key).value.replace(/\s/g, '')).to.equal(typed.replace(/\s/g, ''));
      });
    }

    it('writes and takes dates as 31.12.2024, and sends them as 2024-12-31', async () => {
      const el = await offline();
      const date = control(el, 'company.registrationDate');
      // Not the browser's date box, which writes the browser's format (12/31/2024), not the form's.
      expect(date.type).to.equal('text');
      expect(date.placeholder).to.equal('DD.MM.YYYY');
      await typeInto(el, 'company.registrationDate', '1/2/2015');
      expect(date.value).to.equal('01.02.2015');
      expect(errorOf(el, 'company.registrationDate')).to.equal('');
      await typeInto(el, 'company.registrationDate', '31.02.2015');
      expect(errorOf(el, 'company.registrationDate')).to.equal(await messageIn('en', 'date-format'));
      await typeInto(el, 'company.registrationDate', '31.12.2024');
      await fillRest(el);
      expect(el.validate()).to.equal(true);
      expect(el.value.user.birthDate).to.equal('1990-01-01');
      expect(el.value.company!.registrationDate).to.equal('2024-12-31');
    });

    it('checks an editable BIN: digits, length, check digit', async () => {
      const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form .certificate=${certificate({ bin: null })}></tirkeu-resident-form>`);
      for (const [typed, code] of [
        ['15034000012', 'bin-length'],
        ['15034000012X', 'bin-not-digits'],
        ['150340000128', 'bin-checksum'],
      ]) {
        await typeInto(el, 'company.idNumber', typed);
        expect(errorOf(el, 'company.idNumber')).to.equal(await messageIn('en', code));
        expect(control(el, 'company.idNumber').value).to.equal(typed);
      }
    });

    it('shows no error before the user touched a field, and clears it as soon as it is fixed', async () => {
      const el = await offline();
      expect(errorOf(el, 'user.phone')).to.equal('');
      await typeInto(el, 'user.phone', '8701');
      expect(errorOf(el, 'user.phone')).not.to.equal('');
      control(el, 'user.phone').focus();
      await sendKeys({ type: '2345678' });
      await settle(el);
      expect(errorOf(el, 'user.phone')).to.equal('');
      expect(control(el, 'user.phone').value).to.equal('+7 701 234 56 78');
    });

    it('warns (does not refuse) about an ownership form in the company name, and removes it on request', async () => {
      const el = await offline();
      await typeInto(el, 'company.name', 'ТОО «Ромашка»');
      const warning = root(el).querySelector('[part~="warning"]')!;
      expect(warning.textContent).to.contain('ТОО');
      expect(errorOf(el, 'company.name')).to.equal('');
      button(el, 'warning-action').click();
      await settle(el);
      expect(control(el, 'company.name').value).to.equal('Ромашка');
      expect(root(el).querySelector('[part~="warning"]')).to.equal(null);
    });

    it('normalises pasted values with spaces and dashes', async () => {
      const el = await offline();
      await paste(el, 'user.phone', '8-701-234-56-78');
      expect(control(el, 'user.phone').value).to.equal('+7 701 234 56 78');
      await paste(el, 'user.email', '  a.seitkali@dala-eng.example.kz  ');
      expect(control(el, 'user.email').value).to.equal('a.seitkali@dala-eng.example.kz');
      await paste(el, 'company.legalAddress', '  Астана,\n  Мәңгілік Ел 55 ');
      expect(control(el, 'company.legalAddress').value).to.equal('Астана, Мәңгілік Ел 55');
    });
  });

  describe('validate()', () => {
    it('touches everything, shows the summary with links that focus fields, and focuses it', async () => {
      const el = await offline();
      expect(el.validate()).to.equal(false);
      await settle(el);
      const summary = root(el).querySelector<HTMLElement>('[data-error-summary]')!;
      expect(root(el).activeElement).to.equal(summary);
      const links = summaryLinks(el);
      expect(links.map((a) => a.getAttribute('href'))).to.include.members(['#f-user-phone', '#f-company-phone', '#f-bankAccounts']);
      expect(errorOf(el, 'user.phone')).to.equal(await messageIn('en', 'required'));
      const phoneLink = links.find((a) => a.getAttribute('href') === '#f-user-phone')!;
      // Out of the field's context the message alone would not say which field it is.
      expect(phoneLink.textContent!.trim()).to.equal(`Phone: ${await messageIn('en', 'required')}`);
      phoneLink.click();
      expect(root(el).activeElement).to.equal(control(el, 'user.phone'));
    });

    it('reset() empties what was typed and hides errors, keeping the certificate', async () => {
      const el = await offline();
      await typeInto(el, 'user.phone', '123');
      el.validate();
      el.reset();
      await settle(el);
      expect(control(el, 'user.phone').value).to.equal('');
      expect(errorOf(el, 'user.phone')).to.equal('');
      expect(root(el).querySelector('[data-error-summary]')).to.equal(null);
      expect(control(el, 'user.iin').value).to.equal(IIN);
    });
  });

  describe('submitting', () => {
    it('fires one tirkeu-submit with the typed payload; a cancelled one sends nothing', async () => {
      const el = await offline();
      await fillRest(el);
      setTimeout(() => button(el, 'submit').click());
      const event = (await oneEvent(el, 'tirkeu-submit')) as CustomEvent<SubmitDetail<ResidentRegistration>>;
      expect(event.cancelable).to.equal(true);
      const payload = event.detail.payload;
      expect(residentRegistrationSchema.safeParse(payload).success).to.equal(true);
      expect(payload.user).to.include({ iin: IIN, phone: '+77012345678', birthDate: '1990-01-01' });
      expect(payload.company).to.include({ idNumber: NEW_BIN, phone: '+77172554433', country: 'KZ' });
      expect(payload.bankAccounts).to.deep.equal([kzAccount]);
    });

    it('completes with the keyboard alone and submits with Enter', async () => {
      await backend();
      const el = await online();
      const events: CustomEvent[] = [];
      el.addEventListener('tirkeu-submit', (e) => {
        events.push(e as CustomEvent);
        e.preventDefault();
      });
      control(el, 'user.phone').focus();
      await sendKeys({ type: '87012345678' });
      await sendKeys({ press: 'Tab' }); // e-mail (prefilled)
      expect(root(el).activeElement).to.equal(control(el, 'user.email'));
      await sendKeys({ press: 'Tab' }); // Send code
      expect(root(el).activeElement).to.equal(button(el, 'send-code-button'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement === control(el, 'user.emailCode'), 'focus moves to the code');
      await sendKeys({ type: DEMO_EMAIL_CODE });
      await sendKeys({ press: 'Enter' }); // Enter in the code field checks the code
      await waitUntil(() => root(el).textContent!.includes('E-mail confirmed.'));
      control(el, 'company.phone').focus();
      await sendKeys({ type: '+77172554433' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      // Bank accounts are still missing: the summary says so.
      expect(events).to.have.length(0);
      expect(summaryLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(['#f-bankAccounts']);
      el.value = { bankAccounts: [kzAccount] } as Partial<ResidentRegistration>;
      await settle(el);
      control(el, 'company.phone').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => events.length === 1);
      await aTimeout(50);
      expect(events).to.have.length(1);
      expect(residentRegistrationSchema.safeParse(events[0].detail.payload).success).to.equal(true);
    });

    it('submits to the backend, signed, and says it was sent', async () => {
      let received: any;
      await backend({ onRegistration: (r) => (received = r) });
      const el = await online();
      await fillRest(el);
      await confirmEmail(el);
      button(el, 'submit').click();
      const done = (await oneEvent(el, 'tirkeu-registration-accept')) as CustomEvent;
      expect(done.detail.receipt.status).to.equal('moderation');
      await settle(el);
      expect(message(el)!.textContent).to.contain(done.detail.receipt.id);
      expect(JSON.parse(received.payloadText).user.iin).to.equal(IIN);
      expect(received.idempotencyKey).to.be.a('string');
    });

    it('puts a 422 on its fields in its own words, never in the server\'s', async () => {
      await backend({
        rejectSubmission: [
          { path: 'company.name', code: 'registry-mismatch', message: 'The register knows no organisation by this name.' },
          { path: 'user.phone', code: 'phone-format' },
          { path: 'documents.0', code: 'document-missing', message: 'The charter is missing.' },
        ],
      });
      const el = await online();
      await fillRest(el);
      await confirmEmail(el);
      button(el, 'submit').click();
      await oneEvent(el, 'tirkeu-error');
      await settle(el);
      expect(errorOf(el, 'company.name')).to.equal(
        'The state register has no organisation by this name. Check it against your registration documents.',
      );
      expect(errorOf(el, 'user.phone')).to.equal(await messageIn('en', 'phone-format'));
      expect(message(el)!.textContent).to.contain('The server did not accept this value.');
      // The server's sentences are in one language only: they stay in the event's cause.
      expect(root(el).textContent).not.to.contain('The register knows no organisation');
      expect(root(el).textContent).not.to.contain('The charter is missing.');
      expect(summaryLinks(el).map((a) => a.getAttribute('href'))).to.include.members(['#f-company-name', '#f-user-phone']);
      // Editing the field clears the server's error; what was typed stays.
      await typeInto(el, 'company.name', 'Дала Инжиниринг 2');
      expect(errorOf(el, 'company.name')).to.equal('');
    });

    it('names the bank account a 422 is about', async () => {
      await backend({ rejectSubmission: [{ path: 'bankAccounts.1.iban', code: 'iban-checksum' }] });
      const el = await online();
      await fillRest(el);
      el.value = { bankAccounts: [kzAccount, { ...kzAccount, isMain: false }] } as Partial<ResidentRegistration>;
      await settle(el);
      await confirmEmail(el);
      button(el, 'submit').click();
      await oneEvent(el, 'tirkeu-error');
      await settle(el);
      // On that IBAN inside the editor (bank-accounts.test.ts); the summary names account and field.
      expect(summaryLinks(el).map((a) => a.textContent!.trim())).to.include(`Account 2: IBAN: ${await messageIn('en', 'iban-checksum')}`);
    });

    it('reduces the form to its personal part on 409 organisation-exists', async () => {
      await backend();
      const el = await online();
      await fillRest(el);
      await confirmEmail(el);
      worker.use(
        http.post('/api/registrations', () =>
          HttpResponse.json({ code: 'organisation-exists', message: 'Registered.' }, { status: 409 }),
        ),
      );
      button(el, 'submit').click();
      const error = (await oneEvent(el, 'tirkeu-error')) as CustomEvent<TirkeuErrorDetail>;
      expect(error.detail.code).to.equal('organisation-exists');
      expect(error.detail.message).to.contain('already registered');
      expect(error.detail.cause).to.be.instanceOf(BackendError);
      expect(error.detail).not.to.have.property('error');
      await settle(el);
      expect(el.companyRegistered).to.equal(true);
      expect(has(el, 'company.phone')).to.equal(false);
      expect(has(el, 'bankAccounts')).to.equal(false);
      expect(root(el).querySelector('[part~="company-registered"]')!.textContent).to.contain('already registered');
      expect(message(el)!.textContent).to.contain('already registered');
      expect(el.value).not.to.have.property('company');
    });

    it('reduces the form when the register says the company is on the portal already', async () => {
      await backend();
      const el = await online({ cert: certificate({ bin: REGISTERED_BIN }) });
      expect(el.companyRegistered).to.equal(true);
      expect(has(el, 'company.name')).to.equal(false);
      expect(root(el).querySelector('[part~="company-registered"]')).to.exist;
      await typeInto(el, 'user.phone', '+77012345678');
      await confirmEmail(el);
      expect(el.validate()).to.equal(true);
      expect(el.value.bankAccounts).to.deep.equal([]);
    });
  });

  describe('e-mail confirmation', () => {
    it('sends a code, counts down before another, checks it; wrong and expired codes say so', async () => {
      await backend({ resendAfter: 2 });
      const el = await online();
      expect(has(el, 'user.emailCode')).to.equal(true);
      const send = button(el, 'send-code-button');
      expect(send.textContent!.trim()).to.equal('Send code');
      send.click();
      await waitUntil(() => button(el, 'send-code-button').textContent!.includes('Send again in'));
      expect(button(el, 'send-code-button').disabled).to.equal(true);
      expect(button(el, 'send-code-button').textContent!.trim()).to.match(/Send again in 0:0[12]/);
      expect(root(el).querySelector('[part~="email-status"]')!.textContent).to.contain('We sent a code to a.seitkali@dala-eng.example.kz');

      await typeInto(el, 'user.emailCode', '111 111');
      expect(control(el, 'user.emailCode').value).to.equal('111111');
      button(el, 'verify-code-button').click();
      await waitUntil(() => errorOf(el, 'user.emailCode') === 'The code is wrong. Check the e-mail and type it again.');
      expect(root(el).querySelector('[part~="code-status"]')!.textContent).to.contain('Attempts left: 4');
      expect(control(el, 'user.emailCode').value).to.equal('111111');

      await typeInto(el, 'user.emailCode', EXPIRED_EMAIL_CODE);
      button(el, 'verify-code-button').click();
      await waitUntil(() => errorOf(el, 'user.emailCode') === 'The code has expired. Send a new one.');

      // The cool-down ends: "Send again" comes back.
      await waitUntil(() => !button(el, 'send-code-button').disabled, 'cool-down ends', { timeout: 4000 });
      expect(button(el, 'send-code-button').textContent!.trim()).to.equal('Send again');
      button(el, 'send-code-button').click();
      await waitUntil(() => button(el, 'send-code-button').disabled);
      await typeInto(el, 'user.emailCode', DEMO_EMAIL_CODE);
      button(el, 'verify-code-button').click();
      await waitUntil(() => root(el).textContent!.includes('E-mail confirmed.'));
      await settle(el);
      expect(errorOf(el, 'user.emailCode')).to.equal('');
    });

    it('asks for the confirmation before submitting, and starts over when the address changes', async () => {
      await backend();
      const el = await online();
      await fillRest(el);
      expect(el.validate()).to.equal(false);
      await settle(el);
      expect(errorOf(el, 'user.emailCode')).to.equal('Confirm your e-mail with the code we send to it.');
      await confirmEmail(el);
      expect(el.validate()).to.equal(true);
      await typeInto(el, 'user.email', 'other@example.kz');
      expect(el.validate()).to.equal(false);
      expect(button(el, 'send-code-button').textContent!.trim()).to.equal('Send code');
    });

    it('checks a typed code on submit', async () => {
      await backend();
      const el = await online();
      await fillRest(el);
      button(el, 'send-code-button').click();
      await waitUntil(() => button(el, 'send-code-button').disabled && root(el).textContent!.includes('We sent'));
      await typeInto(el, 'user.emailCode', DEMO_EMAIL_CODE);
      const registered = oneEvent(el, 'tirkeu-registration-accept');
      button(el, 'submit').click();
      expect(((await registered) as CustomEvent).detail.receipt.status).to.equal('moderation');
    });

    it('has nothing more to confirm once the e-mail is confirmed', async () => {
      await backend();
      const el = await online();
      await confirmEmail(el);
      expect(root(el).querySelector('[part~="email-status"]')!.textContent).to.contain('E-mail confirmed.');
      expect(button(el, 'verify-code-button').disabled).to.equal(true);
    });

    it('puts a taken address on the e-mail field', async () => {
      await backend();
      const el = await online();
      await typeInto(el, 'user.email', 'taken@example.kz');
      button(el, 'send-code-button').click();
      await waitUntil(() => errorOf(el, 'user.email') !== '');
      expect(errorOf(el, 'user.email')).to.equal('An account with this e-mail already exists. Log in instead.');
    });
  });

  describe('password and agreement', () => {
    it('appear when the portal asks, with their rules', async () => {
      const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form
        require-password
        require-agreement
        .certificate=${certificate()}
        .signer=${mockSigner(IIN)}
      ></tirkeu-resident-form>`);
      await typeInto(el, 'user.password', 'password');
      expect(errorOf(el, 'user.password')).to.equal(await messageIn('en', 'password-classes'));
      await typeInto(el, 'user.password', 'Pass1');
      expect(errorOf(el, 'user.password')).to.equal(await messageIn('en', 'password-length'));
      await typeInto(el, 'user.password', 'Secret123');
      await typeInto(el, 'user.passwordRepeat', 'Secret124');
      expect(errorOf(el, 'user.passwordRepeat')).to.equal(await messageIn('en', 'password-mismatch'));
      await typeInto(el, 'user.passwordRepeat', 'Secret123');
      expect(errorOf(el, 'user.passwordRepeat')).to.equal('');

      await fillRest(el);
      expect(el.validate()).to.equal(false);
      await settle(el);
      expect(errorOf(el, 'agreement')).to.equal('Sign the user agreement.');
      const signed = oneEvent(el, 'tirkeu-agreement-sign');
      control<HTMLButtonElement>(el, 'agreement').click();
      expect(((await signed) as CustomEvent).detail.signature).to.be.a('string');
      await settle(el);
      expect(root(el).querySelector('[part~="agreement-status"]')!.textContent).to.contain('The agreement is signed.');
      expect(el.validate()).to.equal(true);
      // A credential: checked by the form, never part of the application it signs.
      expect(el.value.user).not.to.have.property('password');
      expect(JSON.stringify(el.value)).not.to.contain('Secret123');
    });

    it('offers a certificate picker for signing keys when no signer is set', async () => {
      const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form require-agreement .certificate=${certificate()}></tirkeu-resident-form>`);
      const picker = control(el, 'agreement');
      expect(picker.localName).to.equal('tirkeu-certificate-picker');
      expect(picker.getAttribute('purpose')).to.equal('signing');
      expect(root(el).querySelector('[part~="sign-button"]')).to.equal(null);
      // With a signer, the button signs through it instead.
      el.signer = mockSigner(IIN);
      await settle(el);
      expect(control(el, 'agreement').localName).to.equal('button');
    });

    it('says why signing failed in tirkeu-error: a code and a localised message', async () => {
      const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form
        require-agreement
        .certificate=${certificate()}
        .signer=${() => Promise.reject(new Error('NCALayer closed'))}
      ></tirkeu-resident-form>`);
      await fillRest(el);
      const event = oneEvent(el, 'tirkeu-error');
      control<HTMLButtonElement>(el, 'agreement').click();
      const { detail } = (await event) as CustomEvent<TirkeuErrorDetail>;
      expect(detail.code).to.equal('signing');
      expect(detail.message).to.equal('The registration could not be signed. Check NCALayer and try again.');
      expect((detail.cause as Error).message).to.equal('NCALayer closed');
    });
  });

  describe('in a host form', () => {
    it('gives the payload JSON under its name in FormData, and resets with the form', async () => {
      const wrapper = await mount<TirkeuResidentForm>(html`<form>
        <tirkeu-resident-form name="registration" .certificate=${certificate()}></tirkeu-resident-form>
      </form>`);
      const el = wrapper;
      await fillRest(el);
      const host = el.closest('form')!;
      const data = new FormData(host);
      const json = JSON.parse(String(data.get('registration')));
      expect(json.kind).to.equal('resident');
      expect(json.user.iin).to.equal(IIN);
      expect(residentRegistrationSchema.safeParse(json).success).to.equal(true);
      expect(el.checkValidity()).to.equal(true);
      await typeInto(el, 'user.phone', '1');
      expect(el.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal(await messageIn('en', 'phone-format'));
      host.reset();
      await settle(el);
      expect(control(el, 'user.phone').value).to.equal('');
    });
  });

  describe('accessibility and languages', () => {
    it('is accessible, empty and after a failed submit', async () => {
      const el = await offline();
      await expect(el).to.be.accessible();
      el.validate();
      await settle(el);
      await expect(el).to.be.accessible();
    });

    for (const locale of ['ru', 'kk'] as const) {
      it(`renders in ${locale}, errors included`, async () => {
        await loadLocale(locale);
        const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form locale=${locale} .certificate=${certificate()}></tirkeu-resident-form>`);
        const title = root(el).querySelector('#user-title')!.textContent;
        expect(title).to.equal(locale === 'ru' ? 'Пользователь' : 'Пайдаланушы');
        // Dates as ru and kk write them (and as the date error's example does).
        expect(control(el, 'user.birthDate').value).to.equal('01.01.1990');
        await typeInto(el, 'user.phone', '123');
        expect(errorOf(el, 'user.phone')).to.equal(await messageIn(locale, 'phone-format'));
        expect(button(el, 'submit').textContent!.trim()).not.to.equal('Register');
      });
    }
  });
});
