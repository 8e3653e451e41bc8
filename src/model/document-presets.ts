/**
 * The supplier portal's documents (seed 000 §3, Figure 5; the freshness rules of its §4), as a
 * catalogue preset. "*" in the portal's list is `required`; the charter has no "*" there, so it
 * is offered, not demanded. The register extract and the tax certificate come from the
 * guidelines: not older than 30 and 90 days. Templates ("**") point at the portal's templates
 * page; a host sets its own address with `extendCatalogue`.
 */
import type { DocumentRegistrant, DocumentSpec } from './document-catalogue.js';

const MB = 1024 * 1024;
const PDF_OR_SCAN = ['application/pdf', 'image/jpeg', 'image/png'] as const;
const PDF = ['application/pdf'] as const;
const COMPANIES: readonly DocumentRegistrant[] = ['legal-entity', 'individual-entrepreneur', 'non-resident'];
const EVERYONE: readonly DocumentRegistrant[] = [...COMPANIES, 'natural-person'];
/** The portal's page of templates (seed 000: "the available templates at the link"). */
const TEMPLATES = '/templates/';

const base = { accept: PDF_OR_SCAN, maxSize: 20 * MB, maxFiles: 1 } as const;

export const SUPPLIER_PORTAL_CATALOGUE: readonly DocumentSpec[] = [
  {
    ...base,
    id: 'state-registration',
    name: {
      en: 'Certificate of state registration',
      ru: 'Справка о государственной регистрации',
      kk: 'Мемлекеттік тіркеу туралы анықтама',
    },
    hint: {
      en: 'The electronic extract from the state register (eGov), not older than 30 days. Non-residents: the trade register extract.',
      ru: 'Электронная выписка из государственного реестра (eGov), не старше 30 дней. Нерезидентам: выписка из торгового реестра.',
      kk: 'Мемлекеттік тізілімнен электрондық үзінді көшірме (eGov), 30 күннен аспаған. Бейрезиденттерге: сауда тізілімінен үзінді көшірме.',
    },
    required: COMPANIES,
    maxAgeDays: 30,
  },
  {
    ...base,
    id: 'identity-document',
    name: { en: 'Identity document', ru: 'Документ, удостоверяющий личность', kk: 'Жеке басты куәландыратын құжат' },
    hint: { en: 'ID card or passport, both sides.', ru: 'Удостоверение личности или паспорт, обе стороны.', kk: 'Жеке куәлік немесе паспорт, екі жағы да.' },
    required: ['natural-person'],
    maxFiles: 2,
  },
  {
    ...base,
    id: 'charter',
    name: { en: 'Articles of association', ru: 'Устав', kk: 'Жарғы' },
    required: [],
    optional: ['legal-entity', 'non-resident'],
    maxSize: 50 * MB,
    maxFiles: 5,
  },
  {
    ...base,
    id: 'bank-certificate',
    name: {
      en: 'Bank certificate confirming the account',
      ru: 'Справка из банка о наличии счёта',
      kk: 'Шоттың бар екенін растайтын банк анықтамасы',
    },
    required: EVERYONE,
  },
  {
    ...base,
    id: 'tax-arrears-certificate',
    name: {
      en: 'Certificate of no tax arrears',
      ru: 'Сведения об отсутствии налоговой задолженности',
      kk: 'Салық берешегінің жоқтығы туралы мәліметтер',
    },
    hint: {
      en: 'From the State Revenue Committee, not older than 90 days.',
      ru: 'Из Комитета государственных доходов, не старше 90 дней.',
      kk: 'Мемлекеттік кірістер комитетінен, 90 күннен аспаған.',
    },
    required: [],
    optional: ['legal-entity', 'individual-entrepreneur'],
    accept: PDF,
    maxAgeDays: 90,
  },
  {
    ...base,
    id: 'supplier-questionnaire',
    name: { en: 'Supplier questionnaire', ru: 'Анкета поставщика', kk: 'Жеткізушінің сауалнамасы' },
    required: COMPANIES,
    template: TEMPLATES,
  },
  {
    ...base,
    id: 'appendix-5',
    name: { en: 'Appendix 5', ru: 'Приложение 5', kk: '5-қосымша' },
    required: COMPANIES,
    template: TEMPLATES,
  },
  {
    ...base,
    id: 'responsible-sourcing-letter',
    name: {
      en: 'Letter of acknowledgment and compliance with the Responsible Sourcing Code',
      ru: 'Письмо об ознакомлении и соблюдении Кодекса ответственных закупок',
      kk: 'Жауапты сатып алу кодексімен танысу және оны сақтау туралы хат',
    },
    required: COMPANIES,
    template: TEMPLATES,
  },
  {
    ...base,
    id: 'human-rights-letter',
    name: {
      en: 'Letter of acknowledgment and compliance with the Human Rights Policy and Anti-Corruption Regulation',
      ru: 'Письмо об ознакомлении и соблюдении Политики в области прав человека и Положения о противодействии коррупции',
      kk: 'Адам құқықтары саясатымен және Сыбайлас жемқорлыққа қарсы іс-қимыл ережесімен танысу және оларды сақтау туралы хат',
    },
    required: COMPANIES,
    template: TEMPLATES,
  },
  {
    ...base,
    id: 'shareholders-register',
    name: {
      en: 'Official excerpt from the register of shareholders (ultimate beneficiaries)',
      ru: 'Выписка из реестра акционеров (конечных бенефициаров)',
      kk: 'Акционерлер тізілімінен ресми үзінді көшірме (түпкілікті бенефициарлар)',
    },
    required: ['joint-stock-company', 'non-resident'],
  },
  {
    ...base,
    id: 'other',
    name: { en: 'Other files', ru: 'Прочие файлы', kk: 'Басқа файлдар' },
    required: [],
    optional: EVERYONE,
    maxFiles: 10,
  },
];
