// Drafts as a user lives them, in a real page (an iframe) with the real IndexedDB: reload in
// the middle and find every value and file; close the tab while typing and lose at most the
// last second.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TirkeuNonresidentForm } from '../../src/components/nonresident-form/nonresident-form.js';
import type { TirkeuDocumentUploader } from '../../src/components/document-uploader/document-uploader.js';
import { plainPdf, pngBytes } from '../../mocks/documents/index.js';

interface HostPage {
  window: Window & { ready: Promise<unknown> };
  form: TirkeuNonresidentForm;
  uploader: TirkeuDocumentUploader;
}

async function open(db: string, id?: string): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = new URL(`./page.html?db=${db}${id ? `&id=${id}` : ''}`, import.meta.url).href;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as HostPage['window'];
  await waitUntil(() => 'ready' in win, 'the page started', { timeout: 5000 });
  await win.ready;
  const form = win.document.querySelector('tirkeu-nonresident-form') as TirkeuNonresidentForm;
  const uploader = win.document.querySelector('tirkeu-document-uploader') as TirkeuDocumentUploader;
  return { window: win, form, uploader };
}

const close = (page: HostPage) => page.window.frameElement!.remove();
const input = (page: HostPage, key: string) => page.form.shadowRoot!.getElementById(`f-${key.replace('.', '-')}`) as HTMLInputElement;

async function type(page: HostPage, key: string, text: string): Promise<void> {
  const box = input(page, key);
  box.focus();
  await sendKeys({ type: text });
}

const dbName = (test: string) => `tirkeu-test-${test}-${Math.random().toString(36).slice(2)}`;

describe('drafts in a host page', () => {
  it('reload in the middle: every value and every file is back, with its checks', async () => {
    const db = dbName('reload');
    const page = await open(db);
    await type(page, 'user.name', 'Aliya');
    await type(page, 'user.email', 'aliya@example.com');
    const original = await plainPdf(2);
    // Files from the host page's own realm, as its file input would give them.
    const frameFile = (bytes: Uint8Array, name: string) => new (page.window as unknown as typeof globalThis).File([bytes as BlobPart], name);
    await page.uploader.addFiles('bank-certificate', [frameFile(original, 'bank.pdf')]);
    await page.uploader.addFiles('other', [frameFile(await pngBytes(), 'scan.png')]);
    await waitUntil(() => !!page.form.draftId && page.form.draftId === page.uploader.draftId, 'one draft for both widgets', { timeout: 5000 });
    const id = page.form.draftId!;
    // Saved after a pause in the typing: wait it out, as a user who stops would.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    close(page);

    const again = await open(db, id);
    await waitUntil(() => input(again, 'user.name')?.value === 'Aliya', 'the name is back', { timeout: 5000 });
    expect(input(again, 'user.email').value).to.equal('aliya@example.com');
    await waitUntil(() => again.uploader.value['bank-certificate']?.length === 1, 'the files are back', { timeout: 5000 });
    const [pdf] = again.uploader.value['bank-certificate']!;
    expect(pdf).to.include({ name: 'bank.pdf', type: 'application/pdf', state: 'ready' });
    expect(pdf!.inspection!.pages).to.equal(2);
    expect(again.uploader.value.other![0]).to.include({ name: 'scan.png', type: 'image/png' });
    const restored = again.uploader.files()['bank-certificate']![0]!;
    expect(new Uint8Array(await restored.arrayBuffer()), 'the very bytes that were added').to.deep.equal(original);
    close(again);
  });

  it('a tab closed while typing loses at most the last second', async () => {
    const db = dbName('closed');
    const page = await open(db);
    await type(page, 'user.name', 'Dana');
    await waitUntil(() => !!page.form.draftId, 'a draft started', { timeout: 5000 });
    const id = page.form.draftId!;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // A tab that dies (a crash, the power) has no `pagehide` to save in: what is stored a second
    // after the typing is all a crash would leave. Read it now, with the tab still open.
    const { openDraftStore } = await import('../../src/drafts/index.js');
    const probe = await openDraftStore({ name: db });
    const stored = await probe.load(id);
    expect(stored.ok && (stored.draft.data['form'] as { value: { user: { name?: string } } }).value.user.name, 'saved within a second').to.equal('Dana');
    probe.close();
    // The last keys, and the tab goes before the pause is over.
    await type(page, 'user.surname', 'X');
    close(page);

    const again = await open(db, id);
    await waitUntil(() => input(again, 'user.name')?.value === 'Dana', 'what was typed a second before is there', { timeout: 5000 });
    close(again);
  });

  it('two tabs on one draft: the second is told and saves nothing until it takes the draft over', async () => {
    const db = dbName('tabs');
    const first = await open(db);
    await type(first, 'user.name', 'Asel');
    await waitUntil(() => !!first.form.draftId, 'a draft started', { timeout: 5000 });
    const id = first.form.draftId!;
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const errors: string[] = [];
    const second = await open(db, id);
    second.window.document.addEventListener('tirkeu-error', (e) => errors.push((e as CustomEvent).detail.code));
    await waitUntil(() => input(second, 'user.name')?.value === 'Asel', 'the second tab shows the draft', { timeout: 5000 });
    await waitUntil(() => errors.includes('draft-locked'), 'the second tab is told the draft is open elsewhere', { timeout: 5000 });
    await type(second, 'user.surname', 'Second');
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const { openDraftStore } = await import('../../src/drafts/index.js');
    const probe = await openDraftStore({ name: db });
    const surname = async () => {
      const loaded = await probe.load(id);
      return loaded.ok ? ((loaded.draft.data['form'] as { value: { user: { surname?: string } } }).value.user.surname ?? '') : '?';
    };
    expect(await surname(), 'the locked tab wrote nothing').to.equal('');

    const firstErrors: string[] = [];
    first.window.document.addEventListener('tirkeu-error', (e) => firstErrors.push((e as CustomEvent).detail.code));
    // The tab says so, in place, and offers to continue here.
    const notice = () => second.form.shadowRoot!.querySelector<HTMLElement>('[part~="draft-locked"]');
    await waitUntil(() => notice(), 'the notice is shown', { timeout: 5000 });
    expect(notice()!.textContent).to.contain('open in another tab');
    notice()!.querySelector<HTMLButtonElement>('[part~="draft-take-over"]')!.click();
    await waitUntil(async () => (await surname()) === 'Second', 'taken over: this tab saved', { timeout: 5000 });
    await waitUntil(() => !notice(), 'the notice is gone', { timeout: 5000 });
    await waitUntil(() => firstErrors.includes('draft-locked'), 'the first tab is told', { timeout: 5000 });
    await waitUntil(() => !!first.form.shadowRoot!.querySelector('[part~="draft-locked"]'), 'and offered to take it back', { timeout: 5000 });
    await type(first, 'user.surname', 'First');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await surname(), 'the first tab no longer overwrites it').to.equal('Second');
    probe.close();
    close(first);
    close(second);
  });
});
