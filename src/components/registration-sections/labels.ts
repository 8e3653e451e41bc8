/**
 * The words of the registration sections. Every function takes the lookup of the element that
 * shows the text (its `localize` lookup, last), so that a text is in that element's locale
 * wherever it is built: in `render()`, in `willUpdate`, in an event handler.
 */
import { str } from '@lit/localize';
import type { Lookup } from '../../i18n/lookup.js';
import { isValidationCode, type LegalStatus } from '../../model/index.js';
import { validationMessage } from '../shared/validation-messages.js';
import { datePattern } from '../shared/dates.js';
import type { FieldKey, SectionConfig, SectionName } from './rules.js';

export function sectionTitle(section: SectionName, config: SectionConfig, t: Lookup): string {
  switch (section) {
    case 'user':
      return t('User', { id: 'form.user.title' });
    case 'company':
      return config.kind === 'resident' && config.legalStatus === 'natural-person'
        ? t('Registrant', { id: 'form.company.title-person' })
        : t('Company', { id: 'form.company.title' });
    case 'bank':
      return t('Bank accounts', { id: 'form.bank.title' });
  }
}

export function legalStatusLabel(status: LegalStatus, t: Lookup): string {
  switch (status) {
    case 'legal-entity':
      return t('Legal entity', { id: 'form.status.legal-entity' });
    case 'individual-entrepreneur':
      return t('Individual entrepreneur', { id: 'form.status.individual-entrepreneur' });
    case 'natural-person':
      return t('Natural person', { id: 'form.status.natural-person' });
  }
}

export function fieldLabel(key: FieldKey, config: SectionConfig, t: Lookup): string {
  const resident = config.kind === 'resident';
  switch (key) {
    case 'user.iin':
      return t('IIN', { id: 'form.user.iin' });
    case 'user.surname':
      return t('Surname', { id: 'form.user.surname' });
    case 'user.name':
      return t('Name', { id: 'form.user.name' });
    case 'user.patronymic':
      return t('Patronymic', { id: 'form.user.patronymic' });
    case 'user.birthDate':
      return t('Date of birth', { id: 'form.user.birth-date' });
    case 'user.phone':
      return t('Phone', { id: 'form.user.phone' });
    case 'user.email':
      return t('E-mail', { id: 'form.user.email' });
    case 'user.emailCode':
      return t('Confirmation code', { id: 'form.user.email-code' });
    case 'user.password':
      return t('Password', { id: 'form.user.password' });
    case 'user.passwordRepeat':
      return t('Repeat the password', { id: 'form.user.password-repeat' });
    case 'agreement':
      return t('User agreement', { id: 'form.agreement.title' });
    case 'legalStatus':
      return t('Legal status', { id: 'form.company.legal-status' });
    case 'company.idNumber':
      return config.legalStatus === 'legal-entity'
        ? t('BIN', { id: 'form.company.bin' })
        : config.legalStatus === 'individual-entrepreneur'
          ? t('IIN or BIN', { id: 'form.company.iin-or-bin' })
          : t('IIN', { id: 'form.user.iin' });
    case 'company.identifier':
      return t('Company identifier', { id: 'form.company.identifier' });
    case 'company.name':
      return resident && config.legalStatus === 'natural-person'
        ? t('Full name', { id: 'form.company.person-name' })
        : t('Company name', { id: 'form.company.name' });
    case 'company.nameKk':
      return t('Full name in Kazakh', { id: 'form.company.name-kk' });
    case 'company.nameRu':
      return t('Full name in Russian', { id: 'form.company.name-ru' });
    case 'company.registrationDate':
      return t('State registration date', { id: 'form.company.registration-date' });
    case 'company.registrationNumber':
      return t('Registration document number', { id: 'form.company.registration-number' });
    case 'company.registeringAuthority':
      return t('Registering authority', { id: 'form.company.registering-authority' });
    case 'company.country':
      return t('Country', { id: 'form.company.country' });
    case 'company.phone':
      return config.legalStatus === 'natural-person' && resident
        ? t('Contact phone', { id: 'form.company.contact-phone' })
        : t('Company phone', { id: 'form.company.phone' });
    case 'company.email':
      return config.legalStatus === 'natural-person' && resident
        ? t('Contact e-mail', { id: 'form.company.contact-email' })
        : t('Official company e-mail', { id: 'form.company.email' });
    case 'company.legalAddress':
      return config.legalStatus === 'natural-person' && resident
        ? t('Address', { id: 'form.company.address' })
        : t('Legal address', { id: 'form.company.legal-address' });
    case 'bankAccounts':
      return t('Bank accounts', { id: 'form.bank.title' });
  }
}

