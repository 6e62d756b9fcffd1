#!/usr/bin/env node
// Expands the cue lexicon's verb lemmas into their inflected forms with compromise and writes
// src/nlp/data/verb-forms.ts (form -> lemma). Run after `npm run build`: `npm run lexicon`.
// The test tests/lexicon.test.ts fails when the committed file is out of date.
import fs from 'node:fs';
import { verbFormsSource } from '../dist/nlp/lexicon.js';

const out = new URL('../src/nlp/data/verb-forms.ts', import.meta.url);
fs.writeFileSync(out, verbFormsSource());
console.log(`wrote ${out.pathname}`);
