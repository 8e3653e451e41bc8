/**
 * Kazakhstan's banks and payment institutions: the 3-digit bank code inside a KZ IBAN
 * (characters 5–7) and the BIC the National Bank assigned to the same institution. A KZ IBAN
 * therefore names its bank, which lets a form fill in the BIC and the bank's names.
 *
 * Valid as of 2026-11. Source: the bank-code/BIC pairs that two independent public code tables
 * agree on (see the project's domain research, §3.2), names from the banks' own sites. The
 * authoritative directory is the National Bank's (data.egov.kz, "kazakstan_respublikasy_banktik1",
 * kept under NBK Board Resolution No. 128 of 27 Oct 2020). Banks merge and rename often: key on
 * the code and BIC, never on a name, and re-check this table against the directory on release.
 *
 * Left out on purpose: 715 / KCCJKZKK (KASE clearing), whose pairing the sources did not confirm,
 * and historic codes of merged banks (ATFBank 826, Alfa-Bank 947, ABN AMRO 922).
 */

export interface KzBankNames {
  readonly en: string;
  readonly ru: string;
  readonly kk: string;
}

export interface KzBank {
  /** 8-character BIC (= the domestic БИК / БСК). */
  readonly bic: string;
  /** The 3-digit bank code in positions 5–7 of the IBAN. */
  readonly code: string;
  /** Full names, as the bank writes them, with the legal form. */
  readonly names: KzBankNames;
  /** BICs the institution used before a rename, still seen on old bank letters. */
  readonly formerBics?: readonly string[];
}

/** Compact rows: code, BIC, en, ru, kk[, former BICs separated by spaces]. */
const ROWS: ReadonlyArray<readonly [string, string, string, string, string, string?]> = [
  ['601', 'HSBKKZKX', 'Halyk Bank of Kazakhstan JSC', 'АО «Народный Банк Казахстана»', '«Қазақстан Халық Банкі» АҚ'],
  ['722', 'CASPKZKA', 'Kaspi Bank JSC', 'АО «Kaspi Bank»', '«Kaspi Bank» АҚ'],
  ['856', 'KCJBKZKX', 'Bank CenterCredit JSC', 'АО «Банк ЦентрКредит»', '«Банк ЦентрКредит» АҚ'],
  ['965', 'IRTYKZKA', 'ForteBank JSC', 'АО «ForteBank»', '«ForteBank» АҚ'],
  ['998', 'TSESKZKA', 'Alatau City Bank JSC', 'АО «Alatau City Bank»', '«Alatau City Bank» АҚ'],
  ['914', 'BRKEKZKA', 'Bereke Bank JSC', 'АО «Bereke Bank»', '«Bereke Bank» АҚ', 'SABRKZKA'],
  ['948', 'EURIKZKA', 'Eurasian Bank JSC', 'АО «Евразийский банк»', '«Еуразиялық банк» АҚ'],
  ['886', 'INLMKZKA', 'Home Credit Bank JSC', 'АО «Home Credit Bank»', '«Home Credit Bank» АҚ'],
  ['551', 'KSNVKZKA', 'Freedom Bank Kazakhstan JSC', 'АО «Freedom Bank Kazakhstan»', '«Freedom Bank Kazakhstan» АҚ'],
  ['849', 'NURSKZKX', 'Nurbank JSC', 'АО «Нурбанк»', '«Нұрбанк» АҚ'],
  ['432', 'VTBAKZKZ', 'VTB Bank (Kazakhstan) JSC', 'ДО АО Банк ВТБ (Казахстан)', '«ВТБ Банкі (Қазақстан)» АҚ ЕҰ'],
  ['832', 'CITIKZKA', 'Citibank Kazakhstan JSC', 'АО «Ситибанк Казахстан»', '«Ситибанк Қазақстан» АҚ'],
  ['435', 'SHBKKZKA', 'Shinhan Bank Kazakhstan JSC', 'АО «Шинхан Банк Казахстан»', '«Шинхан Банк Қазақстан» АҚ'],
  ['913', 'BKCHKZKA', 'Bank of China Kazakhstan JSC', 'АО ДБ «Банк Китая в Казахстане»', '«Қазақстандағы Қытай Банкі» ЕБ АҚ'],
  ['930', 'ICBKKZKX', 'Industrial and Commercial Bank of China in Almaty JSC', 'АО «Торгово-промышленный Банк Китая в г. Алматы»', '«Қытай Өнеркәсіптік және Коммерциялық Банкі Алматы қаласында» АҚ'],
  ['949', 'ATYNKZKA', 'Altyn Bank JSC', 'АО «Altyn Bank»', '«Altyn Bank» АҚ'],
  ['821', 'KINCKZKA', 'Bank RBK JSC', 'АО «Bank RBK»', '«Bank RBK» АҚ'],
  ['885', 'KZIBKZKA', 'Kazakhstan-Ziraat International Bank JSC', 'АО «Казахстан-Зираат Интернешнл Банк»', '«Қазақстан-Зираат Интернешнл Банк» АҚ'],
  ['972', 'HCSKKZKA', 'Otbasy Bank JSC', 'АО «Отбасы банк»', '«Отбасы банк» АҚ'],
  ['246', 'HLALKZKZ', 'Al Hilal Islamic Bank JSC', 'АО «Исламский банк «Al Hilal»', '«Al Hilal» Ислам банкі» АҚ'],
  ['896', 'ZAJSKZ22', 'Islamic Bank Zaman-Bank JSC', 'АО «Исламский Банк «Заман-Банк»', '«Заман-Банк» Ислам банкі» АҚ'],
  ['907', 'DVKAKZKA', 'Development Bank of Kazakhstan JSC', 'АО «Банк Развития Казахстана»', '«Қазақстанның Даму Банкі» АҚ'],
  ['700', 'EABRKZKA', 'Eurasian Development Bank', 'Евразийский банк развития', 'Еуразиялық даму банкі'],
  ['125', 'NBRKKZKX', 'National Bank of the Republic of Kazakhstan', 'РГУ «Национальный Банк Республики Казахстан»', '«Қазақстан Республикасының Ұлттық Банкі» РММ'],
  ['070', 'KKMFKZ2A', 'Treasury Committee of the Ministry of Finance of the Republic of Kazakhstan', 'РГУ «Комитет казначейства Министерства финансов Республики Казахстан»', '«Қазақстан Республикасы Қаржы министрлігінің Қазынашылық комитеті» РММ'],
  ['009', 'GCVPKZ2A', 'Government for Citizens State Corporation NJSC', 'НАО «Государственная корпорация «Правительство для граждан»', '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КеАҚ'],
  ['563', 'KPSTKZKA', 'Kazpost JSC', 'АО «Казпочта»', '«Қазпошта» АҚ'],
  ['766', 'CEDUKZKA', 'Central Securities Depository JSC', 'АО «Центральный депозитарий ценных бумаг»', '«Бағалы қағаздардың орталық депозитарийі» АҚ'],
  ['927', 'KICEKZKX', 'Kazakhstan Stock Exchange JSC', 'АО «Казахстанская фондовая биржа»', '«Қазақстан қор биржасы» АҚ'],
];

/** Every bank in the table, in the order above (largest first), e.g. for a combobox. */
export const kzBanks: readonly KzBank[] = /* @__PURE__ */ ROWS.map(([code, bic, en, ru, kk, former]) => ({
  bic,
  code,
  names: { en, ru, kk },
  ...(former ? { formerBics: former.split(' ') } : {}),
}));
