import { expect } from '@open-wc/testing';
import {
  formatPhone,
  kzPhoneType,
  validateEmail,
  validatePassword,
  validatePasswordRepeat,
  validatePhone,
} from '../../src/model/index.js';

describe('model: phone numbers of residents', () => {
  it('normalises the ways a Kazakh number is written to E.164', () => {
    for (const input of [
      '+77011234567',
      '+7 701 123 45 67',
      '+7 (701) 123-45-67',
      '8 701 123 45 67',
      '8(701)1234567',
      '87011234567',
      '77011234567',
      '7011234567',
      '007 701 123 45 67',
      ' +7.701.123.45.67 ',
    ]) {
      expect(validatePhone(input), input).to.deep.equal({ ok: true, value: '+77011234567' });
    }
  });

  it('accepts landlines and the 6xx range, and tells mobiles apart', () => {
    expect(validatePhone('8 727 123 45 67')).to.deep.equal({ ok: true, value: '+77271234567' });
    expect(validatePhone('+7 600 123 45 67')).to.deep.equal({ ok: true, value: '+76001234567' });
    expect(kzPhoneType('+77011234567')).to.equal('mobile');
    expect(kzPhoneType('87471234567')).to.equal('mobile');
    expect(kzPhoneType('+77851234567')).to.equal('mobile');
    expect(kzPhoneType('+77271234567')).to.equal('landline');
    expect(kzPhoneType('+77172123456')).to.equal('landline');
    expect(kzPhoneType('+77091234567')).to.equal('other');
    expect(kzPhoneType('+79121234567')).to.equal('other');
    expect(kzPhoneType(null)).to.equal('other');
  });

  it('requires a mobile where asked: the allocated ranges only', () => {
    for (const prefix of ['700', '701', '702', '705', '706', '707', '708', '747', '760', '764', '771', '775', '778', '785']) {
      expect(validatePhone(`+7${prefix}1234567`, { mobile: true }).ok, prefix).to.equal(true);
    }
    for (const prefix of ['703', '704', '709', '727', '717', '765', '770', '772', '779', '786', '600']) {
      expect(validatePhone(`+7${prefix}1234567`, { mobile: true }), prefix).to.deep.equal({ ok: false, code: 'phone-kz-mobile' });
    }
  });

  it('refuses Russian and other foreign numbers from residents', () => {
    expect(validatePhone('+7 912 123 45 67')).to.deep.equal({ ok: false, code: 'phone-kz-range' });
    expect(validatePhone('8 495 123 45 67')).to.deep.equal({ ok: false, code: 'phone-kz-range' });
    expect(validatePhone('+49 30 1234567')).to.deep.equal({ ok: false, code: 'phone-kz-range' });
  });

  it('answers malformed numbers with phone-format or required', () => {
    const cases: Array<[unknown, string]> = [
      ['+7 701 123 45 6', 'phone-format'],
      ['+7 701 123 45 678', 'phone-format'],
      ['701 123 45', 'phone-format'],
      ['8 701 ABC 45 67', 'phone-format'],
      ['+7 701 123 45 67 ext 2', 'phone-format'],
      ['++77011234567', 'phone-format'],
      ['', 'required'],
      [' ', 'required'],
      [null, 'required'],
      [77011234567, 'invalid-type'],
      [{ phone: '+77011234567' }, 'invalid-type'],
      ['7'.repeat(5000), 'phone-format'],
    ];
    for (const [input, code] of cases) expect(validatePhone(input), String(input).slice(0, 20)).to.deep.equal({ ok: false, code });
  });
});

describe('model: phone numbers of non-residents', () => {
  const foreign = { resident: false } as const;

  it('accepts E.164 numbers of 8 to 15 digits', () => {
    expect(validatePhone('+49 30 1234567', foreign)).to.deep.equal({ ok: true, value: '+49301234567' });
    expect(validatePhone('+1 (415) 555-0100', foreign)).to.deep.equal({ ok: true, value: '+14155550100' });
    expect(validatePhone('0086 10 1234 5678', foreign)).to.deep.equal({ ok: true, value: '+861012345678' });
    expect(validatePhone('+7 912 123 45 67', foreign)).to.deep.equal({ ok: true, value: '+79121234567' });
    expect(validatePhone('+7 701 123 45 67', foreign)).to.deep.equal({ ok: true, value: '+77011234567' });
    expect(validatePhone('+1234567', foreign)).to.deep.equal({ ok: false, code: 'phone-format' });
    expect(validatePhone('+1234567890123456', foreign)).to.deep.equal({ ok: false, code: 'phone-format' });
    expect(validatePhone('+0123456789', foreign)).to.deep.equal({ ok: false, code: 'phone-format' });
    expect(validatePhone('+7 912 123 45', foreign)).to.deep.equal({ ok: false, code: 'phone-format' });
  });

  it('asks for the country code when the + is missing', () => {
    expect(validatePhone('030 1234567', foreign)).to.deep.equal({ ok: false, code: 'phone-country-code' });
    expect(validatePhone('8 701 123 45 67', foreign)).to.deep.equal({ ok: false, code: 'phone-country-code' });
  });
});

