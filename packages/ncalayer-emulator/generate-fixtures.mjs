#!/usr/bin/env node
// Mints the emulator's test PKI (a CA, a TLS certificate for wss://127.0.0.1, and one key pair
// per fixture in fixture-spec.mjs), writes it to fixtures/, and regenerates the in-page fake's
// fixture module (mocks/ncalayer/fixtures.generated.ts) with precomputed signatures.
//
// The output is committed, so the emulator needs neither @peculiar/x509 nor a first-start step;
// run this only to change the fixtures:  node packages/ncalayer-emulator/generate-fixtures.mjs
// Serial numbers and dates are derived from the spec, so only the RSA keys differ between runs.
import 'reflect-metadata'; // @peculiar/x509 needs a Reflect polyfill, even on Node (toolchain §13).
import * as x509 from '@peculiar/x509';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CA_SPEC, FIXTURE_SPECS, OID, PEOPLE } from './fixture-spec.mjs';
import { writeFakeFixtures } from './fake-fixtures.mjs';
import { keyInfoFor } from './key-info.mjs';

// Node's global WebCrypto (node:crypto's webcrypto), typed as the DOM's, which is what @peculiar/x509 takes.
x509.cryptoProvider.set(crypto);

const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));
const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };

/** @typedef {'CN' | 'SURNAME' | 'SERIALNUMBER' | 'C' | 'L' | 'ST' | 'O' | 'OU' | 'G' | 'E'} AttributeName */
/** @type {Record<AttributeName, string>} */
const ATTR = {
  CN: '2.5.4.3', SURNAME: '2.5.4.4', SERIALNUMBER: '2.5.4.5', C: '2.5.4.6', L: '2.5.4.7', ST: '2.5.4.8',
  O: '2.5.4.10', OU: '2.5.4.11', G: '2.5.4.42', E: '1.2.840.113549.1.9.1',
};

/**
 * One RDN per attribute, typed explicitly: @peculiar/x509 truncates quoted string values (toolchain §13).
 * @param {AttributeName} type
 * @param {string} value
 * @param {'utf8String' | 'printableString' | 'ia5String'} [kind]
 * @returns {x509.JsonAttributeAndObjectValue}
 */
function rdn(type, value, kind = 'utf8String') {
  return { [ATTR[type]]: [{ [kind]: value }] };
}

/** @param {import('./fixture-spec.mjs').PersonName} person */
function subjectOf(person) {
  const p = PEOPLE[person];
  const name = [
    rdn('CN', `${p.surname} ${p.givenName}`),
    rdn('SURNAME', p.surname),
    rdn('SERIALNUMBER', `IIN${p.iin}`, 'printableString'),
    rdn('C', 'KZ', 'printableString'),
  ];
  if (p.locality) name.push(rdn('L', p.locality));
  if (p.state) name.push(rdn('ST', p.state));
  if (p.organisation) name.push(rdn('O', p.organisation));
  if (p.bin) name.push(rdn('OU', `BIN${p.bin}`, 'printableString'));
  name.push(rdn('G', p.patronymic));
  if (p.email) name.push(rdn('E', p.email, 'ia5String'));
  return new x509.Name(name);
}

/**
 * A stable, positive 16-byte serial per fixture name.
 * @param {string} name
 */
function serialFor(name) {
  const hex = createHash('sha256').update(`tirkeu-ncalayer-emulator:${name}`).digest('hex').slice(0, 32);
  return (parseInt(hex[0], 16) & 0x7).toString(16) + hex.slice(1);
}

/**
 * @param {CryptoKey} key
 * @param {'pkcs8' | 'spki'} format
 */
async function exportPem(key, format) {
  const der = await crypto.subtle.exportKey(format, key);
  const label = format === 'pkcs8' ? 'PRIVATE KEY' : 'PUBLIC KEY';
  return x509.PemConverter.encode(der, label) + '\n';
}

/** @typedef {{ cert: x509.X509Certificate, keys: CryptoKeyPair }} Issued */

/** @returns {Promise<Issued>} */
async function createCa() {
  const keys = await crypto.subtle.generateKey(RSA, true, ['sign', 'verify']);
  const name = new x509.Name([
    rdn('CN', CA_SPEC.commonName),
    rdn('O', CA_SPEC.organisation),
    rdn('C', 'KZ', 'printableString'),
  ]);
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serialFor('ca'),
    subject: name,
    issuer: name,
    notBefore: new Date(CA_SPEC.notBefore),
    notAfter: new Date(CA_SPEC.notAfter),
    publicKey: keys.publicKey,
    signingKey: keys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert, keys };
}

/**
 * @param {Issued} ca
 * @param {{ name: string, subject: x509.Name, notBefore: string, notAfter: string, keyUsage: number,
 *   extendedKeyUsage: string[], policies?: string[], altNames?: x509.JsonGeneralNames }} spec
 * @returns {Promise<Issued>}
 */
