import { expect } from '@open-wc/testing';
import { validationMessage } from '../../src/components/shared/validation-messages.js';
import { inLocale, loadLocale } from '../../src/i18n/localize.js';
import { VALIDATION_CODES } from '../../src/model/index.js';

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
});
