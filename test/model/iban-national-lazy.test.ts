import { expect } from '@open-wc/testing';
import { countryHasNationalIbanCheck, validateIban, validateIbanFully } from '../../src/model/index.js';

/**
 * The national check digits are a chunk of their own: the model's entry does not import them,
 * and a Kazakh IBAN never loads them. Seen from the page: the module requests it made.
 * (This file imports nothing that reaches iban-national.ts; the tests run in order.)
 */
const loaded = () =>
  performance.getEntriesByType('resource').filter((entry) => /\/iban-national\.(?:ts|js)\b/.test(entry.name));

describe('model: national IBAN checks load on demand', () => {
  before(() => {
    // The default buffer holds 250 entries; a full one would hide requests.
    performance.setResourceTimingBufferSize(100_000);
  });

  it('answers Kazakh IBANs, synchronously and fully, without loading them', async () => {
    expect(performance.getEntriesByType('resource').length).to.be.below(250);
    expect(loaded()).to.have.length(0);
    expect(countryHasNationalIbanCheck('KZ')).to.equal(false);
    expect(validateIban('KZ86125KZT5004100100')).to.deep.equal({ ok: true, value: 'KZ86125KZT5004100100' });
    expect(await validateIbanFully('KZ86 125K ZT50 0410 0100')).to.deep.equal({ ok: true, value: 'KZ86125KZT5004100100' });
    expect(await validateIbanFully('KZ0080787J5W8JVS9MRM')).to.deep.equal({ ok: false, code: 'iban-checksum' });
    // A German IBAN has no national check digits either, and a wrong Belgian one fails before them.
    expect(await validateIbanFully('DE89370400440532013000')).to.deep.equal({ ok: true, value: 'DE89370400440532013000' });
    expect(await validateIbanFully('BE68539007547035')).to.deep.equal({ ok: false, code: 'iban-checksum' });
    expect(loaded()).to.have.length(0);
  });

  it('loads them once for a country that has them', async () => {
    // BE68 5390 0754 7034 with its last digit changed and the IBAN check digits refitted.
    expect(validateIban('BE41539007547035')).to.deep.equal({ ok: true, value: 'BE41539007547035' });
    expect(await validateIbanFully('BE41539007547035')).to.deep.equal({ ok: false, code: 'iban-national-checksum' });
    expect(await validateIbanFully('be68 5390 0754 7034')).to.deep.equal({ ok: true, value: 'BE68539007547034' });
    expect(loaded()).to.have.length(1);
  });
});
