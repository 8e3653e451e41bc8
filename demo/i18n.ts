/**
 * The demo page's own words, in the three languages the widgets speak. The widgets translate
 * themselves (they follow `<html lang>`); this is only the host page around them, in the terms
 * of docs/glossary.md (ЭЦП / ЭЦҚ, ключ / кілт, банковские счета / банктік шоттар).
 */
export const DEMO_LOCALES = ['kk', 'ru', 'en'] as const;
export type DemoLocale = (typeof DEMO_LOCALES)[number];

const en = {
  'page.title': 'Registration — Procurement portal (demo)',
  'skip': 'Skip to the registration',
  'topbar.location': 'Kazakhstan, Astana GMT+05:00',
  'portal.name': 'Procurement portal',
  'portal.demo': 'demo',
  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.purchases': 'Purchases',
  'nav.faq': 'FAQ',
  'nav.registration': 'Registration',
  'nav.login': 'Login',
  'controls.language': 'Language',
  'controls.theme': 'Theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'controls.portal': 'Portal',
  'portal.supplier': 'Supplier portal (Qarmet)',
  'portal.ppp': 'PPP portal',
  'registration.title': 'Registration',
  'registration.intro':
    'Register your organisation: a resident signs in with an electronic signature (EDS) key through NCALayer, a non-resident fills in the form by hand. Each widget of the flow is also on a tab of its own.',
  'tabs.label': 'Registration and its widgets',
  'tab.registration': 'Registration',
  'tab.certificate': 'EDS key',
  'tab.resident': 'Resident form',
  'tab.nonresident': 'Non-resident form',
  'tab.bank': 'Bank accounts',
  'tab.documents': 'Documents',
  'tab.drafts': 'Drafts',
  'registration.missing': 'The whole registration in one element (<tirkeu-registration>) is not in this build yet. Meanwhile every part of it is on the other tabs.',
  'documents.registrant': 'Registrant',
  'registrant.legal-entity': 'Legal entity',
  'registrant.joint-stock-company': 'Joint-stock company',
  'registrant.individual-entrepreneur': 'Individual entrepreneur',
  'registrant.natural-person': 'Natural person',
  'registrant.non-resident': 'Non-resident',
  'drafts.note': 'Unfinished registrations kept (encrypted) in this browser. Continue opens the registration.',
  'emulator.title': 'NCALayer emulator',
  'emulator.intro': 'Stands in for NCALayer on this computer: choose the key the user picks and what NCALayer does.',
  'emulator.cert': 'Key the user picks',
  'emulator.scenario': 'What NCALayer does',
  'emulator.auto': 'The first valid key the request allows (auto)',
  'emulator.other': 'Other keys',
  'emulator.faults': 'Other faults',
  'person.head': "Legal entity's first head",
  'person.employee': 'Employee of the legal entity',
  'person.entrepreneur': 'Individual entrepreneur',
  'person.individual': 'Natural person',
  'key.auth': 'authentication key',
  'key.sign': 'signing key',
  'key.expired': 'Expired key (natural person)',
  'scenario.ok': 'Answers normally',
  'scenario.cancel': 'The user closes the dialog',
  'scenario.slow': 'The user takes a few seconds',
  'scenario.absent': 'Not running',
  'emulator.status': 'Now: {scenario}; key: {cert}.',
  'emulator.stopped': 'NCALayer is not running: the emulator is stopped, nothing answers on {url}.',
  'emulator.unreachable': 'The emulator does not answer ({reason}). Is `npm start` still running?',
  'emulator.none': 'No emulator was started: a real NCALayer, if it runs on this computer, answers.',
  'emulator.trust': 'First time? Open {url} and accept its test certificate.',
  'emulator.control': 'Control address: {url}',
  'log.title': 'Events',
  'log.note': 'What the widgets tell the page. Passwords and codes are never shown.',
  'log.clear': 'Clear',
  'footer.demo': 'A demo host page for the tirkeu widgets, modelled on the «Qarmet» JSC procurement portal. Not a real portal: nothing entered here leaves this browser.',
  'footer.support': 'Support',
};

export type DemoKey = keyof typeof en;

