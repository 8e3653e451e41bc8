import type { DomainMessages } from './types.js';

/** Messages of the validation codes of documents and their files. */
export const documentMessages = {
  'document-slot': (t) =>
    t('This document has an unknown type. Remove the file and add it again.', { id: 'validation.document-slot' }),
  'file-name': (t) =>
    t('Rename the file: its name is too long or has characters that are not allowed.', {
      id: 'validation.file-name',
    }),
  'file-size': (t) => t('The size of this file cannot be read. Add it again.', { id: 'validation.file-size' }),
  'file-empty': (t) => t('This file is empty. Choose another one.', { id: 'validation.file-empty' }),
  'file-type': (t) =>
    t('The type of this file cannot be recognised. Choose a file of an allowed type.', {
      id: 'validation.file-type',
    }),
  'file-sha256': (t) =>
    t('This file could not be checked. Remove it and add it again.', { id: 'validation.file-sha256' }),
  'document-issued-in-future': (t) =>
    t('This date is in the future. Enter the date the document was issued.', { id: 'validation.document-issued-in-future' }),
  'document-too-old': (t) =>
    t('This document is too old. Get a new one and add it instead.', { id: 'validation.document-too-old' }),
} satisfies DomainMessages;
