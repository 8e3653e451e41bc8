import { str } from '@lit/localize';
import type { Lookup } from '../../i18n/lookup.js';
import type { CertificateRole } from '../../ncalayer/oids.js';
import type { SubjectFilter } from './certificate-summary.js';

/**
 * Everything the picker says to people. Each function takes the lookup of the element it
 * speaks for (its localize controller's), so the text is in that element's locale wherever
 * it is built: in `render()` or for the `tirkeu-error` event.
 */

/** Stable codes of the picker's `tirkeu-error` event. */
export type PickerErrorCode =
  /** Nothing answers at the NCALayer address: NCALayer is not installed or not running. */
  | 'ncalayer-unavailable'
  /** Something holds NCALayer's address but does not answer like NCALayer (a hung NCALayer, another program). */
  | 'ncalayer-not-responding'
  /**
   * The host page's Content-Security-Policy forbids connecting to NCALayer. The event's `cause`
   * says which `connect-src` sources the page's developer must add.
   */
  | 'ncalayer-blocked-by-csp'
  /** The browser's Local Network Access permission blocks the page from reaching NCALayer. */
  | 'local-network-blocked'
  /** The user closed NCALayer's dialog without choosing a key. */
  | 'ncalayer-cancelled'
  /** NCALayer reported a failure of its own (its message is kept in `ncalayerMessage`). */
  | 'ncalayer-failed'
  /** NCALayer answered something this client does not understand, or out of turn. */
  | 'ncalayer-protocol'
  /** The signature that came back is not over the challenge that was sent: it was not used. */
  | 'ncalayer-signature-mismatch'
  /** The connection to NCALayer closed before the answer came. */
  | 'ncalayer-closed'
  /** The chosen certificate has expired. */
  | 'certificate-expired'
  /** The chosen certificate is not valid yet. */
  | 'certificate-not-yet-valid'
  /** A natural person's certificate where an organisation's was asked for, or the reverse. */
  | 'certificate-wrong-kind'
  /** The signature came back but the certificate in it could not be read. */
  | 'certificate-unreadable'
  /** The backend gave no challenge to sign. */
  | 'challenge-failed';

/** Where to download NCALayer. */
export const NCALAYER_DOWNLOAD_URL = 'https://pki.gov.kz/ncalayer/';

export interface ErrorContext {
  /** NCALayer's own failure text, shown as text. */
  ncalayerMessage?: string;
  /** Formatted date for the validity errors. */
  date?: string;
  /** The kind the picker asked for, for `certificate-wrong-kind`. */
  subject?: SubjectFilter;
}

/** What happened, in a few words: the heading of the error and the `tirkeu-error` message. */
export function errorTitle(code: PickerErrorCode, t: Lookup, context: ErrorContext = {}): string {
  switch (code) {
    case 'ncalayer-unavailable':
      return t('NCALayer is not running', { id: 'picker.error.unavailable.title' });
    case 'ncalayer-not-responding':
      return t('NCALayer does not respond', { id: 'picker.error.not-responding.title' });
    case 'ncalayer-blocked-by-csp':
      return t('This page cannot reach NCALayer', { id: 'picker.error.csp.title' });
    case 'local-network-blocked':
      return t('The browser blocked the connection to NCALayer', { id: 'picker.error.lna.title' });
    case 'ncalayer-cancelled':
      return t('No certificate was chosen', { id: 'picker.error.cancelled.title' });
    case 'ncalayer-failed':
      return t('NCALayer could not sign', { id: 'picker.error.failed.title' });
    case 'ncalayer-protocol':
      return t('NCALayer gave an answer the page does not understand', { id: 'picker.error.protocol.title' });
    case 'ncalayer-signature-mismatch':
      return t("NCALayer's signature does not match this request", { id: 'picker.error.mismatch.title' });
    case 'ncalayer-closed':
      return t('The connection to NCALayer was lost', { id: 'picker.error.closed.title' });
    case 'certificate-expired':
      return t('This certificate has expired', { id: 'picker.error.expired.title' });
    case 'certificate-not-yet-valid':
      return t('This certificate is not valid yet', { id: 'picker.error.not-yet-valid.title' });
    case 'certificate-wrong-kind':
      return context.subject === 'legal-entity'
        ? t("This is a personal certificate, not an organisation's", { id: 'picker.error.wrong-kind.personal.title' })
        : t("This is an organisation's certificate, not a personal one", {
            id: 'picker.error.wrong-kind.organisation.title',
          });
    case 'certificate-unreadable':
      return t('The certificate could not be read', { id: 'picker.error.unreadable.title' });
    case 'challenge-failed':
      return t('The signature could not be prepared', { id: 'picker.error.challenge.title' });
  }
}

