/**
 * The one encryption key of a drafts database, stored as a CryptoKey (structured-cloneable even
 * when non-extractable) under `current` in the `keys` store, with a random id that every record
 * names. A record whose key id is not the current key's is `draft-key-lost`: the key was cleared
 * with the site's storage, or shredded by `clearAll`.
 */
import { newKey, randomId } from './crypto.js';
import { KEYS, result, transaction, type Database } from './database.js';

export interface KeyEntry {
  id: string;
  key: CryptoKey;
}

export const CURRENT = 'current';

/** The stored value if it is a key entry; anything else counts as no key. */
export const asKey = (value: unknown): KeyEntry | undefined =>
  value && typeof (value as KeyEntry).id === 'string' && (value as KeyEntry).key instanceof CryptoKey ? (value as KeyEntry) : undefined;

/**
 * The current key, made on first need. Two tabs may both find none: the key is generated outside
 * the transaction (WebCrypto would let it commit early), then written only if there is still none,
 * and whoever comes second takes the first one's key, so no draft is ever sealed under a key that
 * gets overwritten.
 */
export async function currentKey(db: Database): Promise<KeyEntry> {
  const existing = asKey(await result(transaction(db, [KEYS]).store(KEYS).get(CURRENT)));
  if (existing) return existing;
  const fresh = { id: randomId(), key: await newKey() };
  const { store, done } = transaction(db, [KEYS], 'readwrite');
  const winner = asKey(await result(store(KEYS).get(CURRENT)));
  if (!winner) store(KEYS).put(fresh, CURRENT);
  await done;
  return winner ?? fresh;
}
