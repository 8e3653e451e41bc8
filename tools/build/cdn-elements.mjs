/**
 * The elements the CDN loader (src/cdn/) defines on sight, derived from the one place that
 * already says what an element is: its folder's define.ts (`src/components/<name>/define.ts`
 * registers `<tirkeu-<name>>`, nested folders such as shared/combobox included). The rollup
 * build, the CDN tests and the size benchmark all read the list from here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const COMPONENTS = fileURLToPath(new URL('../../src/components/', import.meta.url));
/** What src/cdn/tirkeu.ts imports; the plugin below answers it. */
export const ELEMENTS_MODULE = 'tirkeu:cdn-elements';
const RESOLVED = `\0${ELEMENTS_MODULE}`;

/** `[{ tag, define }]`, define being the absolute path of the module that registers `tag`, sorted by tag. */
export function elementDefines() {
  const found = readdirSync(COMPONENTS, { recursive: true })
    .filter((path) => basename(path) === 'define.ts')
    .map((path) => ({ tag: `tirkeu-${basename(dirname(join(COMPONENTS, path)))}`, define: join(COMPONENTS, path) }));
  for (const { tag, define } of found) {
    // The folder name is the convention; a define file that registers another tag breaks it loudly.
    if (!readFileSync(define, 'utf8').includes(`'${tag}'`)) throw new Error(`${define} does not register <${tag}>`);
  }
  return found.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The CDN file that registers `tag` (and what it nests): named after the tag, in the loader's folder. */
export const elementFile = (tag) => `${tag}.js`;

/**
 * Rollup plugin for the loader build: `tirkeu:cdn-elements` becomes
 * `export const ELEMENTS = { 'tirkeu-x': () => import('/abs/src/components/x/define.ts'), … }`,
 * and each define module's chunk is named `tirkeu-x.js` (`chunkFileNames` below), so that a
 * tag's file is found by its name (the bench, the tests, a host preloading one element).
 */
export function cdnElements() {
  const defines = elementDefines();
  const byModule = new Map(defines.map(({ tag, define }) => [define, tag]));
  return {
    name: 'tirkeu-cdn-elements',
    resolveId: (id) => (id === ELEMENTS_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const lines = defines.map(({ tag, define }) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(define)}),`);
      return `export const ELEMENTS = {\n${lines.join('\n')}\n};\n`;
    },
    /** For the loader build's `output.chunkFileNames`. */
    chunkFileNames: (chunk) => {
      const tag = chunk.facadeModuleId && byModule.get(chunk.facadeModuleId);
      return tag ? elementFile(tag) : '[name]-[hash].js';
    },
  };
}
