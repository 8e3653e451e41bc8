// Importing a class module registers nothing (a host may put the class under its own tag or in a
// scoped registry); its define file registers the element and what it nests. This file imports
// the class modules statically, before anything else of Tirkeu, so the first test sees only them.
import { expect } from '@open-wc/testing';
import { TirkeuCombobox } from '../../../src/components/shared/combobox/combobox.js';
import { TirkeuCertificatePicker } from '../../../src/components/certificate-picker/certificate-picker.js';
import { TirkeuBankDetails } from '../../../src/components/bank-details/bank-details.js';
import { RegistrationFormElement } from '../../../src/components/registration-sections/registration-form.js';
import { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import { TirkeuNonresidentForm } from '../../../src/components/nonresident-form/nonresident-form.js';
import { TirkeuDocumentUploader } from '../../../src/components/document-uploader/document-uploader.js';
import { TirkeuDraftBanner } from '../../../src/components/draft-banner/draft-banner.js';
import { TirkeuRegistration } from '../../../src/components/registration/registration.js';

const CLASSES = {
  'tirkeu-combobox': TirkeuCombobox,
  'tirkeu-certificate-picker': TirkeuCertificatePicker,
  'tirkeu-bank-details': TirkeuBankDetails,
  'tirkeu-resident-form': TirkeuResidentForm,
  'tirkeu-nonresident-form': TirkeuNonresidentForm,
  'tirkeu-document-uploader': TirkeuDocumentUploader,
  'tirkeu-draft-banner': TirkeuDraftBanner,
  'tirkeu-registration': TirkeuRegistration,
};
const TAGS = Object.keys(CLASSES) as (keyof typeof CLASSES)[];
const defined = () => TAGS.filter((tag) => customElements.get(tag));

describe('class modules', () => {
  it('register no element, under a tirkeu-* tag or any other', () => {
    expect(defined()).to.deep.equal([]);
    for (const element of [...Object.values(CLASSES), RegistrationFormElement]) {
      expect(customElements.getName(element as unknown as CustomElementConstructor), element.name).to.equal(null);
    }
  });

  it('declare what they nest as static dependencies', () => {
    expect(TirkeuBankDetails.dependencies).to.deep.equal({ 'tirkeu-combobox': TirkeuCombobox });
    for (const form of [TirkeuResidentForm, TirkeuNonresidentForm]) {
      expect(form.dependencies).to.deep.equal({
        'tirkeu-combobox': TirkeuCombobox,
        'tirkeu-bank-details': TirkeuBankDetails,
        'tirkeu-certificate-picker': TirkeuCertificatePicker,
      });
    }
  });
});

describe('define files', () => {
  it('register the element and, recursively, what it nests', async () => {
    await import('../../../src/components/bank-details/define.js');
    expect(defined()).to.deep.equal(['tirkeu-combobox', 'tirkeu-bank-details']);
    expect(customElements.get('tirkeu-bank-details')).to.equal(TirkeuBankDetails);

    await import('../../../src/components/resident-form/define.js');
    expect(defined()).to.deep.equal(['tirkeu-combobox', 'tirkeu-certificate-picker', 'tirkeu-bank-details', 'tirkeu-resident-form']);
  });

  it('leave the flow\'s widgets to TirkeuRegistration.modules, which loads their define files', async () => {
    await import('../../../src/components/registration/define.js');
    expect(defined()).to.include('tirkeu-registration').and.not.include('tirkeu-nonresident-form');
    await TirkeuRegistration.modules!.nonResident();
    await TirkeuRegistration.modules!.documents();
    await TirkeuRegistration.modules!.banner();
    expect(defined()).to.deep.equal(TAGS);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(CLASSES[tag]);
  });
});
