import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { directive, Directive, type ElementPart } from 'lit/directive.js';
import '../src/components/document-uploader/define.js';
import type { TirkeuDocumentUploader } from '../src/components/document-uploader/document-uploader.js';
import { extendCatalogue, SUPPLIER_PORTAL_CATALOGUE, type DocumentCatalogue, type DocumentRegistrant } from '../src/model/index.js';
import * as samples from '../mocks/documents/index.js';

/** The sample files a story can drop, by name: real PDFs and images made in the page. */
const SAMPLES = {
  'plain.pdf': () => samples.plainPdf(3),
  'long.pdf': () => samples.plainPdf(40),
  'pdfa.pdf': () => samples.pdfaPdf('attribute', 2, 'B'),
  'signed.pdf': () => samples.signedPdf({ signerName: 'Әлия Серікқызы' }),
  'form.pdf': () => samples.formPdf(),
  'restricted.pdf': () => samples.ownerOnlyEncryptedPdf(),
  'password.pdf': () => samples.encryptedPdf(),
  'truncated.pdf': () => samples.truncatedPdf(),
  'image-named.pdf': () => samples.pngBytes(120, 160),
  'scan.jpg': () => samples.jpegBytes(120, 160),
  'scan.png': () => samples.pngBytes(160, 120),
  'empty.pdf': async () => new Uint8Array(0),
  'notes.pdf': () => samples.fakePdf(),
} as const;
type Sample = keyof typeof SAMPLES;

interface Args {
  registrant: DocumentRegistrant;
  locale?: string;
  theme?: 'light' | 'dark';
  disabled: boolean;
  /** Files dropped into slots once the element is there. */
  files: Partial<Record<string, Sample[]>>;
  /** Runs `validate()` once the files are checked, as a submit would. */
  validate: boolean;
  catalogue: DocumentCatalogue;
}

/** Drops the story's files, then (when asked) runs `validate()`, once per element. */
const dropFiles = directive(
  class extends Directive {
    done = false;
    render(_files: Args['files'], _validate: boolean) {
      return undefined;
    }
    override update(part: ElementPart, [files, validate]: [Args['files'], boolean]) {
      if (this.done) return undefined;
      this.done = true;
      const el = part.element as TirkeuDocumentUploader;
      void customElements.whenDefined('tirkeu-document-uploader').then(async () => {
        await el.updateComplete;
        for (const [slot, names] of Object.entries(files)) {
          const made = await Promise.all((names ?? []).map(async (name) => samples.fileOf(await SAMPLES[name](), name)));
          await el.addFiles(slot, made);
        }
        if (validate) el.validate();
      });
      return undefined;
    }
  },
);

const meta: Meta<Args> = {
  title: 'Widgets/Document uploader',
  component: 'tirkeu-document-uploader',
  args: { registrant: 'legal-entity', disabled: false, files: {}, validate: false, catalogue: SUPPLIER_PORTAL_CATALOGUE },
  argTypes: {
    registrant: {
      control: 'select',
      options: ['legal-entity', 'joint-stock-company', 'individual-entrepreneur', 'natural-person', 'non-resident'],
    },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'ru', 'kk'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<tirkeu-document-uploader
      name="documents"
      registrant=${args.registrant}
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
      ?disabled=${args.disabled}
      .catalogue=${args.catalogue}
      ${dropFiles(args.files, args.validate)}
    ></tirkeu-document-uploader>`,
  parameters: {
    docs: {
      description: {
        component:
          "The documents of the registrant's type, from the catalogue (the supplier portal's preset here). Files are checked " +
          'where they land: type by content, size, duplicates; PDFs are opened with pdf.js in a worker, fetched with the first PDF.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A legal entity's slots, nothing added yet. */
export const Empty: Story = {};

/** A natural person gives fewer documents. */
export const NaturalPerson: Story = { args: { registrant: 'natural-person' } };

/** A joint-stock company also gives its register of shareholders. */
export const JointStockCompany: Story = { args: { registrant: 'joint-stock-company' } };

/** Files that passed: PDFs with their thumbnails, page counts, a PDF/A claim and a signer; a scan. */
export const Ready: Story = {
  args: {
    files: { 'bank-certificate': ['signed.pdf'], 'supplier-questionnaire': ['pdfa.pdf'], 'appendix-5': ['plain.pdf'], other: ['scan.jpg'] },
  },
};

/** What the moderator decides on: unflattened form fields, restrictions, the same file in two slots. */
export const Warnings: Story = {
  args: { files: { 'supplier-questionnaire': ['form.pdf'], 'appendix-5': ['restricted.pdf'], 'bank-certificate': ['scan.png'], other: ['scan.png'] } },
};

/** Unusable files, each with its reason: a password, a damaged PDF, an image named .pdf, an empty file, a text. */
export const Errors: Story = {
  args: {
    files: {
      'bank-certificate': ['password.pdf'],
      'appendix-5': ['truncated.pdf'],
      'tax-arrears-certificate': ['image-named.pdf'],
      other: ['empty.pdf', 'notes.pdf'],
    },
  },
};

/** A file over the slot's limit (1 KB here). */
export const TooLarge: Story = {
  args: { catalogue: extendCatalogue(SUPPLIER_PORTAL_CATALOGUE, [{ id: 'other', maxSize: 1024 }]), files: { other: ['scan.jpg'] } },
};

/** A register extract without its date of issue, after a submit. */
export const DateOfIssue: Story = { args: { files: { 'state-registration': ['plain.pdf'] }, validate: true } };

/** After a submit with nothing added: every required slot says so. */
export const Submitted: Story = { args: { registrant: 'individual-entrepreneur', validate: true } };

/** Many files in one slot. */
export const ManyFiles: Story = {
  args: { files: { other: ['plain.pdf', 'long.pdf', 'scan.jpg', 'scan.png', 'pdfa.pdf', 'signed.pdf'], charter: ['long.pdf'] } },
};

/** Disabled, with files: nothing can be added or removed. */
export const Disabled: Story = { args: { disabled: true, files: { 'bank-certificate': ['scan.png'] } } };

export const Dark: Story = { args: { theme: 'dark', files: Warnings.args!.files } };

export const Russian: Story = { args: { locale: 'ru', files: Errors.args!.files } };

export const Kazakh: Story = { args: { locale: 'kk', files: Warnings.args!.files, validate: true } };
