import type { EmulatorFixture } from 'tirkeu-ncalayer-emulator/responder';
import type { KeyInfo } from '../../src/ncalayer/index.js';

/** The getKeyInfo answer for a key (research/ncalayer.md §3.3), as the emulator produces it. */
export type FakeKeyInfo = KeyInfo;

/**
 * One emulator test key, in the emulator's own fixture shape (the one its fixtures.json holds),
 * with signatures precomputed over SAMPLE_DATA_BASE64 / SAMPLE_XML.
 */
export interface FakeFixture extends EmulatorFixture {
  /** The client's type for it: the compiler checks that what the emulator answers is what the client reads. */
  keyInfo: FakeKeyInfo;
  /** Base64 DER CMS with the sample data attached. */
  cmsAttached: string;
  /** Base64 DER CMS without the data. */
  cmsDetached: string;
  /** SAMPLE_XML with an enveloped XMLDSig. */
  signedXml: string;
}
