/** Brings a draft's data from the version it was saved at up to the store's. */
import type { Migration } from './types.js';

/**
 * Applies `migrations[n]` for n = from … to − 1 in turn. A step without a function leaves the data
 * as it is (a version that only added optional fields needs none). A step that throws or answers
 * something other than an object throws, and the draft is set aside as `draft-corrupt` (tried
 * again on every load, so a fixed migration in a later release still recovers it).
 */
export function migrate(data: Record<string, unknown>, from: number, to: number, migrations: Record<number, Migration>) {
  for (let version = from; version < to; version++) {
    const step = migrations[version];
    if (!step) continue;
    data = step(data);
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new TypeError(`migration ${version}`);
  }
  return data;
}
