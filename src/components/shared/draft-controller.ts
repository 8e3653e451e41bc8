/**
 * A widget's connection to its draft: opens the store, continues the draft it names (or starts
 * one), restores the widget's part from it once, and saves what changes. Loaded lazily by
 * DraftLink; a store that cannot be used leaves the widget working without drafts.
 */
import type { DraftStore } from '../../drafts/types.js';
import type { DraftHost, DraftPart } from './draft-link.js';
import { DraftSession, storeNamed } from './draft-session.js';
import { draftProblemMessage } from './draft-messages.js';
import type { DraftProblemCode } from '../../drafts/types.js';

/** Problems already said on this page, by store: "drafts are off here" is said once, not per widget. */
const said = new WeakMap<DraftStore, Set<string>>();

function report(host: DraftHost, part: DraftPart, store: DraftStore, code: DraftProblemCode, files?: string[]): void {
  const key = `${code}:${files?.join('|') ?? ''}`;
  let seen = said.get(store);
  if (!seen) said.set(store, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  const detail = { code, message: draftProblemMessage(code, part.lookup(), files) };
  host.dispatchEvent(new CustomEvent('tirkeu-error', { detail, bubbles: true, composed: true }));
}

export interface DraftAttachment {
  changed(): void;
  saveNow(): void;
  takeOver(): Promise<void>;
  filesChanged(): void;
  finish(): Promise<void>;
}

/** A new draft's id: random, so that it says nothing about who registers. */
const newId = () => crypto.randomUUID();

export async function attachDraft(host: DraftHost, part: DraftPart, started: (id: string) => void): Promise<DraftAttachment | undefined> {
  const store: DraftStore = host.draftStore ?? (await storeNamed(host.drafts!));
  if (!store.available) {
    report(host, part, store, 'draft-unavailable');
    return undefined;
  }
  const continuing = !!host.draftId;
  if (!host.draftId) {
    // The page's widgets on one store write one registration: the first to start a draft names
    // it, the others join it.
    const id = DraftSession.newOn(store) ?? newId();
    started(id);
    host.draftId = id;
  }
  const session = DraftSession.of(store, host.draftId!);
  if (!continuing) session.markStarted();
  session.reporter ??= (result) => {
    if (!result.ok) report(host, part, store, result.code);
    else if (result.droppedFiles.length) report(host, part, store, 'draft-quota', result.droppedFiles);
  };
  await session.claim(() => {
    part.locked?.(true);
    report(host, part, store, 'draft-locked');
  });
  if (continuing) {
    const result = await session.load();
    if (result.ok) await part.restore(result.draft);
  }
  return {
    changed: () => session.update(part.name, () => part.data(), { kind: part.kind(), ...part.place?.() }),
    saveNow: () => {
      session.update(part.name, () => part.data(), { kind: part.kind(), ...part.place?.() });
      void session.flush();
    },
    filesChanged: () => {
      session.update(part.name, () => part.data(), { kind: part.kind() });
      void part.files?.().then((files) => session.updateFiles(files, part.kind()));
    },
    finish: () => session.finish(),
    takeOver: async () => {
      await session.takeOver();
      part.locked?.(false);
      // Taken from us again later: said again.
      said.get(store)?.delete('draft-locked:');
    },
  };
}
