// Every element in React 19 JSX, as a consumer writes it with `"types": ["tirkeu/types/react"]`.
// framework-types.test.mjs type-checks this file against the built package; it is never run.
import type { BankAccount } from 'tirkeu';

const accounts: BankAccount[] = [];
const log = (...values: unknown[]) => values;

export const app = (
  <main>
    <tirkeu-registration
      portal="supplier"
      apiBase="/api"
      testCertificates
      theme="dark"
      className="flow"
      ontirkeu-step-change={(event) => log(event.detail.step, event.detail.index)}
      ontirkeu-submit={(event) => log(event.detail.payload)}
      ontirkeu-complete={(event) => log(event.detail.receipt, event.detail.kind)}
      ontirkeu-error={(event) => log(event.detail.code, event.detail.message)}
    />
    <tirkeu-resident-form
      apiBase="/api"
      requirePassword
      allowNaturalPerson
      locale="kk"
      ontirkeu-submit={(event) => log(event.detail.payload)}
      ontirkeu-registration-accept={(event) => log(event.detail.receipt)}
      ontirkeu-sign-request={(event) => {
        event.detail.signature = Promise.resolve('');
      }}
      ontirkeu-agreement-sign={(event) => log(event.detail.signature)}
      onChange={(event) => log(event.currentTarget.value)}
    />
    <tirkeu-nonresident-form
      companyRegistered={false}
      theme="light"
      ontirkeu-submit={(event) => log(event.detail.payload)}
      ontirkeu-registration-accept={(event) => log(event.detail.payload)}
      ontirkeu-error={(event) => log(event.detail.code)}
      ontirkeu-sign-request={(event) => log(event.detail.purpose)}
      ontirkeu-agreement-sign={(event) => log(event.detail.text)}
    />
    <tirkeu-certificate-picker
      purpose="signing"
      subject="legal-entity"
      required
      ncalayerUrl="wss://127.0.0.1:13579"
      ontirkeu-certificate-select={(event) => log(event.detail.certificate, event.detail.signature)}
      ontirkeu-error={(event) => log(event.detail.code)}
    />
    <tirkeu-bank-details
      name="accounts"
      resident
      headingLevel={3}
      value={accounts}
      onInput={(event) => log(event.currentTarget.value)}
    />
    <tirkeu-document-uploader
      name="documents"
      registrant="legal-entity"
      ontirkeu-document-add={(event) => log(event.detail.slot, event.detail.file)}
      ontirkeu-document-remove={(event) => log(event.detail.slot)}
      ontirkeu-error={(event) => log(event.detail.code)}
    />
    <tirkeu-draft-banner
      kind="resident"
      dismissed={false}
      ontirkeu-draft-restore={(event) => log(event.detail.id, event.detail.step)}
      ontirkeu-draft-discard={(event) => log(event.detail.id)}
      ontirkeu-dismiss={(event) => log(event.detail.ids)}
    />
    <tirkeu-combobox label="Bank" value="" options={[{ value: 'KZ', label: 'Kazakhstan' }]} />
  </main>
);
