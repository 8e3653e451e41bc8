// The mock backend's CMS check against real signatures: RSA ones from the NCALayer emulator and
// an ECDSA one made with openssl, then each broken in one way the contract refuses.
import { expect } from '@open-wc/testing';
import { basicsSigningOptions } from '../../src/ncalayer/index.js';
import { verifyCms } from '../../mocks/backend/verify-cms.js';
import { CMS_CONTENT, CMS_FIXTURE } from './fixtures.js';
import { configureEmulator, emulatorClient, resetEmulator } from '../ncalayer/emulator.js';

const utf8Base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
const decode = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const encode = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A CMS over `data` from the emulator's signing key, attached or detached. */
async function emulatorCms(data: string, detached = false): Promise<string> {
  const client = await emulatorClient();
  try {
    const options = basicsSigningOptions({ purpose: 'signing', testCertificates: true, detached, timestamp: false });
    // basics answers PEM; the contract (and the picker) send the bare base64 DER.
    const pem = await client.basics.sign({ data: utf8Base64(data), format: 'cms', ...options });
    return pem.replace(/-----(BEGIN|END) CMS-----|\s/g, '');
  } finally {
    client.close();
  }
}

/** The same CMS with the first occurrence of `from` (a byte string) replaced by `to`. */
function patch(cms: string, from: string, to: string): string {
  const bytes = decode(cms);
  const needle = new TextEncoder().encode(from);
  const at = bytes.findIndex((_, i) => needle.every((b, j) => bytes[i + j] === b));
  expect(at, `"${from}" is in the CMS`).to.be.greaterThan(-1);
  bytes.set(new TextEncoder().encode(to), at);
  return encode(bytes);
}

describe('mock backend: CMS verification', () => {
  const registration = '{"kind":"resident","user":{"name":"Айгерім"}}';
  let attached: string;

  before(async () => {
    await resetEmulator();
    await configureEmulator({ scenario: 'ok', cert: 'head-sign' });
    attached = await emulatorCms(registration);
  });

  it('accepts an emulator RSA signature and gives back the exact signed bytes', async () => {
    const verified = await verifyCms(attached);
    expect('problem' in verified ? verified.problem : undefined).to.equal(undefined);
    expect(text((verified as { content: Uint8Array }).content)).to.equal(registration);
  });

  it('accepts an openssl ECDSA (P-256) signature', async () => {
    const verified = await verifyCms(CMS_FIXTURE);
    expect('problem' in verified ? verified.problem : undefined).to.equal(undefined);
    expect(text((verified as { content: Uint8Array }).content)).to.equal(CMS_CONTENT);
  });

  it('refuses content changed after signing (the digest no longer matches)', async () => {
    expect(await verifyCms(patch(attached, 'Айгерім', 'Айгерiм'))).to.deep.equal({ problem: 'digest-mismatch' });
  });

  it('refuses a signature value changed after signing', async () => {
    const bytes = decode(attached);
    bytes[bytes.length - 10] ^= 0x01;
    expect(await verifyCms(encode(bytes))).to.deep.equal({ problem: 'bad-signature' });
  });

  it('refuses what the contract does not document: PEM armour, a detached CMS, garbage', async () => {
    const pem = `-----BEGIN CMS-----\n${attached.match(/.{1,64}/g)!.join('\n')}\n-----END CMS-----`;
    expect(await verifyCms(pem)).to.deep.equal({ problem: 'not-base64-der' });
    expect(await verifyCms(await emulatorCms(registration, true))).to.deep.equal({ problem: 'detached' });
    expect(await verifyCms(btoa('not a CMS at all'))).to.deep.equal({ problem: 'not-signed-data' });
    expect(await verifyCms('')).to.deep.equal({ problem: 'not-base64-der' });
  });
});
