/**
 * The CDN loader's engine: defines each `tirkeu-*` element the first time one appears, by
 * importing only that element's define module (which registers what it nests itself).
 *
 * Where it looks: the document, and every open shadow root it comes across — the root of an
 * element it finds, or of a custom element found before its definition, once that definition
 * arrives (the root usually comes with the upgrade). One MutationObserver watches them all, each
 * root observed once; nothing polls. A closed root, or one attached later than that, is handed
 * over with `discover(root)`. Tirkeu's own shadow roots are left alone: their define modules
 * already registered everything they render.
 *
 * No eval, no inline script, no HTML: a dynamic `import()` of a URL the build wrote in, which
 * CSP's `script-src` governs and Trusted Types does not (it is no injection sink).
 */

/** Each tag's define module, as the build lists them (src/cdn/tirkeu.ts). */
export type ElementModules = Readonly<Record<string, () => Promise<unknown>>>;

/** What `discover` looks in: a document, a shadow root (either is watched from then on), or an element's subtree. */
export type Root = Document | ShadowRoot | Element;

/**
 * Shared by every copy of the loader on the page (two versions, or one served from two URLs):
 * the tags one copy has started to define, so that no other fetches them again or races it to
 * `customElements.define`; the tags any copy knows, so that one does not warn about another's;
 * and the unknown tags warned about already.
 */
interface Registry {
  claimed: Set<string>;
  known: Set<string>;
  warned: Set<string>;
}

const PREFIX = 'tirkeu-';
const REGISTRY = Symbol.for('tirkeu.loader');
const WATCH: MutationObserverInit = { childList: true, subtree: true };

/** Starts watching the document; returns `discover`, which resolves once what it found is defined (or failed to load). */
export function startLoader(modules: ElementModules): (root: Root) => Promise<void> {
  const shared = globalThis as { [REGISTRY]?: Registry };
  const registry = (shared[REGISTRY] ??= { claimed: new Set(), known: new Set(), warned: new Set() });
  for (const tag of Object.keys(modules)) registry.known.add(tag);

  const loads = new Map<string, Promise<void>>();
  const watched = new WeakSet<Node>();
  /** Custom elements not defined yet, by name: their shadow root may come with their upgrade. */
  const undefinedHosts = new Map<string, WeakRef<Element>[]>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) scan(node as Element, []);
    }
  });

  function define(tag: string): Promise<void> | undefined {
    if (loads.has(tag)) return loads.get(tag);
    if (customElements.get(tag) || registry.claimed.has(tag)) return undefined;
    if (!Object.hasOwn(modules, tag)) {
      // A later copy of the loader (a newer version) may know it: ask once its script has run.
      setTimeout(() => warnUnknown(tag));
      return undefined;
    }
    registry.claimed.add(tag);
    const load = modules[tag]().then(
      () => undefined,
      (error: unknown) => console.error(`tirkeu: element-load-failed <${tag}>: ${String(error)}`, error),
    );
    loads.set(tag, load);
    return load;
  }

  function warnUnknown(tag: string) {
    if (registry.known.has(tag) || registry.warned.has(tag) || customElements.get(tag)) return;
    registry.warned.add(tag);
    console.warn(`tirkeu: unknown-element <${tag}>: no Tirkeu element has this name, so it stays undefined`);
  }

  /** Observes `root` unless it is already, and looks through what it holds now. */
  function watch(root: Document | ShadowRoot, found: Promise<void>[]) {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, WATCH);
    scan(root, found);
  }

  function scan(root: Root, found: Promise<void>[]) {
    const elements = root.nodeType === Node.ELEMENT_NODE ? [root as Element, ...root.querySelectorAll('*')] : root.querySelectorAll('*');
    for (const element of elements) {
      const name = element.localName;
      if (name.startsWith(PREFIX)) {
        const load = define(name);
        if (load) found.push(load);
      } else if (element.shadowRoot) {
        watch(element.shadowRoot, found);
      } else if (name.includes('-') && !customElements.get(name)) {
        awaitUpgrade(element);
      }
    }
  }

  function awaitUpgrade(element: Element) {
    const name = element.localName;
    let hosts = undefinedHosts.get(name);
    if (!hosts) {
      undefinedHosts.set(name, (hosts = []));
      const waiting = hosts;
      customElements.whenDefined(name).then(
        () => {
          undefinedHosts.delete(name);
          for (const ref of waiting) {
            const root = ref.deref()?.shadowRoot;
            if (root) watch(root, []);
          }
        },
        // Not a valid custom element name (`font-face`, say): it never upgrades.
        () => undefinedHosts.delete(name),
      );
    }
    hosts.push(new WeakRef(element));
  }

  function discover(root: Root): Promise<void> {
    const found: Promise<void>[] = [];
    // A root watched already is still looked through now, for the promise of what is in it.
    if (root.nodeType === Node.ELEMENT_NODE || watched.has(root)) scan(root, found);
    else watch(root as Document | ShadowRoot, found);
    return Promise.all(found).then(() => undefined);
  }

  void discover(document);
  return discover;
}
