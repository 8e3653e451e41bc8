/**
 * `npm run analyze`: custom-elements.json as a consumer of the package needs it, and no more.
 *
 * The analyzer describes every module it reads, as written in src/. The package ships dist/ and
 * only the elements its define files register, so after the analyzer has linked classes, tags and
 * inheritance, `publicManifest` keeps the define modules, the element classes and the classes
 * they inherit from (so that every `inheritedFrom` and `superclass` reference resolves), drops
 * private and protected members, points every path into dist/, and strips references to source
 * files from the descriptions. `defineElementCalls` reads the define files' registrations, and
 * `noComputedEventNames` removes the events the analyzer invents
 * from `dispatchEvent(new CustomEvent(type, …))` calls whose name is a variable.
 */
import { readdirSync } from 'node:fs';
import { basename, posix } from 'node:path';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.stories.ts', 'src/**/*.styles.ts'],
  litelement: true,
  // The manifest's place is declared in package.json by hand; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [defineElementCalls(), noComputedEventNames(), publicManifest()],
};

/**
 * Define files register through `defineElement(tag, Class)` (nested elements first), which the
 * analyzer does not know as it knows `customElements.define`: each such call becomes the
 * module's `custom-element-definition`, which gives the class its `tagName`.
 */
function defineElementCalls() {
  return {
    name: 'tirkeu-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteralLike(tag) || !element || !ts.isIdentifier(element)) return;
      const source = node.getSourceFile();
      const from = source.statements.find(
        (statement) =>
          ts.isImportDeclaration(statement) &&
          statement.importClause?.namedBindings &&
          ts.isNamedImports(statement.importClause.namedBindings) &&
          statement.importClause.namedBindings.elements.some((binding) => binding.name.text === element.text),
      );
      const specifier = from?.moduleSpecifier.text;
      const module = specifier
        ? posix.join(posix.dirname(moduleDoc.path), specifier).replace(/\.js$/, '.ts')
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } },
      ];
    },
  };
}

/**
 * `emit(type, detail)` in TirkeuElement dispatches `new CustomEvent(type, …)`: the analyzer takes
 * the parameter's name for an event called `type`, and inheritance copies it onto every element.
 * An event whose name is not a literal is not an event of the element (the real ones are the
 * `@fires` of each class), so it is removed where it was found, before inheritance spreads it.
 * A literal name is kept even when undocumented: the manifest test then asks for its `@fires`.
 */
function noComputedEventNames() {
  /** module path → class name → names the analyzer took from a non-literal argument */
  const computed = new Map();
  return {
    name: 'tirkeu-no-computed-event-names',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = new Set();
      const visit = (child) => {
        if (
          ts.isCallExpression(child) &&
          ts.isPropertyAccessExpression(child.expression) &&
          child.expression.name.text === 'dispatchEvent'
        ) {
          for (const arg of child.arguments) {
            const first = ts.isNewExpression(arg) ? arg.arguments?.[0] : undefined;
            if (first && !ts.isStringLiteralLike(first)) names.add(first.getText());
          }
        }
        ts.forEachChild(child, visit);
      };
      ts.forEachChild(node, visit);
      if (names.size === 0) return;
      if (!computed.has(moduleDoc.path)) computed.set(moduleDoc.path, new Map());
      computed.get(moduleDoc.path).set(node.name.text, names);
    },
    moduleLinkPhase({ moduleDoc }) {
      const classes = computed.get(moduleDoc.path);
      if (!classes) return;
      for (const declaration of moduleDoc.declarations ?? []) {
        const names = classes.get(declaration.name);
        if (!names || !declaration.events) continue;
        declaration.events = declaration.events.filter((event) => !names.has(event.name));
        if (declaration.events.length === 0) delete declaration.events;
      }
    },
  };
}

/** `src/components/x/y.ts` or `/src/components/x/y.js` → `dist/components/x/y.js`. */
export function distPath(path) {
  return path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
}

