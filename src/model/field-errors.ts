/** Turning schema issues into what a form shows: one code per field, keyed by dotted path. */
import { isValidationCode, type ValidationCode } from './result.js';

/** The part of a zod issue we read; structural, so any zod build (or a hand-made list) fits. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
}

type IssueSource =
  | { readonly success: boolean; readonly error?: { readonly issues: readonly SchemaIssue[] } }
  | { readonly issues: readonly SchemaIssue[] }
  | readonly SchemaIssue[];

/** A zod issue that did not come from our validators (none should): a close code of ours. */
function fallbackCode(issue: SchemaIssue): ValidationCode {
  switch (issue.code) {
    case 'invalid_value':
    case 'invalid_union':
      return 'invalid-choice';
    case 'too_big':
      return 'text-length';
    case 'too_small':
      return 'required';
    default:
      return 'invalid-type';
  }
}

/**
 * `{ 'user.iin': 'iin-checksum', 'bankAccounts.0.iban': 'required' }` from a `safeParse`
 * result, a ZodError or its issues; the whole payload's problems are under `''`. The first
 * issue per field wins: it is the one the field's own validator found, before cross-checks.
 */
export function issuesToFieldErrors(source: IssueSource | null | undefined): Record<string, ValidationCode> {
  const issues: readonly SchemaIssue[] = !source
    ? []
    : Array.isArray(source)
      ? source
      : 'issues' in source
        ? source.issues
        : 'error' in source
          ? (source.error?.issues ?? [])
          : [];
  const errors: Record<string, ValidationCode> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) errors[path] = isValidationCode(issue.message) ? issue.message : fallbackCode(issue);
  }
  return errors;
}
