// <tirkeu-document-uploader> with files that are not PDFs: slots per registrant, type by content,
// size, empty files, duplicates, remove with undo, replace, dates of issue, events, the manifest.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { extendCatalogue, SUPPLIER_PORTAL_CATALOGUE, type DocumentSpec } from '../../../src/model/index.js';
import { jpegBytes, pngBytes } from '../../../mocks/documents/index.js';
import { dropOn, fileOf, mountUploader, pick, problemCodes, problemTexts, root, rowsOf, sha256Hex, slotOf } from './helpers.js';
import type { DocumentAddDetail, DocumentRemoveDetail } from '../../../src/components/document-uploader/define.js';

const slotNames = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="slot"]')].map(
    (slot) => `${slot.dataset.slot}${slot.querySelector('[part~="required-mark"]') ? '*' : ''}`,
  );
const daysAgo = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
};

describe('tirkeu-document-uploader', () => {
  it('shows each registrant type exactly its documents, required ones marked', async () => {
    const el = await mountUploader({ registrant: 'individual-entrepreneur' });
    expect(slotNames(el)).to.deep.equal([
      'state-registration*', 'bank-certificate*', 'tax-arrears-certificate', 'supplier-questionnaire*', 'appendix-5*',
      'responsible-sourcing-letter*', 'human-rights-letter*', 'other',
    ]);
    el.registrant = 'joint-stock-company';
    await el.updateComplete;
    expect(slotNames(el)).to.include('shareholders-register*');
    el.registrant = 'natural-person';
    await el.updateComplete;
    expect(slotNames(el)).to.deep.equal(['identity-document*', 'bank-certificate*', 'other']);
    const link = slotOf(el, 'bank-certificate').querySelector('[part~="template-link"]');
    expect(link, 'no template for the bank certificate').to.equal(null);
    el.registrant = 'legal-entity';
    await el.updateComplete;
    const template = slotOf(el, 'appendix-5').querySelector<HTMLAnchorElement>('[part~="template-link"]')!;
    expect(template.getAttribute('href')).to.equal('/templates/');
    expect(template.rel).to.contain('noopener');
  });

  it('reads the type from the content: a PNG named .pdf is a PNG', async () => {
    const el = await mountUploader();
    const png = fileOf(await pngBytes(), 'statement.pdf', 'application/pdf');
    // The bank certificate takes scans: accepted, as the PNG it is.
    await dropOn(el, 'bank-certificate', [png]);
    expect(el.value['bank-certificate']![0]).to.include({ name: 'statement.pdf', type: 'image/png', state: 'ready' });
    // The tax certificate takes PDFs only: refused, saying what the file really is.
    await dropOn(el, 'tax-arrears-certificate', [fileOf(await pngBytes(10, 10), 'tax.pdf', 'application/pdf')]);
    const [row] = rowsOf(el, 'tax-arrears-certificate');
    expect(row!.dataset.state).to.equal('error');
    expect(problemCodes(row!)).to.deep.equal(['file-type-not-accepted']);
    expect(problemTexts(row!)[0]).to.equal('Error: This file is a PNG (by its content, whatever its name); this document takes: PDF.');
    expect(el.manifest().map((m) => m.slot), 'an unusable file is not in the manifest').to.deep.equal(['bank-certificate']);
  });

  it('refuses an empty file, a file over the limit and a file of no known type, in place', async () => {
    const small: DocumentSpec[] = extendCatalogue(SUPPLIER_PORTAL_CATALOGUE, [{ id: 'other', maxSize: 2048 }]);
    const el = await mountUploader({ catalogue: small });
    await pick(el, 'other', [
      fileOf(new Uint8Array(0), 'empty.pdf'),
      fileOf(await jpegBytes(400, 400), 'big.jpg', 'image/jpeg'),
      fileOf(new TextEncoder().encode('just text, named like a PDF'), 'notes.pdf', 'application/pdf'),
    ]);
    const rows = rowsOf(el, 'other');
    expect(rows.map((r) => problemCodes(r))).to.deep.equal([['file-empty'], ['file-too-large'], ['file-type-unknown']]);
    expect(problemTexts(rows[0]!)[0]).to.equal('Error: This file is empty. Choose another one.');
    expect(problemTexts(rows[1]!)[0]).to.match(/^Error: This file is \d+(\.\d)? KB; this document takes files up to 2 KB\./);
    expect(problemTexts(rows[2]!)[0]).to.equal('Error: This file is not a document the portal can open. Choose a file of type: PDF, JPEG, PNG.');
    expect(rows.every((r) => r.dataset.state === 'error')).to.equal(true);
    expect(el.files(), 'no usable file').to.deep.equal({});
  });

  it('warns about the same file in two slots and refuses it twice in one', async () => {
    const el = await mountUploader();
    const bytes = await pngBytes();
    await dropOn(el, 'bank-certificate', [fileOf(bytes, 'a.png')]);
    await dropOn(el, 'other', [fileOf(bytes, 'b.png'), fileOf(bytes, 'c.png')]);
    expect(problemCodes(rowsOf(el, 'bank-certificate')[0]!)).to.deep.equal(['file-in-other-slot']);
    expect(problemTexts(rowsOf(el, 'bank-certificate')[0]!)[0]).to.equal(
      'Warning: The same file is also added as: Other files. Check that each document has the right file.',
    );
    expect(rowsOf(el, 'other').map((r) => problemCodes(r))).to.deep.equal([['file-in-other-slot'], ['file-repeated', 'file-in-other-slot']]);
    expect(rowsOf(el, 'bank-certificate')[0]!.dataset.state).to.equal('warning');
    // Removing the twin clears the warning.
    rowsOf(el, 'other')[1]!.querySelector<HTMLButtonElement>('[part~="remove-button"]')!.click();
    rowsOf(el, 'other')[0]!.querySelector<HTMLButtonElement>('[part~="remove-button"]')!.click();
    await el.updateComplete;
    expect(problemCodes(rowsOf(el, 'bank-certificate')[0]!)).to.deep.equal([]);
  });

  it('gives the SHA-256 of the exact bytes, and FormData holds those bytes under the slot id', async () => {
    const el = await mountUploader();
    const bytes = await jpegBytes();
    await dropOn(el, 'bank-certificate', [fileOf(bytes, 'bank.jpg')]);
    const expected = await sha256Hex(bytes);
    expect(el.value['bank-certificate']![0]!.sha256).to.equal(expected);
    const form = document.createElement('form');
    el.parentElement!.append(form);
    form.append(el);
    const data = new FormData(form);
    const file = data.get('documents[bank-certificate]') as File;
    expect(await sha256Hex(await file.arrayBuffer()), 'the part matches the manifest').to.equal(expected);
    expect(JSON.parse(data.get('documents') as string)).to.deep.equal([
      { slot: 'bank-certificate', fileName: 'bank.jpg', size: bytes.length, type: 'image/jpeg', sha256: expected },
    ]);
    // A known vector: nothing in the test computes the hash the element is checked against.
    await dropOn(el, 'other', [fileOf(new TextEncoder().encode('abc'), 'abc.txt')]);
    expect(el.value.other![0]!.sha256).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('removes with the X, brings the file back with Undo, and says so in events', async () => {
    const el = await mountUploader();
    const added: DocumentAddDetail[] = [];
    const removed: DocumentRemoveDetail[] = [];
    el.addEventListener('tirkeu-document-add', (e) => added.push(e.detail));
    el.addEventListener('tirkeu-document-remove', (e) => removed.push(e.detail));
    await dropOn(el, 'other', [fileOf(await pngBytes(), 'one.png'), fileOf(await jpegBytes(), 'two.jpg')]);
    // One event per file once its checks are done; two files dropped together finish in either order.
    expect(added.map((d) => `${d.slot}:${d.file.name}:${d.file.state}`).sort()).to.deep.equal(['other:one.png:ready', 'other:two.jpg:ready']);
    expect(rowsOf(el, 'other').map((r) => r.querySelector('[part~="file-name"]')!.textContent), 'the rows keep the order of the drop').to.deep.equal(['one.png', 'two.jpg']);
    const remove = rowsOf(el, 'other')[0]!.querySelector<HTMLButtonElement>('[part~="remove-button"]')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove one.png');
    remove.click();
    await el.updateComplete;
    expect(rowsOf(el, 'other').map((r) => r.querySelector('[part~="file-name"]')!.textContent)).to.deep.equal(['two.jpg']);
    expect(removed.map((d) => `${d.file.name}:${d.reason}`)).to.deep.equal(['one.png:remove']);
    const undo = slotOf(el, 'other').querySelector<HTMLButtonElement>('[part~="undo-button"]')!;
    expect(root(el).activeElement, 'focus goes to Undo').to.equal(undo);
    expect(slotOf(el, 'other').querySelector('[part~="undo"]')!.textContent).to.contain('Removed: one.png.');
    undo.click();
    await el.updateComplete;
    expect(rowsOf(el, 'other').map((r) => r.querySelector('[part~="file-name"]')!.textContent), 'back in its place').to.deep.equal(['one.png', 'two.jpg']);
    expect(root(el).activeElement).to.equal(rowsOf(el, 'other')[0]!.querySelector('[part~="remove-button"]'));
    expect(rowsOf(el, 'other')[0]!.querySelector<HTMLImageElement>('img[part~="thumbnail"]')!.src, 'a live thumbnail again').to.match(/^blob:/);
  });

  it('revokes a thumbnail URL when its file leaves the list', async () => {
    const el = await mountUploader();
    await dropOn(el, 'bank-certificate', [fileOf(await pngBytes(), 'a.png')]);
    const url = rowsOf(el, 'bank-certificate')[0]!.querySelector<HTMLImageElement>('img')!.src;
    expect((await fetch(url)).ok, 'live while shown').to.equal(true);
    rowsOf(el, 'bank-certificate')[0]!.querySelector<HTMLButtonElement>('[part~="remove-button"]')!.click();
    await el.updateComplete;
    let revoked = false;
    try {
      await fetch(url);
    } catch {
      revoked = true;
    }
    expect(revoked, 'revoked on remove').to.equal(true);
  });

  it('replaces a file, and a one-file slot takes a new drop as a replacement', async () => {
    const el = await mountUploader();
    const removed: DocumentRemoveDetail[] = [];
    el.addEventListener('tirkeu-document-remove', (e) => removed.push(e.detail));
    await dropOn(el, 'bank-certificate', [fileOf(await pngBytes(), 'old.png')]);
    expect(slotOf(el, 'bank-certificate').querySelector('[part~="dropzone"]'), 'a full one-file slot offers Replace instead').to.equal(null);
    await pick(el, 'bank-certificate', [fileOf(await jpegBytes(), 'new.jpg')], rowsOf(el, 'bank-certificate')[0]!.querySelector<HTMLElement>('[part~="replace-button"]')!);
    expect(el.value['bank-certificate']!.map((f) => f.name)).to.deep.equal(['new.jpg']);
    await dropOn(el, 'bank-certificate', [fileOf(await pngBytes(20, 20), 'newer.png')]);
    expect(el.value['bank-certificate']!.map((f) => f.name)).to.deep.equal(['newer.png']);
    expect(removed.map((d) => `${d.file.name}:${d.reason}`)).to.deep.equal(['old.png:replace', 'new.jpg:replace']);
    slotOf(el, 'bank-certificate').querySelector<HTMLButtonElement>('[part~="undo-button"]')!.click();
    await el.updateComplete;
    expect(el.value['bank-certificate']!.map((f) => f.name), 'Undo after a replace').to.deep.equal(['new.jpg', 'newer.png']);
  });

  it('lists files past the slot limit with an error', async () => {
    const el = await mountUploader({ catalogue: extendCatalogue(SUPPLIER_PORTAL_CATALOGUE, [{ id: 'other', maxFiles: 2 }]) });
    await dropOn(el, 'other', [fileOf(await pngBytes(10, 10), '1.png'), fileOf(await pngBytes(11, 10), '2.png'), fileOf(await pngBytes(12, 10), '3.png')]);
    expect(rowsOf(el, 'other').map((r) => problemCodes(r))).to.deep.equal([[], [], ['file-too-many']]);
    expect(problemTexts(rowsOf(el, 'other')[2]!)[0]).to.equal('Error: This document takes at most 2 files. Remove this one or another.');
  });

  it('asks the date of issue of a document that must be recent, and checks it', async () => {
    const el = await mountUploader({ catalogue: extendCatalogue(SUPPLIER_PORTAL_CATALOGUE, [{ id: 'state-registration', accept: ['image/png'] }]) });
    await dropOn(el, 'state-registration', [fileOf(await pngBytes(), 'extract.png')]);
    const input = root(el).querySelector<HTMLInputElement>('[data-slot="state-registration"] input[part~="input"]')!;
    expect(root(el).querySelector(`label[for="${input.id}"]`)!.textContent).to.equal('Date of issue');
    expect(el.validate()).to.equal(false);
    await el.updateComplete;
    expect(el.validationMessage).to.match(/^Certificate of state registration: Enter the date of issue\.$/);
    const error = () => root(el).getElementById(`${input.id}-error`)!.textContent!.replace(/\s+/g, ' ').trim();
    input.focus();
    await sendKeys({ type: daysAgo(31) });
    input.blur();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(error()).to.equal('Error: This document is older than 30 days. Get a new one and add it instead.');
    expect(input.value, 'what was typed stays').to.equal(daysAgo(31));
    input.value = daysAgo(3);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(error()).to.equal('');
    expect(el.manifest().find((m) => m.slot === 'state-registration')!.issuedOn).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('says what is still missing, and a submit marks the missing slots', async () => {
    const el = await mountUploader({ registrant: 'natural-person' });
    const summary = root(el).querySelector('[part~="summary"]')!;
    expect(summary.textContent).to.equal('Still missing: Identity document; Bank certificate confirming the account.');
    expect(el.validate()).to.equal(false);
    await el.updateComplete;
    expect(slotOf(el, 'identity-document').getAttribute('part')).to.contain('slot-missing');
    expect(slotOf(el, 'identity-document').querySelector('[part~="slot-error"]')!.textContent!.trim()).to.equal('Error: Add this document.');
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Add the document: Identity document.');
    await dropOn(el, 'identity-document', [fileOf(await pngBytes(), 'id.png')]);
    await dropOn(el, 'bank-certificate', [fileOf(await jpegBytes(), 'bank.jpg')]);
    expect(summary.textContent).to.equal('All required documents are added.');
    expect(el.validate()).to.equal(true);
  });

  it('speaks Russian and Kazakh', async () => {
    const ru = await mountUploader({ locale: 'ru', registrant: 'natural-person' });
    expect(root(ru).querySelector('[part~="summary"]')!.textContent).to.equal(
      'Ещё нужно добавить: Документ, удостоверяющий личность; Справка из банка о наличии счёта.',
    );
    await dropOn(ru, 'other', [fileOf(new Uint8Array(0), 'пусто.pdf')]);
    expect(problemTexts(rowsOf(ru, 'other')[0]!)[0]).to.equal('Ошибка: Файл пустой. Выберите другой.');
    const kk = await mountUploader({ locale: 'kk', registrant: 'natural-person' });
    await dropOn(kk, 'other', [fileOf(new TextEncoder().encode('мәтін'), 'құжат.pdf')]);
    expect(problemTexts(rowsOf(kk, 'other')[0]!)[0]).to.equal(
      'Қате: Бұл файлды портал аша алмайды. Мына түрдегі файлды таңдаңыз: PDF, JPEG, PNG.',
    );
    expect(slotOf(kk, 'identity-document').querySelector('[part~="slot-name"]')!.textContent).to.contain('Жеке басты куәландыратын құжат');
  });

  it("refuses a host's invalid catalogue with every problem, and keeps the last valid one", async () => {
    const el = await mountUploader();
    const errors: CustomEvent[] = [];
    el.addEventListener('tirkeu-error', (e) => errors.push(e as CustomEvent));
    const logged: string[] = [];
    const original = console.error;
    console.error = (text: string) => logged.push(text);
    try {
      el.catalogue = [{ id: 'Licence!', name: { en: 'Licence', ru: '', kk: '' }, required: [], accept: [], maxSize: 0, maxFiles: 1 }];
      await el.updateComplete;
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.code).to.equal('document-catalogue-invalid');
    expect(errors[0]!.detail.issues.map((i: { path: string }) => i.path)).to.deep.equal(['[0].id', '[0].name', '[0].accept', '[0].maxSize']);
    expect(logged[0]).to.contain('catalogue[0].maxSize: maxSize must be a whole number of bytes above 0.');
    expect(slotNames(el)[0]).to.equal('state-registration*');
  });

  it('works by keyboard alone: choose, remove, undo', async () => {
    const el = await mountUploader({ registrant: 'natural-person' });
    const choose = slotOf(el, 'identity-document').querySelector<HTMLButtonElement>('[part~="choose-button"]')!;
    const input = slotOf(el, 'identity-document').querySelector<HTMLInputElement>('input[type="file"]')!;
    let opened = 0;
    input.addEventListener('click', (e) => {
      opened++;
      e.preventDefault();
    });
    choose.focus();
    await sendKeys({ press: 'Enter' });
    expect(opened, 'Enter opens the picker').to.equal(1);
    await sendKeys({ press: 'Space' });
    expect(opened, 'Space too').to.equal(2);
    expect(input.tabIndex, 'the hidden input takes no Tab stop').to.equal(-1);
    await dropOn(el, 'identity-document', [fileOf(await pngBytes(), 'front.png')]);
    rowsOf(el, 'identity-document')[0]!.querySelector<HTMLButtonElement>('[part~="remove-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowsOf(el, 'identity-document')).to.have.length(0);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowsOf(el, 'identity-document')).to.have.length(1);
    expect(choose.getAttribute('aria-labelledby')!.split(' ').map((id) => root(el).getElementById(id)!.textContent!.trim()).join(' ')).to.match(
      /^Choose files Identity document/,
    );
  });

  it('passes axe with files in every state', async () => {
    const el = await mountUploader({ catalogue: extendCatalogue(SUPPLIER_PORTAL_CATALOGUE, [{ id: 'state-registration', accept: ['image/png'] }]) });
    const png = await pngBytes();
    await dropOn(el, 'bank-certificate', [fileOf(png, 'a.png')]);
    await dropOn(el, 'other', [fileOf(png, 'b.png'), fileOf(new Uint8Array(0), 'empty.pdf')]);
    await dropOn(el, 'state-registration', [fileOf(await pngBytes(5, 5), 'extract.png')]);
    el.validate();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
