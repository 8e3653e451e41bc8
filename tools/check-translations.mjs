#!/usr/bin/env node
/**
 * Fails when a `msg()` string lacks a Russian or Kazakh translation, or when the generated
 * locale modules are older than the XLIFF: re-extracts the strings from src/ (which adds any
 * new string to xliff/ without a target), then checks every unit of every target locale.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });

let missing = 0;
let total = 0;
for (const locale of config.targetLocales) {
  const xliff = readFileSync(`${config.interchange.xliffDir}${locale}.xlf`, 'utf8');
  for (const unit of xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    total++;
    const target = /<target>([\s\S]*?)<\/target>/.exec(unit[2]);
    if (!target || !target[1].trim()) {
      missing++;
      const source = /<source>([\s\S]*?)<\/source>/.exec(unit[2])?.[1] ?? '';
      console.error(`missing ${locale} translation for ${unit[1]}: ${source}`);
    }
  }
}
if (missing) {
  console.error(`\n${missing} of ${total} translations missing: add <target>s in xliff/, then run npm run i18n.`);
  process.exit(1);
}
// Rebuild the locale modules so that what the tests load is what xliff/ says.
execFileSync('npx', ['lit-localize', 'build'], { stdio: 'ignore' });
console.log(`translations: ${total} units, all present in ${config.targetLocales.join(', ')}`);
