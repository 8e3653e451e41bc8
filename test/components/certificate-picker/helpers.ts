// Helpers for the certificate picker tests: mounting a picker against the NCALayer emulator
// (packages/ncalayer-emulator, started by the test runner) and reading what it shows.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/components/certificate-picker/define.js';
import type { TirkeuCertificatePicker } from '../../../src/components/certificate-picker/define.js';
import type { PickerState } from '../../../src/components/certificate-picker/certificate-picker.controller.js';
import { NcaLayerClient, type NcaLayerClientOptions } from '../../../src/ncalayer/index.js';
import { emulator } from '../../ncalayer/emulator.js';

export {
  configureEmulator,
  resetEmulator,
  emulatorRequests,
  emulatorState,
  disconnectEmulator,
  verifyCms,
  emulator,
} from '../../ncalayer/emulator.js';

const clients: NcaLayerClient[] = [];

/** A client of its own for one test, closed by `closeClients()`. */
export async function ownClient(options: NcaLayerClientOptions = {}): Promise<NcaLayerClient> {
  const client = new NcaLayerClient({ url: (await emulator()).ncalayerUrl, ...options });
  clients.push(client);
  return client;
}

export function closeClients(): void {
  for (const client of clients.splice(0)) client.close();
}

/** Mounts a picker wired to the emulator through a client of its own. */
export async function mountPicker(template?: TemplateResult): Promise<TirkeuCertificatePicker> {
  const el = await fixture<TirkeuCertificatePicker>(
    template ?? html`<tirkeu-certificate-picker test-certificates></tirkeu-certificate-picker>`,
  );
  const picker = el.localName === 'tirkeu-certificate-picker' ? el : el.querySelector('tirkeu-certificate-picker')!;
  picker.client = await ownClient();
  await picker.updateComplete;
  return picker;
}

export const shadow = (el: TirkeuCertificatePicker): ShadowRoot => el.shadowRoot!;

export function buttons(el: TirkeuCertificatePicker): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('button')];
}

export function buttonText(el: TirkeuCertificatePicker): string[] {
  return buttons(el).map((b) => b.textContent!.trim());
}

/** The summary as term → value. */
export function fields(el: TirkeuCertificatePicker): Record<string, string> {
  const result: Record<string, string> = {};
  for (const row of shadow(el).querySelectorAll('[part="field"]')) {
    result[row.querySelector('dt')!.textContent!.trim()] = row.querySelector('dd')!.textContent!.trim();
  }
  return result;
}

export const statusText = (el: TirkeuCertificatePicker): string =>
  shadow(el).querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

export const ownerText = (el: TirkeuCertificatePicker): string =>
  shadow(el).querySelector('.card .title')?.textContent?.trim() ?? '';

export async function waitForState(el: TirkeuCertificatePicker, ...states: PickerState[]): Promise<void> {
  await waitUntil(() => states.includes(el.state), `picker never reached ${states.join('/')} (is ${el.state})`, {
    timeout: 8000,
  });
  await el.updateComplete;
}

/** Clicks the (first) button and waits for the run to finish. */
export async function choose(el: TirkeuCertificatePicker): Promise<void> {
  buttons(el)[0]!.click();
  await waitForState(el, 'selected', 'error');
}

export function base64ToText(base64: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
}

/** The focused element inside the picker as `tag:text`, or '' (comparable without printing DOM). */
export function focused(el: TirkeuCertificatePicker): string {
  const active = shadow(el).activeElement;
  return active ? `${active.localName}:${active.textContent!.trim()}` : '';
}

/**
 * A stand-in for NcaLayerClient with scripted answers, for states the emulator cannot reach
 * (a certificate made in the page, a blocked permission).
 */
export function stubClient(
  sign: (args: { data: string; locale?: string }) => Promise<string>,
  connect: () => Promise<string> = async () => '1.4',
): NcaLayerClient {
  return { url: 'stub://ncalayer', connect, basics: { sign }, close() {} } as unknown as NcaLayerClient;
}

export { stubPermissions, promptingPermission } from '../../ncalayer/permissions.js';
