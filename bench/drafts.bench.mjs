#!/usr/bin/env node
/**
 * Draft store figures (tirkeu/drafts), measured in headless Chromium in one run with the real
 * IndexedDB and WebCrypto:
 * - one autosave of a realistic form draft (user, company, two bank accounts, no files): the
 *   main-thread time `save` takes before it first yields (checks, the secret scan, the JSON) —
 *   budget 3 ms, median — and the time to completion; median and p95 of 100 saves, each after
 *   one more "keystroke";
 * - a draft with ten 2 MB files saved and restored, against plain IndexedDB writing and reading
 *   the same Blobs unencrypted (bytes read back in both), alternating, ratio of medians
 *   (restore budget 3×, goal 2×).
 * The entry's size comes from bench/sizes.mjs (`npm: drafts/index`).
 * `rows()` is picked up by bench/run.mjs; `node bench/drafts.bench.mjs` prints the rows alone.
 */
import { fileURLToPath } from 'node:url';
import { bundlePage } from './bundle-page.mjs';
import { launchChromium } from '../tools/test/chromium.mjs';
import { serveFiles as serve } from './serve-files.mjs';

const SAVES = 100;
const WARM_UP = 10;
const ROUNDS = 7;
const FILES = 10;
const FILE_SIZE = 2 * 1024 * 1024;

const ENTRY = `
import { openDraftStore } from '${fileURLToPath(new URL('../src/drafts/index.ts', import.meta.url))}';
const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
const p95 = (values) => sorted(values)[Math.ceil(values.length * 0.95) - 1];
const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
const complete = (tx) => new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onabort = () => reject(tx.error); });
const formData = () => ({
  'user.iin': '900101300017', 'user.surname': 'Сейтқали', 'user.name': 'Айгерім', 'user.patronymic': 'Ерланқызы',
  'user.birthDate': '1990-01-01', 'user.phone': '+77011234567', 'user.email': 'a.seitkali@example.kz', 'user.position': 'Директор',
  legalStatus: 'legal-entity', 'company.bin': '150340000129', 'company.name': 'ТОО «Дала Инжиниринг»',
  'company.nameKk': '«Дала Инжиниринг» ЖШС', 'company.nameRu': 'ТОО «Дала Инжиниринг»', 'company.registeredOn': '2015-03-12',
  'company.registrationNumber': '12345-1901-ТОО', 'company.authority': 'Департамент юстиции города Астаны',
  'company.phone': '+77172554433', 'company.email': 'info@dala-eng.example.kz',
  'company.address': 'Астана, Есіл ауданы, Сарайшық көшесі, 5, 12-кеңсе', 'company.postcode': '010000',
  bankAccounts: [
    { iban: 'KZ086010002000012345', bic: 'HSBKKZKX', bank: 'АО «Народный Банк Казахстана»', currency: 'KZT', kbe: '17', primary: true },
    { iban: 'KZ563190000012344567', bic: 'CASPKZKA', bank: 'АО «Kaspi Bank»', currency: 'USD', kbe: '17', primary: false },
  ],
  agreement: true,
});

window.autosave = async ({ saves, warmUp }) => {
  const store = await openDraftStore({ name: 'bench-autosave' });
  await store.clearAll();
  const data = formData();
  const sync = [];
  const total = [];
  for (let i = 0; i < warmUp + saves; i++) {
    data['user.patronymic'] = 'Ерланқызы'.slice(0, 1 + (i % 9));
    const draft = { id: 'autosave', kind: 'resident', step: 1, steps: 4, data };
    const started = performance.now();
    const saving = store.save(draft);
    const yielded = performance.now();
    const result = await saving;
    const done = performance.now();
    if (!result.ok) throw new Error(result.code);
    if (i >= warmUp) { sync.push(yielded - started); total.push(done - started); }
  }
  await store.clearAll();
  store.close();
  const mean = sync.reduce((a, b) => a + b, 0) / sync.length;
  return { sync: { median: median(sync), p95: p95(sync), mean }, total: { median: median(total), p95: p95(total) }, count: sync.length };
};

async function documents(count, size) {
  const files = [];
  for (let i = 0; i < count; i++) {
    // Random bytes: nothing for a disk layer to compress, as in a scanned PDF.
    const bytes = new Uint8Array(size);
    for (let at = 0; at < size; at += 65536) crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65536)));
    const digest = await crypto.subtle.digest('SHA-256', bytes);
    const sha256 = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    const blob = new Blob([bytes], { type: 'application/pdf' });
    files.push({ slot: 'doc-' + i, name: 'doc-' + i + '.pdf', type: 'application/pdf', size, sha256, blob });
  }
  return files;
}

async function rawDatabase() {
  await request(indexedDB.deleteDatabase('bench-raw'));
  const r = indexedDB.open('bench-raw', 1);
  r.onupgradeneeded = () => r.result.createObjectStore('files');
  return request(r);
}

window.files = async ({ rounds, count, size }) => {
  const files = await documents(count, size);
  const store = await openDraftStore({ name: 'bench-files' });
  await store.clearAll();
  const raw = await rawDatabase();
  const times = { draftSave: [], draftRestore: [], rawSave: [], rawRestore: [] };
  const draft = async (round) => {
    const id = 'files-' + round;
    let t = performance.now();
    const saved = await store.save({ id, kind: 'resident', step: 3, steps: 4, data: formData(), files });
    times.draftSave.push(performance.now() - t);
    if (!saved.ok || saved.droppedFiles.length) throw new Error('draft save: ' + JSON.stringify(saved));
    t = performance.now();
    const loaded = await store.load(id);
    times.draftRestore.push(performance.now() - t);
    if (!loaded.ok || loaded.draft.files.length !== count || loaded.draft.files[0].blob.size !== size) throw new Error('draft restore');
    await store.delete(id);
  };
  const plain = async () => {
    let t = performance.now();
    let tx = raw.transaction('files', 'readwrite');
    files.forEach((f, i) => tx.objectStore('files').put(f.blob, i));
    await complete(tx);
    times.rawSave.push(performance.now() - t);
    t = performance.now();
    const blobs = await request(raw.transaction('files').objectStore('files').getAll());
    // The bytes themselves, as the draft's restore has them (a Blob from IndexedDB is only a handle).
    const buffers = await Promise.all(blobs.map((b) => b.arrayBuffer()));
    times.rawRestore.push(performance.now() - t);
    if (buffers.length !== count || buffers[0].byteLength !== size) throw new Error('raw restore');
    tx = raw.transaction('files', 'readwrite');
    tx.objectStore('files').clear();
    await complete(tx);
  };
  // One warm-up round of each, then alternate which goes first, so that drift hits both alike.
  await draft(-1);
  await plain();
  for (const key in times) times[key].length = 0;
  for (let round = 0; round < rounds; round++) {
    if (round % 2) { await plain(); await draft(round); } else { await draft(round); await plain(); }
  }
  raw.close();
  await store.clearAll();
  store.close();
  // What this machine's AES-GCM alone costs for the same bytes (the floor of any encrypted restore).
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await Promise.all(files.map(async (f) => crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, await f.blob.arrayBuffer())));
  const decrypt = [];
  for (let round = 0; round < rounds; round++) {
    const t = performance.now();
    await Promise.all(sealed.map((bytes) => crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, bytes)));
    decrypt.push(performance.now() - t);
  }
  // And what making Files of the decrypted bytes alone costs (a Blob copies its bytes; the raw read never needs to).
  const plains = await Promise.all(sealed.map((bytes) => crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, bytes)));
  const copy = [];
  for (let round = 0; round < rounds; round++) {
    const t = performance.now();
    const made = plains.map((bytes, i) => new File([bytes], 'doc-' + i + '.pdf'));
    await made[made.length - 1].slice(0, 1).arrayBuffer();
    copy.push(performance.now() - t);
  }
  const result = { decrypt: median(decrypt), copy: median(copy) };
  for (const key in times) result[key] = median(times[key]);
  return result;
};
`;

