// Loads the committed test PKI (fixtures/fixtures.json, written by generate-fixtures.mjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CA_PEM_PATH = fileURLToPath(new URL('./fixtures/ca.pem', import.meta.url));
const BUNDLE_PATH = new URL('./fixtures/fixtures.json', import.meta.url);

/**
 * @returns {{ ca: { certificate: string }, tls: { certificate: string, privateKey: string },
 *   fixtures: Array<import('./responder.mjs').EmulatorFixture & { privateKey: string, fileName: string, description: string }> }}
 */
export function loadFixtures() {
  return JSON.parse(readFileSync(BUNDLE_PATH, 'utf8'));
}
