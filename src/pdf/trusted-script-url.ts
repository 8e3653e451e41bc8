/**
 * The one Trusted Types policy of the PDF module, `tirkeu-pdf`: under
 * `require-trusted-types-for 'script'` the Worker constructor takes only a TrustedScriptURL,
 * and this policy blesses exactly the worker URL that `worker-port.ts` has just computed —
 * anything else passed to it throws, so the policy cannot be turned into a way to start
 * arbitrary scripts. It is created on first use (a page that never inspects a PDF never sees
 * it). Where creating it fails (the name is not in the page's `trusted-types` list, or a
 * second copy of the library made it first and the list lacks `'allow-duplicates'`) the
 * plain string is used: that works wherever Trusted Types are not enforced, and where they
 * are the Worker constructor refuses it and the inspection reports `pdf-unavailable`.
 */

export const POLICY_NAME = 'tirkeu-pdf';

/** What we need of the Trusted Types API; TypeScript's DOM library does not declare it. */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

/** The URL the policy may bless right now; set only for the duration of `trustedScriptUrl`. */
let allowed: string | undefined;
let policy: ScriptUrlPolicy | null | undefined;

function ourPolicy(): ScriptUrlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    policy =
      factory?.createPolicy(POLICY_NAME, {
        createScriptURL(url) {
          if (allowed === undefined || url !== allowed) throw new TypeError(`${POLICY_NAME}: refusing a script URL it did not compute`);
          return url;
        },
      }) ?? null;
  } catch {
    policy = null;
  }
  return policy;
}

/**
 * `url` as the Worker constructor's argument: a TrustedScriptURL where Trusted Types exist and
 * our policy could be made, else the string itself.
 */
export function trustedScriptUrl(url: string): string {
  const own = ourPolicy();
  if (!own) return url;
  allowed = url;
  try {
    // A TrustedScriptURL stringifies to the URL; the Worker constructor accepts it where the DOM types say string.
    return own.createScriptURL(url) as string;
  } finally {
    allowed = undefined;
  }
}
