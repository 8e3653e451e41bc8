// The shared form-control suite for tirkeu-document-uploader: the manifest under `name`, the files
// under their slot ids.
import { expect, html } from '@open-wc/testing';
import '../../../src/components/document-uploader/define.js';
import type { TirkeuDocumentUploader } from '../../../src/components/document-uploader/document-uploader.js';
import { extendCatalogue, SUPPLIER_PORTAL_CATALOGUE } from '../../../src/model/index.js';
import { fileOf, pngBytes } from '../../../mocks/documents/index.js';
import { formControlSuite } from '../shared/form-control-suite.js';

const png = await pngBytes(16, 16);
const manifest = (entry: FormDataEntryValue | null) => JSON.parse(String(entry)) as { slot: string; fileName: string }[];
/** One optional slot (nothing required) or the preset's required ones. */
const optionalOnly = extendCatalogue(SUPPLIER_PORTAL_CATALOGUE, [], SUPPLIER_PORTAL_CATALOGUE.filter((s) => s.id !== 'other').map((s) => s.id));
const dropped = async (el: TirkeuDocumentUploader, name: string) => {
  await el.addFiles('other', [fileOf(png, name, 'image/png')]);
};

formControlSuite<TirkeuDocumentUploader>({
  tag: 'tirkeu-document-uploader',
  render: (name) => html`<tirkeu-document-uploader name=${name} registrant="legal-entity" .catalogue=${optionalOnly}></tirkeu-document-uploader>`,
  settle: async (el) => {
    await el.updateComplete;
    await el.settled();
  },
  defaultEntry: (entry) => expect(manifest(entry)).to.deep.equal([]),
  fill: (el) => dropped(el, 'scan.png'),
  // The user adds a file through the slot's picker, which sends `input` and `change` as a file input does.
  edit: async (el) => {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[data-slot="other"] input[type="file"]')!;
    const data = new DataTransfer();
    data.items.add(fileOf(png, 'picked.png', 'image/png'));
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.settled();
  },
  filledEntry: (entry, el) => {
    expect(manifest(entry).map((m) => `${m.slot}:${m.fileName}`)).to.deep.equal(['other:scan.png']);
    const form = el.closest('form')!;
    expect((new FormData(form).get('field[other]') as File).name, 'the file under its slot id').to.equal('scan.png');
  },
  change: (el) => {
    el.registrant = el.registrant === 'legal-entity' ? 'natural-person' : 'legal-entity';
  },
  restores: true,
  invalid: [
    {
      name: 'a required document missing',
      render: (name) => html`<tirkeu-document-uploader name=${name} registrant="natural-person"></tirkeu-document-uploader>`,
      flag: 'valueMissing',
      message: 'Add the document: Identity document.',
      focus: '[data-slot="identity-document"] [part~="choose-button"]',
    },
  ],
});
