// Types for responder.mjs, so that TypeScript code (mocks/ncalayer) can share the protocol logic.
export declare const HEARTBEAT: '--heartbeat--';
export declare const COMMON_UTILS: 'kz.gov.pki.knca.commonUtils';
export declare const BASICS: 'kz.gov.pki.knca.basics';

export type ScenarioName =
  | 'ok' | 'cancel' | 'slow' | 'error' | 'drop' | 'garbage' | 'noise' | 'array'
  | 'stray' | 'mismatch' | 'silent' | 'mute';
export declare const SCENARIOS: Readonly<Record<ScenarioName, string>>;

export interface EmulatorConfig {
  scenario: ScenarioName;
  cert: string;
  delayMs: number;
  version: string;
  activeTokens: string[];
  errorCode: string | null;
  errorMessage: string | null;
  errorDetails: string | null;
  silentHttp: boolean;
}
export declare const DEFAULT_CONFIG: Readonly<EmulatorConfig>;

export interface EmulatorFixture {
  name: string;
  purpose: 'authentication' | 'signing';
  storage: string;
  extendedKeyUsage: string[];
  iin: string;
  bin: string | null;
  notBefore: string;
  notAfter: string;
  certificate: string;
  keyInfo: object;
}

export interface Signer {
  cms(request: { fixture: EmulatorFixture; content: Uint8Array; encapsulate: boolean; digested: boolean }): Promise<Uint8Array>;
  xml(request: { fixture: EmulatorFixture; xml: string; signatureParentXPath: string }): Promise<string>;
}

/** What the `mismatch` scenario signs instead of the request's data. */
export declare const OTHER_DATA: Uint8Array;

/** One per connection: the `stray` scenario remembers the last answer sent on it. */
export interface Session {
  readonly config: EmulatorConfig;
  send(text: string): void;
  drop(): void;
  sleep(ms: number): Promise<boolean>;
}

export declare function greetingFrame(version: string): string;

export declare function createResponder(deps: { fixtures: EmulatorFixture[]; signer: Signer; now?: () => Date }): {
  handle(text: string, session: Session): Promise<void>;
};
