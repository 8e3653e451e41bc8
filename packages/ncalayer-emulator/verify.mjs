// Independent checks of what the emulator signs, for tests: CMS through the openssl CLI (not
// our own ASN.1 code), XMLDSig through xml-crypto, both against the emulator's test CA.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { promisify } from 'node:util';
import { SignedXml } from 'xml-crypto';
import { DOMParser } from '@xmldom/xmldom';
import { CA_PEM_PATH, loadFixtures } from './fixtures.mjs';
import { errorText } from './error-text.mjs';

const run = promisify(execFile);
const DSIG = 'http://www.w3.org/2000/09/xmldsig#';

/**
 * PEM CMS (basics) or bare base64 DER (commonUtils) to DER bytes.
 * @param {string} cms
 */
function cmsDer(cms) {
  const base64 = cms.replace(/-----(BEGIN|END) CMS-----/g, '').replace(/\s+/g, '');
  return Buffer.from(base64, 'base64');
}

/**
 * `openssl cms -verify` against the test CA. `-purpose any` because authentication keys carry
 * clientAuth only, which OpenSSL's default S/MIME purpose check would refuse.
 * @param {{ cms: string, content?: string, checkTime?: boolean }} request  content: base64, for detached CMS
 * @returns {Promise<{ verified: boolean, output: string, content: string }>}
 */
export async function verifyCms({ cms, content, checkTime = true }) {
  const dir = await mkdtemp(join(tmpdir(), 'tirkeu-cms-'));
  try {
    const input = join(dir, 'signature.der');
    const out = join(dir, 'content.bin');
    await writeFile(input, cmsDer(cms));
    const args = ['cms', '-verify', '-binary', '-inform', 'DER', '-in', input, '-CAfile', CA_PEM_PATH, '-purpose', 'any', '-out', out];
    if (content !== undefined) {
      await writeFile(join(dir, 'data.bin'), Buffer.from(content, 'base64'));
      args.push('-content', join(dir, 'data.bin'));
    }
    if (!checkTime) args.push('-no_check_time');
    try {
      const { stderr } = await run('openssl', args);
      return { verified: true, output: stderr.trim(), content: (await readFile(out)).toString('base64') };
    } catch (error) {
      // execFile's error carries what openssl printed.
      const stderr = /** @type {{ stderr?: string }} */ (error).stderr;
      return { verified: false, output: String(stderr || errorText(error)).trim(), content: '' };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Checks the enveloped signature with the certificate from KeyInfo, and that this certificate
 * was issued by the test CA.
 * @param {{ xml: string }} request
 * @returns {{ verified: boolean, issuedByTestCa: boolean, errors: string[] }}
 */
export function verifyXml({ xml }) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const signatureNode = doc.getElementsByTagNameNS(DSIG, 'Signature')[0];
  if (!signatureNode) return { verified: false, issuedByTestCa: false, errors: ['no ds:Signature'] };
  const signed = new SignedXml({ getCertFromKeyInfo: SignedXml.getCertFromKeyInfo });
  signed.loadSignature(signatureNode);
  let verified = false;
  /** @type {string[]} */
  const errors = [];
  try {
    verified = signed.checkSignature(xml);
  } catch (error) {
    errors.push(errorText(error));
  }
  const certPem = SignedXml.getCertFromKeyInfo(doc.getElementsByTagNameNS(DSIG, 'KeyInfo')[0]);
  const ca = new X509Certificate(loadFixtures().ca.certificate);
  const issuedByTestCa = certPem ? new X509Certificate(certPem).verify(ca.publicKey) : false;
  return { verified, issuedByTestCa, errors };
}
