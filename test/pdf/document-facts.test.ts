// The pure mapping from pdf.js' answers to a PdfInspection, on the shapes pdf.js gives (both
// getFieldObjects shapes: a plain object up to 6.2, a Map from 6.3) and on hostile strings.
import { expect } from '@open-wc/testing';
import { countFormFields, fileText, infoFlags, signaturesOf } from '../../src/pdf/document-facts.js';

const widget = (type: string, editable = true) => ({ id: '1R', type, editable });

describe('countFormFields', () => {
  const fields = {
    company: [{ id: '2R', type: '', kidIds: ['3R'] }],
    'company.bin': [widget('text')],
    agree: [widget('checkbox')],
    kind: [widget('radiobutton'), widget('radiobutton'), widget('radiobutton')],
    bank: [widget('combobox')],
    roles: [widget('listbox')],
    fixed: [widget('text', false)],
    submit: [widget('button')],
    Signature1: [{ id: '9R', type: 'signature', value: null }],
  };

  it('counts editable value fields once each (a radio group is one), not parents, read-only fields, buttons or signatures', () => {
    expect(countFormFields(new Map(Object.entries(fields)))).to.equal(5);
  });

  it('reads the plain-object shape of pdf.js up to 6.2 the same way', () => {
    expect(countFormFields(fields)).to.equal(5);
  });

  it('no fields (pdf.js answers null) and junk are 0', () => {
    for (const value of [null, undefined, 42, 'text', new Map([['x', 'not an array']]), { x: [null, 7] }]) expect(countFormFields(value)).to.equal(0);
  });
});

describe('signaturesOf', () => {
  const readDate = (value: string) => (value === 'D:20260314092653Z' ? new Date('2026-03-14T09:26:53Z') : null);

  it('field name, signer name and signing time (ISO 8601), leaving out what the file does not give', () => {
    expect(
      signaturesOf(
        [
          { fieldName: 'Signature1', signerName: 'Test Signer', signingTime: 'D:20260314092653Z' },
          { fieldName: '', signerName: null, signingTime: 'yesterday' },
        ],
        readDate,
      ),
    ).to.deep.equal([{ fieldName: 'Signature1', signerName: 'Test Signer', signingTime: '2026-03-14T09:26:53.000Z' }, {}]);
  });

  it('no signatures (pdf.js answers null) is an empty list', () => {
    expect(signaturesOf(null, readDate)).to.deep.equal([]);
  });

  it('an invalid date from the reader is left out', () => {
    expect(signaturesOf([{ signingTime: 'D:x' }], () => new Date(NaN))).to.deep.equal([{}]);
  });
});

describe('fileText', () => {
  it('removes control and bidirectional-formatting characters, collapses white space', () => {
    expect(fileText(' Test\u0000\u202eSigner\u2066 \n\t Name\u200f ')).to.equal('Test Signer Name');
  });

  it('caps the length (by characters, not UTF-16 units)', () => {
    expect([...(fileText('😀'.repeat(500)) ?? '')]).to.have.length(200);
  });

  it('nothing left, or not a string: undefined', () => {
    for (const value of ['', ' \u202e ', null, 7, {}]) expect(fileText(value)).to.equal(undefined);
  });
});

describe('infoFlags', () => {
  it('an encryption filter means restricted; XFA only when pdf.js says true', () => {
    expect(infoFlags({ EncryptFilterName: 'Standard', IsXFAPresent: true })).to.deep.equal({ restricted: true, xfa: true });
    expect(infoFlags({ EncryptFilterName: null, IsXFAPresent: false })).to.deep.equal({ restricted: false, xfa: false });
    expect(infoFlags(undefined)).to.deep.equal({ restricted: false, xfa: false });
  });
});