/** The help text under a field's label, if it has one. */
export function fieldHelp(key: FieldKey, config: SectionConfig, t: Lookup): string | undefined {
  const resident = config.kind === 'resident';
  if (config.locked.has(key)) return t('From your certificate.', { id: 'form.help.from-certificate' });
  switch (key) {
    case 'user.birthDate':
      return t('Read from the IIN.', { id: 'form.help.birth-date' });
    case 'user.phone':
      return resident
        ? t('A Kazakh mobile number, e.g. +7 701 234 56 78.', { id: 'form.help.phone-kz' })
        : t('With the country code, e.g. +49 30 1234567.', { id: 'form.help.phone-international' });
    case 'company.phone':
      return resident
        ? t('For example +7 727 123 45 67.', { id: 'form.help.company-phone-kz' })
        : t('With the country code, e.g. +49 30 1234567.', { id: 'form.help.phone-international' });
    case 'user.email':
      return t('You will log in with this address.', { id: 'form.help.email-login' });
    case 'user.emailCode':
      return t('We send it to the e-mail above.', { id: 'form.help.email-code' });
    case 'user.password':
      return t('8 to 20 characters, with lower-case and upper-case letters and digits.', { id: 'form.help.password' });
    case 'company.idNumber':
      return config.legalStatus === 'legal-entity'
        ? t('12 digits. We look the company up in the state register.', { id: 'form.help.bin' })
        : undefined;
    case 'company.identifier':
      return t("The registration or tax number in the company's home country.", { id: 'form.help.identifier' });
    case 'company.name':
      return resident && config.legalStatus === 'natural-person'
        ? undefined
        : t('Without the ownership form (LLP, ТОО, АО…).', { id: 'form.help.company-name' });
    default:
      return undefined;
  }
}

/** The hint tooltip behind a field's "?" button, if it has one. */
export function fieldHint(key: FieldKey, t: Lookup): string | undefined {
  switch (key) {
    case 'user.iin':
      return t(
        'The individual identification number: 12 digits on your ID card. Digits 1–6 are your date of birth.',
        { id: 'form.hint.iin' },
      );
    case 'company.idNumber':
      return t(
        'The business identification number of a legal entity, or the IIN of an individual entrepreneur (12 digits).',
        { id: 'form.hint.bin' },
      );
    case 'user.emailCode':
      return t('Did not get it? Check the spam folder, or send a new code when the countdown ends.', {
        id: 'form.hint.email-code',
      });
    default:
      return undefined;
  }
}

/**
 * The text for a field's code: the model's codes through the shared validation messages, the
 * form's own codes here, and for a code nobody here knows a general sentence. Never the
 * server's own text: it is in the user's language only by chance (it stays in the error's
 * `cause`), so a 422 never shows a bare code nor an untranslated sentence.
 */
