#!/usr/bin/env node
/**
 * Fails when a `msg()` string lacks a Russian or Kazakh translation, when a translation breaks
 * the glossary (tools/glossary.mjs: a term used another way, or a form never used), when
 * docs/glossary.md is not what tools/glossary-doc.mjs renders, or when the generated locale
 * modules are older than the XLIFF: re-extracts the strings from src/ (which adds any new
 * string to xliff/ without a target), then checks every unit of every target locale.
 *
 * `--xliff-dir <dir>` reads other XLIFF files and `--no-extract` neither extracts nor builds
 * (both for tests, which must not rewrite the project's files).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GLOSSARY_DOC, renderGlossaryDoc } from './glossary-doc.mjs';
import { glossaryProblems, readUnits } from './glossary-check.mjs';

const { values: options } = parseArgs({
  options: { 'xliff-dir': { type: 'string' }, 'no-extract': { type: 'boolean', default: false } },
});
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const extract = !options['no-extract'];
if (extract) execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });

let missing = 0;
let total = 0;
const wrong = [];
for (const locale of config.targetLocales) {
  const units = readUnits(readFileSync(join(options['xliff-dir'] ?? config.interchange.xliffDir, `${locale}.xlf`), 'utf8'));
  for (const unit of units) {
    total++;
    if (unit.target) continue;
    missing++;
    console.error(`missing ${locale} translation for ${unit.id}: ${unit.source}`);
  }
  wrong.push(...glossaryProblems(units, locale));
}
for (const problem of wrong) console.error(`glossary: ${problem.message}`);

let failed = false;
if (missing) {
  console.error(`\n${missing} of ${total} translations missing: add <target>s in xliff/, then run npm run i18n.`);
  failed = true;
}
if (wrong.length) {
  console.error(`\n${wrong.length} translations break the glossary: use the terms of ${GLOSSARY_DOC}, then run npm run i18n.`);
  failed = true;
}
if (readFileSync(GLOSSARY_DOC, 'utf8') !== renderGlossaryDoc()) {
  console.error(`\n${GLOSSARY_DOC} is not what tools/glossary.mjs says: edit tools/glossary.mjs, then run node tools/glossary-doc.mjs.`);
  failed = true;
}
if (failed) process.exit(1);
// Rebuild the locale modules so that what the tests load is what xliff/ says.
if (extract) execFileSync('npx', ['lit-localize', 'build'], { stdio: 'ignore' });
console.log(`translations: ${total} units, all present in ${config.targetLocales.join(', ')} and true to ${GLOSSARY_DOC}`);
