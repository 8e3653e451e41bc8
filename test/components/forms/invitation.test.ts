// Invitation links (seed 002): the token is resolved through the backend and the fields it
// carries are shown filled in, with a note; an expired or unknown token is said, nothing lost.
import { expect, html, oneEvent } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import type { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import type { TirkeuNonresidentForm } from '../../../src/components/nonresident-form/nonresident-form.js';
import type { TirkeuCombobox } from '../../../src/components/shared/combobox/combobox.js';
import type { TirkeuErrorDetail } from '../../../src/components/shared/events.js';
import { setupBrowserMocks } from '../../../mocks/backend/browser.js';
import { loadLocale } from '../../../src/i18n/localize.js';
import { createBackendHandlers, INVITATIONS } from '../../../mocks/backend/index.js';
import { certificate, control, IIN, mount, NEW_BIN, root, settle, typeInto, type AnyForm } from './helpers.js';

let worker: SetupWorker;

const note = (el: AnyForm) => root(el).querySelector<HTMLElement>('[part~="invitation"]');
const noteText = (el: AnyForm) => note(el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const prefilled = (el: AnyForm) =>
  [...root(el).querySelectorAll<HTMLInputElement>('input[data-prefilled="invitation"]')].map((i) => i.name).sort();

async function ready<T extends AnyForm>(el: T): Promise<T> {
  await el.invitationComplete;
  await settle(el);
  return el;
}

describe('invitations', () => {
  beforeEach(async () => {
    worker = await setupBrowserMocks({ latency: 0 });
    worker.resetHandlers(...createBackendHandlers({ latency: 0 }));
  });

  it('prefills a resident form from the invitation and asks the user to check the fields', async () => {
    const el = await ready(
      await mount<TirkeuResidentForm>(html`<tirkeu-resident-form api-base="/api" invitation=${INVITATIONS.valid}></tirkeu-resident-form>`),
    );
    expect(control(el, 'user.email').value).to.equal('a.seitkali@dala-eng.example.kz');
    expect(control(el, 'company.idNumber').value).to.equal(NEW_BIN);
    expect(control(el, 'company.email').value).to.equal('info@dala-eng.example.kz');
    expect(control(el, 'company.phone').value).to.contain('7172');
    expect(prefilled(el)).to.deep.equal(['company.email', 'company.idNumber', 'company.phone', 'user.email']);
    expect(note(el)!.getAttribute('role')).to.equal('status');
    expect(noteText(el)).to.match(/^Filled in from your invitation by АО «Qarmet»: .*E-mail.*\. Please check them before you register\.$/);
    // The invited BIN is looked up in the register, as a typed one would be.
    await el.lookupComplete;
    await settle(el);
    expect(control(el, 'company.nameRu').value).to.be.a('string').and.not.empty;
    // The values are the user's to submit.
    expect(el.value.user.email).to.equal('a.seitkali@dala-eng.example.kz');
  });

  it('never overwrites what the user typed or what the certificate fixes', async () => {
    const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form api-base="/api" .certificate=${certificate()}></tirkeu-resident-form>`);
    await typeInto(el, 'user.email', 'mine@example.kz');
    el.invitation = INVITATIONS.valid;
    await ready(el);
    expect(control(el, 'user.email').value).to.equal('mine@example.kz');
    expect(control(el, 'user.iin').value).to.equal(IIN);
    expect(prefilled(el)).not.to.include('user.email');
    expect(prefilled(el)).to.include('company.phone');
  });

  it('prefills a non-resident form: names, identifier, country', async () => {
    const el = await ready(
      await mount<TirkeuNonresidentForm>(
        html`<tirkeu-nonresident-form api-base="/api" invitation=${INVITATIONS.nonResident}></tirkeu-nonresident-form>`,
      ),
    );
    expect(control(el, 'user.name').value).to.equal('Anna');
    expect(control(el, 'user.surname').value).to.equal('Schmidt');
    expect(control(el, 'company.identifier').value).to.equal('HRB 123456');
    expect(control(el, 'company.name').value).to.equal('Rhein Anlagenbau');
    expect(control<TirkeuCombobox>(el, 'company.country').value).to.equal('DE');
    expect(noteText(el)).to.contain('Please check them');
  });

  for (const [token, code, text] of [
    [INVITATIONS.expired, 'invitation-expired', 'This invitation has expired. Fill in the form yourself or ask for a new invitation.'],
    ['no-such-invitation', 'invitation-not-found', 'This invitation link is not valid. Fill in the form yourself or ask for a new invitation.'],
  ] as const) {
    it(`says so when the invitation is refused (${code}), and keeps what was typed`, async () => {
      const el = await mount<TirkeuNonresidentForm>(html`<tirkeu-nonresident-form api-base="/api"></tirkeu-nonresident-form>`);
      await typeInto(el, 'user.name', 'Jan');
      const error = oneEvent(el, 'tirkeu-error');
      el.invitation = token;
      const { detail } = (await error) as CustomEvent<TirkeuErrorDetail>;
      await ready(el);
      expect(detail.code).to.equal(code);
      expect(detail.message).to.equal(text);
      expect(noteText(el)).to.equal(text);
      expect(note(el)!.getAttribute('data-state')).to.equal(code.replace('invitation-', ''));
      expect(control(el, 'user.name').value).to.equal('Jan');
      expect(prefilled(el)).to.deep.equal([]);
    });
  }

  it('speaks the form\'s language and stays accessible', async () => {
    await loadLocale('kk');
    const el = await ready(
      await mount<TirkeuNonresidentForm>(
        html`<tirkeu-nonresident-form locale="kk" api-base="/api" invitation=${INVITATIONS.expired}></tirkeu-nonresident-form>`,
      ),
    );
    expect(noteText(el)).to.equal('Шақырудың мерзімі өтті. Форманы өзіңіз толтырыңыз немесе жаңа шақыру сұраңыз.');
    await expect(el).to.be.accessible();
    el.locale = 'ru';
    await loadLocale('ru');
    el.invitation = INVITATIONS.nonResident;
    await ready(el);
    expect(noteText(el)).to.match(/^Заполнено по приглашению от АО «Qarmet»: .+\. Проверьте эти сведения перед регистрацией\.$/);
    await expect(el).to.be.accessible();
  });

  it('waits for a backend before resolving the token', async () => {
    const el = await mount<TirkeuNonresidentForm>(html`<tirkeu-nonresident-form invitation=${INVITATIONS.nonResident}></tirkeu-nonresident-form>`);
    expect(note(el)).to.equal(null);
    el.apiBase = '/api';
    await settle(el);
    await ready(el);
    expect(control(el, 'user.name').value).to.equal('Anna');
  });
});
