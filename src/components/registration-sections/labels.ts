/**
 * The words of the registration sections. Every function calls `msg()`, so call them while
 * rendering (or inside `localize.run`), never at module load.
 */
import { msg, str } from '@lit/localize';
import { isValidationCode, type LegalStatus } from '../../model/index.js';
import { validationMessage } from '../shared/validation-messages.js';
import type { FieldKey, SectionConfig, SectionName } from './rules.js';

export function sectionTitle(section: SectionName, config: SectionConfig): string {
  switch (section) {
    case 'user':
      return msg('User', { id: 'form.user.title' });
    case 'company':
      return config.kind === 'resident' && config.legalStatus === 'natural-person'
        ? msg('Registrant', { id: 'form.company.title-person' })
        : msg('Company', { id: 'form.company.title' });
    case 'bank':
      return msg('Bank accounts', { id: 'form.bank.title' });
  }
}

export function legalStatusLabel(status: LegalStatus): string {
  switch (status) {
    case 'legal-entity':
      return msg('Legal entity', { id: 'form.status.legal-entity' });
    case 'individual-entrepreneur':
      return msg('Individual entrepreneur', { id: 'form.status.individual-entrepreneur' });
    case 'natural-person':
      return msg('Natural person', { id: 'form.status.natural-person' });
  }
}

export function fieldLabel(key: FieldKey, config: SectionConfig): string {
  const resident = config.kind === 'resident';
  switch (key) {
    case 'user.iin':
      return msg('IIN', { id: 'form.user.iin' });
    case 'user.surname':
      return msg('Surname', { id: 'form.user.surname' });
    case 'user.name':
      return msg('Name', { id: 'form.user.name' });
    case 'user.patronymic':
      return msg('Patronymic', { id: 'form.user.patronymic' });
    case 'user.birthDate':
      return msg('Date of birth', { id: 'form.user.birth-date' });
    case 'user.phone':
      return msg('Phone', { id: 'form.user.phone' });
    case 'user.email':
      return msg('E-mail', { id: 'form.user.email' });
    case 'user.emailCode':
      return msg('Confirmation code', { id: 'form.user.email-code' });
    case 'user.password':
      return msg('Password', { id: 'form.user.password' });
    case 'user.passwordRepeat':
      return msg('Repeat the password', { id: 'form.user.password-repeat' });
    case 'agreement':
      return msg('User agreement', { id: 'form.agreement.title' });
    case 'legalStatus':
      return msg('Legal status', { id: 'form.company.legal-status' });
    case 'company.idNumber':
      return config.legalStatus === 'legal-entity'
        ? msg('BIN', { id: 'form.company.bin' })
        : config.legalStatus === 'individual-entrepreneur'
          ? msg('IIN or BIN', { id: 'form.company.iin-or-bin' })
          : msg('IIN', { id: 'form.user.iin' });
    case 'company.identifier':
      return msg('Company identifier', { id: 'form.company.identifier' });
    case 'company.name':
      return resident && config.legalStatus === 'natural-person'
        ? msg('Full name', { id: 'form.company.person-name' })
        : msg('Company name', { id: 'form.company.name' });
    case 'company.nameKk':
      return msg('Full name in Kazakh', { id: 'form.company.name-kk' });
    case 'company.nameRu':
      return msg('Full name in Russian', { id: 'form.company.name-ru' });
    case 'company.registrationDate':
      return msg('State registration date', { id: 'form.company.registration-date' });
    case 'company.registrationNumber':
      return msg('Registration document number', { id: 'form.company.registration-number' });
    case 'company.registeringAuthority':
      return msg('Registering authority', { id: 'form.company.registering-authority' });
    case 'company.country':
      return msg('Country', { id: 'form.company.country' });
    case 'company.phone':
      return config.legalStatus === 'natural-person' && resident
        ? msg('Contact phone', { id: 'form.company.contact-phone' })
        : msg('Company phone', { id: 'form.company.phone' });
    case 'company.email':
      return config.legalStatus === 'natural-person' && resident
        ? msg('Contact e-mail', { id: 'form.company.contact-email' })
        : msg('Official company e-mail', { id: 'form.company.email' });
    case 'company.legalAddress':
      return config.legalStatus === 'natural-person' && resident
        ? msg('Address', { id: 'form.company.address' })
        : msg('Legal address', { id: 'form.company.legal-address' });
    case 'bankAccounts':
      return msg('Bank accounts', { id: 'form.bank.title' });
  }
}

