/**
 * What the mock backend "knows": a small state business register and the magic values that lead
 * to each answer of the contract. Every identifier here is synthetic (a structurally valid IIN or
 * BIN that is not known to be issued), see shared research §1.5.
 */
import type { Invitation, Organisation } from '../../src/backend/index.js';

/** The code every e-mail "receives". */
export const DEMO_EMAIL_CODE = '123456';
/** Typing this code answers `code-expired`. */
export const EXPIRED_EMAIL_CODE = '000000';
/** Any code sent to this address has already expired. */
export const EXPIRED_CODE_EMAIL = 'expired@example.kz';
/** Already somebody's login: `POST /email/code` and `POST /registrations` answer 409 `user-exists`. */
export const EXISTING_EMAIL = 'taken@example.kz';
/** A certificate with this IIN belongs to a registered user: 409 `user-exists`. */
export const EXISTING_IIN = '880520400124';
/** Registered on the portal: lookups say `registered: true`, a submission with it is 409 `organisation-exists`. */
export const REGISTERED_BIN = '170640001230';
/** In the register and not yet on the portal: the ordinary path. */
export const NEW_BIN = '150340000129';
/** A company name containing this word makes the submission answer 422 (`company.name`). */
export const REJECTED_NAME_MARK = 'REJECT';

export const INVITATIONS = {
  /** Valid, resident company (prefills the BIN and contacts). */
  valid: 'demo-invitation',
  /** Valid, non-resident company. */
  nonResident: 'nonresident-invitation',
  /** 410 `invitation-expired`. */
  expired: 'expired-invitation',
} as const;

const justice = (kk: string, ru: string) => ({
  kk: `${kk} әділет департаменті`,
  ru: `Департамент юстиции ${ru}`,
});

const director = {
  kk: 'Директор',
  ru: 'Директор',
};

type RegistryEntry = Omit<Organisation, 'registered'> & { registered?: boolean };

const entries: RegistryEntry[] = [
  {
    bin: NEW_BIN,
    name: { kk: '«Дала Инжиниринг» жауапкершілігі шектеулі серіктестігі', ru: 'Товарищество с ограниченной ответственностью «Дала Инжиниринг»', en: 'Dala Engineering LLP' },
    legalForm: { kk: 'ЖШС', ru: 'ТОО', en: 'LLP' },
    legalStatus: 'legal-entity',
    registrationDate: '2015-03-12',
    registrationNumber: '10254-1901-ТОО',
    registeringAuthority: justice('Астана қаласының', 'города Астаны'),
    country: 'KZ',
    legalAddress: 'Қазақстан, Астана қ., Есіл ауданы, Мәңгілік Ел даңғылы, 55/20, 010000',
    head: { fullName: 'Сейтқали Айгерім Ерланқызы', position: director },
    email: 'info@dala-eng.example.kz',
  },
  {
    bin: REGISTERED_BIN,
    registered: true,
    name: { kk: '«Қарағанды Металл Сервис» жауапкершілігі шектеулі серіктестігі', ru: 'Товарищество с ограниченной ответственностью «Караганда Металл Сервис»', en: 'Karaganda Metal Service LLP' },
    legalForm: { kk: 'ЖШС', ru: 'ТОО', en: 'LLP' },
    legalStatus: 'legal-entity',
    registrationDate: '2017-06-05',
    registrationNumber: '4471-1930-ТОО',
    registeringAuthority: justice('Қарағанды облысының', 'Карагандинской области'),
    country: 'KZ',
    legalAddress: 'Қазақстан, Теміртау қ., Республика даңғылы, 12, 101400',
    head: { fullName: 'Иванов Сергей Петрович', position: director },
    email: 'office@kms.example.kz',
  },
  {
    bin: '190751000349',
    name: { kk: '«Nordic Steel AB» компаниясының Қазақстандағы филиалы', ru: 'Филиал компании «Nordic Steel AB» в Казахстане', en: 'Nordic Steel AB, Kazakhstan branch' },
    legalStatus: 'legal-entity',
    registrationDate: '2019-07-22',
    registrationNumber: '1877-1910-Ф-л',
    registeringAuthority: justice('Алматы қаласының', 'города Алматы'),
    country: 'KZ',
    legalAddress: 'Қазақстан, Алматы қ., Бостандық ауданы, Әл-Фараби даңғылы, 77/8, 050040',
    head: { fullName: 'Lindqvist Erik', position: { kk: 'Филиал директоры', ru: 'Директор филиала' } },
  },
  {
    bin: '211152000561',
    name: { kk: '«Anatolia Yapı A.Ş.» компаниясының Қазақстандағы өкілдігі', ru: 'Представительство компании «Anatolia Yapı A.Ş.» в Казахстане', en: 'Anatolia Yapı A.Ş., Kazakhstan representative office' },
    legalStatus: 'legal-entity',
    registrationDate: '2021-11-03',
    registrationNumber: '312-1900-П-во',
    registeringAuthority: justice('Астана қаласының', 'города Астаны'),
    country: 'KZ',
    legalAddress: 'Қазақстан, Астана қ., Алматы ауданы, Кенесары көшесі, 40, 010000',
    head: { fullName: 'Yılmaz Mehmet', position: { kk: 'Өкілдік басшысы', ru: 'Глава представительства' } },
  },
  {
    bin: '200560000781',
    name: { kk: '«Береке» бірлескен кәсіпкерлігі', ru: 'Совместное индивидуальное предпринимательство «Береке»', en: 'Bereke joint entrepreneurship' },
    legalForm: { kk: 'ЖК', ru: 'ИП', en: 'IE' },
    legalStatus: 'individual-entrepreneur',
    registrationDate: '2020-05-14',
    registrationNumber: 'KZ63UWQ00123456',
    registeringAuthority: { kk: 'Шымкент қаласы бойынша Мемлекеттік кірістер департаменті', ru: 'Департамент государственных доходов по городу Шымкенту' },
    country: 'KZ',
    legalAddress: 'Қазақстан, Шымкент қ., Тәуке хан даңғылы, 9, 160000',
    head: { fullName: 'Омаров Бауыржан Серікұлы' },
  },
  {
    bin: '180263000909',
    name: { kk: '«Ақбидай» шаруа қожалығы', ru: 'Крестьянское хозяйство «Акбидай»', en: 'Akbidai farm' },
    legalForm: { kk: 'ШҚ', ru: 'КХ', en: 'Farm' },
    legalStatus: 'individual-entrepreneur',
    registrationDate: '2018-02-09',
    registrationNumber: 'KZ12UWQ00987654',
    registeringAuthority: { kk: 'Ақмола облысы бойынша Мемлекеттік кірістер департаменті', ru: 'Департамент государственных доходов по Акмолинской области' },
    country: 'KZ',
    legalAddress: 'Қазақстан, Ақмола облысы, Целиноград ауданы, Қосшы а., Абай көшесі, 3',
    head: { fullName: 'Жұмабаев Ерлан Асқарұлы' },
  },
  {
    // An entrepreneur is in the register by the owner's IIN: the emulator's entrepreneur keys.
    bin: '051231600027',
    name: { kk: 'Әбілова Динара Серікқызы жеке кәсіпкері', ru: 'Индивидуальный предприниматель Абилова Динара Серикказы', en: 'Dinara Abilova, individual entrepreneur' },
    legalForm: { kk: 'ЖК', ru: 'ИП', en: 'IE' },
    legalStatus: 'individual-entrepreneur',
    registrationDate: '2024-03-11',
    registrationNumber: 'KZ45UWQ01234567',
    registeringAuthority: { kk: 'Алматы қаласы бойынша Мемлекеттік кірістер департаменті', ru: 'Департамент государственных доходов по городу Алматы' },
    country: 'KZ',
    legalAddress: 'Қазақстан, Алматы қ., Абай даңғылы, 52, 050008',
    head: { fullName: 'Әбілова Динара Серікқызы' },
  },
];

