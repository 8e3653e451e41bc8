import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TirkeuNonresidentForm } from '../../../src/components/nonresident-form/nonresident-form.js';
import type { SubmitDetail } from '../../../src/components/registration-sections/registration-form.js';
import type { TirkeuCombobox } from '../../../src/components/shared/combobox/combobox.js';
import { nonResidentRegistrationSchema, type NonResidentRegistration } from '../../../src/model/index.js';
import { loadLocale, lookupFor } from '../../../src/i18n/localize.js';
import { validationMessage } from '../../../src/components/shared/validation-messages.js';
import { button, control, deAccount, errorOf, has, mount, paste, root, settle, summaryLinks, typeInto } from './helpers.js';

const messageIn = async (locale: 'ru' | 'kk' | 'en', code: string) => {
  await loadLocale(locale);
  return validationMessage(code, lookupFor(locale));
};
const make = () => mount<TirkeuNonresidentForm>(html`<tirkeu-nonresident-form></tirkeu-nonresident-form>`);

describe('tirkeu-nonresident-form', () => {
  it('asks for user, company with country, and bank accounts; no IIN, no code step without a backend', async () => {
    const el = await make();
    for (const key of ['user.name', 'user.surname', 'user.phone', 'user.email', 'company.identifier', 'company.name', 'company.country', 'company.phone', 'company.email', 'company.legalAddress', 'bankAccounts'])
      expect(has(el, key), key).to.equal(true);
    expect(has(el, 'user.iin')).to.equal(false);
    expect(has(el, 'user.emailCode')).to.equal(false);
    expect(control(el, 'company.country').localName).to.equal('tirkeu-combobox');
    expect(root(el).querySelector('tirkeu-bank-details')!.resident).to.equal(false);
  });

  it('wants phones in international form', async () => {
    const el = await make();
    await typeInto(el, 'user.phone', '8 030 1234567');
    expect(errorOf(el, 'user.phone')).to.equal(await messageIn('en', 'phone-country-code'));
    expect(control(el, 'user.phone').value).to.equal('8 030 1234567');
    await paste(el, 'user.phone', '+49-30-123-4567');
    expect(errorOf(el, 'user.phone')).to.equal('');
    await typeInto(el, 'company.identifier', 'HRB#1');
    expect(errorOf(el, 'company.identifier')).to.equal(await messageIn('en', 'company-identifier-format'));
  });

  it('gives a foreign example, not a Kazakh one, when a phone number is incomplete', async () => {
    const el = await make();
    const foreign = 'Enter the full phone number with the country code, for example +49 30 1234567.';
    await typeInto(el, 'user.phone', '+49 30');
    expect(errorOf(el, 'user.phone')).to.equal(foreign);
    await typeInto(el, 'company.phone', '+7 701');
    expect(errorOf(el, 'company.phone')).to.equal(foreign);
  });

  it('warns about "GmbH" in the company name without refusing it', async () => {
    const el = await make();
    await typeInto(el, 'company.name', 'Rhein Anlagenbau GmbH');
    expect(root(el).querySelector('[part~="warning"]')!.textContent).to.contain('GmbH');
    expect(errorOf(el, 'company.name')).to.equal('');
  });

  it('completes with the keyboard alone and gives one typed payload', async () => {
    const el = await make();
    const events: CustomEvent<SubmitDetail<NonResidentRegistration>>[] = [];
    el.addEventListener('tirkeu-submit', (e) => events.push(e as CustomEvent));
    control(el, 'user.name').focus();
    await sendKeys({ type: 'Anna' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Schmidt' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '+49 30 1234567' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'a.schmidt@example.de' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'HRB 123456' });
    await sendKeys({ press: 'Tab' }); // company name
    await sendKeys({ type: 'Rhein Anlagenbau' });
    await sendKeys({ press: 'Tab' }); // country combobox
    await sendKeys({ type: 'Germ' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '+49 221 987654' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'info@example.de' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Rheinufer 1, 50668 Köln' });
    await settle(el);
    expect((control(el, 'company.country') as TirkeuCombobox).value).to.equal('DE');
    el.value = { bankAccounts: [deAccount] } as Partial<NonResidentRegistration>;
    await settle(el);
    control(el, 'company.legalAddress').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(summaryLinks(el)).to.have.length(0);
    expect(events).to.have.length(1);
    const payload = events[0].detail.payload;
    expect(nonResidentRegistrationSchema.safeParse(payload).success).to.equal(true);
    expect(payload).to.deep.include({ kind: 'non-resident', legalStatus: 'legal-entity' });
    expect(payload.user).to.deep.equal({ name: 'Anna', surname: 'Schmidt', phone: '+49301234567', email: 'a.schmidt@example.de' });
    expect(payload.company).to.deep.equal({
      identifier: 'HRB 123456',
      name: 'Rhein Anlagenbau',
      country: 'DE',
      phone: '+49221987654',
      email: 'info@example.de',
      legalAddress: 'Rheinufer 1, 50668 Köln',
    });
  });

  it('shows the summary on submit and the country error in the combobox', async () => {
    const el = await make();
    button(el, 'submit').click();
    await settle(el);
    expect(summaryLinks(el).map((a) => a.getAttribute('href'))).to.include('#f-company-country');
    expect(errorOf(el, 'company.country')).to.equal(await messageIn('en', 'required'));
  });

  it('gives its payload in a host form and is accessible', async () => {
    const el = await mount<TirkeuNonresidentForm>(html`<form><tirkeu-nonresident-form name="nr"></tirkeu-nonresident-form></form>`);
    await typeInto(el, 'user.name', 'Anna');
    const data = new FormData(el.closest('form')!);
    expect(JSON.parse(String(data.get('nr'))).user.name).to.equal('Anna');
    expect(el.checkValidity()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('renders in Kazakh and Russian', async () => {
    for (const [locale, title] of [['kk', 'Банктік шоттар'], ['ru', 'Банковские счета']] as const) {
      await loadLocale(locale);
      const el = await mount<TirkeuNonresidentForm>(html`<div lang=${locale}><tirkeu-nonresident-form></tirkeu-nonresident-form></div>`);
      expect(root(el).querySelector('#bank-title')!.textContent).to.equal(title);
      await typeInto(el, 'user.email', 'nope');
      expect(errorOf(el, 'user.email')).to.equal(await messageIn(locale, 'email-format'));
    }
  });

  it('fires tirkeu-submit only once per submit', async () => {
    const el = await make();
    el.value = {
      user: { name: 'Anna', phone: '+49301234567', email: 'a@example.de' },
      company: { identifier: 'X1', name: 'Acme', country: 'DE', phone: '+49221987654', email: 'i@example.de', legalAddress: 'Köln' },
      bankAccounts: [deAccount],
    } as Partial<NonResidentRegistration>;
    await settle(el);
    setTimeout(() => button(el, 'submit').click());
    const event = await oneEvent(el, 'tirkeu-submit');
    expect((event as CustomEvent).detail.payload.company.name).to.equal('Acme');
  });
});