async function issue(ca, { name, subject, notBefore, notAfter, keyUsage, extendedKeyUsage, policies, altNames }) {
  const keys = await crypto.subtle.generateKey(RSA, true, ['sign', 'verify']);
  /** @type {x509.Extension[]} */
  const extensions = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(keyUsage, true),
    new x509.ExtendedKeyUsageExtension(extendedKeyUsage, false),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    await x509.AuthorityKeyIdentifierExtension.create(ca.cert, false),
  ];
  if (policies) extensions.push(new x509.CertificatePolicyExtension(policies, false));
  if (altNames) extensions.push(new x509.SubjectAlternativeNameExtension(altNames, false));
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serialFor(name),
    subject,
    issuer: ca.cert.subjectName,
    notBefore: new Date(notBefore),
    notAfter: new Date(notAfter),
    publicKey: keys.publicKey,
    signingKey: ca.keys.privateKey,
    extensions,
  });
  return { cert, keys };
}

/** @param {import('./fixture-spec.mjs').FixtureSpec} spec */
function policiesFor(spec) {
  const legal = spec.roles.includes(OID.roleLegalEntity);
  if (spec.purpose === 'authentication') return [legal ? OID.policyLegalAuth : OID.policyIndividualAuth];
  return [legal ? OID.policyLegalSign : OID.policyIndividualSign];
}

async function main() {
  await mkdir(FIXTURES_DIR, { recursive: true });
  const ca = await createCa();

  const tls = await issue(ca, {
    name: 'tls',
    subject: new x509.Name([rdn('CN', '127.0.0.1'), rdn('O', CA_SPEC.organisation), rdn('C', 'KZ', 'printableString')]),
    notBefore: '2025-01-01T00:00:00Z',
    notAfter: '2045-12-31T23:59:59Z',
    keyUsage: x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
    extendedKeyUsage: ['1.3.6.1.5.5.7.3.1'],
    altNames: [{ type: 'ip', value: '127.0.0.1' }, { type: 'dns', value: 'localhost' }],
  });

  const fixtures = [];
  for (const spec of FIXTURE_SPECS) {
    const auth = spec.purpose === 'authentication';
    const issued = await issue(ca, {
      name: spec.name,
      subject: subjectOf(spec.person),
      notBefore: spec.notBefore,
      notAfter: spec.notAfter,
      // research §8.3: AUTH keys digitalSignature+keyEncipherment, signing keys digitalSignature+nonRepudiation.
      keyUsage: x509.KeyUsageFlags.digitalSignature | (auth ? x509.KeyUsageFlags.keyEncipherment : x509.KeyUsageFlags.nonRepudiation),
      extendedKeyUsage: [auth ? OID.clientAuth : OID.emailProtection, ...spec.roles],
      policies: policiesFor(spec),
    });
    // issue() always adds the extension.
    const keyId = /** @type {x509.SubjectKeyIdentifierExtension} */ (issued.cert.getExtension(x509.SubjectKeyIdentifierExtension)).keyId;
    fixtures.push({
      name: spec.name,
      description: spec.description,
      purpose: spec.purpose,
      storage: 'PKCS12',
      fileName: `${auth ? 'AUTH_RSA256' : 'RSA256'}_${keyId}.p12`,
      keyId,
      extendedKeyUsage: [auth ? OID.clientAuth : OID.emailProtection, ...spec.roles],
      iin: PEOPLE[spec.person].iin,
      bin: PEOPLE[spec.person].bin ?? null,
      notBefore: spec.notBefore,
      notAfter: spec.notAfter,
      certificate: issued.cert.toString('pem') + '\n',
      keyInfo: keyInfoFor(issued.cert.toString('pem') + '\n'),
      privateKey: await exportPem(issued.keys.privateKey, 'pkcs8'),
    });
  }

  const bundle = {
    comment: 'TEST ONLY. Generated by packages/ncalayer-emulator/generate-fixtures.mjs; these keys sign nothing real.',
    ca: { certificate: ca.cert.toString('pem') + '\n', privateKey: await exportPem(ca.keys.privateKey, 'pkcs8') },
    tls: { certificate: tls.cert.toString('pem') + '\n', privateKey: await exportPem(tls.keys.privateKey, 'pkcs8') },
    fixtures,
  };
  await writeFile(new URL('./fixtures.json', `file://${FIXTURES_DIR}`), JSON.stringify(bundle, null, 2) + '\n');
  await writeFile(new URL('./ca.pem', `file://${FIXTURES_DIR}`), bundle.ca.certificate);
  await writeFakeFixtures(bundle);
  console.log(`Wrote ${fixtures.length} fixtures to ${FIXTURES_DIR}`);
}

await main();
