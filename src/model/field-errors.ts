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
function fallbackCode(code: unknown): ValidationCode {
  switch (code) {
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

/** `source[key]`, or `undefined` where `source` is no object or reading it throws. */
function read(source: unknown, key: string): unknown {
  if (source === null || typeof source !== 'object') return undefined;
  try {
    return (source as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** The issues of a `safeParse` result, a ZodError or a list; none from anything else. */
function issuesOf(source: unknown): readonly unknown[] {
  try {
    if (Array.isArray(source)) return source;
    const issues = read(source, 'issues') ?? read(read(source, 'error'), 'issues');
    return Array.isArray(issues) ? issues : [];
  } catch {
    return []; // Array.isArray throws on a revoked proxy
  }
}

/** The dotted path of an issue; `undefined` when it has none that can be read. */
function pathOf(issue: unknown): string | undefined {
  try {
    const path = read(issue, 'path');
    return Array.isArray(path) ? path.map(String).join('.') : undefined;
  } catch {
    return undefined; // a key whose toString throws, a revoked proxy
  }
}

/**
 * `{ 'user.iin': 'iin-checksum', 'bankAccounts.0.iban': 'required' }` from a `safeParse`
 * result, a ZodError or its issues; the whole payload's problems are under `''`. The first
 * issue per field wins: it is the one the field's own validator found, before cross-checks.
 * Never throws: a source that is no result gives no errors, and an issue without a readable
 * path is kept under `''` as `invalid-type`, so a problem is never silently dropped.
 */
export function issuesToFieldErrors(source: IssueSource | null | undefined): Record<string, ValidationCode> {
  const errors: Record<string, ValidationCode> = {};
  try {
    for (const issue of issuesOf(source)) {
      const path = pathOf(issue);
      const key = path ?? '';
      if (Object.prototype.hasOwnProperty.call(errors, key)) continue;
      const message = read(issue, 'message');
      const code = path === undefined ? 'invalid-type' : isValidationCode(message) ? message : fallbackCode(read(issue, 'code'));
      // defineProperty, so that a path such as `__proto__` or `constructor` is a field like any other.
      Object.defineProperty(errors, key, { value: code, enumerable: true, writable: true, configurable: true });
    }
  } catch {
    errors[''] ??= 'invalid-type'; // a list whose iteration throws (a proxy)
  }
  return errors;
}
