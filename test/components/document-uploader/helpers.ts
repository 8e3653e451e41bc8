// Mounting the uploader and handing it files as a user would (drop, picker), and reading what
// it shows: slots, file rows, problems.
import { fixture, html } from '@open-wc/testing';
import '../../../src/components/document-uploader/define.js';
import type { TirkeuDocumentUploader } from '../../../src/components/document-uploader/document-uploader.js';
import type { DocumentCatalogue, DocumentRegistrant } from '../../../src/model/index.js';
import { fileOf } from '../../../mocks/documents/index.js';
import { loadLocale } from '../../../src/i18n/localize.js';

export { fileOf };
export type { TirkeuDocumentUploader };

export async function mountUploader(
  options: { registrant?: DocumentRegistrant; catalogue?: DocumentCatalogue; locale?: string; name?: string } = {},
): Promise<TirkeuDocumentUploader> {
  if (options.locale && options.locale !== 'en') await loadLocale(options.locale as 'ru' | 'kk');
  const el = await fixture<TirkeuDocumentUploader>(html`<tirkeu-document-uploader
    registrant=${options.registrant ?? 'legal-entity'}
    locale=${options.locale ?? 'en'}
    name=${options.name ?? 'documents'}
  ></tirkeu-document-uploader>`);
  if (options.catalogue) el.catalogue = options.catalogue;
  await el.updateComplete;
  return el;
}

export const root = (el: TirkeuDocumentUploader) => el.shadowRoot!;
export const slotOf = (el: TirkeuDocumentUploader, id: string) => root(el).querySelector<HTMLElement>(`[data-slot="${id}"]`)!;
export const rowsOf = (el: TirkeuDocumentUploader, id: string) => [...slotOf(el, id).querySelectorAll<HTMLElement>('[part~="file"]')];
export const problemCodes = (row: HTMLElement) => [...row.querySelectorAll<HTMLElement>('[part~="problem"]')].map((p) => p.dataset.code);
export const problemTexts = (row: HTMLElement) => [...row.querySelectorAll<HTMLElement>('[part~="problem"]')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());

/** Drops files on a slot as a drag from the desktop does: dragenter, dragover, drop with a DataTransfer. */
export async function dropOn(el: TirkeuDocumentUploader, slot: string, files: File[]): Promise<void> {
  const target = slotOf(el, slot).querySelector<HTMLElement>('[part~="dropzone"]') ?? slotOf(el, slot);
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, composed: true, cancelable: true }));
  }
  await el.settled();
}

/** Picks files through the slot's file input, as the browser's picker hands them over. */
export async function pick(el: TirkeuDocumentUploader, slot: string, files: File[], via?: HTMLElement): Promise<void> {
  const input = slotOf(el, slot).querySelector<HTMLInputElement>('input[type="file"]')!;
  // The picker itself cannot be driven: stop it opening, then hand the files over as it would.
  input.addEventListener('click', (e) => e.preventDefault(), { once: true });
  (via ?? slotOf(el, slot).querySelector<HTMLElement>('[part~="choose-button"]')!).click();
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  input.files = data.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.settled();
}

export async function sha256Hex(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  return Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes instanceof ArrayBuffer ? bytes : new Uint8Array(bytes))), (b) => b.toString(16).padStart(2, '0')).join('');
}
