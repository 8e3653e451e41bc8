/**
 * The machinery the rule tables run on (registration-rules.ts, bank-account-rules.ts): a field's
 * rule (validator and presence), objects and lists of them read as zod reads its schemas, and
 * the runner that answers in `safeParse`'s shape. It knows no field; the tables do.
 */
import type { SchemaIssue } from './field-errors.js';
import { isBlank } from './input.js';
import { fail, ok, type Result, type ValidationCode } from './result.js';

export type FieldValidator<T = unknown> = (input: unknown) => Result<T>;

/**
 * One field: its validator, and what happens when it is left out.
 * - `required`: the validator sees whatever is there (a missing value is its `required`).
 * - `optional`: a missing key is left out, and `undefined`, `null` or a blank string give
 *   `undefined`; anything else goes to the validator.
 * - `default`: a missing key or `undefined` gives `fallback`; anything else goes to the validator.
 */
export interface FieldRule<T = unknown> {
  readonly validate: FieldValidator<T>;
  readonly presence: 'required' | 'optional' | 'default';
  readonly fallback?: T;
}

/** The answer of a check: `safeParse`'s shape, so `issuesToFieldErrors` takes it as it is. */
export type RuleResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: { readonly issues: SchemaIssue[] } };

/** The three kinds of field, told apart in the type too, so schemas.ts builds its zod schemas from the tables. */
export type RequiredRule<T> = FieldRule<T> & { readonly presence: 'required' };
export type OptionalRule<T> = FieldRule<T> & { readonly presence: 'optional' };
export type DefaultRule<T> = FieldRule<T> & { readonly presence: 'default'; readonly fallback: T };

// The helpers that build tables and parts are marked free of side effects, so that a bundle
// leaves out the tables and parts it does not use.
/* @__NO_SIDE_EFFECTS__ */ export const required = <T>(validate: FieldValidator<T>): RequiredRule<T> => ({ validate, presence: 'required' });
/* @__NO_SIDE_EFFECTS__ */ export const optional = <T>(validate: FieldValidator<T>): OptionalRule<T> => ({ validate, presence: 'optional' });
/* @__NO_SIDE_EFFECTS__ */ export const withDefault = <T>(validate: FieldValidator<T>, fallback: T): DefaultRule<T> => ({ validate, presence: 'default', fallback });

// @__NO_SIDE_EFFECTS__
export function oneOf<const T extends string>(values: readonly T[]): FieldValidator<T> {
  return (input) =>
    isBlank(input) ? fail('required') : (values as readonly unknown[]).includes(input) ? ok(input as T) : fail('invalid-choice');
}

export type Path = readonly PropertyKey[];
export type Issues = SchemaIssue[];
/** A field whose validator failed: neither a value nor `undefined`, so cross-checks skip it. */
const FAILED: unknown = Object.freeze({ failed: true });

/** A field's output is a string only when its own validator accepted it. */
export const valid = (value: unknown): value is string => typeof value === 'string';

export function report(issues: Issues, path: Path, code: ValidationCode): void {
  issues.push({ path, message: code });
}

const isRecord = (input: unknown): input is Record<PropertyKey, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/** For objects and arrays: a missing one is `required`, anything else where one belongs `invalid-type`. */
const containerCode = (input: unknown): ValidationCode => (input === undefined ? 'required' : 'invalid-type');

/** A part of the payload: runs on one value, reports under `path`, returns the output. */
export type Part = (input: unknown, path: Path, issues: Issues) => unknown;
export type Shape = Readonly<Record<string, FieldRule | Part>>;

function runRule(rule: FieldRule, input: unknown, path: Path, issues: Issues): unknown {
  if (rule.presence !== 'required') {
    if (input === undefined) return rule.presence === 'default' ? rule.fallback : undefined;
    if (rule.presence === 'optional' && isBlank(input)) return undefined;
  }
  const result = rule.validate(input);
  if (result.ok) return result.value === undefined && rule.presence === 'default' ? rule.fallback : result.value;
  report(issues, path, result.code);
  return FAILED;
}

/**
 * An object of fields, read as the schema reads it: keys outside the shape are dropped, a
 * missing optional key stays missing, a missing defaulted one gets its default, a missing
 * required one is reported. `refine` runs on the output even when fields failed, so one
 * submit shows every problem.
 */
// @__NO_SIDE_EFFECTS__
export function objectOf(shape: Shape, refine?: CrossCheck): Part {
  return (input, path, issues) => {
    if (!isRecord(input)) {
      report(issues, path, containerCode(input));
      // As the schema does: its cross-checks run on any object, so an array in an object's
      // place is read by them too (a resident's account given as `[]` also misses its KBe).
      if (typeof input === 'object' && input !== null) refine?.(input as Record<string, unknown>, path, issues);
      return input;
    }
    const value: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      if (key === '__proto__') continue;
      const field = shape[key]!;
      const present = key in input;
      const at = [...path, key];
      if (typeof field === 'function') {
        // A nested object or list is required.
        const before = issues.length;
        const out = field(input[key], at, issues);
        if (present) value[key] = out;
        else if (issues.length === before) report(issues, at, 'invalid-type');
        continue;
      }
      if (!present && field.presence === 'optional') continue;
      const before = issues.length;
      const out = runRule(field, input[key], at, issues);
      if (!present && field.presence === 'required') {
        if (issues.length === before) report(issues, at, 'invalid-type');
        continue;
      }
      if (out !== undefined || present || field.presence === 'default') value[key] = out;
    }
    refine?.(value, path, issues);
    return value;
  };
}

/** A list; `min` entries at least (fewer is `required`). */
// @__NO_SIDE_EFFECTS__
export function listOf(element: Part, min = 0, refine?: (list: unknown[], path: Path, issues: Issues) => void): Part {
  return (input, path, issues) => {
    let value: unknown = input;
    if (!Array.isArray(input)) report(issues, path, containerCode(input));
    else value = input.map((item, index) => element(item, [...path, index], issues));
    // As zod's length check: it reads any value with a length, the list or what stood in its place.
    const length = value === undefined || value === null ? undefined : (value as { length?: unknown }).length;
    if (min > 0 && length !== undefined && !((length as number) >= min)) report(issues, path, 'required');
    if (refine && Array.isArray(value)) refine(value, path, issues);
    return value;
  };
}

// @__NO_SIDE_EFFECTS__
export function literal(expected: string): FieldRule<string> {
  return required((input) => (input === expected ? ok(expected) : fail('invalid-choice')));
}

export function run<T>(part: Part, input: unknown): RuleResult<T> {
  const issues: Issues = [];
  let data: unknown;
  try {
    data = part(input, [], issues);
  } catch {
    // A getter or proxy in the input threw: the payload is unreadable, an answer rather than an exception.
    report(issues, [], 'invalid-type');
  }
  return issues.length ? { success: false, error: { issues } } : { success: true, data: data as T };
}

/**
 * A check across the fields of an object's output: it reports under `path` into `issues`.
 * Fields whose own validator failed are neither strings nor `undefined`, so checks skip them.
 */
export type CrossCheck = (value: Record<string, unknown>, path: Path, issues: Issues) => void;
