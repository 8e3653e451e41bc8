// Loads the committed test PKI (fixtures/fixtures.json, written by generate-fixtures.mjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CA_PEM_PATH = fileURLToPath(new URL('./fixtures/ca.pem', import.meta.url));
const BUNDLE_PATH = new URL('./fixtures/fixtures.json', import.meta.url);

/** @import { EmulatorFixture } from './responder.mjs' */

/**
 * fixtures/fixtures.json. TEST ONLY: every private key in it is committed.
 * @typedef {object} FixtureBundle
 * @property {string} comment
 * @property {{ certificate: string, privateKey: string }} ca  the test CA (PEM, PKCS#8 PEM)
 * @property {{ certificate: string, privateKey: string }} tls  the wss:// server's certificate for 127.0.0.1 and localhost
 * @property {EmulatorFixture[]} fixtures  in "auto" order
 */

/** @returns {FixtureBundle} */
export function loadFixtures() {
  return JSON.parse(readFileSync(BUNDLE_PATH, 'utf8'));
}
