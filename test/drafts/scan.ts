/**
 * Looks for personal data in the clear: every string, number and byte of what it is given
 * (IndexedDB values and keys, Blobs read back as bytes, Web Storage, Cache Storage), searched
 * for each needle in UTF-8 and in UTF-16 LE (how a JS string lands in a file when written raw).
 */
import { utf16le } from './helpers.js';

type Chunk = { where: string; bytes: Uint8Array };

async function chunks(value: unknown, where: string, out: Chunk[]): Promise<Chunk[]> {
  if (typeof value === 'string') {
    out.push({ where, bytes: new TextEncoder().encode(value) }, { where, bytes: utf16le(value) });
  } else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    out.push({ where, bytes: new TextEncoder().encode(String(value)) });
  } else if (value instanceof ArrayBuffer) {
    out.push({ where, bytes: new Uint8Array(value) });
  } else if (ArrayBuffer.isView(value)) {
    out.push({ where, bytes: new Uint8Array(value.buffer, value.byteOffset, value.byteLength) });
  } else if (value instanceof Blob) {
    out.push({ where, bytes: new Uint8Array(await value.arrayBuffer()) });
    if (value instanceof File) await chunks(value.name, `${where}.name`, out);
  } else if (value instanceof CryptoKey) {
    // not extractable: nothing to read (the test checks that separately)
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) await chunks(item, `${where}[${i}]`, out);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      await chunks(key, `${where}.${key}(key)`, out);
      await chunks(item, `${where}.${key}`, out);
    }
  }
  return out;
}

const includes = (haystack: Uint8Array, needle: Uint8Array) => {
  outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

/** Each `needle (encoding) at where` found among the values. */
export async function findClear(values: { where: string; value: unknown }[], needles: string[]): Promise<string[]> {
  const all: Chunk[] = [];
  for (const { where, value } of values) await chunks(value, where, all);
  const found: string[] = [];
  for (const needle of needles) {
    for (const [encoding, bytes] of [
      ['UTF-8', new TextEncoder().encode(needle)],
      ['UTF-16LE', utf16le(needle)],
    ] as const) {
      for (const chunk of all) if (includes(chunk.bytes, bytes)) found.push(`${needle} (${encoding}) at ${chunk.where}`);
    }
  }
  return found;
}

/** localStorage, sessionStorage and every Cache Storage entry (URL, headers and body) of this origin. */
export async function webStorage(): Promise<{ where: string; value: unknown }[]> {
  const values: { where: string; value: unknown }[] = [];
  for (const [label, storage] of [
    ['localStorage', localStorage],
    ['sessionStorage', sessionStorage],
  ] as const) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)!;
      values.push({ where: `${label}:${key}`, value: [key, storage.getItem(key)] });
    }
  }
  if (typeof caches === 'object') {
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const req of await cache.keys()) {
        const res = await cache.match(req);
        values.push({ where: `cache:${cacheName}:${req.url}`, value: [req.url, [...(res?.headers ?? [])], await res?.blob()] });
      }
    }
  }
  return values;
}
