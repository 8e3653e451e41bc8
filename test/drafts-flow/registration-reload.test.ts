// The registration flow across a real reload (a new document, as a portal page reloads): every
// value, the step and the files come back; the draft's own page-level state is gone with the
// page, so nothing in memory can stand in for what IndexedDB holds.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TirkeuRegistration } from '../../src/components/registration/registration.js';
import type { TirkeuDocumentUploader } from '../../src/components/document-uploader/document-uploader.js';
import { deutscheAccount } from '../../mocks/sample-accounts.js';
import { plainPdf } from '../../mocks/documents/index.js';

interface FlowPage {
  window: Window & typeof globalThis & { ready: Promise<unknown> };
  flow: TirkeuRegistration;
}

async function open(db: string, id?: string): Promise<FlowPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '900px';
  frame.src = new URL(`./registration-page.html?db=${db}${id ? `&id=${id}` : ''}`, import.meta.url).href;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as FlowPage['window'];
  await waitUntil(() => 'ready' in win, 'the page started', { timeout: 5000 });
  await win.ready;
  return { window: win, flow: win.document.querySelector('tirkeu-registration')! };
}

const close = (page: FlowPage) => page.window.frameElement!.remove();
const part = (page: FlowPage, name: string) => page.flow.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const form = (page: FlowPage) => part(page, 'form') as HTMLElement & { value: unknown; updateComplete: Promise<unknown> };
const field = (page: FlowPage, key: string) => form(page).shadowRoot!.getElementById(`f-${key.replace('.', '-')}`) as HTMLInputElement;
const uploader = (page: FlowPage) => page.flow.shadowRoot!.querySelector('tirkeu-document-uploader') as TirkeuDocumentUploader;

async function type(page: FlowPage, key: string, text: string): Promise<void> {
  field(page, key).focus();
  await sendKeys({ type: text });
  field(page, key).blur();
}

async function next(page: FlowPage, step: string): Promise<void> {
  part(page, 'next')!.click();
  await waitUntil(() => page.flow.step === step, `step ${step} (at ${page.flow.step})`, { timeout: 10000 });
  await form(page)?.updateComplete;
}

describe('the registration across a reload', function () {
  this.timeout(60000);

  it('comes back at the step it was left, with every value and file', async () => {
    const db = `tirkeu-flow-reload-${Math.random().toString(36).slice(2)}`;
    const page = await open(db);
    page.flow.shadowRoot!.querySelector<HTMLInputElement>('input[value="non-resident"]')!.click();
    await next(page, 'user');
    await type(page, 'user.surname', 'Schmidt');
    await type(page, 'user.name', 'Anna');
    await type(page, 'user.phone', '+49 30 1234567');
    await type(page, 'user.email', 'anna@example.de');
    await next(page, 'company');
    await type(page, 'company.name', 'Rhein Anlagenbau GmbH');
    await type(page, 'company.identifier', 'HRB 123456');
    await type(page, 'company.email', 'info@rhein.example.de');
    await type(page, 'company.phone', '+49 30 7654321');
    await type(page, 'company.legalAddress', 'Berlin, Unter den Linden 1');
    const typed = form(page).value as { company: object };
    form(page).value = { ...typed, company: { ...typed.company, country: 'DE' } };
    await next(page, 'bank');
    form(page).value = { bankAccounts: [deutscheAccount] };
    await next(page, 'documents');
    const bytes = await plainPdf(1);
    await uploader(page).addFiles('bank-certificate', [new page.window.File([bytes as BlobPart], 'bank.pdf', { type: 'application/pdf' })]);
    await uploader(page).settled();
    await waitUntil(() => !!page.flow.draftId, 'a draft');
    const id = page.flow.draftId!;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    close(page);

    const again = await open(db, id);
    await waitUntil(() => again.flow.step === 'documents', `back at the documents step (at ${again.flow.step})`, { timeout: 10000 });
    await waitUntil(() => uploader(again).value['bank-certificate']?.length === 1, 'the file is back', { timeout: 10000 });
    expect(new Uint8Array(await uploader(again).files()['bank-certificate']![0]!.arrayBuffer())).to.deep.equal(bytes);
    part(again, 'back')!.click();
    await waitUntil(() => again.flow.step === 'bank');
    part(again, 'back')!.click();
    await waitUntil(() => again.flow.step === 'company');
    await form(again).updateComplete;
    expect(field(again, 'company.name').value).to.equal('Rhein Anlagenbau GmbH');
    expect(field(again, 'company.identifier').value).to.equal('HRB 123456');
    part(again, 'back')!.click();
    await waitUntil(() => again.flow.step === 'user');
    await form(again).updateComplete;
    expect(field(again, 'user.surname').value).to.equal('Schmidt');
    expect(field(again, 'user.email').value).to.equal('anna@example.de');
    close(again);
  });
});
