/**
 * How a person's name is written wherever the widgets show it whole: the certificate picker's
 * owner, a natural person's name in the form. One rule, so that the picker and the form never
 * disagree about whom a certificate names.
 *
 * The rule: surname, first name, patronymic, in that order, each as the certificate writes it
 * (NCA's certificates in capitals: "СЕЙТҚАЛИ АЙГЕРІМ ЕРЛАНҚЫЗЫ"). Seed 001's form fills its
 * name fields with "the data of the certificate's fields", NCALayer's own key list shows the
 * owner so, and the backend compares the names it receives with the certificate's. A change
 * of case could not be undone (McKenzie, O'Brien, Жақсыбай-Нұр) and would show and send a
 * name the certificate does not carry.
 */

/** The parts of a name; `CertificateInfo` fits. */
export interface PersonNameParts {
  surname?: string | null;
  /** First name. */
  givenName?: string | null;
  patronymic?: string | null;
}

/** "СЕЙТҚАЛИ АЙГЕРІМ ЕРЛАНҚЫЗЫ": the parts there are, trimmed, one space apart; '' when none. */
export function formatPersonName(parts: PersonNameParts): string {
  return [parts.surname, parts.givenName, parts.patronymic]
    .map((part) => part?.trim().replace(/\s+/g, ' '))
    .filter((part): part is string => !!part)
    .join(' ');
}
