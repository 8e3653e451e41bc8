/**
 * What one tab tells the others about a drafts database, and which tab may write a draft.
 * Changes go out on a BroadcastChannel named after the database (it does not deliver to its own
 * sender, so this store's listeners are told directly); the writer of a draft holds the Web Lock
 * `tirkeu-draft:<name>:<id>`.
 */
import { randomId } from './crypto.js';
import type { DraftChange, DraftLock } from './types.js';

/** A change as a store announces it; `by` (which store) is added here. */
type Unsigned<C> = C extends unknown ? Omit<C, 'by'> : never;
export type Announcement = Unsigned<DraftChange>;
export type Tabs = ReturnType<typeof createTabs>;

const TYPES: unknown[] = ['saved', 'deleted', 'cleared', 'set-aside', 'taken-over'] satisfies DraftChange['type'][];

interface Claim extends DraftLock {
  id: string;
  lose(): void;
}

export function createTabs(name: string) {
  /** This store's name in the changes it sends, so that a listener can tell its own from another tab's. */
  const by = randomId();
  const listeners = new Set<(change: DraftChange) => void>();
  const claims = new Set<Claim>();
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`tirkeu-draft:${name}`) : undefined;

  /** A listener that throws is reported (as an uncaught error) and stops neither the others nor the store. */
  const tell = (change: DraftChange) => {
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  if (channel) {
    channel.onmessage = ({ data }) => {
      // Passed on only when it looks like a change: another version, or anything else on that name, may post.
      if (!TYPES.includes(data?.type) || typeof data.by !== 'string') return;
      // The thief announces after its steal was granted, and that may arrive before our lock
      // request is rejected: the claim is lost either way, and listeners reading `held` see so.
      if (data.type === 'taken-over') for (const claim of claims) if (claim.id === data.id) claim.lose();
      tell(data);
    };
  }

  const announce = (change: Announcement) => {
    const signed = { ...change, by } as DraftChange;
    try {
      channel?.postMessage(signed);
    } catch {
      // a closed channel: this page is going away
    }
    tell(signed);
  };

  return {
    announce,

    watch(listener: (change: DraftChange) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    /** True when this store claimed the draft and holds none of its claims: another tab writes it. */
    lockedOut(id: string) {
      const mine = [...claims].filter((claim) => claim.id === id);
      return mine.length > 0 && !mine.some((claim) => claim.held);
    },

    /**
     * Asks for the draft's lock without waiting. Held until `release` (or until another tab takes
     * it over, which rejects our request: then `held` turns false). Without Web Locks (old
     * browsers, insecure pages), or where the request is refused outright, one tab cannot be told
     * from two, and the claim holds: a page is never made read-only for want of an API.
     */
    async claim(id: string): Promise<DraftLock> {
      const locks = navigator.locks;
      let held = !locks;
      let free = () => {};
      const request = (options: LockOptions) =>
        new Promise<void>((answered) => {
          let granted = false;
          locks
            .request(`tirkeu-draft:${name}:${id}`, options, (lock) => {
              held = granted = !!lock;
              answered();
              return lock ? new Promise<void>((done) => (free = done)) : undefined;
            })
            .catch(() => {
              held = !granted;
              answered();
            });
        });
      const claim: Claim = {
        id,
        get held() {
          return held;
        },
        takeOver: async () => {
          if (held) return;
          await request({ steal: true });
          announce({ type: 'taken-over', id });
        },
        lose: () => (held = false),
        release: () => {
          free();
          held = false;
          claims.delete(claim);
        },
      };
      if (locks) await request({ ifAvailable: true });
      claims.add(claim);
      return claim;
    },

    close() {
      for (const claim of claims) claim.release();
      listeners.clear();
      channel?.close();
    },
  };
}
