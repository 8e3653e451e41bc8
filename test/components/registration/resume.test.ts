// A registration kept in a draft: leave it at any step (a reload, a closed tab) and find it at
// that step with every value and file; a page with a draft offers to continue it.
import { expect, waitUntil } from '@open-wc/testing';
import { fileOf, plainPdf } from '../../../mocks/documents/index.js';
import { deAccount } from '../forms/helpers.js';
import { choosePath, formOf, headingText, mountFlow, next, part, settle, typeInto, uploaderOf } from './helpers.js';
import { control } from '../forms/helpers.js';
import type { TirkeuRegistration } from '../../../src/components/registration/registration.js';
import type { TirkeuDraftBanner } from '../../../src/components/draft-banner/draft-banner.js';

const dbName = (test: string) => `tirkeu-flow-${test}-${Math.random().toString(36).slice(2)}`;
/** Saving happens after a pause in the typing (0.7 s) and at once on a step: wait it out, as a user who stops would. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 1200));

/** A non-resident halfway: the user and company steps done, one document added, at the documents step. */
async function halfway(db: string): Promise<{ el: TirkeuRegistration; pdf: Uint8Array }> {
  const el = await mountFlow({ drafts: db, offline: true });
  await choosePath(el, 'non-resident');
  await next(el, 'user');
  const form = formOf(el);
  await typeInto(form, 'user.surname', 'Schmidt');
  await typeInto(form, 'user.name', 'Anna');
  await typeInto(form, 'user.phone', '+49 30 1234567');
  await typeInto(form, 'user.email', 'anna.schmidt@example.de');
  await next(el, 'company');
  await typeInto(form, 'company.name', 'Rhein Anlagenbau GmbH');
  await next(el);
  form.value = { ...(form.value as object), bankAccounts: [deAccount] } as never;
  await settle(form);
  if (el.step === 'company') {
    await typeInto(form, 'company.identifier', 'HRB 123456');
    await typeInto(form, 'company.email', 'info@rhein.example.de');
    await typeInto(form, 'company.phone', '+49 30 7654321');
    await typeInto(form, 'company.legalAddress', 'Berlin, Unter den Linden 1');
    form.value = { ...(form.value as object), company: { ...(form.value as { company: object }).company, country: 'DE' } } as never;
    await settle(form);
    await next(el, 'bank');
  }
  await next(el, 'documents');
  const pdf = await plainPdf(2);
  await uploaderOf(el).addFiles('bank-certificate', [fileOf(pdf, 'bank.pdf', 'application/pdf')]);
  await uploaderOf(el).settled();
  await pause();
  return { el, pdf };
}

describe('tirkeu-registration with drafts', function () {
  this.timeout(60000);

  it('a registration left at the documents step comes back there, every value and file intact', async () => {
    const db = dbName('resume');
    const { el, pdf } = await halfway(db);
    const id = el.draftId!;
    expect(id, 'a draft was started').to.be.a('string');
    el.remove();

    const again = await mountFlow({ drafts: db, draftId: id, offline: true });
    await waitUntil(() => again.step === 'documents', `back at the documents step (at ${again.step})`, { timeout: 10000 });
    expect(headingText(again)).to.equal('Documents');
    await waitUntil(() => uploaderOf(again).value['bank-certificate']?.length === 1, 'the file is back', { timeout: 10000 });
    const restored = uploaderOf(again).files()['bank-certificate']![0]!;
    expect(new Uint8Array(await restored.arrayBuffer()), 'the very bytes').to.deep.equal(pdf);
    await part<HTMLButtonElement>(again, 'back')!.click();
    await waitUntil(() => again.step === 'bank');
    await part<HTMLButtonElement>(again, 'back')!.click();
    await waitUntil(() => again.step === 'company');
    const form = formOf(again);
    await settle(form);
    expect(control(form, 'company.name').value).to.equal('Rhein Anlagenbau GmbH');
    await part<HTMLButtonElement>(again, 'back')!.click();
    await waitUntil(() => again.step === 'user');
    await settle(form);
    expect(control(form, 'user.email').value).to.equal('anna.schmidt@example.de');
    expect(control(form, 'user.phone').value.replace(/\s/g, ''), 'the number typed').to.equal('+49301234567');
  });

  it('a page with a draft offers it; Continue resumes at its step', async () => {
    const db = dbName('banner');
    const { el } = await halfway(db);
    el.remove();

    const again = await mountFlow({ drafts: db, offline: true });
    const banner = await waitUntil(() => again.shadowRoot!.querySelector<TirkeuDraftBanner>('tirkeu-draft-banner'), 'the banner is shown', { timeout: 5000 })
      .then(() => again.shadowRoot!.querySelector<TirkeuDraftBanner>('tirkeu-draft-banner')!);
    const continueButton = await waitUntil(() => banner.shadowRoot?.querySelector('[part~="continue-button"]'), 'the draft is listed', { timeout: 10000 })
      .then(() => banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="continue-button"]')!);
    expect(banner.shadowRoot!.querySelector('[part~="draft-step"]')!.textContent).to.contain('5');
    continueButton.click();
    await waitUntil(() => again.step === 'documents', `resumed at the documents step (at ${again.step})`, { timeout: 10000 });
    await waitUntil(() => uploaderOf(again).value['bank-certificate']?.length === 1, 'with its file', { timeout: 10000 });
  });
});
