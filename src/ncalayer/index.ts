// tirkeu/ncalayer: a framework-free NCALayer client (no lit here). The certificate parser is
// reached only through readCertificate(), which loads it on demand.
export { NcaLayerClient, DEFAULT_NCALAYER_URL } from './client.js';
export type { NcaLayerClientOptions, CallOptions, Interpret } from './client.js';
export { NcaLayerError, isNcaLayerError } from './errors.js';
export type { NcaLayerErrorCode, NcaLayerErrorDetails } from './errors.js';
export type { NcaLayerSocket, NcaLayerSocketEvent, CreateSocket } from './socket.js';
export { BasicsModule, BASICS_MODULE, normaliseSignatures } from './basics.js';
export type { BasicsSignArgs, SigningParams, SignerParams, StorageType } from './basics.js';
export { CommonUtilsModule, COMMON_UTILS_MODULE } from './common-utils.js';
export type { KeyInfo, KeyType, CadesArgs, SignXmlArgs } from './common-utils.js';
export { basicsSigningOptions } from './signing-options.js';
export type { SigningOptionsRequest } from './signing-options.js';
export { PURPOSE_OIDS, ROLE_OIDS } from './oids.js';
export type { CertificateRole, KeyPurpose } from './oids.js';
export { readCertificate, certificateValidity } from './certificate.js';
export type { CertificateInfo, CertificateValidity, KeyUsageBit } from './certificate.js';
export { queryLocalNetworkPermission } from './availability.js';
export type { AddressSpace, LocalNetworkPermission } from './availability.js';
export { HEARTBEAT } from './frames.js';
