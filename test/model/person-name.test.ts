import { expect } from '@open-wc/testing';
import { formatPersonName } from '../../src/model/index.js';

describe('model: formatPersonName (one way to write a name whole)', () => {
  it('writes surname, first name and patronymic as the certificate has them', () => {
    expect(formatPersonName({ surname: 'СЕЙТҚАЛИ', givenName: 'АЙГЕРІМ', patronymic: 'ЕРЛАНҚЫЗЫ' })).to.equal('СЕЙТҚАЛИ АЙГЕРІМ ЕРЛАНҚЫЗЫ');
    // The case is the certificate's: nothing is capitalised or lowered.
    expect(formatPersonName({ surname: 'McKenzie', givenName: "O'Brien" })).to.equal("McKenzie O'Brien");
    expect(formatPersonName({ surname: 'Жақсыбай-Нұр', givenName: 'Айгерім' })).to.equal('Жақсыбай-Нұр Айгерім');
  });

  it('leaves out missing parts and spaces around them', () => {
    expect(formatPersonName({ surname: ' ТЕСТОВ ', givenName: 'АРМАН', patronymic: null })).to.equal('ТЕСТОВ АРМАН');
    expect(formatPersonName({ surname: 'ТЕСТОВ', givenName: '  ', patronymic: 'ЕРЛАН  ҰЛЫ' })).to.equal('ТЕСТОВ ЕРЛАН ҰЛЫ');
    expect(formatPersonName({})).to.equal('');
  });
});
