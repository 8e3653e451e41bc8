import { expect } from '@open-wc/testing';
import {
  detectOwnershipForm,
  OWNERSHIP_FORMS,
  stripOwnershipForm,
  validateCompanyIdentifier,
  validateCompanyName,
  validateDate,
  validateDocumentSlot,
  validateFileName,
  validateFileSize,
  validateFileType,
  validatePersonName,
  validateSha256,
  validateText,
} from '../../src/model/index.js';

describe('model: ownership forms in company names (seed 002)', () => {
  it('finds every form, with or without quotes, in any case', () => {
    const cases: Array<[string, string]> = [
      ['ТОО «Ромашка»', 'ТОО'],
      ['«Ромашка» ТОО', 'ТОО'],
      ['тоо Ромашка', 'ТОО'],
      ['Т.О.О. Ромашка', 'ТОО'],
      ['АО "Казахтелеком"', 'АО'],
      ['«Ромашка» ЖШС', 'ЖШС'],
      ['«Қазақтелеком» АҚ', 'АҚ'],
      ['ИП Иванов', 'ИП'],
      ['ЖК Сейтқали', 'ЖК'],
      ['КХ «Береке»', 'КХ'],
      ['ПАО Сбербанк', 'ПАО'],
      ['ООО"Рога и копыта"', 'ООО'],
      ['ОАО Газпром', 'ОАО'],
      ['ЗАО «Вектор»', 'ЗАО'],
      ['Romashka LLP', 'LLP'],
      ['Kazakhtelecom JSC', 'JSC'],
      ['Acme llc', 'LLC'],
      ['Acme Ltd.', 'Ltd'],
      ['Acme LTD', 'Ltd'],
      ['Siemens GmbH', 'GmbH'],
      ['"GmbH" Siemens', 'GmbH'],
      ['TOO Kaspi', 'ТОО'],
      ['Товарищество с ограниченной ответственностью «Ромашка»', 'ТОО'],
      ['Жауапкершілігі шектеулі серіктестігі «Ромашка»', 'ЖШС'],
      ['Акционерлік қоғамы «Ромашка»', 'АҚ'],
      ['Romashka Limited Liability Partnership', 'LLP'],
      ['Acme Joint-Stock Company', 'JSC'],
    ];
    for (const [name, form] of cases) expect(detectOwnershipForm(name), name).to.equal(form);
    // Each listed form is found on its own.
    for (const form of OWNERSHIP_FORMS) expect(detectOwnershipForm(`${form} Name`), form).to.equal(form);
  });

  it('matches whole words only, and Kazakh "Ақ" (white) only in capitals', () => {
    for (const name of [
      'Ромашка',
      'Тоора',
      'Баобаб',
      'Шипка',
      'ЖКХ-Сервис',
      'Ltda Brasil',
      'Ақ Жол',
      'Ақ Орда',
      'Ақсай',
      'Too Good',
      'Jscript Labs',
      'Maolo',
      '',
    ]) {
      expect(detectOwnershipForm(name), name).to.equal(undefined);
    }
    expect(detectOwnershipForm(undefined)).to.equal(undefined);
    expect(detectOwnershipForm(42)).to.equal(undefined);
    expect(detectOwnershipForm('ТОО '.repeat(1000))).to.equal(undefined);
  });

  it('reports the first form when there are several', () => {
    expect(detectOwnershipForm('ТОО «Acme LLP»')).to.equal('ТОО');
    expect(detectOwnershipForm('Acme LLP (ТОО)')).to.equal('LLP');
  });

  it('strips forms and the quotes around what is left', () => {
    expect(stripOwnershipForm('ТОО «Ромашка»')).to.equal('Ромашка');
    expect(stripOwnershipForm('«Ромашка» ЖШС')).to.equal('Ромашка');
    expect(stripOwnershipForm('Romashka LLP')).to.equal('Romashka');
    expect(stripOwnershipForm('Romashka, LLP')).to.equal('Romashka');
    expect(stripOwnershipForm('Romashka Limited Liability Partnership')).to.equal('Romashka');
    expect(stripOwnershipForm('АО «Исламский банк «Заман»')).to.equal('Исламский банк «Заман»');
    expect(stripOwnershipForm('Ақ Жол')).to.equal('Ақ Жол');
    expect(stripOwnershipForm('Ромашка')).to.equal('Ромашка');
  });
});

