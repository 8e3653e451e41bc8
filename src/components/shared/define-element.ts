/**
 * Registers an element and, first, the elements it nests (its `static dependencies`, by tag,
 * recursively), as Shoelace does. Only define files call it, so importing a class module
 * registers nothing: a host may put any class under its own tag or in a scoped registry.
 */

/** A custom element class, with the classes it renders inside itself by tag. */
export type ElementClass = CustomElementConstructor & { dependencies?: Record<string, CustomElementConstructor> };

export function defineElement(tag: string, element: ElementClass, registry: CustomElementRegistry = customElements): void {
  // A tag defined already (a second copy of Tirkeu, or the host's own class) is left as it is:
  // redefining throws, and the page's first definition is the one its markup already upgraded to.
  if (registry.get(tag)) return;
  // A constructor serves one tag per registry: when the host registered this class under its own
  // tag, the Tirkeu tag gets a subclass of it rather than a NotSupportedError.
  registry.define(tag, registry.getName?.(element) ? class extends element {} : element);
  // Then the nested elements: still before the element's first render (lit renders in a
  // microtask), and a cycle of dependencies ends at a tag defined already.
  for (const [dependencyTag, dependency] of Object.entries(element.dependencies ?? {})) defineElement(dependencyTag, dependency, registry);
}
