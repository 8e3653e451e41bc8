/**
 * How a registration form splits into the steps of `<tirkeu-registration>`: the user, the
 * company, the bank accounts, and the finish (the agreement, signed last, and the submit).
 */
import type { DocumentManifestEntry } from '../../model/index.js';
import type { FieldSpec } from './rules.js';

export type FormStep = 'user' | 'company' | 'bank' | 'finish';

/** The steps in the order a flow walks them. */
export const FORM_STEPS: readonly FormStep[] = ['user', 'company', 'bank', 'finish'];

/** The step that shows a field: its section's, but the agreement is signed at the finish. */
export const fieldStep = (spec: Pick<FieldSpec, 'key' | 'section'>): FormStep => (spec.key === 'agreement' ? 'finish' : spec.section);

/** Whether a field is shown at `step` (every field when there are no steps). */
export const shownAt = (spec: Pick<FieldSpec, 'key' | 'section'>, step: FormStep | undefined) => !step || fieldStep(spec) === step;

/** What a form needs of the documents that go with its registration: `<tirkeu-document-uploader>` is one. */
export interface DocumentSource {
  manifest(): DocumentManifestEntry[];
  files(): Record<string, Blob[]>;
}

/** What a form in a step-by-step flow tells the flow. */
export interface FormFlow {
  /** Enter in a field before the last step: the flow's "Next". */
  next(): void;
  /** A submit found `step` not done: the flow opens it (the form then shows its errors). */
  incomplete(step: FormStep): void;
}
