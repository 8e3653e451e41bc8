import type { KeyInfo } from '../../src/ncalayer/index.js';

/** The getKeyInfo answer for a key (research/ncalayer.md §3.3), as the emulator produces it. */
export type FakeKeyInfo = KeyInfo;

/** One emulator test key, with signatures precomputed over SAMPLE_DATA_BASE64 / SAMPLE_XML. */
export interface FakeFixture {
  name: string;
  description: string;
  purpose: 'authentication' | 'signing';
  storage: string;
  /** NCA-style container name: AUTH_RSA256_<keyId>.p12 or RSA256_<keyId>.p12. */
  fileName: string;
  keyId: string;
  extendedKeyUsage: string[];
  iin: string;
  bin: string | null;
  notBefore: string;
  notAfter: string;
  /** PEM certificate. */
  certificate: string;
  /** Its TEST private key, PKCS#8 PEM: the fake signs CMS with it in the page. */
  privateKey: string;
  keyInfo: FakeKeyInfo;
  /** Base64 DER CMS with the sample data attached. */
  cmsAttached: string;
  /** Base64 DER CMS without the data. */
  cmsDetached: string;
  /** SAMPLE_XML with an enveloped XMLDSig. */
  signedXml: string;
}