/** The help text under a field's label, if it has one. */
export function fieldHelp(key: FieldKey, config: SectionConfig): string | undefined {
  const resident = config.kind === 'resident';
  if (config.locked.has(key)) return msg('From your certificate.', { id: 'form.help.from-certificate' });
  switch (key) {
    case 'user.birthDate':
      return msg('Read from the IIN.', { id: 'form.help.birth-date' });
    case 'user.phone':
      return resident
        ? msg('A Kazakh mobile number, e.g. +7 701 234 56 78.', { id: 'form.help.phone-kz' })
        : msg('With the country code, e.g. +49 30 1234567.', { id: 'form.help.phone-international' });
    case 'company.phone':
      return resident
        ? msg('For example +7 727 123 45 67.', { id: 'form.help.company-phone-kz' })
        : msg('With the country code, e.g. +49 30 1234567.', { id: 'form.help.phone-international' });
    case 'user.email':
      return msg('You will log in with this address.', { id: 'form.help.email-login' });
    case 'user.emailCode':
      return msg('We send it to the e-mail above.', { id: 'form.help.email-code' });
    case 'user.password':
      return msg('8 to 20 characters, with lower-case and upper-case letters and digits.', { id: 'form.help.password' });
    case 'company.idNumber':
      return config.legalStatus === 'legal-entity'
        ? msg('12 digits. We look the company up in the state register.', { id: 'form.help.bin' })
        : undefined;
    case 'company.identifier':
      return msg("The registration or tax number in the company's home country.", { id: 'form.help.identifier' });
    case 'company.name':
      return resident && config.legalStatus === 'natural-person'
        ? undefined
        : msg('Without the ownership form (LLP, ТОО, АО…).', { id: 'form.help.company-name' });
    default:
      return undefined;
  }
}

