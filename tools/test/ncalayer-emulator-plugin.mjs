/**
 * Starts the NCALayer emulator beside the test server, so browser tests talk to a real WebSocket
 * peer with real certificates and signatures. Ports are picked free (several test runs may share
 * the machine); browser tests learn them from the virtual module below:
 *
 *   const { ncalayerUrl, controlUrl, unusedUrl } = await import('/__tirkeu__/ncalayer-emulator.js');
 *
 * `unusedUrl` points at a loopback port that was free when the server started (for "NCALayer is
 * not running" tests; an unsafe port such as 1 would be refused by Chrome before any connection).
 *
 * Server commands (executeServerCommand from @web/test-runner-commands) check signatures in Node:
 *   'ncalayer-emulator-verify-cms' {cms, content?, checkTime?} → {verified, output, content}  (openssl cms -verify)
 *   'ncalayer-emulator-verify-xml' {xml} → {verified, issuedByTestCa, errors}                 (xml-crypto)
 */
import { freePort } from './free-port.mjs';
import { startEmulator } from 'tirkeu-ncalayer-emulator';
import { verifyCms, verifyXml } from 'tirkeu-ncalayer-emulator/verify';

export const EMULATOR_MODULE_PATH = '/__tirkeu__/ncalayer-emulator.js';

export function ncalayerEmulatorPlugin() {
  /** @type {Awaited<ReturnType<typeof startEmulator>> | undefined} */
  let emulator;
  let unusedPort = 0;
  return {
    name: 'ncalayer-emulator',
    async serverStart() {
      emulator = await startEmulator({ port: 0, controlPort: 0 });
      unusedPort = await freePort();
    },
    async serverStop() {
      await emulator?.close();
      emulator = undefined;
    },
    serve(context) {
      if (context.path !== EMULATOR_MODULE_PATH || !emulator) return undefined;
      const body = [
        `export const ncalayerUrl = ${JSON.stringify(emulator.url)};`,
        `export const controlUrl = ${JSON.stringify(emulator.controlUrl)};`,
        `export const caPem = ${JSON.stringify(emulator.caPem)};`,
        `export const unusedUrl = ${JSON.stringify(`wss://127.0.0.1:${unusedPort}`)};`,
      ].join('\n');
      return { body, type: 'js' };
    },
    async executeCommand({ command, payload }) {
      if (command === 'ncalayer-emulator-verify-cms') return verifyCms(payload);
      if (command === 'ncalayer-emulator-verify-xml') return verifyXml(payload);
      return undefined;
    },
  };
}

