// Types for cms.mjs, so that TypeScript code (mocks/ncalayer) can sign with the same builder.
export declare function createSignedData(options: {
  certificatePem: string;
  privateKeyPem: string;
  content: Uint8Array;
  encapsulate?: boolean;
  digested?: boolean;
  chainPems?: string[];
  signingTime?: Date;
}): Promise<Uint8Array>;
