import type { ValidationCode } from '../../../model/index.js';

/**
 * Messages of some of the model's validation codes, one domain's. Functions, not strings:
 * `msg()` must run at render time to answer in the element's locale.
 */
export type DomainMessages = Partial<Record<ValidationCode, () => string>>;
