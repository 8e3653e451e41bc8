/**
 * Ownership (legal) forms inside company names. Portals want the name without the form
 * (seed 002: "The organization's name must be entered without specifying the ownership form"),
 * since the form is a separate attribute; people paste "ТОО «Ромашка»" anyway, so the form
 * can warn and offer to strip it.
 */

export const OWNERSHIP_FORMS = [
  'ТОО', 'АО', 'ЖШС', 'АҚ', 'ИП', 'ЖК', 'КХ', 'ПАО', 'ООО', 'ОАО', 'ЗАО',
  'LLP', 'JSC', 'LLC', 'Ltd', 'GmbH',
] as const;
export type OwnershipForm = (typeof OWNERSHIP_FORMS)[number];

/** Not a letter or digit of any script: what "whole word" means for Cyrillic names too. */
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** "LLP" → "L\.?L\.?P\.?" so that "L.L.P." and "Т.О.О." are found as well. */
const dotted = (abbreviation: string) => [...abbreviation].map((letter) => `${letter}\\.?`).join('');

/**
 * Each form with what it may be written as: the abbreviation (any case, optional dots) and
 * the spelled-out form. Two abbreviations are also ordinary words, so they count only in
 * capitals: Kazakh "Ақ" means "white" ("Ақ Жол", "Ақ Орда"), English "too"; "TOO" in Latin
 * capitals is how ТОО is often typed on a Latin keyboard.
 */
const PATTERNS: ReadonlyArray<readonly [OwnershipForm, string, boolean?]> = [
  ['ТОО', `${dotted('ТОО')}|товарищество\\s+с\\s+ограниченной\\s+ответственностью`],
  ['ТОО', 'TOO', true],
  ['АО', `${dotted('АО')}|акционерное\\s+общество`],
  ['ЖШС', `${dotted('ЖШС')}|жауапкершілігі\\s+шектеулі\\s+серіктест(?:ік|ігі)`],
  ['АҚ', 'АҚ', true],
  ['АҚ', 'акционерлік\\s+қоғам(?:ы)?'],
  ['ИП', `${dotted('ИП')}|индивидуальный\\s+предприниматель`],
  ['ЖК', `${dotted('ЖК')}|жеке\\s+кәсіпкер`],
  ['КХ', `${dotted('КХ')}|крестьянское\\s+хозяйство|шаруа\\s+қожалығы`],
  ['ПАО', dotted('ПАО')],
  ['ООО', `${dotted('ООО')}|общество\\s+с\\s+ограниченной\\s+ответственностью`],
  ['ОАО', dotted('ОАО')],
  ['ЗАО', dotted('ЗАО')],
  ['LLP', `${dotted('LLP')}|limited\\s+liability\\s+partnership`],
  ['JSC', `${dotted('JSC')}|joint[\\s-]+stock\\s+company`],
  ['LLC', `${dotted('LLC')}|limited\\s+liability\\s+company`],
  ['Ltd', `ltd\\.?|limited`],
  ['GmbH', 'gmbh'],
];

let compiled: ReadonlyArray<readonly [OwnershipForm, RegExp]> | undefined;

function patterns(): ReadonlyArray<readonly [OwnershipForm, RegExp]> {
  return (compiled ??= PATTERNS.map(([form, source, capitalsOnly]) => [
    form,
    // The optional trailing dot ("Ltd.", "L.L.P.") is part of the match, so stripping takes it too.
    new RegExp(`${EDGE_BEFORE}(?:${source})${EDGE_AFTER}`, capitalsOnly ? 'gu' : 'giu'),
  ]));
}

interface Found {
  readonly form: OwnershipForm;
  readonly index: number;
  readonly length: number;
}

function findAll(name: string): Found[] {
  const found: Found[] = [];
  for (const [form, pattern] of patterns()) {
    for (const match of name.matchAll(pattern)) found.push({ form, index: match.index ?? 0, length: match[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The first ownership form written in `name` (as a whole word, with or without quotes, any
 * case), or `undefined`. "ТОО «Ромашка»" → 'ТОО'; "Acme Ltd." → 'Ltd'; "Ақ Жол" → undefined.
 */
export function detectOwnershipForm(name: unknown): OwnershipForm | undefined {
  if (typeof name !== 'string' || name.length > 1000) return undefined;
  return findAll(name)[0]?.form;
}

const CLOSING: Readonly<Record<string, string>> = { '«': '»', '"': '"', "'": "'", '“': '”', '„': '“' };

/**
 * Drops quotes that wrap the whole text. Kazakh and Russian names nest «…» and often merge the
 * two closing marks: «Исламский банк «Заман» has one « too many, so only the first goes.
 */
function unquote(text: string): string {
  const open = text[0];
  const close = CLOSING[open];
  if (!close || text.length < 2 || text[text.length - 1] !== close) return text;
  if (open === close) return text.slice(1, -1).includes(open) ? text : text.slice(1, -1).trim();
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && --depth === 0 && i < text.length - 1) return text; // «A» and «B»
  }
  return (depth === 0 ? text.slice(1, -1) : text.slice(1)).trim();
}

/**
 * The name without its ownership forms and without the quotes around what is left:
 * "ТОО «Ромашка»" → "Ромашка". For the "remove it for me" button next to the warning.
 */
export function stripOwnershipForm(name: unknown): string {
  if (typeof name !== 'string') return '';
  if (name.length > 1000) return name.trim();
  // "Limited Liability Partnership" is both LLP and Ltd: cut each stretch of text once.
  let result = '';
  let from = 0;
  for (const { index, length } of findAll(name)) {
    if (index >= from) result += name.slice(from, index) + ' ';
    from = Math.max(from, index + length);
  }
  result = (result + name.slice(from)).replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '');
  return unquote(result);
}
