// A certificate made in the page for states no emulator fixture has (expiring in a few days):
// NCA's subject layout, self-signed with WebCrypto by @peculiar/x509 (a dev dependency).
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

const DAY = 24 * 60 * 60 * 1000;

export interface MadeCertificate {
  pem: string;
  notAfter: Date;
}

/** An individual's authentication certificate that expires `daysLeft` days from now. */
export async function certificateExpiringIn(daysLeft: number): Promise<MadeCertificate> {
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };
  const keys = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const notAfter = new Date(Date.now() + daysLeft * DAY);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '0a1b2c3d',
    name: 'CN=ТЕСТОВ АРМАН, 2.5.4.4=ТЕСТОВ, 2.5.4.5=IIN900101300017, C=KZ, 2.5.4.42=ЕРЛАНҰЛЫ',
    notBefore: new Date(Date.now() - 300 * DAY),
    notAfter,
    signingAlgorithm: algorithm,
    keys,
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
      new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.2', '1.2.398.3.3.4.1.1']),
    ],
  });
  return { pem: certificate.toString('pem'), notAfter };
}