describe('model: company and person names, free text', () => {
  it('accepts company names and collapses pasted spaces', () => {
    expect(validateCompanyName('  Ромашка   Плюс\n ')).to.deep.equal({ ok: true, value: 'Ромашка Плюс' });
    expect(validateCompanyName('«Қазақтелеком»')).to.deep.equal({ ok: true, value: '«Қазақтелеком»' });
    expect(validateCompanyName('3M')).to.deep.equal({ ok: true, value: '3M' });
  });

  it('warns about ownership forms only when asked to refuse them', () => {
    expect(validateCompanyName('ТОО «Ромашка»').ok).to.equal(true);
    expect(validateCompanyName('ТОО «Ромашка»', { rejectOwnershipForm: true })).to.deep.equal({
      ok: false,
      code: 'company-name-ownership-form',
    });
    expect(validateCompanyName('Ромашка', { rejectOwnershipForm: true }).ok).to.equal(true);
  });

  it('refuses empty, too short, too long and symbol-only names', () => {
    expect(validateCompanyName('')).to.deep.equal({ ok: false, code: 'required' });
    expect(validateCompanyName('A')).to.deep.equal({ ok: false, code: 'company-name-length' });
    expect(validateCompanyName('A'.repeat(256))).to.deep.equal({ ok: false, code: 'company-name-length' });
    expect(validateCompanyName('A'.repeat(5000))).to.deep.equal({ ok: false, code: 'company-name-length' });
    expect(validateCompanyName('«»—')).to.deep.equal({ ok: false, code: 'text-characters' });
    expect(validateCompanyName('Ром\u0000ашка')).to.deep.equal({ ok: false, code: 'text-characters' });
    expect(validateCompanyName({})).to.deep.equal({ ok: false, code: 'invalid-type' });
  });

  it('accepts real names in any script and refuses digits and symbols', () => {
    for (const name of ['Сейтқали', 'Айгерім', 'Жақсыбай-Нұр', "O'Brien", 'St. John', 'Müller', 'Ерланқызы', 'Li']) {
      expect(validatePersonName(name), name).to.deep.equal({ ok: true, value: name });
    }
    expect(validatePersonName('  Анна   Мария ')).to.deep.equal({ ok: true, value: 'Анна Мария' });
    for (const name of ['Иван2', '-Иван', 'Ivan!', '@dmin']) {
      expect(validatePersonName(name), name).to.deep.equal({ ok: false, code: 'name-characters' });
    }
    expect(validatePersonName('А'.repeat(101))).to.deep.equal({ ok: false, code: 'text-length' });
  });

  it('checks free text and foreign company identifiers', () => {
    expect(validateText(' Алматы,  ул. Абая, 1 ')).to.deep.equal({ ok: true, value: 'Алматы, ул. Абая, 1' });
    expect(validateText('x'.repeat(501))).to.deep.equal({ ok: false, code: 'text-length' });
    expect(validateText('x'.repeat(20), 10)).to.deep.equal({ ok: false, code: 'text-length' });
    expect(validateText('---')).to.deep.equal({ ok: false, code: 'text-characters' });
    expect(validateCompanyIdentifier(' HRB 12345 ')).to.deep.equal({ ok: true, value: 'HRB 12345' });
    expect(validateCompanyIdentifier('91110000MA01ABCD2X')).to.deep.equal({ ok: true, value: '91110000MA01ABCD2X' });
    expect(validateCompanyIdentifier('12-345/678.9')).to.deep.equal({ ok: true, value: '12-345/678.9' });
    expect(validateCompanyIdentifier('#123')).to.deep.equal({ ok: false, code: 'company-identifier-format' });
    expect(validateCompanyIdentifier('1'.repeat(51))).to.deep.equal({ ok: false, code: 'company-identifier-format' });
  });
});

