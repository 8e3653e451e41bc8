import { expect } from '@open-wc/testing';
import { validationMessage } from '../../src/components/shared/validation-messages.js';
import { inLocale, loadLocale } from '../../src/i18n/localize.js';
import { VALIDATION_CODES } from '../../src/model/index.js';
import { generalMessages } from '../../src/components/shared/validation-messages/general.js';
import { accountMessages, accountValidationMessage } from '../../src/components/shared/validation-messages/account.js';
import { identityMessages } from '../../src/components/shared/validation-messages/identity.js';
import { contactMessages } from '../../src/components/shared/validation-messages/contact.js';
import { companyMessages } from '../../src/components/shared/validation-messages/company.js';
import { documentMessages } from '../../src/components/shared/validation-messages/documents.js';

/** Letters only Kazakh Cyrillic has. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

describe('validation messages for model codes', () => {
  before(() => Promise.all([loadLocale('ru'), loadLocale('kk')]));

  it('has its own English sentence for every code', () => {
    const general = validationMessage('no-such-code');
    const seen = new Set<string>();
    for (const code of VALIDATION_CODES) {
      const message = validationMessage(code);
      expect(message, code).to.match(/^[A-Z].*[.]$/);
      expect(message, code).to.not.equal(general);
      seen.add(message);
    }
    expect(seen.size).to.equal(VALIDATION_CODES.length);
    expect(general).to.equal('Check this value.');
  });

  it('is translated into Russian and Kazakh', () => {
    for (const code of [...VALIDATION_CODES, 'no-such-code']) {
      const en = validationMessage(code);
      const ru = inLocale('ru', () => validationMessage(code));
      const kk = inLocale('kk', () => validationMessage(code));
      expect(ru, `ru ${code}`).to.not.equal(en);
      expect(kk, `kk ${code}`).to.not.equal(en);
      expect(ru, `ru ${code}`).to.match(/[а-яё]/i);
      expect(kk, `kk ${code}`).to.match(/[а-я]/i);
      expect(kk, `kk ${code}`).to.not.equal(ru);
    }
    // Kazakh messages read as Kazakh, not as Russian in disguise.
    const kazakh = VALIDATION_CODES.filter((code) => KAZAKH_LETTERS.test(inLocale('kk', () => validationMessage(code))));
    expect(kazakh.length).to.be.greaterThan(VALIDATION_CODES.length * 0.9);
    expect(inLocale('kk', () => validationMessage('required'))).to.equal('Бұл өрісті толтырыңыз.');
    expect(inLocale('ru', () => validationMessage('iin-checksum'))).to.equal(
      'Последняя цифра ИИН не сходится с остальными. Проверьте, нет ли опечатки.',
    );
  });

  it('lives by domain: each code in exactly one', () => {
    const domains = [generalMessages, accountMessages, identityMessages, contactMessages, companyMessages, documentMessages];
    const keys = domains.flatMap((messages) => Object.keys(messages));
    expect([...keys].sort()).to.deep.equal([...VALIDATION_CODES].sort());
  });

  it('for bank accounts, gives the same messages for general and account codes, the general one otherwise', () => {
    for (const code of [...Object.keys(generalMessages), ...Object.keys(accountMessages)]) {
      expect(accountValidationMessage(code), code).to.equal(validationMessage(code));
      expect(inLocale('kk', () => accountValidationMessage(code)), code).to.equal(inLocale('kk', () => validationMessage(code)));
    }
    expect(accountValidationMessage('iin-checksum')).to.equal('Check this value.');
    expect(accountValidationMessage('no-such-code')).to.equal('Check this value.');
  });
});
