// The document catalogue: who gives which document (seed 000 §3), a host's own catalogue
// checked, the file rules (type by content, size, freshness) and what counts as complete.
import { expect } from '@open-wc/testing';
import {
  checkIssueDate,
  documentRegistrant,
  documentsFor,
  extendCatalogue,
  fileProblems,
  pdfProblems,
  slotStatus,
  sniffFileType,
  SUPPLIER_PORTAL_CATALOGUE,
  validateCatalogue,
  type DocumentRegistrant,
  type DocumentSpec,
} from '../../src/model/index.js';

const ids = (registrant: DocumentRegistrant) => documentsFor(SUPPLIER_PORTAL_CATALOGUE, registrant).map((s) => `${s.spec.id}${s.required ? '*' : ''}`);
const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));
const spec = (changes: Partial<DocumentSpec> = {}): DocumentSpec => ({
  id: 'x',
  name: { en: 'X', ru: 'Х', kk: 'Х' },
  required: ['legal-entity'],
  accept: ['application/pdf'],
  maxSize: 1000,
  maxFiles: 1,
  ...changes,
});

describe('document catalogue', () => {
  it('gives each registrant type exactly its documents (seed 000 §3, Figure 5)', () => {
    const common = ['bank-certificate*', 'supplier-questionnaire*', 'appendix-5*', 'responsible-sourcing-letter*', 'human-rights-letter*'];
    expect(ids('legal-entity')).to.deep.equal([
      'state-registration*', 'charter', 'bank-certificate*', 'tax-arrears-certificate', ...common.slice(1), 'other',
    ]);
    expect(ids('joint-stock-company')).to.deep.equal([
      'state-registration*', 'charter', 'bank-certificate*', 'tax-arrears-certificate', ...common.slice(1), 'shareholders-register*', 'other',
    ]);
    expect(ids('individual-entrepreneur')).to.deep.equal([
      'state-registration*', 'bank-certificate*', 'tax-arrears-certificate', ...common.slice(1), 'other',
    ]);
    expect(ids('non-resident')).to.deep.equal([
      'state-registration*', 'charter', 'bank-certificate*', ...common.slice(1), 'shareholders-register*', 'other',
    ]);
    expect(ids('natural-person')).to.deep.equal(['identity-document*', 'bank-certificate*', 'other']);
  });

  it('knows the registrant type from what the forms hold', () => {
    expect(documentRegistrant({ kind: 'non-resident', legalStatus: 'legal-entity' })).to.equal('non-resident');
    expect(documentRegistrant({ kind: 'resident', legalStatus: 'legal-entity' })).to.equal('legal-entity');
    expect(documentRegistrant({ kind: 'resident', legalStatus: 'legal-entity', ownershipForm: 'АО' })).to.equal('joint-stock-company');
    expect(documentRegistrant({ kind: 'resident', legalStatus: 'legal-entity', ownershipForm: 'ТОО' })).to.equal('legal-entity');
    expect(documentRegistrant({ kind: 'resident', legalStatus: 'individual-entrepreneur' })).to.equal('individual-entrepreneur');
    expect(documentRegistrant({ kind: 'resident', legalStatus: 'natural-person' })).to.equal('natural-person');
  });

  it('names every document in en, ru and kk, and the preset passes its own validation', () => {
    for (const entry of SUPPLIER_PORTAL_CATALOGUE) {
      expect(entry.name.ru, entry.id).to.match(/[А-яЁё]/);
      expect(entry.name.kk, entry.id).to.match(/[А-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]|\d/);
      expect(entry.name.en, entry.id).to.match(/^[A-Z0-9][\x20-\x7e]+$/);
    }
    expect(validateCatalogue(SUPPLIER_PORTAL_CATALOGUE)).to.deep.equal({ ok: true, value: SUPPLIER_PORTAL_CATALOGUE });
  });

  it('the extract must be at most 30 days old, the tax certificate 90 (seed 000 §4)', () => {
    const byId = Object.fromEntries(SUPPLIER_PORTAL_CATALOGUE.map((s) => [s.id, s]));
    expect(byId['state-registration'].maxAgeDays).to.equal(30);
    expect(byId['tax-arrears-certificate'].maxAgeDays).to.equal(90);
  });

  it('extends a preset: overrides by id, adds, removes', () => {
    const licence = spec({ id: 'licence', required: ['individual-entrepreneur'] });
    const extended = extendCatalogue(SUPPLIER_PORTAL_CATALOGUE, [{ id: 'charter', required: ['legal-entity'] }, licence], ['appendix-5']);
    expect(validateCatalogue(extended).ok).to.equal(true);
    const le = documentsFor(extended, 'legal-entity').map((s) => `${s.spec.id}${s.required ? '*' : ''}`);
    expect(le).to.include('charter*');
    expect(le).not.to.include('appendix-5*');
    expect(documentsFor(extended, 'individual-entrepreneur').at(-1)!.spec.id).to.equal('licence');
    expect(SUPPLIER_PORTAL_CATALOGUE.find((s) => s.id === 'charter')!.required, 'the preset is untouched').to.deep.equal([]);
  });

  it("reports every problem of a host's catalogue with its path", () => {
    const result = validateCatalogue([
      spec({ id: 'Bad Id' }),
      spec({ id: 'a', name: { en: 'A', ru: '', kk: 'А' } }),
      spec({ id: 'a', required: ['company' as DocumentRegistrant] }),
      spec({ id: 'b', template: 'javascript:alert(1)', accept: ['application/zip' as 'application/pdf'] }),
      spec({ id: 'c', maxSize: 0, maxFiles: 1.5, maxAgeDays: -1 }),
      'not an entry',
    ]);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.path} ${i.code}`)).to.deep.equal([
      '[0].id document-id',
      '[1].name document-name',
      '[2].id document-id-duplicate',
      '[2].required document-registrants',
      '[3].template document-template',
      '[3].accept document-accept',
      '[4].maxSize document-max-size',
      '[4].maxFiles document-max-files',
      '[4].maxAgeDays document-max-age',
      '[5] document-type',
    ]);
    for (const issue of result.issues) expect(issue.message.length, issue.path).to.be.greaterThan(10);
    expect(validateCatalogue({ documents: [] })).to.deep.include({ ok: false });
    expect(validateCatalogue([spec({ template: 'https://portal.example.kz/t/q.docx' }), spec({ id: 'y', template: '/templates/' })]).ok).to.equal(true);
  });
});

describe('file rules', () => {
  it('reads the type from the content, not the name', () => {
    expect(sniffFileType(bytes('%PDF-1.7\n'))).to.equal('application/pdf');
    expect(sniffFileType(bytes(0xef, 0xbb, 0xbf, '%PDF-1.4')), 'junk before the header, as readers allow').to.equal('application/pdf');
    expect(sniffFileType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).to.equal('image/png');
    expect(sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe0))).to.equal('image/jpeg');
    expect(sniffFileType(bytes('II', 0x2a, 0))).to.equal('image/tiff');
    expect(sniffFileType(bytes('MM', 0, 0x2a))).to.equal('image/tiff');
    expect(sniffFileType(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).to.equal('image/webp');
    expect(sniffFileType(bytes('GIF89a'))).to.equal('image/gif');
    expect(sniffFileType(bytes('RIFF', 0, 0, 0, 0, 'WAVE'))).to.equal(undefined);
    expect(sniffFileType(bytes('PK', 3, 4))).to.equal(undefined);
    expect(sniffFileType(bytes('%PD'))).to.equal(undefined);
    expect(sniffFileType(new Uint8Array(0))).to.equal(undefined);
    const late = new Uint8Array(2000);
    late.set(bytes('%PDF-1.7'), 1500);
    expect(sniffFileType(late), 'past the first kilobyte').to.equal(undefined);
  });

  it('refuses empty, oversized, unknown and unaccepted files', () => {
    const pdfOnly = spec();
    expect(fileProblems(pdfOnly, { size: 0, type: undefined })).to.deep.equal(['file-empty']);
    expect(fileProblems(pdfOnly, { size: 1000, type: 'application/pdf' })).to.deep.equal([]);
    expect(fileProblems(pdfOnly, { size: 1001, type: 'application/pdf' })).to.deep.equal(['file-too-large']);
    expect(fileProblems(pdfOnly, { size: 10, type: 'image/png' })).to.deep.equal(['file-type-not-accepted']);
    expect(fileProblems(pdfOnly, { size: 10, type: undefined })).to.deep.equal(['file-type-unknown']);
    expect(fileProblems(spec({ accept: ['image/png'] }), { size: 10, type: 'image/png' })).to.deep.equal([]);
  });

  it('warns about what the moderator decides on', () => {
    const plain = { restricted: false, formFields: 0, xfa: false, signed: false };
    expect(pdfProblems(spec(), plain)).to.deep.equal([]);
    expect(pdfProblems(spec(), { ...plain, restricted: true, formFields: 2, xfa: true })).to.deep.equal(['pdf-restricted', 'pdf-form-fields', 'pdf-xfa']);
    expect(pdfProblems(spec({ signatureExpected: true }), plain)).to.deep.equal(['pdf-unsigned']);
    expect(pdfProblems(spec({ signatureExpected: true }), { ...plain, signed: true })).to.deep.equal([]);
  });

  it('checks the stated issue date against the age limit', () => {
    expect(checkIssueDate('2026-11-01', 30, '2026-12-01')).to.deep.equal({ ok: true, value: '2026-11-01' });
    expect(checkIssueDate('31.10.2026', 30, '2026-12-01')).to.deep.equal({ ok: false, code: 'document-too-old' });
    expect(checkIssueDate('2026-12-02', 30, '2026-12-01')).to.deep.equal({ ok: false, code: 'document-issued-in-future' });
    expect(checkIssueDate('2026-12-01', 30, '2026-12-01').ok).to.equal(true);
    expect(checkIssueDate('', 30, '2026-12-01')).to.deep.equal({ ok: false, code: 'required' });
    expect(checkIssueDate('2026-02-30', 30, '2026-03-01')).to.deep.equal({ ok: false, code: 'date-format' });
    expect(checkIssueDate('2026-09-02', 90, '2026-12-01').ok, '90 days back').to.equal(true);
    expect(checkIssueDate('2026-09-01', 90, '2026-12-01').ok, '91 days back').to.equal(false);
  });

  it('says where a slot stands', () => {
    const required = { spec: spec({ maxAgeDays: 30 }), required: true };
    const optional = { spec: spec(), required: false };
    const good = { pending: false, problems: [], issuedOn: '2026-11-30' };
    expect(slotStatus(required, [], '2026-12-01')).to.equal('missing');
    expect(slotStatus(optional, [], '2026-12-01')).to.equal('ready');
    expect(slotStatus(required, [good], '2026-12-01')).to.equal('ready');
    expect(slotStatus(required, [{ ...good, issuedOn: undefined }], '2026-12-01')).to.equal('undated');
    expect(slotStatus(required, [{ ...good, pending: true }], '2026-12-01')).to.equal('pending');
    expect(slotStatus(required, [good, { ...good, problems: ['pdf-invalid'] }], '2026-12-01')).to.equal('blocked');
    expect(slotStatus(required, [{ ...good, problems: ['pdf-form-fields'] }], '2026-12-01'), 'a warning does not block').to.equal('ready');
  });
});
