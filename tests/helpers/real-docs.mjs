// A stream of real-text NDJSON documents for the command line's --jobs test and `npm run bench`: passages
// of the corpus and fixture texts (now and then a whole text), each with its own id and a small change:
// a sentence dropped, two sentences swapped, a word changed, the whitespace between sentences changed.
import fs from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../../dist/index.js';

/** Every *.txt under `dirs` (recursively, in a stable order), read. Folders that do not exist are skipped. */
export function readTexts(dirs) {
  const walk = (d) =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.txt') ? [path.join(d, e.name)] : []));
  return dirs.filter((d) => fs.existsSync(d)).flatMap((d) => walk(d).map((f) => fs.readFileSync(f, 'utf8')));
}

/** A seeded generator of numbers in [0, 1) (mulberry32): the same documents and orders on every run. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WHITESPACE = [' ', '  ', '\n', '\n\n', '\r\n', ' \t', '\n\n\n', '\u00a0'];
const WORDS = ['China', 'Seoul', 'the ROK', 'Washington', 'Tokyo', 'he', 'they', 'not', 'firmly', 'agreed', 'opposed', 'said'];

/**
 * `count` NDJSON lines {"id": "doc-N", "text": ...}, joined, with a final newline.
 * @param {readonly string[]} texts
 * @param {number} count
 * @param {number} [seed]
 */
export function realDocs(texts, count, seed = 20261202) {
  const random = seeded(seed);
  const int = (n) => Math.floor(random() * n);
  const split = texts.map((text) => ({ text, sentences: splitSentences(text) })).filter((t) => t.sentences.length > 0);
  const lines = [];
  for (let i = 0; i < count; i++) {
    const { text, sentences } = split[int(split.length)];
    const whole = int(40) === 0;
    const from = whole ? 0 : int(sentences.length);
    const to = whole ? sentences.length : Math.min(sentences.length, from + 1 + int(8));
    const parts = [];
    const gaps = [];
    for (let k = from; k < to; k++) {
      parts.push(sentences[k].text);
      gaps.push(k + 1 < to ? text.slice(sentences[k].end, sentences[k + 1].start) : '');
    }
    const at = int(parts.length);
    switch (int(5)) {
      case 0: // a sentence dropped
        if (parts.length > 1) {
          parts.splice(at, 1);
          gaps.splice(at, 1);
        }
        break;
      case 1: // two sentences swapped
        if (at + 1 < parts.length) [parts[at], parts[at + 1]] = [parts[at + 1], parts[at]];
        break;
      case 2: {
        // a word changed
        const words = parts[at].split(' ');
        words[int(words.length)] = WORDS[int(WORDS.length)];
        parts[at] = words.join(' ');
        break;
      }
      case 3: // whitespace: between two sentences, and around the document
        gaps[at] = WHITESPACE[int(WHITESPACE.length)];
        if (int(2) === 0) parts[0] = `${WHITESPACE[int(WHITESPACE.length)]}${parts[0]}`;
        break;
      default: // as it stands
    }
    let doc = parts.map((p, k) => p + (gaps[k] || (k + 1 < parts.length ? ' ' : ''))).join('');
    if (doc.trim() === '') doc = sentences[0].text;
    lines.push(JSON.stringify({ id: `doc-${i}`, text: doc }));
  }
  return `${lines.join('\n')}\n`;
}
