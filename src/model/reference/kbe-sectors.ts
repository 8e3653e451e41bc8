/**
 * Sectors of the economy, the second digit of a KBe (beneficiary code) or KOd (sender code),
 * per the National Bank's rules for codes of sectors of the economy and purposes of payment
 * (NBK Board Resolution No. 203 of 31 Aug 2016, amended 2019 and 2022).
 */
import { modelLocale } from './locale.js';

export const KBE_SECTORS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type KbeSector = (typeof KBE_SECTORS)[number];

/** Index = sector − 1; en, ru, kk. */
const NAMES: ReadonlyArray<readonly [string, string, string]> = [
  ['Central government', 'Центральное правительство', 'Орталық үкімет'],
  ['Regional and local government', 'Региональные и местные органы управления', 'Өңірлік және жергілікті басқару органдары'],
  ['Central (national) bank', 'Центральный (национальный) банк', 'Орталық (ұлттық) банк'],
  ['Other deposit-taking organisations (banks)', 'Другие депозитные организации (банки)', 'Басқа депозиттік ұйымдар (банктер)'],
  ['Other financial organisations', 'Другие финансовые организации', 'Басқа қаржы ұйымдары'],
  ['State-owned non-financial organisations', 'Государственные нефинансовые организации', 'Мемлекеттік қаржылық емес ұйымдар'],
  ['Non-state non-financial organisations', 'Негосударственные нефинансовые организации', 'Мемлекеттік емес қаржылық емес ұйымдар'],
  ['Non-profit organisations serving households', 'Некоммерческие организации, обслуживающие домашние хозяйства', 'Үй шаруашылықтарына қызмет көрсететін коммерциялық емес ұйымдар'],
  ['Households: individuals and individual entrepreneurs', 'Домашние хозяйства: физические лица и индивидуальные предприниматели', 'Үй шаруашылықтары: жеке тұлғалар және жеке кәсіпкерлер'],
];

const INDEX = { en: 0, ru: 1, kk: 2 } as const;

/** The sector's name in `locale`; an unknown number as digits, `''` for a non-number. */
export function kbeSectorName(sector: KbeSector, locale: unknown): string {
  if (typeof sector !== 'number') return '';
  return NAMES[sector - 1]?.[INDEX[modelLocale(locale)]] ?? String(sector);
}

export function listKbeSectors(locale: unknown): Array<{ readonly sector: KbeSector; readonly name: string }> {
  return KBE_SECTORS.map((sector) => ({ sector, name: kbeSectorName(sector, locale) }));
}
