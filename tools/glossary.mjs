/**
 * The words the portals use, in English, Russian and Kazakh: the one place they are kept.
 * docs/glossary.md is rendered from this module (`node tools/glossary-doc.mjs`) and
 * `npm run i18n:check` enforces it (tools/glossary-check.mjs), so translators read exactly
 * the rules the check applies.
 *
 * Patterns (the same notation in the doc): words are matched from the start of a word,
 * case-insensitively; `*` stands for any letters, so a stem takes every inflection
 * («банковск* сч[её]т*» is «банковского счёта», «Банковских счетов»); `[её]` is either
 * letter; a space is any run of spaces; `{}` is a placeholder (`<x id="0" …/>`); a leading
 * `=` means the whole text (final `.` or `:` aside). A word without `*` must end there, so
 * `key` is not found in "keyboard" and `NCA` not in "NCALayer".
 */

/**
 * A term: when the English source matches one of `when`, the Russian target must match one
 * of `ru` and the Kazakh one of `kk` (an empty list: that locale is not checked).
 * Only unambiguous English is listed in `when`; the rest is in REVIEW.
 */
export const TERMS = [
  {
    id: 'eds', concept: 'electronic digital signature', en: 'electronic signature (EDS)', ru: 'ЭЦП', kk: 'ЭЦҚ',
    when: ['EDS', 'electronic signature*', 'electronic digital signature*'],
    match: { ru: ['ЭЦП', 'электронн* цифров* подпис*'], kk: ['ЭЦҚ', 'электрондық цифрлық қолтаңба*'] },
  },
  {
    id: 'nca', concept: 'National Certification Centre', en: 'National Certification Centre (NCA)', ru: 'НУЦ РК (Национальный удостоверяющий центр)', kk: 'ҚР ҰКО (Ұлттық куәландырушы орталық)',
    when: ['National Certification Authorit*', 'National Certification Cent*', 'NCA'],
    match: { ru: ['НУЦ', 'Национальн* удостоверяющ* центр*'], kk: ['ҰКО', 'Ұлттық куәландырушы орталы*'] },
  },
  {
    id: 'key', concept: 'key (what the user picks in NCALayer)', en: 'key', ru: 'ключ ЭЦП', kk: 'кілт («Кілтті таңдау», «Басқа кілтті таңдау»)',
    when: ['key', 'keys'],
    match: { ru: ['ключ*'], kk: ['кілт*'] },
  },
  {
    id: 'sign-agreement', concept: 'sign the agreement', en: 'Sign the agreement', ru: 'Подписать соглашение', kk: 'Келісімге қол қою',
    when: ['sign* the agreement', 'sign* the user agreement', 'agreement is signed'],
    match: { ru: ['подпи* соглашени*', 'подпи* пользовательск* соглашени*', 'соглашение подписано'], kk: ['келісім* қол қо*'] },
  },
  {
    id: 'password', concept: 'password', en: 'password', ru: 'пароль', kk: 'құпия сөз (two words)',
    when: ['password*'],
    match: { ru: ['парол*'], kk: ['құпия сөз*'] },
  },
  {
    id: 'login-account', concept: 'account (login account)', en: 'account', ru: 'учётная запись', kk: 'есептік жазба',
    when: ['an account with', 'user account*', 'login account*'],
    match: { ru: ['уч[её]тн* запис*'], kk: ['есептік жазба*'] },
  },
  {
    id: 'user', concept: 'user', en: 'user', ru: 'пользователь', kk: 'пайдаланушы',
    when: ['user', 'users'],
    match: { ru: ['пользовател*'], kk: ['пайдаланушы*'] },
  },
  {
    id: 'participant', concept: 'participant (the organisation)', en: 'participant', ru: 'участник', kk: 'қатысушы',
    when: ['participant*'],
    match: { ru: ['участник*'], kk: ['қатысушы*'] },
  },
  {
    id: 'organisation', concept: 'organisation', en: 'organisation', ru: 'организация', kk: 'ұйым',
    when: ['organi[sz]ation*'],
    match: { ru: ['организаци*'], kk: ['ұйым*'] },
  },
  {
    id: 'company', concept: 'company (the organisation being registered)', en: 'company', ru: 'компания', kk: 'ұйым («Ұйымның атауы», not «Компанияның …»)',
    when: ['company'],
    match: { ru: ['компани*', 'организаци*'], kk: ['ұйым*'] },
  },
  {
    id: 'iin', concept: 'IIN', en: 'IIN', ru: 'ИИН', kk: 'ЖСН',
    when: ['IIN'],
    match: { ru: ['ИИН'], kk: ['ЖСН'] },
  },
  {
    id: 'bin', concept: 'BIN', en: 'BIN', ru: 'БИН', kk: 'БСН',
    when: ['BIN'],
    match: { ru: ['БИН'], kk: ['БСН'] },
  },
  {
    id: 'registration-date', concept: 'state registration date', en: 'State registration date', ru: 'Дата государственной регистрации', kk: 'Мемлекеттік тіркеу күні',
    when: ['state registration date*'],
    match: { ru: ['дат* государственной регистрации'], kk: ['мемлекеттік тіркеу күн*'] },
  },
  {
    id: 'registration-number', concept: 'state registration document number', en: 'Registration document number', ru: 'Номер документа о государственной регистрации', kk: 'Мемлекеттік тіркеу туралы құжаттың нөмірі',
    when: ['registration document number*'],
    match: { ru: ['номер* документа о государственной регистрации'], kk: ['мемлекеттік тіркеу туралы құжатт* нөмір*'] },
  },
  {
    id: 'registering-authority', concept: 'registering authority', en: 'Registering authority', ru: 'Орган государственной регистрации', kk: 'Мемлекеттік тіркеу органы',
    when: ['registering authorit*'],
    match: { ru: ['орган* государственной регистрации'], kk: ['мемлекеттік тіркеу орган*'] },
  },
  {
    id: 'name-kk', concept: 'full name in Kazakh', en: 'Full name in Kazakh', ru: 'Полное наименование на казахском языке', kk: 'Қазақ тіліндегі толық атауы',
    when: ['full name in Kazakh'],
    match: { ru: ['полное наименование на казахском языке'], kk: ['қазақ тіліндегі толық атау*'] },
  },
  {
    id: 'name-ru', concept: 'full name in Russian', en: 'Full name in Russian', ru: 'Полное наименование на русском языке', kk: 'Орыс тіліндегі толық атауы',
    when: ['full name in Russian'],
    match: { ru: ['полное наименование на русском языке'], kk: ['орыс тіліндегі толық атау*'] },
  },
  {
    id: 'email-address', concept: 'e-mail address (the field)', en: 'E-mail', ru: 'Электронная почта', kk: 'Электрондық пошта мекенжайы',
    when: ['=E-mail', '=Contact e-mail', '=Official company e-mail', 'e-mail address*'],
    match: { ru: ['электронн* почт*'], kk: ['электрондық пошта мекенжай*'] },
  },
  {
    id: 'company-identifier', concept: 'company identifier (non-resident)', en: 'Company identifier / Registration or tax number', ru: 'Идентификационный номер компании', kk: 'Ұйымның сәйкестендіру нөмірі',
    when: ['company identifier*', '=Registration or tax number'],
    match: { ru: ['идентификационн* номер* компании'], kk: ['ұйымның сәйкестендіру нөмір*'] },
  },
  {
    id: 'bank-account', concept: 'bank accounts', en: 'Bank accounts', ru: 'Банковские счета', kk: 'Банктік шоттар',
    when: ['bank account*'],
    match: { ru: ['банковск* сч[её]т*'], kk: ['банктік шот*'] },
  },
  {
    id: 'add-bank-account', concept: 'add a bank account', en: 'Add a bank account', ru: 'Добавить банковский счёт', kk: 'Банктік шот қосу',
    when: ['=Add account', 'add a bank account'],
    match: { ru: ['добав* банковск* сч[её]т*'], kk: ['банктік шот* қос*', 'банкті қос*'] },
  },
  {
    id: 'at-least-one-account', concept: 'at least one account', en: 'Add at least one bank account.', ru: 'Добавьте хотя бы один банковский счёт.', kk: 'Кемінде бір банктік шот қосыңыз.',
    when: ['at least one bank account'],
    match: { ru: ['добавьте хотя бы один банковский сч[её]т'], kk: ['кемінде бір банктік шот қосыңыз'] },
  },
  {
    id: 'bic', concept: 'BIC', en: 'BIC (SWIFT)', ru: 'БИК', kk: 'БСК (банктік сәйкестендіру коды)',
    when: ['BIC'],
    match: { ru: ['БИК'], kk: ['БСК'] },
  },
  {
    id: 'iban-label', concept: 'account number (IBAN), the field', en: 'IBAN', ru: 'ИИК (IBAN)', kk: 'Шот нөмірі (ЖСК)',
    when: ['=IBAN'],
    match: { ru: ['ИИК (IBAN)'], kk: ['шот нөмірі (ЖСК)'] },
  },
  {
    id: 'iban', concept: 'IBAN in a sentence', en: 'IBAN', ru: 'IBAN or ИИК', kk: 'IBAN or ЖСК',
    when: ['IBAN*'],
    match: { ru: ['IBAN*', 'ИИК'], kk: ['IBAN*', 'ЖСК'] },
  },
  {
    id: 'kbe', concept: 'beneficiary code', en: 'Beneficiary code (KBe)', ru: 'КБе', kk: 'КБе',
    when: ['KBe'],
    match: { ru: ['КБе'], kk: ['КБе'] },
  },
  {
    id: 'opened-on', concept: 'account opened on', en: 'Opened on', ru: 'Дата открытия', kk: 'Шоттың ашылған күні',
    when: ['=Opened on', 'opening date*'],
    match: { ru: ['дат* открытия'], kk: ['ашылған күн*'] },
  },
  {
    id: 'closed-on', concept: 'account closed on', en: 'Closed on (optional)', ru: 'Дата закрытия (необязательно)', kk: 'Шоттың жабылу күні (міндетті емес)',
    when: ['=Closed on', 'closing date*'],
    match: { ru: ['дат* закрытия'], kk: ['жабылу күн*'] },
  },
  {
    id: 'account-type', concept: 'account type', en: 'Account type', ru: 'Тип счёта', kk: 'Шот түрі',
    when: ['account type*'],
    match: { ru: ['тип* сч[её]та'], kk: ['шот түр*'] },
  },
  {
    id: 'bank-certificate', concept: 'bank certificate (the document)', en: 'Bank certificate', ru: 'Справка из банка', kk: 'Банк анықтамасы',
    when: ['bank certificate*', 'bank letter*', 'bank statement*'],
    match: { ru: ['справк* из банка', 'справк* банка'], kk: ['банк анықтама*'] },
  },
  {
    id: 'validity', concept: 'valid from … to (the field)', en: 'Valid', ru: 'Срок действия', kk: 'Жарамдылық мерзімі',
    when: ['=Valid'],
    match: { ru: ['срок* действия'], kk: ['жарамдылық мерзім*'] },
  },
  {
    id: 'issuer', concept: 'issued by (certification centre)', en: 'Issuer', ru: 'Издатель', kk: 'Берген куәландырушы орталық',
    when: ['issuer*'],
    match: { ru: ['издател*'], kk: ['берген куәландырушы орталық*'] },
  },
  {
    id: 'digits', concept: 'digits', en: 'digits', ru: 'цифр', kk: 'цифр',
    when: ['digit*'],
    match: { ru: ['цифр*'], kk: ['цифр*'] },
  },
  {
    id: 'tenge', concept: 'Kazakhstani tenge', en: 'Kazakhstani tenge', ru: 'казахстанский тенге', kk: 'қазақстандық теңге',
    when: ['tenge'],
    match: { ru: ['казахстанск* тенге'], kk: ['қазақстандық теңге*'] },
  },
];

