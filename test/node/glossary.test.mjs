/**
 * The glossary check of `npm run i18n:check`: it fails on a term translated another way or a
 * form never used, names the unit, locale, expected term and what it found, stays quiet on
 * words that only look alike, and passes on the project's own xliff/ and docs/glossary.md.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { compilePattern, glossaryProblems, readUnits } from '../../tools/glossary-check.mjs';
import { renderGlossaryDoc } from '../../tools/glossary-doc.mjs';

const xliff = (locale, units) => `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="${locale}" source-language="en" original="lit-localize-inputs" datatype="plaintext">
<body>
${units.map(([id, source, target]) => `<trans-unit id="${id}">
  <source>${source}</source>${target === undefined ? '' : `\n  <target>${target}</target>`}
</trans-unit>`).join('\n')}
</body>
</file>
</xliff>
`;

const unit = (source, target, id = 'test.unit') => ({ id, source, target });
const problems = (locale, ...units) => glossaryProblems(units, locale);

describe('glossary patterns', () => {
  it('take every ending of a stem, from the start of a word', () => {
    const account = compilePattern('банковск* сч[её]т*');
    for (const text of ['Добавьте банковский счёт.', 'Банковских счетов пока нет.', 'номер банковского счета']) {
      assert.equal(account.test(text), true, text);
    }
    assert.equal(account.test('Счёт удалён.'), false);
    assert.equal(compilePattern('құпия сөз*').test('Құпия сөзді қайталаңыз'), true);
    assert.equal(compilePattern('құпия сөз*').test('құпиясөзді'), false);
    assert.equal(compilePattern('ключ*').test('переключатель'), false);
  });

  it('end a word without * where the word ends', () => {
    assert.equal(compilePattern('key').test('Use the keyboard'), false);
    assert.equal(compilePattern('key').test("enter the key's password"), true);
    assert.equal(compilePattern('NCA').test('Start NCALayer'), false);
    assert.equal(compilePattern('ЖСН').test('Адамның ЖСН-ін енгізіңіз'), true);
  });

  it('with = match the whole text only', () => {
    assert.equal(compilePattern('=Valid').test('Valid'), true);
    assert.equal(compilePattern('=Valid').test('Choose a valid certificate'), false);
    assert.equal(compilePattern('=Please correct the following').test('Please correct the following:'), true);
  });
});

describe('glossary problems', () => {
  it('name the unit, locale, expected term and what was found when a term is translated another way', () => {
    const found = problems('kk', unit('State registration date', 'Мемлекеттік тіркелген күні', 'form.company.registration-date'));
    assert.deepEqual(found.map(({ id, locale, expected, found }) => ({ id, locale, expected, found })), [
      { id: 'form.company.registration-date', locale: 'kk', expected: '«мемлекеттік тіркеу күн*»', found: 'Мемлекеттік тіркелген күні' },
      { id: 'form.company.registration-date', locale: 'kk', expected: '«мемлекеттік тіркеу күні»', found: 'Мемлекеттік тіркелген күні' },
    ]);
    assert.match(found[0].message, /^kk form\.company\.registration-date: .*expected «мемлекеттік тіркеу күн\*».*found «Мемлекеттік тіркелген күні»$/);
  });

  it('find a term left out, in Russian as in Kazakh', () => {
    assert.deepEqual(problems('ru', unit('Password', 'Код')).map((p) => p.expected), ['«парол*»']);
    assert.deepEqual(problems('kk', unit('Bank accounts', 'Шоттар')).map((p) => p.expected), ['«банктік шот*»']);
    assert.deepEqual(problems('kk', unit('A BIC (SWIFT code) has 8 or 11 characters.', 'BIC (SWIFT коды) 8 немесе 11 таңбадан тұрады.')).map((p) => p.expected), ['«БСК»']);
  });

  it('find a form never used, whatever the English says', () => {
    assert.deepEqual(problems('kk', unit('Log in instead.', 'Тіркелгіңізге кіріңіз.')).map((p) => p.found), ['Тіркелгіңізге']);
    assert.deepEqual(problems('ru', unit('KZT', 'казахский тенге')).map((p) => p.found), ['казахский тенге']);
    assert.deepEqual(problems('kk', unit('Password', 'Құпиясөз')).map((p) => p.found), ['Құпиясөз', 'Құпиясөз']);
  });

  it('accept the glossary terms in any inflection', () => {
    assert.deepEqual(problems('kk',
      unit('No bank accounts yet.', 'Әзірге банктік шоттар жоқ.'),
      unit('Enter the 12-digit IIN of the person.', 'Адамның 12 цифрдан тұратын ЖСН-ін енгізіңіз.'),
      unit('Repeat the password', 'Құпия сөзді қайталаңыз'),
    ), []);
    assert.deepEqual(problems('ru', unit('No bank accounts yet.', 'Банковских счетов пока нет.')), []);
  });

  it('stay quiet on words that only look like a term', () => {
    assert.deepEqual(problems('kk',
      unit('Use the keyboard.', 'Пернетақтаны пайдаланыңыз.'),
      unit('Account removed.', 'Шот жойылды.'),
      unit('The code is wrong. Check the e-mail and type it again.', 'Код қате. Хатты тексеріп, кодты қайта енгізіңіз.'),
      unit('Choose a valid certificate.', 'Жарамды сертификатты таңдаңыз.'),
      unit('7 for private companies', '7 — жеке компаниялар'),
      unit('Start NCALayer.', 'NCALayer-ді іске қосыңыз.'),
      unit('Attempts left: {}.', 'Қалған әрекет саны: {}.'),
    ), []);
    assert.deepEqual(problems('ru', unit('Account removed.', 'Счёт удалён.')), []);
  });

  it('leave a unit without a target to the missing-translation check', () => {
    assert.deepEqual(problems('kk', unit('State registration date', null)), []);
  });

  it('read placeholders and entities as the reader sees them', () => {
    const [read] = readUnits(xliff('kk', [['form.email.resend-in', 'Send again in <x id="0" equiv-text="${time}"/>', 'Қайта жіберу: <x id="0" equiv-text="${time}"/>']]));
    assert.deepEqual(read, { id: 'form.email.resend-in', source: 'Send again in {}', target: 'Қайта жіберу: {}' });
    assert.deepEqual(problems('kk', read), []);
    assert.deepEqual(problems('kk', { ...read, target: '{} кейін қайта жіберу' }).map((p) => p.expected), ['«қайта жіберу: {}»', '«Қайта жіберу: {time}»']);
  });
});

describe('npm run i18n:check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tirkeu-glossary-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const check = (kk, ru) => {
    writeFileSync(join(dir, 'kk.xlf'), xliff('kk', kk));
    writeFileSync(join(dir, 'ru.xlf'), xliff('ru', ru));
    return spawnSync(process.execPath, ['tools/check-translations.mjs', '--no-extract', '--xliff-dir', dir], { encoding: 'utf8' });
  };
  const RU = [['form.company.registration-date', 'State registration date', 'Дата государственной регистрации']];

  it('fails on a term translated another way, and says where', () => {
    const run = check([['form.company.registration-date', 'State registration date', 'Мемлекеттік тіркелген күні']], RU);
    assert.equal(run.status, 1, run.stdout);
    assert.match(run.stderr, /kk form\.company\.registration-date: .*expected «мемлекеттік тіркеу күн\*».*found «Мемлекеттік тіркелген күні»/);
    assert.match(run.stderr, /translations break the glossary/);
  });

  it('passes when every target uses the glossary', () => {
    const run = check([['form.company.registration-date', 'State registration date', 'Мемлекеттік тіркеу күні']], RU);
    assert.equal(run.status, 0, run.stderr);
  });

  it('still fails on a missing target', () => {
    const run = check([['form.company.registration-date', 'State registration date']], RU);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /missing kk translation for form\.company\.registration-date: State registration date/);
  });
});

describe('the project', () => {
  for (const locale of ['ru', 'kk']) {
    it(`xliff/${locale}.xlf keeps to the glossary`, () => {
      const found = glossaryProblems(readUnits(readFileSync(`xliff/${locale}.xlf`, 'utf8')), locale);
      assert.deepEqual(found.map((p) => p.message), []);
    });
  }

  it('docs/glossary.md is what tools/glossary.mjs says', () => {
    assert.equal(readFileSync('docs/glossary.md', 'utf8'), renderGlossaryDoc());
  });
});