export function codeMessage(code: string, t: Lookup): string {
  switch (code) {
    case 'email-not-verified':
      return t('Confirm your e-mail with the code we send to it.', { id: 'form.code.email-not-verified' });
    case 'code-invalid':
      return t('The code is wrong. Check the e-mail and type it again.', { id: 'form.code.code-invalid' });
    case 'code-expired':
      return t('The code has expired. Send a new one.', { id: 'form.code.code-expired' });
    case 'too-many-attempts':
      return t('Too many wrong codes. Send a new one.', { id: 'form.code.too-many-attempts' });
    case 'agreement-not-signed':
      return t('Sign the user agreement.', { id: 'form.code.agreement-not-signed' });
    case 'certificate-missing':
      return formTexts.certificateMissing(t);
    case 'user-exists':
      return t('An account with this e-mail already exists. Log in instead.', { id: 'form.code.email-taken' });
    case 'rate-limited':
      return t('Too many requests. Wait a moment and try again.', { id: 'form.code.rate-limited' });
    case 'registry-mismatch':
      return t('The state register has no organisation by this name. Check it against your registration documents.', {
        id: 'form.code.registry-mismatch',
      });
    case 'network':
    case 'timeout':
    case 'server':
      return t('The service could not be reached. Try again.', { id: 'form.error.network' });
    default:
      if (isValidationCode(code)) return validationMessage(code, t);
      return t('The server did not accept this value.', { id: 'form.code.server' });
  }
}

/**
 * The text for a field's code in this form: as `codeMessage`, except where the shared sentence
 * would mislead. A non-resident's phone is foreign: its example is not a Kazakh number.
 */
export function fieldCodeMessage(key: FieldKey, code: string, config: SectionConfig, t: Lookup): string {
  if (code === 'phone-format' && config.kind === 'non-resident' && (key === 'user.phone' || key === 'company.phone')) {
    return t('Enter the full phone number with the country code, for example +49 30 1234567.', {
      id: 'form.code.phone-format-international',
    });
  }
  return codeMessage(code, t);
}

/** What went wrong with the e-mail code, with the wait when the backend asked for one. */
export function emailProblemMessage(problem: { code: string; retryAfter?: number }, t: Lookup): string {
  return problem.code === 'rate-limited' && problem.retryAfter !== undefined
    ? formTexts.rateLimited(problem.retryAfter, t)
    : codeMessage(problem.code, t);
}

export const emailTexts = {
  send: (t: Lookup) => t('Send code', { id: 'form.email.send' }),
  resend: (t: Lookup) => t('Send again', { id: 'form.email.resend' }),
  resendIn: (seconds: number, t: Lookup) => {
    const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    return t(str`Send again in ${time}`, { id: 'form.email.resend-in' });
  },
  verify: (t: Lookup) => t('Confirm', { id: 'form.email.verify' }),
  sending: (t: Lookup) => t('Sending the code…', { id: 'form.email.sending' }),
  sent: (email: string, t: Lookup) => t(str`We sent a code to ${email}.`, { id: 'form.email.sent' }),
  verifying: (t: Lookup) => t('Checking the code…', { id: 'form.email.verifying' }),
  verified: (t: Lookup) => t('E-mail confirmed.', { id: 'form.email.verified' }),
  attemptsLeft: (n: number, t: Lookup) => t(str`Attempts left: ${n}.`, { id: 'form.email.attempts-left' }),
};

export const agreementTexts = {
  text: (t: Lookup) =>
    t(
      "I accept the portal's user agreement and consent to the processing of my personal data for the registration.",
      { id: 'form.agreement.text' },
    ),
  sign: (t: Lookup) => t('Sign the agreement', { id: 'form.agreement.sign' }),
  signing: (t: Lookup) => t('Waiting for the signature…', { id: 'form.agreement.signing' }),
  signed: (t: Lookup) => t('The agreement is signed.', { id: 'form.agreement.signed' }),
  /** Why the sign button waits: seed 001 signs the agreement once everything else is filled in. */
  waiting: (t: Lookup) =>
    t('Fill in the other fields first: the agreement is signed when everything else is complete.', {
      id: 'form.agreement.waiting',
    }),
  /** Another choice of key was cancelled or failed: the signature made before still holds. */
  kept: (t: Lookup) =>
    t('Nothing changed: the agreement stays signed with the certificate you chose before.', {
      id: 'form.agreement.kept',
    }),
  help: (t: Lookup) =>
    t('Sign with your signing key (RSA_… for people and entrepreneurs, GOST_… for legal entities).', {
      id: 'form.agreement.help',
    }),
};

