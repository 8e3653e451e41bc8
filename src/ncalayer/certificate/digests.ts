/** CMS digest algorithm OIDs that WebCrypto computes, by their WebCrypto names (GOST 34.11 is not one). */
export const WEBCRYPTO_DIGESTS: Readonly<Record<string, 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512'>> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};

/** The signed attribute that carries the content's digest. */
export const MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
