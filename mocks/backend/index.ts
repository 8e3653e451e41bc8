// The mock backend: handlers (usable with msw/browser and msw/node), scenarios and magic values.
// The browser helper lives in ./browser.ts so that Node code need not load msw/browser.
export { createBackendHandlers, errorResponse, handlers } from './handlers.js';
export type { BackendMockOptions, ReceivedRegistration, ScenarioName } from './handlers.js';
export * from './data.js';
export { mockSignature, readSignature, signs } from './signature.js';
export type { ReadSignature, SignerSubject } from './signature.js';
