// Registers every element and re-exports the public API.
export * from './i18n/index.js';
