// Test helpers: the emulator started by tools/test/ncalayer-emulator-plugin.mjs, reached through
// the plugin's virtual module (ports differ per run) and its HTTP control endpoint.
import { executeServerCommand } from '@web/test-runner-commands';
import type { EmulatorConfig as Config } from 'tirkeu-ncalayer-emulator';
import { NcaLayerClient, type NcaLayerClientOptions } from '../../src/ncalayer/index.js';

interface EmulatorModule {
  ncalayerUrl: string;
  controlUrl: string;
  caPem: string;
  /** A loopback port nothing listens on. */
  unusedUrl: string;
}

/** What POST /config takes: any part of the emulator's config. */
export type EmulatorConfig = Partial<Config>;

// A variable keeps the bundler from trying to resolve the virtual path at build time.
const EMULATOR_MODULE = '/__tirkeu__/ncalayer-emulator.js';
let loaded: Promise<EmulatorModule> | undefined;

export function emulator(): Promise<EmulatorModule> {
  loaded ??= import(/* @vite-ignore */ EMULATOR_MODULE) as Promise<EmulatorModule>;
  return loaded;
}

async function control<T>(path: string, body?: unknown): Promise<T> {
  const { controlUrl } = await emulator();
  const response = await fetch(`${controlUrl}${path}`, body === undefined
    ? { method: path === '/state' || path === '/requests' ? 'GET' : 'POST' }
    : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`emulator ${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

export const configureEmulator = (config: EmulatorConfig) => control<EmulatorConfig>('/config', config);
export const resetEmulator = () => control<EmulatorConfig>('/reset');
export const disconnectEmulator = () => control('/disconnect');
export const pushFrame = (text: string) => control('/push', { text });
export const emulatorRequests = () => control<Array<{ connection: number; frame: unknown }>>('/requests');
export const emulatorState = () => control<{ connections: number; maxInFlight: number }>('/state');

/** A client for the emulator; `close()` it in afterEach. */
export async function emulatorClient(options: NcaLayerClientOptions = {}): Promise<NcaLayerClient> {
  return new NcaLayerClient({ url: (await emulator()).ncalayerUrl, ...options });
}

export const verifyCms = (payload: { cms: string; content?: string; checkTime?: boolean }) =>
  executeServerCommand<{ verified: boolean; output: string; content: string }, typeof payload>('ncalayer-emulator-verify-cms', payload);

export const verifyXml = (payload: { xml: string }) =>
  executeServerCommand<{ verified: boolean; issuedByTestCa: boolean; errors: string[] }, typeof payload>('ncalayer-emulator-verify-xml', payload);

/** Resolves with the rejection of `promise`, failing when it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

export const utf8Base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/** The text of base64 UTF-8 bytes (what a CMS's content comes back as). */
export const base64Utf8 = (base64: string) => new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
