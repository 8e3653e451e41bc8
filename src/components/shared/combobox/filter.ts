/** One option of a combobox. */
export interface ComboboxOption {
  value: string;
  /** What the list and the text box show. */
  label: string;
  /** Shown muted at the end of the row (a code: `KZ`, `KZT`, a BIC); searched too. */
  detail?: string;
  /** More text to match (other languages, former names); not shown. */
  keywords?: string;
}

/** Lower case, no diacritics, `ё` as `е`: so that "almaty", "Алматы" and "алматы" meet. */
export function fold(text: string): string {
  return text
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ё/g, 'е')
    .trim();
}

/**
 * The options matching `query`, best first: an exact code or label, then labels that start
 * with the query, then labels with a word that does, then anything containing it.
 */
export function filterOptions(
  options: readonly ComboboxOption[],
  query: string,
  { exact = false }: { exact?: boolean } = {},
): ComboboxOption[] {
  const q = fold(query);
  if (!q) return exact ? [] : [...options];
  const ranked: [number, number, ComboboxOption][] = [];
  options.forEach((option, index) => {
    const label = fold(option.label);
    const codes = [option.value, option.detail ?? ''].map(fold);
    let rank = -1;
    if (label === q || codes.includes(q)) rank = 0;
    else if (exact) rank = -1;
    else if (label.startsWith(q)) rank = 1;
    else if (label.split(/[\s«»"'().,-]+/).some((word) => word.startsWith(q)) || codes.some((c) => c.startsWith(q))) rank = 2;
    else if (label.includes(q) || (option.keywords && fold(option.keywords).includes(q))) rank = 3;
    if (rank >= 0) ranked.push([rank, index, option]);
  });
  return ranked.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , option]) => option);
}
