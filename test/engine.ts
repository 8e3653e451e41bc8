/**
 * The browser engine running this test page, for the few expectations that differ between
 * engines. Every use says which engine behaves differently and why; none may hide a widget defect.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const agent = navigator.userAgent;
export const engine: Engine = /\bFirefox\//.test(agent) ? 'firefox' : /Chrom(e|ium)\//.test(agent) ? 'chromium' : 'webkit';
