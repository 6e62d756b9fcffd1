/**
 * The reference article: every sentence's holders equal the gold's, and every
 * stance's kind is among the gold's kinds for its holder.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GoldFile } from '../src/eval/score.js';
import { extractStances } from '../src/index.js';

const dir = new URL('../fixtures/', import.meta.url);
const gold = JSON.parse(fs.readFileSync(new URL('thaad-2017-china-daily.gold.json', dir), 'utf8')) as GoldFile;
const text = fs.readFileSync(new URL(gold.text, dir), 'utf8');
const stances = extractStances(text);

const sentences = gold.sentences.map((s) => ({ ...s, at: text.indexOf(s.anchor) }));
const inSentence = (i: number) =>
  stances.filter((st) => st.span.start >= (sentences[i]?.at ?? 0) && st.span.start < (sentences[i + 1]?.at ?? Number.POSITIVE_INFINITY));

describe('reference article (fixtures/thaad-2017-china-daily)', () => {
  it('has every anchor once', () => {
    for (const s of sentences) {
      expect(s.at).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(s.anchor, s.at + 1)).toBe(-1);
    }
  });

  it.each(sentences.map((s, i) => [s.anchor.slice(0, 50), i] as const))('holders of "%s"', (_a, i) => {
    const got = [...new Set(inSentence(i).map((st) => st.holder))].sort();
    expect(got).toEqual([...(sentences[i]?.holders ?? [])].sort());
  });

  it.each(sentences.map((s, i) => [s.anchor.slice(0, 50), i] as const))('kinds of "%s"', (_a, i) => {
    const kinds = sentences[i]?.kinds ?? {};
    for (const st of inSentence(i)) expect(kinds[st.holder] ?? []).toContain(st.kind);
  });

  it('slices every span and cue back out of the input', () => {
    for (const st of stances) {
      expect(text.slice(st.sentenceSpan.start, st.sentenceSpan.end)).toBe(st.sentence);
      expect(text.slice(st.cue.span.start, st.cue.span.end)).toBe(st.cue.text);
      expect(st.span.start).toBeGreaterThanOrEqual(st.sentenceSpan.start);
      expect(st.span.end).toBeLessThanOrEqual(st.sentenceSpan.end);
    }
  });

  it('finds the topic THAAD through the misspelling "THHAD"', () => {
    const s = stances.find((st) => st.sentence.includes('THHAD'));
    expect(s?.topics).toContain('THAAD');
  });

  it('names the press release as source of the reported claims', () => {
    const s = stances.find((st) => st.sentence.startsWith('Also the two sides'));
    expect(s?.source).toBe('the press release');
  });
});

describe('cues of the reference article', () => {
  it('take in the object that gives the verb a kind: "reiterated its opposition"', () => {
    const s = stances.find((st) => st.holder === 'China' && st.kinds.includes('oppose'));
    expect(s?.cue.text).toBe('reiterated its opposition');
    expect(s?.kinds).toEqual(['reaffirm', 'oppose']);
    expect(s?.because).toEqual(['subject', 'cue:reaffirm', 'object:n:opposition']);
  });
});