export const invitationTexts = {
  pending: (t: Lookup) => t('Loading your invitation…', { id: 'form.invitation.pending' }),
  applied: (fields: string, t: Lookup) =>
    t(str`Filled in from your invitation: ${fields}. Please check them before you register.`, {
      id: 'form.invitation.applied',
    }),
  appliedBy: (by: string, fields: string, t: Lookup) =>
    t(str`Filled in from your invitation by ${by}: ${fields}. Please check them before you register.`, {
      id: 'form.invitation.applied-by',
    }),
  expired: (t: Lookup) =>
    t('This invitation has expired. Fill in the form yourself or ask for a new invitation.', {
      id: 'form.invitation.expired',
    }),
  notFound: (t: Lookup) =>
    t('This invitation link is not valid. Fill in the form yourself or ask for a new invitation.', {
      id: 'form.invitation.not-found',
    }),
  failed: (t: Lookup) =>
    t('The invitation could not be loaded. Fill in the form yourself or reload the page later.', {
      id: 'form.invitation.failed',
    }),
};

export const companyTexts = {
  ownershipWarning: (form: string, t: Lookup) =>
    t(str`The name seems to include the ownership form “${form}”. Enter the name without it.`, {
      id: 'form.company.ownership-warning',
    }),
  ownershipStrip: (form: string, t: Lookup) => t(str`Remove “${form}”`, { id: 'form.company.ownership-strip' }),
  lookupPending: (t: Lookup) => t('Looking the organisation up in the state register…', { id: 'form.lookup.pending' }),
  lookupFound: (t: Lookup) => t('Filled in from the state register. Please check the details.', { id: 'form.lookup.found' }),
  lookupNotFound: (t: Lookup) =>
    t('The state register does not know this number. Fill in the details yourself.', { id: 'form.lookup.not-found' }),
  lookupFailed: (t: Lookup) =>
    t('The state register could not be reached. Fill in the details yourself.', { id: 'form.lookup.failed' }),
  registeredTitle: (t: Lookup) => t('Your company is already registered', { id: 'form.company.registered-title' }),
  registeredText: (t: Lookup) =>
    t(
      "Only your personal details are needed. The company's administrator keeps its data and bank accounts; contact the operator if you need help.",
      { id: 'form.company.registered-text' },
    ),
};

export const formTexts = {
  submit: (t: Lookup) => t('Register', { id: 'form.submit' }),
  submitting: (t: Lookup) => t('Sending…', { id: 'form.submitting' }),
  success: (id: string, t: Lookup) =>
    t(str`Your application ${id} was sent. The operator will check it and let you know by e-mail.`, {
      id: 'form.success',
    }),
  userExists: (t: Lookup) => t('This user already exists. Log in instead.', { id: 'form.error.user-exists' }),
  organisationExists: (t: Lookup) =>
    t('This organisation is already registered. Only your personal details are needed now; contact the operator for access to it.', {
      id: 'form.error.organisation-exists',
    }),
  network: (t: Lookup) => t('The service could not be reached. Try again.', { id: 'form.error.network' }),
  rateLimited: (seconds: number, t: Lookup) => t(str`Too many attempts. Try again in ${seconds} s.`, { id: 'form.error.rate-limited' }),
  signing: (t: Lookup) => t('The registration could not be signed. Check NCALayer and try again.', { id: 'form.error.signing' }),
  refused: (code: string, t: Lookup) => t(str`The server did not accept the registration (${code}). Try again later or contact the portal's support.`, { id: 'form.error.refused-code' }),
  checkFields: (t: Lookup) => t('The server found problems in some fields. They are marked below.', { id: 'form.error.fields' }),
  certificateMissing: (t: Lookup) =>
    t('Choose your certificate first: your IIN and name are read from it.', { id: 'form.certificate.missing' }),
  /** How a date is typed and shown (the bank editor's dates say it too). */
  datePattern,
};
