import type { ValidationCode } from '../../../model/index.js';
import type { Lookup } from '../../../i18n/lookup.js';

/**
 * Messages of some of the model's validation codes, one domain's. Functions of a lookup, not
 * strings: each answers in the locale of the lookup it is given (the element's).
 */
export type DomainMessages = Partial<Record<ValidationCode, (t: Lookup) => string>>;
