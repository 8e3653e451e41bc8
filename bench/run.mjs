#!/usr/bin/env node
/**
 * `npm run bench`: builds, then prints one table of every figure the issues ask for — sizes,
 * and the speed benchmarks that each area adds as bench/<area>.bench.mjs exporting `rows()`.
 * A figure over its budget is marked, and the run exits non-zero.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { sizeRows } from './sizes.mjs';

execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

const rows = await sizeRows();
for (const file of readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.bench.mjs')).sort()) {
  const module = await import(new URL(file, import.meta.url));
  try {
    rows.push(...(await module.rows()));
  } catch (error) {
    rows.push({ name: `${file}: failed`, value: NaN, unit: '', detail: String(error.message ?? error) });
  }
}

const over = rows.filter((r) => r.budget !== undefined && !(r.value <= r.budget));
const table = rows.map((r) => ({
  figure: r.name,
  value: Number.isFinite(r.value) ? r.value : '—',
  unit: r.unit,
  budget: r.budget === undefined ? '' : `≤ ${r.budget}`,
  ok: r.budget === undefined ? '' : r.value <= r.budget ? 'yes' : 'OVER',
  detail: r.detail ?? '',
}));
const columns = Object.keys(table[0]);
const widths = columns.map((c) => Math.max(c.length, ...table.map((row) => String(row[c]).length)));
const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
console.log(line(columns));
console.log(line(widths.map((w) => '-'.repeat(w))));
table.forEach((row) => console.log(line(columns.map((c) => row[c]))));
if (over.length) {
  console.log(`\nOver budget: ${over.map((r) => r.name).join(', ')}`);
  process.exitCode = 1;
}
