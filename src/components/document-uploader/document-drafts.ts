/**
 * The uploader's part of a draft: its checked files (bytes, facts, inspection) and its
 * registrant, and how to put them back. Loaded only once the uploader is given a draft store.
 */
import type { Lookup } from '../../i18n/lookup.js';
import type { DocumentRegistrant } from '../../model/document-catalogue.js';
import type { Draft, DraftFile } from '../../drafts/types.js';
import { DraftLink, type DraftHost } from '../shared/draft-link.js';
import type { DocumentFilesController } from './document-files-controller.js';
import type { UploadedFile } from './uploaded-file.js';

interface Uploader extends DraftHost {
  registrant: DocumentRegistrant;
}

/** The checked files worth keeping (`keep`: not one with an error), with their facts. */
function draftFiles(store: DocumentFilesController, keep: (entry: UploadedFile) => boolean): DraftFile[] {
  return store.entries
    .filter(keep)
    .map((entry) => ({
      slot: entry.slot,
      name: entry.file.name,
      type: entry.type!,
      size: entry.file.size,
      sha256: entry.sha256!,
      problems: entry.problems,
      blob: entry.file,
      ...(entry.issuedOn ? { issuedOn: entry.issuedOn } : {}),
      ...(entry.inspection ? { inspection: entry.inspection } : {}),
    }));
}

function restore(uploader: Uploader, store: DocumentFilesController, draft: Draft): void {
  const registrant = (draft.data['documents'] as { registrant?: DocumentRegistrant } | undefined)?.registrant;
  if (registrant) uploader.registrant = registrant;
  for (const saved of draft.files) {
    store.restore({
      slot: saved.slot,
      file: new File([saved.blob], saved.name, { type: saved.type }),
      type: saved.type as UploadedFile['type'],
      sha256: saved.sha256,
      problems: (saved.problems ?? []) as UploadedFile['problems'],
      inspection: saved.inspection as UploadedFile['inspection'],
      issuedOn: saved.issuedOn,
    });
  }
}

/**
 * `keep` comes from the uploader (which has the model's rules at hand) rather than from an import
 * here, so that this lazy module shares no code with the uploader's own: no extra chunk for it.
 */
export function linkDocuments(uploader: Uploader, store: DocumentFilesController, lookup: () => Lookup, keep: (entry: UploadedFile) => boolean): DraftLink {
  return new DraftLink(uploader, {
    name: 'documents',
    kind: () => (uploader.registrant === 'non-resident' ? 'non-resident' : 'resident'),
    data: () => ({ registrant: uploader.registrant }),
    files: async () => draftFiles(store, keep),
    restore: (draft) => restore(uploader, store, draft),
    lookup,
  });
}
