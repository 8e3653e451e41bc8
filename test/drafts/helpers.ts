/**
 * Shared by the draft store's tests: one database per test (deleted afterwards), the plain
 * IndexedDB API to read and tamper with what the store wrote, and a realistic draft.
 */
import { openDraftStore, type DraftFile, type DraftInput, type DraftStore, type DraftStoreOptions } from '../../src/drafts/index.js';

const names: string[] = [];
const stores: DraftStore[] = [];

/** A database name of its own for one test. */
export function dbName(label: string) {
  const name = `tirkeu-drafts-test-${label}-${Math.random().toString(36).slice(2, 10)}`;
  names.push(name);
  return name;
}

/** A store on that database, closed after the test. */
export async function open(name: string, options: DraftStoreOptions = {}) {
  const store = await openDraftStore({ name, ...options });
  stores.push(store);
  return store;
}

export const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

export async function cleanUp() {
  for (const store of stores.splice(0)) store.close();
  await Promise.all(names.splice(0).map((name) => request(indexedDB.deleteDatabase(name)).catch(() => {})));
}

/** Runs `work` on a plain connection to an existing database (the store made it), closed at once. */
export async function raw<T>(name: string, work: (db: IDBDatabase) => Promise<T>): Promise<T> {
  const db = await request(indexedDB.open(name));
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

export interface RawRecord {
  store: string;
  key: IDBValidKey;
  value: any;
}

/** Every record of every object store, as the plain IndexedDB API gives it back. */
export const rawRecords = (name: string) =>
  raw(name, async (db) => {
    const all: RawRecord[] = [];
    for (const store of Array.from(db.objectStoreNames)) {
      const tx = db.transaction(store);
      const [keys, values] = await Promise.all([request(tx.objectStore(store).getAllKeys()), request(tx.objectStore(store).getAll())]);
      keys.forEach((key, i) => all.push({ store, key, value: values[i] }));
    }
    return all;
  });

export const rawPut = (name: string, store: string, value: unknown, key?: IDBValidKey) =>
  raw(name, (db) => request(db.transaction(store, 'readwrite').objectStore(store).put(value, key)));

export const rawGet = (name: string, store: string, key: IDBValidKey) => raw(name, (db) => request(db.transaction(store).objectStore(store).get(key)));

export const rawDelete = (name: string, store: string, key: IDBValidKey | IDBKeyRange) =>
  raw(name, (db) => request(db.transaction(store, 'readwrite').objectStore(store).delete(key)));

/** Polls until `check` holds (BroadcastChannel and lock callbacks arrive in a later task). */
export async function until(check: () => boolean, what: string, ms = 3000) {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const PERSON = {
  iin: '900101300017',
  bin: '150340000129',
  surname: 'Сейтқали',
  name: 'Айгерім',
  phone: '+77011234567',
  email: 'a.seitkali@example.kz',
  iban: 'KZ086010002000012345',
  iban2: 'KZ563190000012344567',
};

/** What the resident form keeps: flat field values and the bank accounts. */
export const formData = () => ({
  'user.iin': PERSON.iin,
  'user.surname': PERSON.surname,
  'user.name': PERSON.name,
  'user.patronymic': 'Ерланқызы',
  'user.phone': PERSON.phone,
  'user.email': PERSON.email,
  'company.bin': PERSON.bin,
  'company.name': 'ТОО «Дала Инжиниринг»',
  'company.address': 'Астана, Есіл ауданы, Сарайшық көшесі, 5',
  legalStatus: 'legal-entity',
  bankAccounts: [
    { iban: PERSON.iban, bic: 'HSBKKZKX', bank: 'Halyk Bank', currency: 'KZT', kbe: '17', primary: true },
    { iban: PERSON.iban2, bic: 'CASPKZKA', bank: 'Kaspi Bank', currency: 'USD', kbe: '17' },
  ],
});

export const utf16le = (text: string) => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[i * 2] = text.charCodeAt(i) & 0xff;
    bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};

export async function sha256(blob: Blob) {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A document whose bytes hold the person's IIN and name in UTF-8 and UTF-16, as a scanned form's text layer might. */
export async function documentFile(slot: string, label: string, size = 0): Promise<DraftFile> {
  const text = `%PDF-1.7\n${label} ${PERSON.surname} ${PERSON.iin}\n`;
  const blob = new Blob([text, utf16le(`${PERSON.name} ${PERSON.iin}`), new Uint8Array(size)], { type: 'application/pdf' });
  return {
    slot,
    name: `${PERSON.surname}_${PERSON.iin}_${label}.pdf`,
    type: 'application/pdf',
    size: blob.size,
    sha256: await sha256(blob),
    issuedOn: '2024-03-01',
    inspection: { pages: 2, pdfA: false, signatures: [{ signer: `${PERSON.surname} ${PERSON.name}`, iin: PERSON.iin }] },
    problems: ['document.not-pdfa'],
    blob,
  };
}

export const draftInput = (id: string, extra: Partial<DraftInput> = {}): DraftInput => ({ id, kind: 'resident', step: 2, steps: 5, data: formData(), ...extra });

/** The bytes of a Blob, or of a file record's `bytes` (a Blob, or an ArrayBuffer where the engine refuses Blobs). */
export const bytesOf = async (bytes: Blob | ArrayBuffer) => Array.from(new Uint8Array(bytes instanceof Blob ? await bytes.arrayBuffer() : bytes));
