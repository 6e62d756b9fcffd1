#!/usr/bin/env node
// Development aid: which attribution rule decided each cue of a text (run `npm run build` first).
// node scripts/explain.mjs FILE [--actors A,B] [--others] [--gold]   (--gold: only the sentences the gold file disagrees with)
import fs from 'node:fs';
import { compile } from '../dist/actors/compile.js';
import { holdersOf } from '../dist/assemble/index.js';
import { attribute } from '../dist/attribute/index.js';
import { extractStances, splitSentences } from '../dist/index.js';
import { normalize } from '../dist/normalize/index.js';
import { resolveOptions } from '../dist/options.js';
import { segment } from '../dist/segment/index.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/,/.test(a) && fs.existsSync(a));
const text = file ? fs.readFileSync(file, 'utf8') : args[0].replace(/\\n/g, '\n');
const goldPath = file?.replace(/\.txt$/, '.gold.json');
const gold = goldPath && fs.existsSync(goldPath) ? JSON.parse(fs.readFileSync(goldPath, 'utf8')) : null;
const ai = args.indexOf('--actors');
let options = gold?.options;
if (ai >= 0) options = { ...(options ?? {}), actors: args[ai + 1].split(',') };
if (args.includes('--others')) options = { ...(options ?? {}), others: true };
const r = resolveOptions(options, 'explain');
const c = compile(r.officials, r.actors);
const work = normalize(text);
const sentences = segment(work).sentences;
const trace = [];
attribute(sentences, work, c, r.pair, trace);
const label = (id) => c.states.get(id)?.label ?? id;
const stances = extractStances(text, options);
const info = splitSentences(text);
const onlyWrong = args.includes('--gold') && gold;
for (const s of info) {
  const pred = [...new Set(stances.filter((x) => x.sentenceIndex === s.index).map((x) => x.holder))].sort();
  const g = gold?.sentences.find((x) => s.text.startsWith(x.anchor) || x.anchor.startsWith(s.text.slice(0, 40)));
  const want = g ? [...g.holders].sort() : null;
  if (onlyWrong && want && JSON.stringify(want) === JSON.stringify(pred)) continue;
  console.log(`\n[${s.index}] (${s.role}) ${s.text.slice(0, 220).replace(/\n/g, ' ')}`);
  console.log(`   pred ${JSON.stringify(pred)}${want ? `  gold ${JSON.stringify(want)}` : ''}`);
  for (const d of trace.filter((t) => t.sentence === s.index))
    console.log(`   ${JSON.stringify(d.cue)} -> ${d.rule} ${JSON.stringify(holdersOf(d.states, r, label))}`);
}