/** The hint tooltip behind a field's "?" button, if it has one. */
export function fieldHint(key: FieldKey): string | undefined {
  switch (key) {
    case 'user.iin':
      return msg(
        'The individual identification number: 12 digits on your ID card. Digits 1–6 are your date of birth.',
        { id: 'form.hint.iin' },
      );
    case 'company.idNumber':
      return msg(
        'The business identification number of a legal entity, or the IIN of an individual entrepreneur (12 digits).',
        { id: 'form.hint.bin' },
      );
    case 'user.emailCode':
      return msg('Did not get it? Check the spam folder, or send a new code when the countdown ends.', {
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
export function codeMessage(code: string): string {
  switch (code) {
    case 'email-not-verified':
      return msg('Confirm your e-mail with the code we send to it.', { id: 'form.code.email-not-verified' });
    case 'code-invalid':
      return msg('The code is wrong. Check the e-mail and type it again.', { id: 'form.code.code-invalid' });
    case 'code-expired':
      return msg('The code has expired. Send a new one.', { id: 'form.code.code-expired' });
    case 'too-many-attempts':
      return msg('Too many wrong codes. Send a new one.', { id: 'form.code.too-many-attempts' });
    case 'agreement-not-signed':
      return msg('Sign the user agreement.', { id: 'form.code.agreement-not-signed' });
    case 'user-exists':
      return msg('An account with this e-mail already exists. Log in instead.', { id: 'form.code.email-taken' });
    case 'rate-limited':
      return msg('Too many requests. Wait a moment and try again.', { id: 'form.code.rate-limited' });
    case 'registry-mismatch':
      return msg('The state register has no organisation by this name. Check it against your registration documents.', {
        id: 'form.code.registry-mismatch',
      });
    case 'network':
    case 'timeout':
    case 'server':
      return msg('The service could not be reached. Try again.', { id: 'form.error.network' });
    default:
      if (isValidationCode(code)) return validationMessage(code);
      return msg('The server did not accept this value.', { id: 'form.code.server' });
  }
}

/** What went wrong with the e-mail code, with the wait when the backend asked for one. */
export function emailProblemMessage(problem: { code: string; retryAfter?: number }): string {
  return problem.code === 'rate-limited' && problem.retryAfter !== undefined
    ? formTexts.rateLimited(problem.retryAfter)
    : codeMessage(problem.code);
}

export const emailTexts = {
  send: () => msg('Send code', { id: 'form.email.send' }),
  resend: () => msg('Send again', { id: 'form.email.resend' }),
  resendIn: (seconds: number) => {
    const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    return msg(str`Send again in ${time}`, { id: 'form.email.resend-in' });
  },
  verify: () => msg('Confirm', { id: 'form.email.verify' }),
  sending: () => msg('Sending the code…', { id: 'form.email.sending' }),
  sent: (email: string) => msg(str`We sent a code to ${email}.`, { id: 'form.email.sent' }),
  verifying: () => msg('Checking the code…', { id: 'form.email.verifying' }),
  verified: () => msg('E-mail confirmed.', { id: 'form.email.verified' }),
  attemptsLeft: (n: number) => msg(str`Attempts left: ${n}.`, { id: 'form.email.attempts-left' }),
};

export const agreementTexts = {
  text: () =>
    msg(
      "I accept the portal's user agreement and consent to the processing of my personal data for the registration.",
      { id: 'form.agreement.text' },
    ),
  sign: () => msg('Sign the agreement', { id: 'form.agreement.sign' }),
  signing: () => msg('Waiting for the signature…', { id: 'form.agreement.signing' }),
  signed: () => msg('The agreement is signed.', { id: 'form.agreement.signed' }),
  help: () =>
    msg('Sign with your signing key (RSA_… for people and entrepreneurs, GOST_… for legal entities).', {
      id: 'form.agreement.help',
    }),
};

export const invitationTexts = {
  pending: () => msg('Loading your invitation…', { id: 'form.invitation.pending' }),
  applied: (fields: string) =>
    msg(str`Filled in from your invitation: ${fields}. Please check them before you register.`, {
      id: 'form.invitation.applied',
    }),
  appliedBy: (by: string, fields: string) =>
    msg(str`Filled in from your invitation by ${by}: ${fields}. Please check them before you register.`, {
      id: 'form.invitation.applied-by',
    }),
  expired: () =>
    msg('This invitation has expired. Fill in the form yourself or ask for a new invitation.', {
      id: 'form.invitation.expired',
    }),
  notFound: () =>
    msg('This invitation link is not valid. Fill in the form yourself or ask for a new invitation.', {
      id: 'form.invitation.not-found',
    }),
  failed: () =>
    msg('The invitation could not be loaded. Fill in the form yourself or reload the page later.', {
      id: 'form.invitation.failed',
    }),
};

export const companyTexts = {
  ownershipWarning: (form: string) =>
    msg(str`The name seems to include the ownership form “${form}”. Enter the name without it.`, {
      id: 'form.company.ownership-warning',
    }),
  ownershipStrip: (form: string) => msg(str`Remove “${form}”`, { id: 'form.company.ownership-strip' }),
  lookupPending: () => msg('Looking the organisation up in the state register…', { id: 'form.lookup.pending' }),
  lookupFound: () => msg('Filled in from the state register. Please check the details.', { id: 'form.lookup.found' }),
  lookupNotFound: () =>
    msg('The state register does not know this number. Fill in the details yourself.', { id: 'form.lookup.not-found' }),
  lookupFailed: () =>
    msg('The state register could not be reached. Fill in the details yourself.', { id: 'form.lookup.failed' }),
  registeredTitle: () => msg('Your company is already registered', { id: 'form.company.registered-title' }),
  registeredText: () =>
    msg(
      "Only your personal details are needed. The company's administrator keeps its data and bank accounts; contact the operator if you need help.",
      { id: 'form.company.registered-text' },
    ),
};

export const formTexts = {
  submit: () => msg('Register', { id: 'form.submit' }),
  submitting: () => msg('Sending…', { id: 'form.submitting' }),
  success: (id: string) =>
    msg(str`Your application ${id} was sent. The operator will check it and let you know by e-mail.`, {
      id: 'form.success',
    }),
  userExists: () => msg('This user already exists. Log in instead.', { id: 'form.error.user-exists' }),
  organisationExists: () =>
    msg('This organisation is already registered. Only your personal details are needed now; contact the operator for access to it.', {
      id: 'form.error.organisation-exists',
    }),
  network: () => msg('The service could not be reached. Try again.', { id: 'form.error.network' }),
  rateLimited: (seconds: number) => msg(str`Too many attempts. Try again in ${seconds} s.`, { id: 'form.error.rate-limited' }),
  signing: () => msg('The registration could not be signed. Check NCALayer and try again.', { id: 'form.error.signing' }),
  refused: (code: string) => msg(str`The server did not accept the registration (${code}). Try again later or contact the portal's support.`, { id: 'form.error.refused-code' }),
  checkFields: () => msg('The server found problems in some fields. They are marked below.', { id: 'form.error.fields' }),
  certificateMissing: () =>
    msg('Choose your certificate first: your IIN and name are read from it.', { id: 'form.certificate.missing' }),
};
