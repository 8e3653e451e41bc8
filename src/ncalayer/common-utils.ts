import type { CallOptions, Interpret } from './client.js';
import { commonUtilsResult, expectShape, isString, isStringArray } from './envelopes.js';
import { isRecord } from './frames.js';
import type { StorageType } from './basics.js';
import { expectSignatureCovers } from './signature-coverage.js';

export const COMMON_UTILS_MODULE = 'kz.gov.pki.knca.commonUtils';

/** Which key of the storage to use; another value lets the user pick any key. */
export type KeyType = 'SIGNATURE' | 'AUTHENTICATION' | (string & {});

/** getKeyInfo's answer (research §3.3). Read dates and subject from `pem`, not from these strings. */
export interface KeyInfo {
  alias: string;
  keyId: string;
  algorithm: string;
  subjectCn: string;
  subjectDn: string;
  issuerCn: string;
  issuerDn: string;
  serialNumber: string;
  /** Epoch milliseconds as a string in captures; another NCALayer build may use dd.MM.yyyy HH:mm:ss. */
  certNotBefore: string;
  certNotAfter: string;
  authorityKeyIdentifier: string;
  /** The certificate, PEM with \r\n line breaks. */
  pem: string;
}

const isKeyInfo = (value: unknown): value is KeyInfo => isRecord(value) && typeof value['pem'] === 'string';

export interface CadesArgs {
  storage: StorageType;
  /** Base64 of the bytes to sign. */
  data: string;
  keyType?: KeyType;
  /** Attach the data to the CMS (default false). */
  attach?: boolean;
}

export interface SignXmlArgs {
  storage: StorageType;
  xml: string;
  keyType?: KeyType;
  tbsElementXPath?: string;
  signatureParentElementXPath?: string;
}

/**
 * kz.gov.pki.knca.commonUtils (positional arguments on the wire). CMS comes back as bare base64
 * DER, not PEM. "action.canceled" rejects with `ncalayer-cancelled`.
 */
export class CommonUtilsModule {
  constructor(private readonly client: { call<T>(message: unknown, interpret: Interpret<T>, options?: CallOptions): Promise<T> }) {}

  private invoke<T>(method: string, args: unknown[] | undefined, check: (value: unknown) => T | Promise<T>, options?: CallOptions): Promise<T> {
    const message = args === undefined ? { module: COMMON_UTILS_MODULE, method } : { module: COMMON_UTILS_MODULE, method, args };
    return this.client.call(message, (frame) => check(commonUtilsResult(frame)), options);
  }

  /** Hardware storages present now; PKCS12 files are never listed. */
  getActiveTokens(options?: CallOptions): Promise<StorageType[]> {
    return this.invoke('getActiveTokens', undefined, (value) => expectShape(value, isStringArray, 'a list of storages'), options);
  }

  /** Opens NCALayer's dialog (storage, key, password) and returns the chosen key's certificate. */
  getKeyInfo(storage: StorageType, options?: CallOptions): Promise<KeyInfo> {
    return this.invoke('getKeyInfo', [storage], (value) => expectShape(value, isKeyInfo, 'key information'), options);
  }

  /** CAdES-BES (no timestamp) over base64 data; resolves with base64 DER, which must be over `data`. */
  createCAdESFromBase64({ storage, data, keyType = 'SIGNATURE', attach = false }: CadesArgs, options?: CallOptions): Promise<string> {
    return this.invoke('createCAdESFromBase64', [storage, keyType, data, attach], async (value) => {
      const cms = expectShape(value, isString, 'a CMS');
      await expectSignatureCovers(cms, { data, decode: true, digested: false });
      return cms;
    }, options);
  }

  /** Enveloped XMLDSig; resolves with the signed document. */
  signXml({ storage, xml, keyType = 'SIGNATURE', tbsElementXPath = '', signatureParentElementXPath = '' }: SignXmlArgs, options?: CallOptions): Promise<string> {
    return this.invoke('signXml', [storage, keyType, xml, tbsElementXPath, signatureParentElementXPath], (value) => expectShape(value, isString, 'a signed XML'), options);
  }

  /** NCALayer's interface language: "ru", "kk" (or "kz"), "en". */
  async changeLocale(locale: string, options?: CallOptions): Promise<void> {
    await this.invoke('changeLocale', [locale], () => undefined, options);
  }
}
