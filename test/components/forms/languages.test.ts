// The forms' languages (issue 8, item 1): every text is in the form's own locale from the first
// frame, wherever it is built; what the form chose in one locale (the register's names) and what
// it said (statuses, its message) follow a locale switch; a host's form.reset() starts over.
import { expect, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import type { CertificateOutcome } from '../../../src/backend/index.js';
import { setupBrowserMocks } from '../../../mocks/backend/browser.js';
import { createBackendHandlers } from '../../../mocks/backend/index.js';
import { button, certificate, confirmEmail, control, fillResident, IIN, message, mount, NEW_BIN, onlineResident, root, settle, typeInto } from './helpers.js';

let worker: SetupWorker | undefined;
async function backend() {
  worker = await setupBrowserMocks({ latency: 0 });
  worker.resetHandlers(...createBackendHandlers({ latency: 0 }));
}

/** The backend's answer to a certificate, with an organisation whose names differ in every language. */
const outcome = (): CertificateOutcome => ({
  outcome: 'new-user',
  organisationRegistered: false,
  user: { iin: IIN, surname: 'СЕЙТҚАЛИ', name: 'АЙГЕРІМ', email: 'a.seitkali@example.kz' },
  organisation: {
    bin: NEW_BIN,
    registered: false,
    name: { kk: '«Жібек Жолы» ЖШС', ru: 'ТОО «Шёлковый путь»', en: 'Silk Road LLP' },
    legalStatus: 'legal-entity',
    registrationDate: '2015-03-12',
    registrationNumber: '10254-1901-ТОО',
    registeringAuthority: { kk: 'Астана қаласының әділет департаменті', ru: 'Департамент юстиции города Астаны' },
    country: 'KZ',
    legalAddress: 'Астана, Мәңгілік Ел 55/20',
    head: { fullName: 'Сейтқали Айгерім' },
  },
});

const lookupText = (el: TirkeuResidentForm) => root(el).querySelector('[part~="lookup"]')!.textContent!.trim();
const emailStatus = (el: TirkeuResidentForm) => root(el).querySelector('[part~="email-status"]')?.textContent?.trim() ?? '';

async function switchTo(el: TirkeuResidentForm, locale: string) {
  el.locale = locale;
  await settle(el);
}

describe('the forms in their own language', () => {
  afterEach(() => worker?.resetHandlers(...createBackendHandlers({ latency: 0 })));

  it('fills the company in Kazakh when a Kazakh form gets the outcome before its first render', async () => {
    const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form locale="kk" .outcome=${outcome()}></tirkeu-resident-form>`);
    expect(control(el, 'company.name').value).to.equal('Жібек Жолы');
    expect(control(el, 'company.registeringAuthority').value).to.equal('Астана қаласының әділет департаменті');
  });

  it('gives its validity message in its own locale', async () => {
    const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form locale="kk" .certificate=${certificate()}></tirkeu-resident-form>`);
    await typeInto(el, 'user.phone', '1');
    expect(el.validationMessage).to.equal('Телефон нөмірін ел кодымен толық енгізіңіз, мысалы +7 701 123 45 67.');
  });

  it('lets the register\'s names follow a locale switch where the user left them; typed values stay', async () => {
    await backend();
    const el = await onlineResident();
    expect(control(el, 'company.name').value).to.equal('Dala Engineering');

    await switchTo(el, 'kk');
    expect(control(el, 'company.registeringAuthority').value).to.equal('Астана қаласының әділет департаменті');
    expect(control(el, 'company.name').value).to.equal('Дала Инжиниринг');

    await typeInto(el, 'company.name', 'Менің атауым');
    await switchTo(el, 'en');
    expect(control(el, 'company.name').value).to.equal('Менің атауым');
    // Untouched, the authority follows again (the register has no English name for it: Russian).
    expect(control(el, 'company.registeringAuthority').value).to.equal('Департамент юстиции города Астаны');
  });

  it('says what it said before a locale switch again in the new locale: statuses and its message', async () => {
    await backend();
    const el = await onlineResident();
    await fillResident(el);
    worker!.use(http.post('/api/registrations', () => HttpResponse.json({ code: 'organisation-exists' }, { status: 409 })));
    await confirmEmail(el);
    button(el, 'submit').click();
    await oneEvent(el, 'tirkeu-error');
    await settle(el);
    expect(message(el)!.textContent).to.contain('This organisation is already registered.');

    await switchTo(el, 'ru');
    expect(message(el)!.textContent!.trim()).to.equal(
      'Эта организация уже зарегистрирована. Сейчас нужны только ваши личные данные; для доступа к ней обратитесь к оператору.',
    );
    expect(emailStatus(el)).to.equal('✓ Почта подтверждена.');
  });

  it('says why the agreement is not signed in the locale switched to', async () => {
    const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form
      require-agreement
      .certificate=${certificate()}
      .signer=${() => Promise.reject(new Error('NCALayer closed'))}
    ></tirkeu-resident-form>`);
    await fillResident(el);
    const failed = oneEvent(el, 'tirkeu-error');
    control<HTMLButtonElement>(el, 'agreement').click();
    await failed;
    await switchTo(el, 'kk');
    expect(root(el).getElementById('f-agreement-error')!.textContent).to.contain(
      'Тіркеу өтінішіне қол қою мүмкін болмады. NCALayer-ді тексеріп, қайталаңыз.',
    );
  });

  it('starts over on a host form.reset(): steps said no more, prefills back, statuses true to them', async () => {
    await backend();
    const host = await mount<TirkeuResidentForm>(html`<form>
      <tirkeu-resident-form api-base="/api" .certificate=${certificate()}></tirkeu-resident-form>
    </form>`);
    const el = host;
    await el.lookupComplete;
    await settle(el);
    await typeInto(el, 'company.name', 'Typed name');
    await typeInto(el, 'user.phone', '+77012345678');
    await confirmEmail(el);
    expect(emailStatus(el)).to.equal('✓ E-mail confirmed.');

    el.closest('form')!.reset();
    await settle(el);
    expect(emailStatus(el)).to.equal('');
    expect(button(el, 'send-code-button').textContent!.trim()).to.equal('Send code');
    expect(control(el, 'user.phone').value).to.equal('');
    // "Filled in from the state register" stays true: what the register filled in is back.
    expect(lookupText(el)).to.equal('Filled in from the state register. Please check the details.');
    expect(control(el, 'company.name').value).to.equal('Dala Engineering');
    expect(control(el, 'company.registrationNumber').value).to.equal('10254-1901-ТОО');
    expect(control(el, 'user.iin').value).to.equal(IIN);
  });
});
