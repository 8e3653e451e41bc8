// What the CSP tests of the PDF module watch: policy violations, the workers the page starts and
// the Trusted Types policies it creates.

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Puts `policy` in force for the rest of this page (a <meta> CSP) and records every violation. */
export function applyPolicy(violations: Violation[], policy: string): void {
  document.addEventListener('securitypolicyviolation', (event) =>
    violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }),
  );
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.append(meta);
}

export interface WatchedWorker {
  url: string;
  type: string | undefined;
  ready: boolean;
  terminated: boolean;
}

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

/**
 * From now on, records each Worker the page starts (its URL, whether pdf.js in it said "ready",
 * whether it was terminated) and each Trusted Types policy created, by name.
 */
export function watchWorkers(): { created: WatchedWorker[]; policies: Map<string, ScriptUrlPolicy> } {
  const created: WatchedWorker[] = [];
  const policies = new Map<string, ScriptUrlPolicy>();
  const Original = globalThis.Worker;
  globalThis.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      const watched: WatchedWorker = { url: String(url), type: options?.type, ready: false, terminated: false };
      created.push(watched);
      this.addEventListener('message', (event) => {
        if ((event.data as { action?: unknown })?.action === 'ready') watched.ready = true;
      });
      const terminate = this.terminate.bind(this);
      this.terminate = () => {
        watched.terminated = true;
        terminate();
      };
    }
  };
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptUrlPolicy } }).trustedTypes;
  if (factory) {
    const createPolicy = factory.createPolicy.bind(factory);
    factory.createPolicy = (name, rules) => {
      const policy = createPolicy(name, rules);
      policies.set(name, policy);
      return policy;
    };
  }
  return { created, policies };
}
