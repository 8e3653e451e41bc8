/**
 * `dist/cdn/tirkeu.js`, the one script tag: a loader of a few hundred bytes that defines each
 * Tirkeu element when the page first shows one, fetching only that element's code (see
 * loader.ts). `dist/cdn/tirkeu.all.js` is the eager alternative: src/index.ts, every element at once.
 */
import { ELEMENTS } from 'tirkeu:cdn-elements';
import { startLoader, type Root } from './loader.js';

/**
 * Looks for Tirkeu elements in `root` and defines them: for a closed shadow root, or an open one
 * attached after its host was found. A document or shadow root given is watched from then on.
 * Resolves once the elements found are defined (or failed to load, which the console reports).
 */
export const discover: (root: Root) => Promise<void> = startLoader(ELEMENTS);
