/**
 * Which of the store's drafts the banner shows, and in what order. Pure: no DOM, no store.
 */
import type { DraftKind, DraftSummary } from '../../drafts/types.js';

export interface DraftLists {
  /** Drafts that can be continued, newest first. */
  open: DraftSummary[];
  /** Drafts the store set aside (unreadable), newest first: they can only be deleted. */
  setAside: DraftSummary[];
}

/**
 * The drafts of `kind` (all when unset) that have not expired by `now`. The store purges
 * expired drafts when it opens, but a page can stay open past a draft's expiry: the banner
 * must not offer one the store will no longer load.
 */
export function arrangeDrafts(summaries: readonly DraftSummary[], { kind, now }: { kind?: DraftKind; now: number }): DraftLists {
  const shown = summaries
    .filter((draft) => (!kind || draft.kind === kind) && draft.expiresAt > now)
    .sort((a, b) => b.updatedAt - a.updatedAt);
  return { open: shown.filter((draft) => !draft.setAside), setAside: shown.filter((draft) => draft.setAside) };
}
