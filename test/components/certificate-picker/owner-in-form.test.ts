// A certificate's owner is written the same way by the picker and by the resident form it fills
// (issue 8): both write the name as the certificate does (model/person-name.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/resident-form/define.js';
import type { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import { fieldId } from '../../../src/components/shared/field.js';
import { choose, closeClients, configureEmulator, mountPicker, ownerText, resetEmulator } from './helpers.js';

/** The emulator's certificates (packages/ncalayer-emulator/fixture-spec.mjs) and their owners as the certificates write them. */
const OWNERS = [
  ['individual-auth', 'ТЕСТОВ АРМАН ЕРЛАНҰЛЫ'],
  ['entrepreneur-auth', 'ӘБІЛОВА ДИНАРА СЕРІКҚЫЗЫ'],
  ['head-auth', 'ИВАНОВ ИВАН ИВАНОВИЧ'],
  ['employee-auth', 'СЕРІКОВА АЙГЕРІМ ҚАЙРАТҚЫЗЫ'],
] as const;

const valueOf = (form: TirkeuResidentForm, key: string) =>
  form.shadowRoot!.getElementById(fieldId(key))! as HTMLInputElement;

describe('the owner of a certificate, in the picker and in the form', () => {
  beforeEach(async () => {
    await resetEmulator();
  });
  afterEach(() => closeClients());

  for (const [cert, owner] of OWNERS) {
    it(`${cert}: "${owner}" in both`, async () => {
      await configureEmulator({ cert });
      const picker = await mountPicker();
      await choose(picker);
      expect(ownerText(picker)).to.equal(owner);

      const form = await fixture<TirkeuResidentForm>(
        html`<tirkeu-resident-form allow-natural-person .certificate=${picker.certificate}></tirkeu-resident-form>`,
      );
      await form.updateComplete;
      const names = ['user.surname', 'user.name', 'user.patronymic'].map((key) => valueOf(form, key).value);
      expect(names.join(' ')).to.equal(owner);
      if (picker.certificate!.subjectKind === 'individual' && !picker.certificate!.bin) {
        // A natural person's name stands where an organisation's would: written whole, the same way.
        form.shadowRoot!.querySelector<HTMLInputElement>('input[value="natural-person"]')!.click();
        await form.updateComplete;
        expect(valueOf(form, 'company.name').value).to.equal(owner);
      }
    });
  }
});