/** Whole phrasings the portals use, checked like the terms. */
export const PHRASES = [
  {
    id: 'resend-countdown', concept: 'resend countdown', en: 'Send again in {time}', ru: 'Отправить ещё раз через {time}', kk: 'Қайта жіберу: {time}',
    when: ['send again in'],
    match: { ru: [], kk: ['қайта жіберу: {}'] },
  },
  {
    id: 'seconds', concept: 'a wait in seconds', en: 'in {s} s', ru: 'через {s} с', kk: '{s} секундтан кейін',
    when: ['in {} s'],
    match: { ru: [], kk: ['{} секундтан кейін'] },
  },
  {
    id: 'signing-failure', concept: 'signing failure', en: 'The registration could not be signed.', ru: 'Не удалось подписать заявку на регистрацию.', kk: 'Тіркеу өтінішіне қол қою мүмкін болмады.',
    when: ['registration could not be signed'],
    match: { ru: ['не удалось подписать заявку на регистрацию'], kk: ['тіркеу өтінішіне қол қою мүмкін болмады'] },
  },
  {
    id: 'invalid-date', concept: 'invalid date', en: 'Enter a real date, for example 31.12.2024.', ru: 'Введите существующую дату, например 31.12.2024.', kk: 'Дұрыс күнді енгізіңіз, мысалы 31.12.2024.',
    when: ['enter a real date'],
    match: { ru: [], kk: ['дұрыс күнді енгізіңіз'] },
  },
  {
    id: 'email-taken', concept: 'e-mail taken', en: 'An account with this e-mail already exists.', ru: 'Учётная запись с этой почтой уже существует.', kk: 'Бұл электрондық пошта мекенжайымен есептік жазба бұрыннан бар.',
    when: ['an account with this e-mail already exists'],
    match: { ru: ['уч[её]тная запись с этой почтой уже существует'], kk: ['бұл электрондық пошта мекенжайымен есептік жазба бұрыннан бар'] },
  },
  {
    id: 'error-summary', concept: 'error summary heading', en: 'Please correct the following:', ru: 'Исправьте следующие ошибки:', kk: 'Мына қателерді түзетіңіз:',
    when: ['=Please correct the following'],
    match: { ru: ['=Исправьте следующие ошибки'], kk: [] },
  },
  {
    id: 'choose-key', concept: 'the button that opens NCALayer', en: 'Select certificate / Choose another certificate', ru: 'Выбрать сертификат / Выбрать другой сертификат', kk: 'Кілтті таңдау / Басқа кілтті таңдау',
    when: ['=Select certificate', '=Choose another certificate'],
    match: { ru: [], kk: ['=Кілтті таңдау', '=Басқа кілтті таңдау'] },
  },
  {
    id: 'agreement-help', concept: 'agreement help', en: 'Sign with your signing key (…).', ru: 'Подпишите ключом ЭЦП для подписи (…).', kk: 'ЭЦҚ-ның қол қоюға арналған кілтімен қол қойыңыз (…).',
    when: ['sign with your signing key'],
    match: { ru: ['подпишите ключом ЭЦП'], kk: ['ЭЦҚ-ның қол қоюға арналған кілтімен қол қойыңыз'] },
  },
];

