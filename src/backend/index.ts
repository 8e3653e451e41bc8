// The REST contract (docs/openapi.yaml): the RegistrationBackend interface and its fetch
// implementation. Framework-free: no lit, no DOM beyond fetch/FormData/AbortSignal.
export { BackendError, isBackendError } from './errors.js';
export type { BackendErrorCode, BackendErrorInit } from './errors.js';
export { HttpBackend, parseRetryAfter, serializePayload } from './http-backend.js';
export type { HttpBackendOptions } from './http-backend.js';
export type * from './types.js';
