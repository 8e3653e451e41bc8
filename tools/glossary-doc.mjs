#!/usr/bin/env node
/**
 * Renders docs/glossary.md from tools/glossary.mjs, so that the page translators read and the
 * rules `npm run i18n:check` applies cannot drift apart: the check fails when the page is not
 * what this renders. `node tools/glossary-doc.mjs` rewrites it.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AVOID, PHRASES, REVIEW, TERMS } from './glossary.mjs';

export const GLOSSARY_DOC = 'docs/glossary.md';

const cell = (text) => String(text).replace(/\|/g, '\\|');
const code = (patterns) => (patterns.length ? patterns.map((p) => `\`${p}\``).join(', ') : '—');
const avoided = (id, locale) =>
  AVOID.filter((rule) => rule.term === id && rule.locale === locale).map((rule) => `«${rule.not}»`).join(', ');
const not = (id) =>
  ['ru', 'kk'].map((locale) => (avoided(id, locale) ? `${locale}: ${avoided(id, locale)}` : '')).filter(Boolean).join('; ');

function table(entries) {
  return [
    '| concept | en | ru | kk | not used |',
    '|---|---|---|---|---|',
    ...entries.map((t) => `| ${cell(t.concept)} | ${cell(t.en)} | ${cell(t.ru)} | ${cell(t.kk)} | ${cell(not(t.id))} |`),
  ];
}

function rules(entries) {
  return [
    '| concept | when the English has | ru must have | kk must have |',
    '|---|---|---|---|',
    ...entries.map((t) => `| ${cell(t.concept)} | ${cell(code(t.when))} | ${cell(code(t.match.ru ?? []))} | ${cell(code(t.match.kk ?? []))} |`),
  ];
}

export function renderGlossaryDoc() {
  return [
    '<!-- Rendered from tools/glossary.mjs by `node tools/glossary-doc.mjs`: edit that file, not this one. -->',
    '# Glossary',
    '',
    'The words the widgets use in Russian and Kazakh. Kazakh follows the Kazakh manual of the',
    'state PPP portal (its registration pages and NCALayer steps); Russian follows the state',
    "portals and the National Certification Centre. Use these terms in every `<target>` of",
    '`xliff/ru.xlf` and `xliff/kk.xlf`, in any grammatical form; never the forms in the last column.',
    '`npm run i18n:check` enforces the rules below and names the unit, the locale, the term',
    'expected and what it found.',
    '',
    '## Terms',
    '',
    ...table(TERMS),
    '',
    '## Phrasing',
    '',
    ...table(PHRASES),
    '',
    '## What the check matches',
    '',
    'Patterns are matched from the start of a word, ignoring case: `*` is any letters (so a stem',
    'takes every ending: `банковск* сч[её]т*` is «банковского счёта», «Банковских счетов»), `[её]`',
    'either letter, a space any run of spaces, `{}` a placeholder, and a leading `=` the whole text',
    '(a final `.` or `:` aside). A word without `*` must end there: `key` is not found in "keyboard",',
    '`NCA` not in "NCALayer". When the English source of a unit matches a pattern of the second',
    'column, its target must match one of the patterns of its locale; "—" means that locale is not',
    'checked for that concept.',
    '',
    ...rules([...TERMS, ...PHRASES]),
    '',
    'Whatever the English, no target may use these forms:',
    '',
    '| locale | not | write |',
    '|---|---|---|',
    ...AVOID.map((rule) => `| ${rule.locale} | \`${cell(rule.not)}\` | ${cell(rule.write)} |`),
    '',
    '## For a reviewer',
    '',
    'Where one English word has more than one meaning, the check cannot tell which is meant; a',
    'reviewer reads these by hand:',
    '',
    ...REVIEW.map((entry) => `- **${entry.word}**: ${entry.why}`),
    '',
    '## Not in the XLIFF',
    '',
    'Country, currency and month names come from the browser (`Intl`), not from `xliff/`. Where a',
    'browser has no Kazakh data, the library ships its own names (src/model/reference/, and the',
    'Kazakh month names in src/components/certificate-picker/dates.ts): those stay shipped. The',
    'glossary holds for them too (the Russian name of KZT is «казахстанский тенге», where browsers',
    'say «казахский тенге»), but their own tests check them, not `npm run i18n:check`.',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(GLOSSARY_DOC, renderGlossaryDoc());
  console.log(`wrote ${GLOSSARY_DOC}`);
}
