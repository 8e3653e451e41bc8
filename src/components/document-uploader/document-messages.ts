import type { Lookup } from '../../i18n/lookup.js';
import { documentMessages } from '../shared/validation-messages/documents.js';
import { generalMessages, messageFrom } from '../shared/validation-messages/general.js';

/**
 * The model's messages for the codes the uploader meets (a file, a date of issue): only the
 * general and document domains, so that the uploader does not bundle the messages of IINs,
 * IBANs or phones.
 */
export const documentMessage = (code: string, t: Lookup): string => messageFrom([documentMessages, generalMessages], code, t);