/** What to do about it. */
export function errorHelp(code: PickerErrorCode, t: Lookup, context: ErrorContext = {}): string {
  switch (code) {
    case 'ncalayer-unavailable':
      return t(
        'Start NCALayer on this computer (its icon appears next to the clock), wait until it has loaded, then press "Try again". If NCALayer is not installed, download it from the National Certification Authority\'s site and install it.',
        { id: 'picker.error.unavailable.help' },
      );
    case 'ncalayer-not-responding':
      return t(
        'Something answers at NCALayer\'s address but does not respond as NCALayer does. Quit NCALayer (its icon is next to the clock), start it again, wait until it has loaded, then press "Try again".',
        { id: 'picker.error.not-responding.help' },
      );
    case 'ncalayer-blocked-by-csp':
      return t(
        'The site\'s security settings do not allow this page to connect to NCALayer on your computer. Nothing on your computer needs to change: tell the site\'s support about this error.',
        { id: 'picker.error.csp.help' },
      );
    case 'local-network-blocked':
      return t(
        'NCALayer runs on your computer, and the browser asks before a site may reach it. Click the icon at the left of the address bar, allow this site to access apps and devices on your local network, then press "Try again".',
        { id: 'picker.error.lna.help' },
      );
    case 'ncalayer-cancelled':
      return t('NCALayer\'s window was closed before a certificate was chosen. Press "Try again" to choose one.', {
        id: 'picker.error.cancelled.help',
      });
    case 'ncalayer-failed':
      return t(
        'Check that the key storage is connected and that the password is right, then press "Try again".',
        { id: 'picker.error.failed.help' },
      );
    case 'ncalayer-protocol':
      return t('Update NCALayer to its latest version, restart it, then press "Try again".', {
        id: 'picker.error.protocol.help',
      });
    case 'ncalayer-signature-mismatch':
      return t(
        'The signature that came back is over other data, so it was not used. Press "Try again" to sign once more; if this repeats, restart NCALayer.',
        { id: 'picker.error.mismatch.help' },
      );
    case 'ncalayer-closed':
      return t('NCALayer may have been closed or restarted. Make sure it is running, then press "Try again".', {
        id: 'picker.error.closed.help',
      });
    case 'certificate-expired':
      return t(
        str`It expired on ${context.date ?? ''}. Choose a valid certificate, or get a new one from the National Certification Authority.`,
        { id: 'picker.error.expired.help' },
      );
    case 'certificate-not-yet-valid':
      return t(
        str`It becomes valid on ${context.date ?? ''}. Check the date and time on your computer, or choose another certificate.`,
        { id: 'picker.error.not-yet-valid.help' },
      );
    case 'certificate-wrong-kind':
      return context.subject === 'legal-entity'
        ? t("Choose your organisation's certificate: the one that carries the organisation's BIN.", {
            id: 'picker.error.wrong-kind.personal.help',
          })
        : t('Choose your personal certificate, the one issued to you as a natural person.', {
            id: 'picker.error.wrong-kind.organisation.help',
          });
    case 'certificate-unreadable':
      return t('Press "Try again" or choose another certificate. If this repeats, update NCALayer.', {
        id: 'picker.error.unreadable.help',
      });
    case 'challenge-failed':
      return t('The portal did not answer. Check your internet connection, then press "Try again".', {
        id: 'picker.error.challenge.help',
      });
  }
}

/** What the picker says while the browser asks the user about local network access. */
export function permissionPrompt(t: Lookup): { title: string; help: string } {
  return {
    title: t('The browser is asking whether this site may reach NCALayer', { id: 'picker.permission.title' }),
    help: t(
      'Look for the browser\'s question next to the address bar: it asks whether this site may access apps and devices on your local network. Click "Allow": NCALayer is one of those apps.',
      { id: 'picker.permission.help' },
    ),
  };
}

/** The extra line about iframes under the Local Network Access help. */
export function frameHelp(t: Lookup): string {
  return t(
    'If this form is embedded in another site\'s page, that page has to allow it: its iframe needs the attribute allow="loopback-network".',
    { id: 'picker.error.lna.frame' },
  );
}

export function roleName(role: CertificateRole, t: Lookup): string {
  switch (role) {
    case 'individual':
      return t('Natural person', { id: 'picker.role.individual' });
    case 'individual-information-system':
      return t("Natural person's information system", { id: 'picker.role.individual-system' });
    case 'legal-entity':
      return t('Legal entity', { id: 'picker.role.organisation' });
    case 'first-head':
      return t('First head', { id: 'picker.role.head' });
    case 'signer':
      return t('Right to sign', { id: 'picker.role.signer' });
    case 'financial-signer':
      return t('Right to sign financial documents', { id: 'picker.role.financial-signer' });
    case 'hr':
      return t('Human resources officer', { id: 'picker.role.hr' });
    case 'employee':
      return t('Employee', { id: 'picker.role.employee' });
    case 'legal-entity-information-system':
      return t("Legal entity's information system", { id: 'picker.role.organisation-system' });
  }
}