/** Forms no target may use, whatever its English: `term` names the TERMS or PHRASES entry. */
export const AVOID = [
  { locale: 'kk', not: 'құпиясөз*', write: 'құпия сөз', term: 'password' },
  { locale: 'kk', not: 'парол*', write: 'құпия сөз', term: 'password' },
  { locale: 'kk', not: 'тіркелгі*', write: 'есептік жазба', term: 'login-account' },
  { locale: 'kk', not: 'компанияның', write: 'ұйымның', term: 'company' },
  { locale: 'kk', not: 'мемлекеттік тіркелген күн*', write: 'мемлекеттік тіркеу күні', term: 'registration-date' },
  { locale: 'kk', not: 'тіркеу құжатының нөмір*', write: 'мемлекеттік тіркеу туралы құжаттың нөмірі', term: 'registration-number' },
  { locale: 'kk', not: 'тіркеген орган*', write: 'мемлекеттік тіркеу органы', term: 'registering-authority' },
  { locale: 'kk', not: 'сәйкестендіргіш*', write: 'сәйкестендіру нөмірі', term: 'company-identifier' },
  { locale: 'kk', not: 'банк шот*', write: 'банктік шот', term: 'bank-account' },
  { locale: 'kk', not: 'жабылған күн*', write: 'жабылу күні', term: 'closed-on' },
  { locale: 'kk', not: 'үзінді көшірме*', write: 'банк анықтамасы', term: 'bank-certificate' },
  { locale: 'kk', not: 'қолданылу мерзім*', write: 'жарамдылық мерзімі', term: 'validity' },
  { locale: 'kk', not: 'кім берген', write: 'берген куәландырушы орталық', term: 'issuer' },
  { locale: 'kk', not: 'нақты күн*', write: 'дұрыс күн («нақты» is "exact")', term: 'invalid-date' },
  { locale: 'kk', not: 'кейін қайта жіберу', write: 'Қайта жіберу: {time}', term: 'resend-countdown' },
  { locale: 'kk', not: 'тіркеуге қол қою', write: 'тіркеу өтінішіне қол қою', term: 'signing-failure' },
  { locale: 'kk', not: 'ИИН', write: 'ЖСН', term: 'iin' },
  { locale: 'kk', not: 'БИН', write: 'БСН', term: 'bin' },
  { locale: 'kk', not: 'БИК', write: 'БСК', term: 'bic' },
  { locale: 'kk', not: 'ИИК', write: 'ЖСК', term: 'iban-label' },
  { locale: 'kk', not: 'ЭЦП', write: 'ЭЦҚ', term: 'eds' },
  { locale: 'kk', not: 'НУЦ', write: 'ҰКО', term: 'nca' },
  { locale: 'ru', not: 'казахск* тенге', write: 'казахстанский тенге', term: 'tenge' },
  { locale: 'ru', not: 'аккаунт*', write: 'учётная запись', term: 'login-account' },
  { locale: 'ru', not: 'документа о регистрации', write: 'документа о государственной регистрации', term: 'registration-number' },
  { locale: 'ru', not: 'регистрирующ* орган*', write: 'орган государственной регистрации', term: 'registering-authority' },
  { locale: 'ru', not: 'идентификатор* компании', write: 'идентификационный номер компании', term: 'company-identifier' },
  { locale: 'ru', not: 'кем выдан*', write: 'издатель', term: 'issuer' },
  { locale: 'ru', not: 'исправьте, пожалуйста', write: 'Исправьте следующие ошибки:', term: 'error-summary' },
  { locale: 'ru', not: 'подписать регистрацию', write: 'подписать заявку на регистрацию', term: 'signing-failure' },
  { locale: 'ru', not: 'ЖСН', write: 'ИИН', term: 'iin' },
  { locale: 'ru', not: 'БСН', write: 'БИН', term: 'bin' },
  { locale: 'ru', not: 'БСК', write: 'БИК', term: 'bic' },
  { locale: 'ru', not: 'ЖСК', write: 'ИИК', term: 'iban-label' },
  { locale: 'ru', not: 'ЭЦҚ', write: 'ЭЦП', term: 'eds' },
  { locale: 'ru', not: 'ҰКО', write: 'НУЦ', term: 'nca' },
];

