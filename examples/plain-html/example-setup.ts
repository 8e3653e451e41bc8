/**
 * The plain page's example-only part, built into example-setup.js: the mock backend (msw), and the
 * NCALayer named in the page's URL. A real page has neither: it points `api-base` at its server.
 * The flow stays hidden until the mock answers, so that no request of it goes unanswered.
 */
import { startMockBackend } from '../shared/mock-backend.js';
import { ncalayerFromQuery } from '../shared/ncalayer-query.js';

const flow = document.querySelector<HTMLElement>('tirkeu-registration')!;
const { ncalayerUrl, testCertificates } = ncalayerFromQuery();
// Attributes rather than properties: this module may run before the loader has defined the element.
if (ncalayerUrl) flow.setAttribute('ncalayer-url', ncalayerUrl);
flow.toggleAttribute('test-certificates', testCertificates);

startMockBackend().then(
  () => (flow.hidden = false),
  (error: unknown) => console.error('The mock backend did not start', error),
);
