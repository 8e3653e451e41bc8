import type { ComboboxOption } from '../shared/combobox/combobox.js';
import { listCountries } from '../../model/reference/countries.js';
import { listCurrencies } from '../../model/reference/currencies.js';
import type { ModelLocale } from '../../model/reference/locale.js';
import type { LoadedDirectory } from './bank-directory-controller.js';

/** Options of the reference-data comboboxes, built once per locale. */
const optionCache = new Map<string, ComboboxOption[]>();
function cached(key: string, build: () => ComboboxOption[]): ComboboxOption[] {
  let options = optionCache.get(key);
  if (!options) optionCache.set(key, (options = build()));
  return options;
}

const FIRST_CURRENCIES = ['KZT', 'USD', 'EUR', 'RUB', 'CNY'];

export function countryOptions(locale: ModelLocale): ComboboxOption[] {
  return cached(`country:${locale}`, () => {
    const all = listCountries(locale).map((c) => ({ value: c.code, label: c.name, detail: c.code }));
    // Most accounts are Kazakh: Kazakhstan first.
    return [...all.filter((c) => c.value === 'KZ'), ...all.filter((c) => c.value !== 'KZ')];
  });
}

export function currencyOptions(locale: ModelLocale): ComboboxOption[] {
  return cached(`currency:${locale}`, () => {
    const all = listCurrencies(locale).map((c) => ({ value: c.code, label: c.name, detail: c.code }));
    const first = FIRST_CURRENCIES.map((code) => all.find((c) => c.value === code)!).filter(Boolean);
    return [...first, ...all.filter((c) => !FIRST_CURRENCIES.includes(c.value))];
  });
}

/** The Kazakh banks, once the directory is loaded (none before). */
export function bankOptions(locale: ModelLocale, loaded: LoadedDirectory | undefined): ComboboxOption[] {
  if (!loaded) return [];
  return cached(`bank:${locale}`, () =>
    loaded.kzBanks.map((bank) => ({
      value: bank.bic,
      label: bank.names[locale],
      detail: bank.bic,
      keywords: `${bank.names.en} ${bank.names.ru} ${bank.names.kk} ${bank.code}`,
    })),
  );
}
