export { MemoryDraftStorage, MemoryDraftStore } from './memory-store.js';
export type { MemoryDraftStoreOptions, SeedDraft } from './memory-store.js';