/** The names of the source files, which the package does not ship. */
const SOURCE_FILES = new Set(
  readdirSync('src', { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => {
      const name = basename(file);
      return [name, name.replace(/\.ts$/, '.js')];
    }),
);

/** "seed 001", "seed 000 §3–4", "seed 000, figure 1": the requirements a text was written from. */
const SEED = String.raw`seed \d+(?: ?§[\d–-]+)?(?:, figure \d+)?`;

/**
 * Descriptions are for the people who use the elements: pointers into the sources ("see
 * account-issues.ts", "(sections.ts)") and to the requirements they were written from ("(seed
 * 001)") mean nothing to them, so such asides are cut and the sentence around them kept.
 */
export function publicText(text) {
  const sourceAside = /\s*\((?:see |in |from )?`?([\w.-]+\.(?:ts|js))`?\)/g;
  return text
    .replace(sourceAside, (aside, file) => (SOURCE_FILES.has(file) ? '' : aside))
    .replace(new RegExp(String.raw`\s*\(${SEED}\)`, 'g'), '') // "token (seed 002): …" → "token: …"
    .replace(new RegExp(String.raw`\(${SEED}[,;:] *`, 'g'), '(') // "(seed 000, default)" → "(default)"
    .replace(new RegExp(String.raw`: ${SEED}`, 'g'), ''); // "`ppp`: seed 001" → "`ppp`"
}

function publicManifest() {
  return {
    name: 'tirkeu-public-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const modules = new Map(manifest.modules.map((module) => [module.path, module]));
      const declarationOf = (ref) =>
        ref?.module && modules.get(ref.module.replace(/^\//, '').replace(/\.js$/, '.ts'))?.declarations?.find((d) => d.name === ref.name);

      // The elements the define files register, then every class they inherit from.
      const keep = new Map(); // module path → names of the declarations it keeps
      const keepDeclaration = (path, name) => {
        if (!keep.has(path)) keep.set(path, new Set());
        keep.get(path).add(name);
      };
      const definitions = manifest.modules
        .filter((module) => module.path.endsWith('/define.ts'))
        .flatMap((module) => (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [module, e]));
      for (const [module, definition] of definitions) {
        keep.set(module.path, keep.get(module.path) ?? new Set());
        let ref = definition.declaration;
        while (ref?.module) {
          const path = ref.module.replace(/^\//, '').replace(/\.js$/, '.ts');
          const declaration = declarationOf(ref);
          if (!declaration) break;
          keepDeclaration(path, declaration.name);
          ref = declaration.superclass;
        }
      }

      manifest.modules = manifest.modules
        .filter((module) => keep.has(module.path))
        .map((module) => {
          const names = keep.get(module.path);
          const declarations = (module.declarations ?? []).filter((d) => names.has(d.name)).map(publicDeclaration);
          const exports = (module.exports ?? []).filter((e) => {
            if (e.kind === 'custom-element-definition') return true;
            const path = e.declaration?.module?.replace(/^\//, '').replace(/\.js$/, '.ts');
            return path !== undefined && keep.get(path)?.has(e.declaration.name);
          });
          return { ...module, declarations, exports };
        });

      // Every path and module reference into dist/, where the package has its files.
      const rewrite = (value, key) => {
        if (Array.isArray(value)) return value.map((item) => rewrite(item));
        if (value && typeof value === 'object') {
          return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, k)]));
        }
        if (typeof value === 'string' && (key === 'path' || key === 'module')) return distPath(value);
        if (typeof value === 'string' && (key === 'description' || key === 'summary')) return publicText(value);
        return value;
      };
      manifest.modules = rewrite(manifest.modules);
    },
  };
}

/**
 * A class as its users see it: public members only. A base class stays for the references to
 * it, without its description, which speaks to those who subclass it: users meet its members
 * on the elements, where inheritance has copied them.
 */
function publicDeclaration(declaration) {
  const isPublic = (member) => !member.privacy || member.privacy === 'public';
  const members = (declaration.members ?? []).filter(
    (member) => isPublic(member) && !member.name.startsWith('#') && !(member.static && member.name === 'styles'),
  );
  const { description, ...rest } = declaration;
  return { ...rest, ...(declaration.customElement && declaration.tagName ? { description } : {}), members };
}
