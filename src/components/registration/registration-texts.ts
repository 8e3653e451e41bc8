/** What `<tirkeu-registration>` says itself, in its own locale (the sections speak for themselves). */
import { str } from '@lit/localize';
import type { Lookup } from '../../i18n/lookup.js';
import type { FlowStep, RegistrantKind } from '../../model/index.js';

export function stepName(step: FlowStep | 'complete', t: Lookup): string {
  switch (step) {
    case 'path':
      return t('Resident or non-resident', { id: 'flow.step.path' });
    case 'certificate':
      return t('Certificate', { id: 'flow.step.certificate' });
    case 'user':
      return t('User', { id: 'flow.step.user' });
    case 'company':
      return t('Company', { id: 'flow.step.company' });
    case 'bank':
      return t('Bank accounts', { id: 'flow.step.bank' });
    case 'documents':
      return t('Documents', { id: 'flow.step.documents' });
    case 'review':
      return t('Review and sign', { id: 'flow.step.review' });
    case 'complete':
      return t('Application sent', { id: 'flow.step.complete' });
  }
}

export const pathName = (path: RegistrantKind, t: Lookup) =>
  path === 'resident'
    ? t('Resident of the Republic of Kazakhstan', { id: 'flow.path.resident' })
    : t('Non-resident of the Republic of Kazakhstan', { id: 'flow.path.non-resident' });

export const pathHint = (path: RegistrantKind, t: Lookup) =>
  path === 'resident'
    ? t('You log in with your electronic signature (EDS) certificate: your IIN and name are read from it.', { id: 'flow.path.resident-hint' })
    : t('A company registered abroad: you fill in its details yourself.', { id: 'flow.path.non-resident-hint' });

export const flowTexts = {
  steps: (t: Lookup) => t('Registration steps', { id: 'flow.steps' }),
  stepOf: (index: number, total: number, name: string, t: Lookup) => t(str`Step ${index} of ${total}: ${name}`, { id: 'flow.step-of' }),
  done: (t: Lookup) => t('done', { id: 'flow.step-done' }),
  hasErrors: (t: Lookup) => t('needs attention', { id: 'flow.step-errors' }),
  next: (t: Lookup) => t('Next', { id: 'flow.next' }),
  back: (t: Lookup) => t('Back', { id: 'flow.back' }),
  edit: (t: Lookup) => t('Edit', { id: 'flow.edit' }),
  choosePath: (t: Lookup) => t('Who is registering?', { id: 'flow.path.legend' }),
  pathMissing: (t: Lookup) => t('Choose whether you are a resident or a non-resident.', { id: 'flow.path.missing' }),
  certificateIntro: (t: Lookup) =>
    t('Choose your authentication certificate (AUTH_RSA…) in NCALayer. Your details are filled in from it.', { id: 'flow.certificate.intro' }),
  certificateMissing: (t: Lookup) => t('Choose a certificate to go on.', { id: 'flow.certificate.missing' }),
  certificateChecking: (t: Lookup) => t('Checking the certificate…', { id: 'flow.certificate.checking' }),
  userExists: (t: Lookup) => t('You are already registered on this portal. Log in instead.', { id: 'flow.user-exists' }),
  logIn: (t: Lookup) => t('Log in', { id: 'flow.log-in' }),
  organisationRegistered: (t: Lookup) =>
    t('Your organisation is already registered: only your personal details are needed. To get access to it, contact the operator.', {
      id: 'flow.organisation-registered',
    }),
  certificateFailed: (t: Lookup) => t('The certificate could not be checked. Try again.', { id: 'flow.certificate.failed' }),
  reviewIntro: (t: Lookup) => t('Check your details. Then sign the application with your signing key and send it.', { id: 'flow.review.intro' }),
  noDocuments: (t: Lookup) => t('No documents added.', { id: 'flow.review.no-documents' }),
  account: (index: number, t: Lookup) => t(str`Account ${index}`, { id: 'flow.review.account' }),
  primary: (t: Lookup) => t('primary', { id: 'flow.review.primary' }),
  completeTitle: (t: Lookup) => t('Your application is with the moderator', { id: 'flow.complete.title' }),
  completeNumber: (id: string, t: Lookup) => t(str`Application number: ${id}.`, { id: 'flow.complete.number' }),
  completeNext: (t: Lookup) =>
    t(
      'The operator checks the application and the documents. You get the answer by e-mail; once the application is accepted, log in with your certificate.',
      { id: 'flow.complete.next' },
    ),
  presetInvalid: (t: Lookup) => t('The portal settings of this page are invalid: the standard registration is shown.', { id: 'flow.preset-invalid' }),
};