const ru: Record<DemoKey, string> = {
  'page.title': 'Регистрация — Портал закупок (демо)',
  'skip': 'Перейти к регистрации',
  'topbar.location': 'Казахстан, Астана GMT+05:00',
  'portal.name': 'Портал закупок',
  'portal.demo': 'демо',
  'nav.label': 'Главное меню',
  'nav.home': 'Главная',
  'nav.purchases': 'Закупки',
  'nav.faq': 'Вопросы и ответы',
  'nav.registration': 'Регистрация',
  'nav.login': 'Вход',
  'controls.language': 'Язык',
  'controls.theme': 'Тема',
  'theme.light': 'Светлая',
  'theme.dark': 'Тёмная',
  'controls.portal': 'Портал',
  'portal.supplier': 'Портал поставщиков (Qarmet)',
  'portal.ppp': 'Портал ГЧП',
  'registration.title': 'Регистрация',
  'registration.intro':
    'Зарегистрируйте организацию: резидент входит с ключом ЭЦП через NCALayer, нерезидент заполняет форму вручную. Каждый виджет регистрации есть и на отдельной вкладке.',
  'tabs.label': 'Регистрация и её виджеты',
  'tab.registration': 'Регистрация',
  'tab.certificate': 'Ключ ЭЦП',
  'tab.resident': 'Форма резидента',
  'tab.nonresident': 'Форма нерезидента',
  'tab.bank': 'Банковские счета',
  'tab.documents': 'Документы',
  'tab.drafts': 'Черновики',
  'registration.missing': 'Регистрации одним элементом (<tirkeu-registration>) в этой сборке пока нет. Все её части — на других вкладках.',
  'documents.registrant': 'Заявитель',
  'registrant.legal-entity': 'Юридическое лицо',
  'registrant.joint-stock-company': 'Акционерное общество',
  'registrant.individual-entrepreneur': 'Индивидуальный предприниматель',
  'registrant.natural-person': 'Физическое лицо',
  'registrant.non-resident': 'Нерезидент',
  'drafts.note': 'Незавершённые регистрации, сохранённые (в зашифрованном виде) в этом браузере. «Продолжить» открывает регистрацию.',
  'emulator.title': 'Эмулятор NCALayer',
  'emulator.intro': 'Заменяет NCALayer на этом компьютере: выберите ключ, который выбирает пользователь, и поведение NCALayer.',
  'emulator.cert': 'Ключ, который выбирает пользователь',
  'emulator.scenario': 'Поведение NCALayer',
  'emulator.auto': 'Первый действующий ключ, подходящий запросу (авто)',
  'emulator.other': 'Другие ключи',
  'emulator.faults': 'Другие сбои',
  'person.head': 'Первый руководитель юридического лица',
  'person.employee': 'Сотрудник юридического лица',
  'person.entrepreneur': 'Индивидуальный предприниматель',
  'person.individual': 'Физическое лицо',
  'key.auth': 'ключ аутентификации',
  'key.sign': 'ключ подписи',
  'key.expired': 'Просроченный ключ (физическое лицо)',
  'scenario.ok': 'Отвечает как обычно',
  'scenario.cancel': 'Пользователь закрывает окно',
  'scenario.slow': 'Пользователь думает несколько секунд',
  'scenario.absent': 'Не запущен',
  'emulator.status': 'Сейчас: {scenario}; ключ: {cert}.',
  'emulator.stopped': 'NCALayer не запущен: эмулятор остановлен, на {url} никто не отвечает.',
  'emulator.unreachable': 'Эмулятор не отвечает ({reason}). `npm start` ещё работает?',
  'emulator.none': 'Эмулятор не запущен: ответит настоящий NCALayer, если он работает на этом компьютере.',
  'emulator.trust': 'Впервые? Откройте {url} и примите его тестовый сертификат.',
  'emulator.control': 'Адрес управления: {url}',
  'log.title': 'События',
  'log.note': 'Что виджеты сообщают странице. Пароли и коды никогда не показываются.',
  'log.clear': 'Очистить',
  'footer.demo': 'Демонстрационная страница виджетов tirkeu по образцу портала закупок АО «Qarmet». Это не настоящий портал: введённые данные не покидают этот браузер.',
  'footer.support': 'Поддержка',
};

