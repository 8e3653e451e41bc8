/**
 * Reads XLIFF trans-units and finds the targets that break the glossary (tools/glossary.mjs):
 * a term the English uses but the target does not, or a form no target may use.
 * Pure functions: tools/check-translations.mjs reads the files and reports.
 */
import { AVOID, PHRASES, TERMS } from './glossary.mjs';

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XLIFF text as a reader sees it: placeholders become `{}`, entities their characters. */
function plainText(xml) {
  return xml
    .replace(/<x\b[^>]*\/>/g, '{}')
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|amp|quot|apos);/g, (_, name) => ENTITIES[name])
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every trans-unit: id, source and target as plain text (`target` is null when absent or empty). */
export function readUnits(xliff) {
  return [...xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    const text = target === undefined ? '' : plainText(target);
    return { id, source: plainText(source), target: text || null };
  });
}

const LETTER = '[\\p{L}\\p{N}]';

/** A glossary pattern (see tools/glossary.mjs) as a case-insensitive regular expression. */
export function compilePattern(pattern) {
  const whole = pattern.startsWith('=');
  const body = whole ? pattern.slice(1) : pattern;
  let source = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '*') source += '\\p{L}*';
    else if (char === ' ') source += '\\s+';
    else if (char === '[') {
      const end = body.indexOf(']', i);
      source += body.slice(i, end + 1);
      i = end;
    } else source += char.replace(/[.+?^${}()|\]\\/]/g, '\\$&');
  }
  if (whole) return new RegExp(`^\\s*${source}\\s*[.:]?\\s*$`, 'iu');
  const end = body.endsWith('*') ? '' : `(?!${LETTER})`;
  return new RegExp(`(?<!${LETTER})${source}${end}`, 'iu');
}

const compiled = new Map();
function regex(pattern) {
  let re = compiled.get(pattern);
  if (!re) compiled.set(pattern, (re = compilePattern(pattern)));
  return re;
}

const matches = (patterns, text) => patterns.some((pattern) => regex(pattern).test(text));

/**
 * The glossary problems of `units` in `locale`, one `{ id, locale, expected, found, message }`
 * each; units without a target are left to the missing-translation check.
 */
export function glossaryProblems(units, locale, { terms = [...TERMS, ...PHRASES], avoid = AVOID } = {}) {
  const problems = [];
  const report = (unit, expected, found, what) =>
    problems.push({ id: unit.id, locale, expected, found, message: `${locale} ${unit.id}: ${what}; found «${found}»` });
  for (const unit of units) {
    if (!unit.target) continue;
    for (const term of terms) {
      const wanted = term.match[locale] ?? [];
      if (!wanted.length || !matches(term.when, unit.source) || matches(wanted, unit.target)) continue;
      const expected = wanted.map((p) => `«${p}»`).join(' or ');
      report(unit, expected, unit.target, `"${unit.source}" uses ${term.concept}: expected ${expected}`);
    }
    for (const rule of avoid) {
      if (rule.locale !== locale) continue;
      const found = regex(rule.not).exec(unit.target);
      if (found) report(unit, `«${rule.write}»`, found[0], `«${rule.not}» is not used: write «${rule.write}» (in «${unit.target}»)`);
    }
  }
  return problems;
}