describe('model: dates', () => {
  it('reads ISO, DD.MM.YYYY and YYYY.MM.DD into ISO', () => {
    expect(validateDate('2024-02-29')).to.deep.equal({ ok: true, value: '2024-02-29' });
    expect(validateDate('29.02.2024')).to.deep.equal({ ok: true, value: '2024-02-29' });
    expect(validateDate('2024.02.29')).to.deep.equal({ ok: true, value: '2024-02-29' });
    expect(validateDate(' 2020-01-01 ')).to.deep.equal({ ok: true, value: '2020-01-01' });
  });

  it('refuses dates that do not exist or are not dates', () => {
    for (const input of ['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '31/12/2024', '2024-1-1', '0099-01-01', 'today']) {
      expect(validateDate(input), input).to.deep.equal({ ok: false, code: 'date-format' });
    }
    expect(validateDate(new Date())).to.deep.equal({ ok: false, code: 'invalid-type' });
    expect(validateDate(undefined)).to.deep.equal({ ok: false, code: 'required' });
  });
});

describe('model: document manifest fields', () => {
  it('accepts what the uploader sends', () => {
    expect(validateDocumentSlot('state-registration')).to.deep.equal({ ok: true, value: 'state-registration' });
    expect(validateFileName('Устав ТОО (2024).pdf')).to.deep.equal({ ok: true, value: 'Устав ТОО (2024).pdf' });
    expect(validateFileSize(1_048_576)).to.deep.equal({ ok: true, value: 1_048_576 });
    expect(validateFileType('Application/PDF')).to.deep.equal({ ok: true, value: 'application/pdf' });
    expect(validateFileType('application/vnd.openxmlformats-officedocument.wordprocessingml.document').ok).to.equal(true);
    expect(validateSha256('A'.repeat(64))).to.deep.equal({ ok: true, value: 'a'.repeat(64) });
  });

  it('refuses what no browser would send', () => {
    expect(validateDocumentSlot('State Registration')).to.deep.equal({ ok: false, code: 'document-slot' });
    expect(validateDocumentSlot('charter-')).to.deep.equal({ ok: false, code: 'document-slot' });
    expect(validateFileName('../etc/passwd')).to.deep.equal({ ok: false, code: 'file-name' });
    expect(validateFileName('C:\\docs\\a.pdf')).to.deep.equal({ ok: false, code: 'file-name' });
    expect(validateFileName('a\u0007.pdf')).to.deep.equal({ ok: false, code: 'file-name' });
    expect(validateFileName('..')).to.deep.equal({ ok: false, code: 'file-name' });
    expect(validateFileName(`${'a'.repeat(300)}.pdf`)).to.deep.equal({ ok: false, code: 'file-name' });
    expect(validateFileSize(0)).to.deep.equal({ ok: false, code: 'file-empty' });
    expect(validateFileSize(-1)).to.deep.equal({ ok: false, code: 'file-size' });
    expect(validateFileSize(1.5)).to.deep.equal({ ok: false, code: 'file-size' });
    expect(validateFileSize(Number.NaN)).to.deep.equal({ ok: false, code: 'file-size' });
    expect(validateFileSize(Infinity)).to.deep.equal({ ok: false, code: 'file-size' });
    expect(validateFileSize('1024')).to.deep.equal({ ok: false, code: 'invalid-type' });
    expect(validateFileType('pdf')).to.deep.equal({ ok: false, code: 'file-type' });
    expect(validateFileType('application/pdf; charset=binary')).to.deep.equal({ ok: false, code: 'file-type' });
    expect(validateSha256('a'.repeat(63))).to.deep.equal({ ok: false, code: 'file-sha256' });
    expect(validateSha256('g'.repeat(64))).to.deep.equal({ ok: false, code: 'file-sha256' });
  });
});
