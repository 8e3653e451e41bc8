import { expect } from '@open-wc/testing';
import { validationMessage } from '../../src/components/shared/validation-messages.js';
import { loadLocale, lookupFor } from '../../src/i18n/localize.js';
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
  const english = lookupFor('en');
  before(() => Promise.all([loadLocale('ru'), loadLocale('kk')]));

  it('has its own English sentence for every code', () => {
    const general = validationMessage('no-such-code', english);
    const seen = new Set<string>();
    for (const code of VALIDATION_CODES) {
      const message = validationMessage(code, english);
      expect(message, code).to.match(/^[A-Z].*[.]$/);
      expect(message, code).to.not.equal(general);
      seen.add(message);
    }
    expect(seen.size).to.equal(VALIDATION_CODES.length);
    expect(general).to.equal('Check this value.');
  });

  it('is translated into Russian and Kazakh', () => {
    for (const code of [...VALIDATION_CODES, 'no-such-code']) {
      const en = validationMessage(code, english);
      const ru = validationMessage(code, lookupFor('ru'));
      const kk = validationMessage(code, lookupFor('kk'));
      expect(ru, `ru ${code}`).to.not.equal(en);
      expect(kk, `kk ${code}`).to.not.equal(en);
      expect(ru, `ru ${code}`).to.match(/[а-яё]/i);
      expect(kk, `kk ${code}`).to.match(/[а-я]/i);
      expect(kk, `kk ${code}`).to.not.equal(ru);
    }
    // Kazakh messages read as Kazakh, not as Russian in disguise.
    const kazakh = VALIDATION_CODES.filter((code) => KAZAKH_LETTERS.test(validationMessage(code, lookupFor('kk'))));
    expect(kazakh.length).to.be.greaterThan(VALIDATION_CODES.length * 0.9);
    expect(validationMessage('required', lookupFor('kk'))).to.equal('Бұл өрісті толтырыңыз.');
    expect(validationMessage('iin-checksum', lookupFor('ru'))).to.equal(
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
      expect(accountValidationMessage(code, english), code).to.equal(validationMessage(code, english));
      expect(accountValidationMessage(code, lookupFor('kk')), code).to.equal(validationMessage(code, lookupFor('kk')));
    }
    expect(accountValidationMessage('iin-checksum', english)).to.equal('Check this value.');
    expect(accountValidationMessage('no-such-code', english)).to.equal('Check this value.');
  });
});