/** The register, by BIN. `registered` is filled in by the handlers from their state. */
export const REGISTRY: ReadonlyMap<string, RegistryEntry> = new Map(entries.map((e) => [e.bin, e]));

const inDays = (days: number) => new Date(Date.now() + days * 864e5).toISOString();

export const invitation = (token: string): Invitation | 'expired' | undefined => {
  if (token == INVITATIONS.expired) return 'expired';
  if (token == INVITATIONS.valid)
    return {
      token,
      expiresAt: inDays(7),
      kind: 'resident',
      invitedBy: 'АО «Qarmet»',
      prefill: {
        user: { email: 'a.seitkali@dala-eng.example.kz' },
        company: { idNumber: NEW_BIN, legalStatus: 'legal-entity', email: 'info@dala-eng.example.kz', phone: '+77172554433' },
      },
    };
  if (token == INVITATIONS.nonResident)
    return {
      token,
      expiresAt: inDays(7),
      kind: 'non-resident',
      invitedBy: 'АО «Qarmet»',
      prefill: {
        user: { name: 'Anna', surname: 'Schmidt', email: 'a.schmidt@example.de' },
        company: { identifier: 'HRB 123456', name: 'Rhein Anlagenbau', country: 'DE', legalStatus: 'legal-entity', email: 'info@example.de' },
      },
    };
  return undefined;
};

/** IIN/BIN check digit (shared research §1.2); `undefined` when the 11 digits admit none. */
export const checkDigit = (digits: string): number | undefined => {
  for (const start of [1, 3]) {
    let sum = 0;
    for (let i = 0; i < 11; i++) sum += +digits[i] * (((start - 1 + i) % 11) + 1);
    if (sum % 11 < 10) return sum % 11;
  }
  return undefined;
};

/** 12 digits with a right check digit. */
export const validId = (id: string): boolean => /^\d{12}$/.test(id) && checkDigit(id) === +id[11];
