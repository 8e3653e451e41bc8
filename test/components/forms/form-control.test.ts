// The shared form-control suite for tirkeu-resident-form and tirkeu-nonresident-form.
import { expect } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import type { TirkeuNonresidentForm } from '../../../src/components/nonresident-form/nonresident-form.js';
import { formControlSuite } from '../shared/form-control-suite.js';
import { deAccount, IIN, kzAccount, NEW_BIN, settle, typeInto, type AnyForm } from './helpers.js';

const json = (entry: FormDataEntryValue | null) => JSON.parse(String(entry)) as unknown;

interface Registration {
  kind: 'resident' | 'non-resident';
  user: Record<string, string>;
  company: Record<string, string>;
  account: unknown;
}

/** A valid registration as a host sets it, with the accounts given. */
const payload = (r: Registration, bankAccounts: unknown[] = [r.account]) => ({
  kind: r.kind,
  legalStatus: 'legal-entity',
  user: r.user,
  company: r.company,
  bankAccounts,
  documents: [],
});

/** How an empty form is invalid: its first message, and what a blocked submit focuses. */
interface EmptyForm {
  message: string;
  focus: string;
}

/**
 * The harness of a registration form: empty by default, filled by its `value`, edited by typing
 * in `editField` (one the user types in: a resident's name comes from the certificate); invalid
 * when empty (as `empty` says) or when only the bank account is missing (focus goes on into the
 * nested bank editor).
 */
function registrationHarness<T extends AnyForm>(
  tag: string,
  r: Registration,
  defaultValue: unknown,
  emptyForm: EmptyForm,
  otherSurname: string,
  editField: { key: string; text: string },
) {
  const element = unsafeStatic(tag);
  const surname = r.user.surname!;
  return {
    tag,
    render: (name: string) => staticHtml`<${element} name=${name}></${element}>`,
    settle,
    defaultEntry: (entry: FormDataEntryValue | null) => expect(json(entry)).to.deep.equal(defaultValue),
    fill: async (el: T) => {
      el.value = payload(r) as never;
    },
    edit: async (el: T) => {
      await typeInto(el, editField.key, editField.text);
    },
    // What a host gave, as it gave it: already normalised, it comes back unchanged.
    filledEntry: (entry: FormDataEntryValue | null) => expect(json(entry)).to.deep.equal(payload(r)),
    change: (el: T) => {
      el.value = { ...payload(r), user: { ...r.user, surname: el.value.user.surname === otherSurname ? surname : otherSurname } } as never;
    },
    restores: true,
    invalid: [
      {
        name: 'empty',
        render: (name: string) => staticHtml`<${element} name=${name}></${element}>`,
        flag: 'customError' as const,
        message: emptyForm.message,
        focus: emptyForm.focus,
      },
      {
        name: 'everything but a bank account',
        render: (name: string) => staticHtml`<${element} name=${name} .value=${payload(r, [])}></${element}>`,
        flag: 'customError' as const,
        // What the form says of an empty list is being reworded (issue 7, item 5): not checked here.
        focus: 'button#add-account',
      },
    ],
  };
}

formControlSuite<TirkeuResidentForm>(
  registrationHarness(
    'tirkeu-resident-form',
    {
      kind: 'resident',
      user: { iin: IIN, surname: 'Сейтқали', name: 'Айгерім', phone: '+77012345678', email: 'a.seitkali@example.kz' },
      company: { idNumber: NEW_BIN, name: 'Дала Инжиниринг', country: 'KZ', phone: '+77172554433', email: 'info@example.kz', legalAddress: 'Астана, Мәңгілік Ел 55/20' },
      account: kzAccount,
    },
    { kind: 'resident', legalStatus: 'legal-entity', user: {}, company: { country: 'KZ' }, bankAccounts: [], documents: [] },
    // Without a certificate the form asks for it, at the note that says so.
    { message: 'Choose your certificate first: your IIN and name are read from it.', focus: 'p#f-certificate' },
    'Омарова',
    { key: 'user.phone', text: '+77012345678' },
  ),
);

formControlSuite<TirkeuNonresidentForm>(
  registrationHarness(
    'tirkeu-nonresident-form',
    {
      kind: 'non-resident',
      user: { surname: 'Schmidt', name: 'Anna', phone: '+49301234567', email: 'a.schmidt@example.de' },
      company: { identifier: 'HRB 123456', name: 'Rhein Anlagenbau', country: 'DE', phone: '+49221987654', email: 'info@example.de', legalAddress: 'Rheinufer 1, 50668 Köln' },
      account: deAccount,
    },
    { kind: 'non-resident', legalStatus: 'legal-entity', user: {}, company: {}, bankAccounts: [], documents: [] },
    { message: 'Fill in this field.', focus: 'input#f-user-name' },
    'Müller',
    { key: 'user.name', text: 'Anna' },
  ),
);
