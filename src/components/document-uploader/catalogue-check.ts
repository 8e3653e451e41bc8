/**
 * A host's catalogue, checked by the model's rules, and what the uploader says when it is not
 * valid: every problem in the console, and a `tirkeu-error`. Loaded only when a host gives one.
 */
import type { DocumentCatalogue } from '../../model/document-catalogue.js';
import { describeIssues, validateCatalogue, type CatalogueIssue } from '../../model/catalogue-validation.js';
import type { TirkeuErrorDetail } from '../shared/events.js';

/** Detail of the uploader's `tirkeu-error` for a catalogue that is not valid. */
export type CatalogueErrorDetail = TirkeuErrorDetail<'document-catalogue-invalid'> & { issues: readonly CatalogueIssue[] };

/** The catalogue when valid; otherwise undefined, once the problems are said. */
export function checkCatalogue(uploader: HTMLElement, catalogue: unknown): DocumentCatalogue | undefined {
  const result = validateCatalogue(catalogue);
  if (result.ok) return result.value;
  const message = describeIssues(result.issues);
  console.error(`<tirkeu-document-uploader>: ${message}`);
  const detail: CatalogueErrorDetail = { code: 'document-catalogue-invalid', message, issues: result.issues };
  uploader.dispatchEvent(new CustomEvent('tirkeu-error', { detail, bubbles: true, composed: true }));
  return undefined;
}
