#!/usr/bin/env node
/**
 * npm run eval -- DIR [--texts TEXTDIR] [--verbose]
 * Scores the library on every NAME.gold.json in DIR; prints one JSON summary line last.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { emptyCounts, type GoldFile, scoreDocument, summarize } from '../eval/score.js';
import { extractStances } from '../index.js';
import type { Stance } from '../types.js';

function main(): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\nusage: npm run eval -- DIR [--texts TEXTDIR] [--verbose]\n`);
    return 2;
  }
  const dir = parsed.positionals[0];
  if (!dir) {
    process.stderr.write('eval: no folder given\nusage: npm run eval -- DIR [--texts TEXTDIR] [--verbose]\n');
    return 2;
  }
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    process.stderr.write(`eval: expected a folder of *.gold.json files, found no folder at ${dir}\n`);
    return 2;
  }
  const textDir = parsed.values.texts ?? dir;
  const counts = emptyCounts();
  let failed = false;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort();
  for (const f of files) {
    let gold: GoldFile;
    let text: string;
    try {
      gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldFile;
      text = fs.readFileSync(path.join(textDir, gold.text), 'utf8');
    } catch (e) {
      process.stderr.write(`eval: ${f}: expected a gold file and its text, found: ${(e as Error).message}\n`);
      failed = true;
      continue;
    }
    let stances: Stance[] | null;
    try {
      stances = gold.options ? extractStances(text, gold.options) : extractStances(text);
    } catch (e) {
      process.stderr.write(`${f}: extractStances threw: ${(e as Error).message}\n`);
      stances = null;
    }
    scoreDocument(counts, gold, text, stances);
  }
  if (parsed.values.verbose) for (const m of counts.mistakes) process.stdout.write(`${JSON.stringify(m)}\n`);
  process.stdout.write(`${JSON.stringify(summarize(counts))}\n`);
  return failed ? 1 : 0;
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { verbose: { type: 'boolean', default: false }, texts: { type: 'string' } },
  });
}

// "stances ... | head": the reader has gone; stop quietly, as command-line tools do
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = main();
