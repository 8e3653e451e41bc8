// Registers <tirkeu-registration> (and, as the flow reaches them, the elements it nests). Its JSX
// types come from `tirkeu/types/react` (src/env.d.ts here; in your app, tsconfig.json's `types`).
import 'tirkeu/components/registration/define.js';
import type { RegistrationCompleteDetail, StepChangeDetail } from 'tirkeu';
import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import { ncalayerFromQuery } from '../../shared/ncalayer-query';

type Receipt = RegistrationCompleteDetail['receipt'];

// `/api` is where the mock backend (../../shared/mock-backend.ts) answers: your server's address here.
// NCALayer: the user's own, or the emulator named in the page's URL (the example's test).
const ncalayer = ncalayerFromQuery();

// The other elements, one by one, on a page of their own (#parts): a chunk that only that page loads.
const BuildingBlocks = lazy(() => import('./BuildingBlocks'));
const subscribeToHash = (onChange: () => void) => {
  addEventListener('hashchange', onChange);
  return () => removeEventListener('hashchange', onChange);
};

export function App() {
  const [step, setStep] = useState<StepChangeDetail['step'] | undefined>();
  const [receipt, setReceipt] = useState<Receipt | undefined>();
  const page = useSyncExternalStore(subscribeToHash, () => location.hash);

  // React 19 sets each prop the element has as a property (`apiBase`, `ncalayerUrl`,
  // `testCertificates`: a boolean, not the string "true"), and `ontirkeu-…` listens to that event.
  return (
    <>
      <nav>
        <a href="#">Registration</a> · <a href="#parts">Building blocks</a>
      </nav>
      {page === '#parts' ? (
        <Suspense>
          <BuildingBlocks ncalayer={ncalayer} />
        </Suspense>
      ) : (
        <main>
          <h1>Supplier registration</h1>
          <tirkeu-registration
            portal="supplier"
            apiBase="/api"
            loginUrl="/login"
            ncalayerUrl={ncalayer.ncalayerUrl}
            testCertificates={ncalayer.testCertificates}
            ontirkeu-step-change={(event) => setStep(event.detail.step)}
            ontirkeu-complete={(event) => setReceipt(event.detail.receipt)}
          />
          <p id="step" role="status">{step ? `Step: ${step}` : 'Choose how you register.'}</p>
          {receipt && (
            <section id="receipt" aria-labelledby="receipt-heading">
              <h2 id="receipt-heading">Application received</h2>
              <p>
                Number <strong>{receipt.id}</strong>, status <strong>{receipt.status}</strong>.
              </p>
            </section>
          )}
        </main>
      )}
    </>
  );
}
