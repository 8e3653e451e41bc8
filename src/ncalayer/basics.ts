import type { CallOptions, Interpret } from './client.js';
import { basicsResult, expectShape, isString, isStringArray } from './envelopes.js';
import { NcaLayerError } from './errors.js';
import { expectSignatureCovers } from './signature-coverage.js';

export const BASICS_MODULE = 'kz.gov.pki.knca.basics';

/** Storage types NCALayer knows (research §5). */
export type StorageType =
  | 'PKCS12' | 'JKS' | 'AKKaztokenStore' | 'AKKZIDCardStore' | 'AKEToken72KStore'
  | 'AKEToken5110Store' | 'AKJaCartaStore' | 'AKAKEYStore' | (string & {});

/** basics `signingParams` (research §4.1). Booleans must be JSON booleans: a string reads as false. */
export interface SigningParams {
  /** `data` is base64: decode before signing (default false: the text itself is signed). */
  decode?: boolean;
  /** Attach the data to the CMS (default true). */
  encapsulate?: boolean;
  /** `data` is already a hash. */
  digested?: boolean;
  /** Present (`{}`) → timestamp from NCA's TSA; absent → none. */
  tsaProfile?: Record<string, never> | null;
  allowExpired?: boolean;
  allowRevoked?: boolean;
}

/** basics `signerParams`: which certificates the dialog lets the user select. */
export interface SignerParams {
  /** Required by NCALayer; the certificate must carry every OID listed (EKU and/or role OIDs). */
  extKeyUsageOids: string[];
  iin?: string;
  bin?: string;
  serialNumber?: string;
  /** Omitted = production NCA chains only; `[]` = no path building (test certificates accepted). */
  chain?: string[] | null;
}

export interface BasicsSignArgs<Data extends string | string[]> {
  /** One document, or several signed in one dialog (NCALayer ≥ Oct 2024). */
  data: Data;
  format: 'cms' | 'xml';
  /** Storages to offer; omitted/null = all present. */
  storages?: readonly StorageType[] | null;
  signingParams?: SigningParams;
  /** Default `{ extKeyUsageOids: [] }`: any certificate. */
  signerParams?: SignerParams;
  /** Dialog language: "kk" (NCALayer's default), "ru", "en". */
  locale?: string;
  /** Base64 image for the dialog, at most 50 000 characters. */
  logo?: string;
}

/**
 * kz.gov.pki.knca.basics. `sign` resolves with CMS as PEM text (`-----BEGIN CMS-----`, unlike
 * commonUtils' bare base64) or signed XML; one document in gives one string out, an array in
 * gives an array out, whatever NCALayer's envelope looked like. Each CMS must be over its own
 * document (`ncalayer-signature-mismatch` otherwise): NCALayer's answers carry no request id.
 */
export class BasicsModule {
  constructor(private readonly client: { call<T>(message: unknown, interpret: Interpret<T>, options?: CallOptions): Promise<T> }) {}

  sign(args: BasicsSignArgs<string>, options?: CallOptions): Promise<string>;
  sign(args: BasicsSignArgs<string[]>, options?: CallOptions): Promise<string[]>;
  sign(args: BasicsSignArgs<string | string[]>, options?: CallOptions): Promise<string | string[]> {
    const { data, format, storages, signingParams = {}, signerParams = { extKeyUsageOids: [] }, locale, logo } = args;
    const message = {
      module: BASICS_MODULE,
      method: 'sign',
      args: {
        allowedStorages: storages ?? null,
        format,
        data,
        signingParams,
        signerParams,
        ...(locale === undefined ? {} : { locale }),
        ...(logo === undefined ? {} : { logo }),
      },
    };
    const { decode = false, digested = false } = signingParams;
    return this.client.call(
      message,
      async (frame) => {
        const signatures = normaliseSignatures(basicsResult(frame), data);
        if (format === 'cms') {
          const documents = Array.isArray(data) ? data : [data];
          const list = Array.isArray(signatures) ? signatures : [signatures];
          await Promise.all(list.map((cms, i) => expectSignatureCovers(cms, { data: documents[i]!, decode, digested })));
        }
        return signatures;
      },
      options,
    );
  }
}

/**
 * `body.result` may be a string or an array even for one document (NCALayer changed this around
 * October 2024; research §4.2). Match the shape of the input instead.
 */
export function normaliseSignatures(result: unknown, data: string | string[]): string | string[] {
  const signatures = isString(result) ? [result] : expectShape(result, isStringArray, 'a signature or a list of them');
  const expected = Array.isArray(data) ? data.length : 1;
  if (signatures.length !== expected) {
    throw new NcaLayerError('ncalayer-protocol', `NCALayer returned ${signatures.length} signatures for ${expected} documents`);
  }
  return Array.isArray(data) ? signatures : signatures[0]!;
}