const kk: Record<DemoKey, string> = {
  'page.title': 'Тіркеу — Сатып алу порталы (демо)',
  'skip': 'Тіркеуге өту',
  'topbar.location': 'Қазақстан, Астана GMT+05:00',
  'portal.name': 'Сатып алу порталы',
  'portal.demo': 'демо',
  'nav.label': 'Басты мәзір',
  'nav.home': 'Басты бет',
  'nav.purchases': 'Сатып алулар',
  'nav.faq': 'Жиі қойылатын сұрақтар',
  'nav.registration': 'Тіркеу',
  'nav.login': 'Кіру',
  'controls.language': 'Тіл',
  'controls.theme': 'Безендіру',
  'theme.light': 'Ашық',
  'theme.dark': 'Қараңғы',
  'controls.portal': 'Портал',
  'portal.supplier': 'Жеткізушілер порталы (Qarmet)',
  'portal.ppp': 'МЖӘ порталы',
  'registration.title': 'Тіркеу',
  'registration.intro':
    'Ұйымыңызды тіркеңіз: резидент NCALayer арқылы ЭЦҚ кілтімен кіреді, бейрезидент нысанды қолмен толтырады. Тіркеудің әр виджеті жеке қойындыда да бар.',
  'tabs.label': 'Тіркеу және оның виджеттері',
  'tab.registration': 'Тіркеу',
  'tab.certificate': 'ЭЦҚ кілті',
  'tab.resident': 'Резидент нысаны',
  'tab.nonresident': 'Бейрезидент нысаны',
  'tab.bank': 'Банктік шоттар',
  'tab.documents': 'Құжаттар',
  'tab.drafts': 'Жобалар',
  'registration.missing': 'Бір элементтегі тіркеу (<tirkeu-registration>) бұл жинақта әлі жоқ. Оның барлық бөлігі басқа қойындыларда.',
  'documents.registrant': 'Өтініш беруші',
  'registrant.legal-entity': 'Заңды тұлға',
  'registrant.joint-stock-company': 'Акционерлік қоғам',
  'registrant.individual-entrepreneur': 'Жеке кәсіпкер',
  'registrant.natural-person': 'Жеке тұлға',
  'registrant.non-resident': 'Бейрезидент',
  'drafts.note': 'Осы браузерде (шифрланып) сақталған аяқталмаған тіркелулер. «Жалғастыру» тіркеуді ашады.',
  'emulator.title': 'NCALayer эмуляторы',
  'emulator.intro': 'Осы компьютердегі NCALayer-дің орнын басады: пайдаланушы таңдайтын кілтті және NCALayer әрекетін таңдаңыз.',
  'emulator.cert': 'Пайдаланушы таңдайтын кілт',
  'emulator.scenario': 'NCALayer әрекеті',
  'emulator.auto': 'Сұрауға сәйкес келетін алғашқы жарамды кілт (авто)',
  'emulator.other': 'Басқа кілттер',
  'emulator.faults': 'Басқа ақаулар',
  'person.head': 'Заңды тұлғаның бірінші басшысы',
  'person.employee': 'Заңды тұлғаның қызметкері',
  'person.entrepreneur': 'Жеке кәсіпкер',
  'person.individual': 'Жеке тұлға',
  'key.auth': 'аутентификация кілті',
  'key.sign': 'қол қою кілті',
  'key.expired': 'Мерзімі өткен кілт (жеке тұлға)',
  'scenario.ok': 'Қалыпты жауап береді',
  'scenario.cancel': 'Пайдаланушы терезені жабады',
  'scenario.slow': 'Пайдаланушы бірнеше секунд ойланады',
  'scenario.absent': 'Іске қосылмаған',
  'emulator.status': 'Қазір: {scenario}; кілт: {cert}.',
  'emulator.stopped': 'NCALayer іске қосылмаған: эмулятор тоқтатылды, {url} мекенжайында ешкім жауап бермейді.',
  'emulator.unreachable': 'Эмулятор жауап бермейді ({reason}). `npm start` әлі жұмыс істеп тұр ма?',
  'emulator.none': 'Эмулятор іске қосылмаған: осы компьютерде нағыз NCALayer жұмыс істесе, сол жауап береді.',
  'emulator.trust': 'Алғаш рет пе? {url} мекенжайын ашып, оның тестілік сертификатын қабылдаңыз.',
  'emulator.control': 'Басқару мекенжайы: {url}',
  'log.title': 'Оқиғалар',
  'log.note': 'Виджеттер бетке не хабарлайды. Құпия сөздер мен кодтар ешқашан көрсетілмейді.',
  'log.clear': 'Тазарту',
  'footer.demo': 'tirkeu виджеттерінің демо беті, «Qarmet» АҚ сатып алу порталының үлгісімен жасалған. Бұл нағыз портал емес: енгізілген деректер осы браузерден шықпайды.',
  'footer.support': 'Қолдау қызметі',
};

const DICTIONARY: Record<DemoLocale, Record<DemoKey, string>> = { en, ru, kk };

export function isDemoLocale(value: unknown): value is DemoLocale {
  return (DEMO_LOCALES as readonly unknown[]).includes(value);
}

/** The page's language: `<html lang>`, which the widgets follow too. */
export function pageLocale(): DemoLocale {
  const lang = document.documentElement.lang.toLowerCase().split('-')[0];
  return isDemoLocale(lang) ? lang : 'en';
}

/** One string in the page's language, `{name}` placeholders filled from `values`. */
export function t(key: DemoKey, values: Record<string, string> = {}): string {
  return DICTIONARY[pageLocale()][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function isDemoKey(value: string | undefined): value is DemoKey {
  return value !== undefined && value in en;
}

/**
 * Writes every `data-i18n` element's text (and every `data-i18n-label`'s aria-label) in the
 * page's language. Text only: no string here is ever parsed as HTML.
 */
export function translate(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset.i18n;
    if (isDemoKey(key)) element.textContent = t(key);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const key = element.dataset.i18nLabel;
    if (isDemoKey(key)) element.setAttribute('aria-label', t(key));
  }
  document.title = t('page.title');
}