describe('model: phone formatting', () => {
  it('writes Kazakh numbers as +7 701 123 45 67', () => {
    expect(formatPhone('87011234567')).to.equal('+7 701 123 45 67');
    expect(formatPhone('+7 (727) 123-45-67')).to.equal('+7 727 123 45 67');
  });

  it('leaves other numbers in E.164 and never loses what was typed', () => {
    expect(formatPhone('+49 30 1234567')).to.equal('+49301234567');
    expect(formatPhone(' 12-3 ')).to.equal('12-3');
    expect(formatPhone('')).to.equal('');
    expect(formatPhone(undefined)).to.equal('');
  });
});

describe('model: e-mail', () => {
  it('accepts ordinary addresses, lower-cases the domain, keeps the local part', () => {
    expect(validateEmail(' Aigerim.Seitkali@Example.KZ ')).to.deep.equal({ ok: true, value: 'Aigerim.Seitkali@example.kz' });
    for (const email of ['a@b.kz', 'first.last+tag@mail.example.com', "o'brien@example.ie", 'user@xn--80ao21a.xn--p1ai', 'user@почта.рф', 'x_y-z@sub-domain.example.org']) {
      expect(validateEmail(email).ok, email).to.equal(true);
    }
  });

  it('refuses malformed addresses', () => {
    for (const email of [
      'plainaddress',
      '@example.kz',
      'user@',
      'user@localhost',
      'user@example.k',
      'user@.example.kz',
      'user@example..kz',
      'user@-example.kz',
      'user.@example.kz',
      '.user@example.kz',
      'us..er@example.kz',
      'us er@example.kz',
      'user@exa mple.kz',
      'user@@example.kz',
      'user@example.kz.',
      'пользователь@example.kz',
      `${'a'.repeat(65)}@example.kz`,
      `user@${'a'.repeat(250)}.kz`,
    ]) {
      expect(validateEmail(email), email).to.deep.equal({ ok: false, code: 'email-format' });
    }
    expect(validateEmail('')).to.deep.equal({ ok: false, code: 'required' });
    expect(validateEmail(['a@b.kz'])).to.deep.equal({ ok: false, code: 'invalid-type' });
    expect(validateEmail(`${'a'.repeat(100_000)}@b.kz`)).to.deep.equal({ ok: false, code: 'email-format' });
  });
});

describe('model: password (seed 001: 8–20 characters, lower case, upper case, digits)', () => {
  it('accepts passwords that follow the rule, in any alphabet, unchanged', () => {
    for (const password of ['Abcdefg1', 'Qwerty123456789012AB', 'Құпия1Сөз', 'Пароль2024', ' Spaced 1 ']) {
      expect(validatePassword(password), password).to.deep.equal({ ok: true, value: password });
    }
  });

  it('refuses short, long and one-sided passwords', () => {
    expect(validatePassword('Abcde12')).to.deep.equal({ ok: false, code: 'password-length' });
    expect(validatePassword('Abcdefghij1234567890X')).to.deep.equal({ ok: false, code: 'password-length' });
    expect(validatePassword('abcdefg1')).to.deep.equal({ ok: false, code: 'password-classes' });
    expect(validatePassword('ABCDEFG1')).to.deep.equal({ ok: false, code: 'password-classes' });
    expect(validatePassword('Abcdefgh')).to.deep.equal({ ok: false, code: 'password-classes' });
    expect(validatePassword('12345678')).to.deep.equal({ ok: false, code: 'password-classes' });
    expect(validatePassword('')).to.deep.equal({ ok: false, code: 'required' });
    expect(validatePassword(12345678)).to.deep.equal({ ok: false, code: 'invalid-type' });
    expect(validatePassword('Aa1'.repeat(10_000))).to.deep.equal({ ok: false, code: 'password-length' });
  });

  it('counts characters, not UTF-16 units', () => {
    // 8 characters, 9 UTF-16 units: the emoji is one character.
    expect(validatePassword('Abcdef1😀').ok).to.equal(true);
    // 20 characters with an emoji is still 20.
    expect(validatePassword('Abcdefghijklmnopq12😀').ok).to.equal(true);
  });

  it('checks the repeat field', () => {
    expect(validatePasswordRepeat('Abcdefg1', 'Abcdefg1')).to.deep.equal({ ok: true, value: 'Abcdefg1' });
    expect(validatePasswordRepeat('Abcdefg1', 'Abcdefg2')).to.deep.equal({ ok: false, code: 'password-mismatch' });
    expect(validatePasswordRepeat('Abcdefg1', '')).to.deep.equal({ ok: false, code: 'required' });
    expect(validatePasswordRepeat('Abcdefg1', 1)).to.deep.equal({ ok: false, code: 'invalid-type' });
  });
});
