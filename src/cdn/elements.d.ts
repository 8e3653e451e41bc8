// The module the loader build generates from the define files (tools/build/cdn-elements.mjs).
declare module 'tirkeu:cdn-elements' {
  /** Each `tirkeu-*` tag and the import of the define module that registers it. */
  export const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>>;
}
