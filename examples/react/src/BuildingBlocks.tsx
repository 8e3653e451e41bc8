// The other seven elements, each as a page of a portal may use it on its own: the flow is built
// from them. `import 'tirkeu'` defines every element before this page renders: React 19 sets a
// prop as a property only when the element already has it, so an element defined later would get
// `headingLevel={3}` as the attribute "headinglevel", which it does not read.
import 'tirkeu';
import type { TirkeuBankDetails } from 'tirkeu';
import { useState } from 'react';
import type { NcalayerChoice } from '../../shared/ncalayer-query';

// An array or an object goes to the element as a property, as a number or a boolean does.
const firstAccounts: TirkeuBankDetails['value'] = [
  { country: 'DE', bankName: 'Deutsche Bank AG', bic: 'DEUTDEFF', iban: 'DE89370400440532013000', accountType: 'current', currency: 'EUR', openedOn: '2019-05-02', isMain: true },
];
const currencies = [
  { value: 'EUR', label: 'Euro', detail: 'EUR' },
  { value: 'KZT', label: 'Tenge', detail: 'KZT' },
  { value: 'USD', label: 'US dollar', detail: 'USD' },
];

export default function BuildingBlocks({ ncalayer }: { ncalayer: NcalayerChoice }) {
  const [accounts, setAccounts] = useState(firstAccounts);
  const [currency, setCurrency] = useState('');
  const [signer, setSigner] = useState<string>();
  const [documents, setDocuments] = useState<string[]>([]);
  /** What the elements told the page, newest last: each handler's `event.detail` is typed by tirkeu/types/react. */
  const [heard, setHeard] = useState<string[]>([]);
  const hear = (line: string) => setHeard((lines) => [...lines, line]);

  // `onChange` is React's, on the element's native `change`: `event.currentTarget` is typed as the
  // element (`TirkeuBankDetails`, `TirkeuCombobox`), whose `value` holds the new value.
  return (
    <main>
      <h1>Building blocks</h1>

      {/* The unfinished registrations this browser keeps in the store "tirkeu-react-example" (none
          here, so it renders nothing); Continue would open the flow with that draftId. */}
      <tirkeu-draft-banner
        drafts="tirkeu-react-example"
        ontirkeu-draft-restore={(event) => hear(`restore ${event.detail.id} at step ${event.detail.step + 1}`)}
        ontirkeu-draft-discard={(event) => hear(`discard ${event.detail.id}`)}
        ontirkeu-dismiss={(event) => hear(`dismiss ${event.detail.ids.length}`)}
      />

      <section aria-labelledby="signer-heading">
        <h2 id="signer-heading">Who signs</h2>
        <tirkeu-certificate-picker
          purpose="signing"
          ncalayerUrl={ncalayer.ncalayerUrl}
          testCertificates={ncalayer.testCertificates}
          ontirkeu-certificate-select={(event) => setSigner(event.detail.certificate.commonName ?? event.detail.certificate.subjectDn)}
          ontirkeu-error={(event) => hear(`certificate: ${event.detail.code}`)}
        />
        <p id="signer">{signer ? `Signer: ${signer}` : 'No certificate chosen.'}</p>
      </section>

      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Bank accounts</h2>
        <tirkeu-bank-details name="accounts" headingLevel={3} value={accounts} onChange={(event) => setAccounts(event.currentTarget.value)} />
        <p id="accounts">Accounts: {accounts.map((account) => account.bankName).join(', ') || 'none'}</p>
      </section>

      <section aria-labelledby="currency-heading">
        <h2 id="currency-heading">Currency</h2>
        <tirkeu-combobox label="Currency of the contract" options={currencies} onChange={(event) => setCurrency(event.currentTarget.value)} />
        <p id="currency">{currency ? `Currency: ${currency}` : 'No currency chosen.'}</p>
      </section>

      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">Documents</h2>
        <tirkeu-document-uploader name="documents" registrant="non-resident"
          ontirkeu-document-add={(event) => setDocuments((slots) => [...slots, event.detail.slot])}
          ontirkeu-document-remove={(event) => setDocuments((slots) => slots.filter((slot) => slot !== event.detail.slot))}
          ontirkeu-error={(event) => hear(`documents: ${event.detail.code}`)}
        />
        <p id="documents">Documents: {documents.join(', ') || 'none'}</p>
      </section>

      {/* The forms alone (the flow shows them step by step): a portal that builds its own steps. */}
      <section aria-labelledby="resident-heading">
        <h2 id="resident-heading">Resident form</h2>
        <tirkeu-resident-form
          apiBase="/api"
          requirePassword={false}
          ncalayerUrl={ncalayer.ncalayerUrl}
          testCertificates={ncalayer.testCertificates}
          ontirkeu-registration-accept={(event) => hear(`resident registered: ${event.detail.receipt.id}`)}
          ontirkeu-error={(event) => hear(`resident form: ${event.detail.code}`)}
        />
      </section>
      <section aria-labelledby="nonresident-heading">
        <h2 id="nonresident-heading">Non-resident form</h2>
        <tirkeu-nonresident-form
          apiBase="/api"
          ncalayerUrl={ncalayer.ncalayerUrl}
          testCertificates={ncalayer.testCertificates}
          ontirkeu-registration-accept={(event) => hear(`non-resident registered: ${event.detail.receipt.id}`)}
          ontirkeu-error={(event) => hear(`non-resident form: ${event.detail.code}`)}
        />
      </section>

      <ul id="heard" aria-label="What the elements said">
        {heard.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </main>
  );
}
