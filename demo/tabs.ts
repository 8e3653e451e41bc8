/**
 * An ARIA tablist (APG "tabs with automatic activation"): one tab in the Tab order, arrows move
 * and select with wrap-around, Home/End go to the ends, and the chosen tab is the URL's hash, so
 * a reload, a shared link and Back all show the same tab.
 */
export interface TabsOptions {
  /** The tab for an empty or unknown hash. */
  fallback: string;
  /** Called the first time a panel is shown (and on every later showing), to fill it. */
  onShow: (id: string, panel: HTMLElement) => void;
}

export function setUpTabs(tablist: HTMLElement, { fallback, onShow }: TabsOptions): { select: (id: string) => void } {
  const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
  const idOf = (tab: HTMLElement) => tab.dataset.tab!;
  const panelOf = (tab: HTMLElement) => document.getElementById(tab.getAttribute('aria-controls')!)!;
  const known = (id: string) => tabs.some((tab) => idOf(tab) === id);

  function show(id: string, { focus = false } = {}): void {
    for (const tab of tabs) {
      const selected = idOf(tab) === id;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panelOf(tab).hidden = !selected;
      if (selected) {
        onShow(id, panelOf(tab));
        if (focus) tab.focus();
      }
    }
  }

  function select(id: string, options?: { focus?: boolean }): void {
    // replaceState: the hash names the tab without a jump to an element, and without an entry per arrow key.
    if (location.hash.slice(1) !== id) history.replaceState(history.state, '', `#${id}`);
    show(id, options);
  }

  tablist.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
    if (tab) select(idOf(tab), { focus: true });
  });
  tablist.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(idOf(tabs[(next + tabs.length) % tabs.length]!), { focus: true });
  });
  // A link to #bank, Back/Forward or an edited address: follow it; other hashes (#login) are not tabs.
  window.addEventListener('hashchange', () => {
    const id = location.hash.slice(1);
    if (known(id)) show(id);
  });

  const initial = location.hash.slice(1);
  select(known(initial) ? initial : fallback);
  return { select };
}