/** English the check cannot read unambiguously: a reviewer looks at these by hand. */
export const REVIEW = [
  {
    word: 'account',
    why: 'In the bank editor an account is a bank account (ru «счёт», kk «шот»: «Шот жойылды», «Жаңа шот»); elsewhere it can be the login account (ru «учётная запись», kk «есептік жазба»). The check knows only "bank account", "an account with …", "user account" and "login account".',
  },
  {
    word: 'e-mail',
    why: 'The field and the address are ru «электронная почта», kk «электрондық пошта мекенжайы» (checked on the labels and on "e-mail address"); in a sentence "the e-mail" can be the message itself (ru «письмо», kk «хат»: "Check the e-mail and type it again").',
  },
  {
    word: 'sign, signature',
    why: 'To sign is ru «подписать», kk «қол қою»; the signature NCALayer returns is ru «подпись», kk «қолтаңба»; the electronic digital signature as a means is ЭЦП / ЭЦҚ.',
  },
  {
    word: 'valid',
    why: 'The certificate field "Valid" is the validity period (checked); the adjective is ru «действующий», kk «жарамды» ("Choose a valid certificate").',
  },
  {
    word: 'certificate',
    why: 'The button that opens NCALayer is «Кілтті таңдау» / «Басқа кілтті таңдау» in Kazakh, as on the portal, although the English says "Select certificate"; Russian keeps «Выбрать сертификат». Everywhere else a certificate is ru «сертификат», kk «сертификат».',
  },
  {
    word: 'company',
    why: 'Kazakh says «ұйым» for the organisation being registered (checked); Russian keeps «компания». "Private companies" as a sector of the economy (the KBe hint) is not the organisation being registered.',
  },
  {
    word: 'register, registration',
    why: 'The state register is ru «государственный реестр», kk «мемлекеттік тізілім»; state registration of a company is ru «государственная регистрация», kk «мемлекеттік тіркеу»; registering on the portal is ru «регистрация», kk «тіркелу»; the application sent is ru «заявка», kk «өтініш».',
  },
  {
    word: 'characters',
    why: 'Characters are ru «символ», kk «таңба»; digits are «цифр» in both (checked), never kk «сан».',
  },
];
