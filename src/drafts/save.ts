/**
 * `save`: checks and one JSON pass on the main thread, then read what is there, seal, and commit
 * in one transaction; without the largest files, one by one, while the space runs out.
 */
import { context, randomId, seal, type Sealed } from './crypto.js';
import { abort, DRAFTS, FILES, filesOf, KEYS, result, takesBlobs, transaction, type Database } from './database.js';
import { asKey, CURRENT, currentKey, type KeyEntry } from './keys.js';
import { encodePayload, isDraftInput, isExpired, sameWrite, summary, toJson, type FileEntry, type StoredDraft, type StoredFileBytes } from './records.js';
import { fail } from './failure.js';
import type { StoreContext } from './store.js';
import type { DraftFile, DraftInput, SaveResult } from './types.js';

type Entry = FileEntry & Partial<Sealed>;

/** The record or the key changed between the save's read and its write (another tab): it starts over. */
const STALE = 0;

export async function saveDraft(store: StoreContext, input: DraftInput, run: (op: (db: Database) => Promise<SaveResult>) => Promise<SaveResult>): Promise<SaveResult> {
  // Everything up to the first await costs the main thread of a user who types: keep it this small.
  let json: string | undefined;
  try {
    if (!isDraftInput(input)) throw new TypeError('not a draft');
    json = toJson(input.data);
  } catch (cause) {
    return fail('draft-corrupt', cause);
  }
  if (json === undefined) return fail('draft-secret');
  if (store.tabs.lockedOut(input.id)) return fail('draft-locked');
  const dataJson = json;
  return run(async (db) => {
    // Each new file is sealed once, however often the save starts over.
    const sealed = new Map<DraftFile, Entry>();
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await attemptSave(store, db, input, dataJson, sealed);
      if (result !== STALE) return result;
    }
    return fail('draft-locked');
  });
}

async function attemptSave(store: StoreContext, db: Database, input: DraftInput, dataJson: string, sealed: Map<DraftFile, Entry>): Promise<SaveResult | typeof STALE> {
  const { config, tabs } = store;
  const key = await currentKey(db);
  const { record: old } = await store.read(db, input.id);
  let entries: Entry[] = [];
  if (old !== undefined && !isExpired(old, config.now())) {
    // Never over what cannot be read: a newer version's draft, a corrupt one (kept for its owner to decide).
    const reading = await store.inspect(db, old, key);
    if (!reading.ok) return reading;
    entries = reading.payload.files;
  }
  if (input.files) {
    const previous = entries;
    entries = [];
    for (const file of input.files) {
      const { blob, ...meta } = file;
      // The same document as last time keeps its record: no re-encryption of megabytes.
      const same = previous.find((p) => p.sha256 === meta.sha256 && p.size === meta.size);
      let entry = same ? { ...meta, id: same.id } : sealed.get(file);
      if (!entry) {
        const id = randomId();
        entry = { ...meta, id, ...(await seal(key.key, await blob.arrayBuffer(), context('file', input.id, id))) };
        sealed.set(file, entry);
      }
      entries.push(entry);
    }
  }
  const droppedFiles: string[] = [];
  for (;;) {
    const metaJson = toJson({ kind: input.kind, step: input.step, steps: input.steps, files: entries.map(({ iv: _i, bytes: _b, ...meta }) => meta) });
    if (metaJson === undefined) return fail('draft-secret');
    const updatedAt = config.now();
    const { id, kind, step, steps } = input;
    const record: StoredDraft = {
      id,
      kind,
      step,
      steps,
      updatedAt,
      expiresAt: updatedAt + config.ttlMs,
      schemaVersion: config.version,
      keyId: key.id,
      files: entries.map((e) => ({ id: e.id, size: e.size })),
      ...(await seal(key.key, encodePayload(metaJson, dataJson), context('data', id, config.version))),
    };
    try {
      const blobs = entries.some((e) => e.bytes) && (await (store.blobs ??= takesBlobs(db)));
      if (!(await commit(db, record, entries, old, key, blobs))) return STALE;
      tabs.announce({ type: 'saved', id, updatedAt });
      return { ok: true, draft: summary(record), droppedFiles };
    } catch (error) {
      if ((error as DOMException)?.name !== 'QuotaExceededError') throw error;
      if (!entries.length) return fail('draft-quota', error);
      // Without the largest file, then the next: the text is what matters most.
      const largest = entries.reduce((a, b) => (b.size > a.size ? b : a));
      entries = entries.filter((e) => e !== largest);
      droppedFiles.push(largest.name);
    }
  }
}

/**
 * One transaction: the record, its new files, and the deletion of files it no longer lists; a put
 * that throws (a full disk) aborts it whole. False, with nothing written, when the record or the
 * key is not what the save read. File bytes go in as Blobs where the browser takes them: Chromium
 * reads a Blob back about three times faster than the same bytes inside a record; elsewhere as
 * the bytes themselves.
 */
async function commit(db: Database, record: StoredDraft, entries: Entry[], old: unknown, key: KeyEntry, blobs: boolean) {
  const { tx, store, done } = transaction(db, [DRAFTS, FILES, KEYS], 'readwrite');
  try {
    const drafts = store(DRAFTS);
    const files = store(FILES);
    const [now, current, existing] = await Promise.all([
      result(drafts.get(record.id)),
      result(store(KEYS).get(CURRENT)),
      result(files.getAllKeys(filesOf(record.id))),
    ]);
    if (asKey(current)?.id !== key.id || !sameWrite(now, old)) {
      abort(tx);
      return false;
    }
    drafts.put(record);
    const stored = new Set(existing.map((k) => (k as string[])[1]));
    const keep = new Set(entries.map((e) => e.id));
    for (const { id, iv, bytes } of entries) if (iv && bytes && !stored.has(id)) files.put({ iv, bytes: blobs ? new Blob([bytes]) : bytes } satisfies StoredFileBytes, [record.id, id]);
    for (const k of existing) if (!keep.has((k as string[])[1])) files.delete(k);
    await done;
    return true;
  } catch (error) {
    abort(tx);
    throw error;
  }
}
