/**
 * A seeded pseudo-random generator (mulberry32) so that generated tests are the same on every
 * run: a failure names its seed and index, and can be replayed.
 */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export const below = (random: () => number, n: number) => Math.floor(random() * n);

/** `length` characters picked from `alphabet`. */
export function pick(random: () => number, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[below(random, alphabet.length)];
  return out;
}