export async function rows() {
  const server = await serve(await bundlePage(ENTRY));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // 127.0.0.1 is a secure context: WebCrypto and Web Locks are there, as on a portal's https page.
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => typeof window.files === 'function');
    const autosave = await page.evaluate((o) => window.autosave(o), { saves: SAVES, warmUp: WARM_UP });
    const files = await page.evaluate((o) => window.files(o), { rounds: ROUNDS, count: FILES, size: FILE_SIZE });
    const round = (n, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
    const ms = (n) => `${round(n, 1)} ms`;
    return [
      {
        name: 'drafts: autosave, main thread before it yields',
        value: round(autosave.sync.median, 2),
        unit: 'ms',
        budget: 3,
        // Chromium gives performance.now() in steps of 0.1 ms (with jitter) to a page that is not cross-origin isolated.
        detail: `median of ${autosave.count} saves (form draft, no files); p95 ${round(autosave.sync.p95, 2)} ms, mean ${round(autosave.sync.mean, 3)} ms (timer steps 0.1 ms)`,
      },
      {
        name: 'drafts: autosave, to completion',
        value: round(autosave.total.median),
        unit: 'ms',
        detail: `median of ${autosave.count} (encrypted and committed); p95 ${round(autosave.total.p95)} ms`,
      },
      {
        name: 'drafts: restore 10 × 2 MB / raw IndexedDB',
        value: round(files.draftRestore / files.rawRestore),
        unit: '×',
        budget: 3,
        detail: `medians of ${ROUNDS}, alternating: ${ms(files.draftRestore)} (decrypted, as Files) vs ${ms(files.rawRestore)} (Blobs read back); floor: the raw read + AES-GCM alone ${ms(files.decrypt)} + Files of the plaintext alone ${ms(files.copy)} = ${round((files.rawRestore + files.decrypt + files.copy) / files.rawRestore)}×; goal 2×`,
      },
      {
        name: 'drafts: save 10 × 2 MB / raw IndexedDB',
        value: round(files.draftSave / files.rawSave),
        unit: '×',
        detail: `medians of ${ROUNDS}, alternating: ${ms(files.draftSave)} (encrypted) vs ${ms(files.rawSave)} (Blobs put)`,
      },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await rows());
