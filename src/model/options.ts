/**
 * Reading a validator's options. Options come from host code, drafts and JSON, so they may be
 * `null`, a number, an object whose getter throws, a revoked proxy: an option that cannot be
 * read, or has the wrong type, is treated as absent, and reading never throws.
 */

/** `options[key]`, or `undefined` when `options` is no object or reading it throws. */
function readOption(options: unknown, key: string): unknown {
  if (options === null || (typeof options !== 'object' && typeof options !== 'function')) return undefined;
  try {
    return (options as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

export function stringOption(options: unknown, key: string): string | undefined {
  const value = readOption(options, key);
  return typeof value === 'string' ? value : undefined;
}

export function booleanOption(options: unknown, key: string): boolean | undefined {
  const value = readOption(options, key);
  return typeof value === 'boolean' ? value : undefined;
}

export function functionOption<F extends (...args: never[]) => unknown>(options: unknown, key: string): F | undefined {
  const value = readOption(options, key);
  return typeof value === 'function' ? (value as F) : undefined;
}
