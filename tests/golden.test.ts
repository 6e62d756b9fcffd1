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

describe('roles in the reference article (checked by reading)', () => {
  // [sentence start, cue, speaker, target, content]: the release reports every claim; no official speaks in it
  const ROWS: readonly (readonly [string, string, string | null, string | null, string | null])[] = [
    ['Beijing, Seoul agree on milita', 'agree', null, null, 'military-to-military contacts on THAAD'],
    [
      'Beijing and Seoul have agreed ',
      'agreed',
      null,
      null,
      'to push exchanges and cooperation in various fields back on the track at an early date',
    ],
    [
      'Also the two sides will commun',
      'will',
      null,
      null,
      'communicate issues regarding the Terminal High Altitude Area Defense (THAAD) anti-missile system through military channels between the two countries',
    ],
    [
      'The ministry confirmed the lat',
      'said',
      null,
      null,
      'China and the Republic of Korea have established communications recently through diplomatic channels to discuss issues including the Korean Peninsula',
    ],
    ['Both sides said they attach gr', 'attach great importance', null, null, 'China-ROK relations'],
    [
      'Both sides said they attach gr',
      'would like',
      null,
      null,
      'to act on the spirits of bilateral documents and promote the development of China-ROK strategic cooperative partnership',
    ],
    [
      'The two sides reaffirmed the p',
      'reaffirmed',
      null,
      null,
      "the principle of denuclearizing the Korean Peninsula and peacefully settling the Peninsula's nuclear issue",
    ],
    [
      'The two sides reaffirmed the p',
      'reiterated their commitment',
      null,
      null,
      'resolving the nuclear issue through all diplomatic means',
    ],
    ['The two sides reaffirmed the p', 'will', null, null, 'enhance strategic communication and cooperation in this regard'],
    ['The ROK has acknowledged China', 'acknowledged', null, 'China', "China's position and concerns on the THAAD issue"],
    [
      'It has clearly stated that the',
      'stated',
      null,
      'China',
      "that the THAAD system was deployed in the ROK in accordance with its original purposes for deployment, and it does not target a third country, which means not damaging China's strategic security interests",
    ],
    ['Based on its stance on safegua', 'reiterated its opposition', null, 'ROK', 'the deployment of THAAD in the ROK'],
    ['Based on its stance on safegua', 'took note', null, 'ROK', 'the positions made clear by the ROK'],
    ['Based on its stance on safegua', 'hopes', null, 'ROK', 'that the ROK properly tackles the relevant issue'],
    [
      'China has stated its positions',
      'stated its positions',
      null,
      'ROK',
      'topics such as the building of the US-led missile defense networks, the additional deployment of THHAD and the military cooperation among the ROK, the US and Japan',
    ],
    ['In response, the ROK reiterate', 'reiterated the stances', null, null, 'the stances made clear by its government'],
  ];
  const find = (start: string, cue: string) => stances.find((st) => st.sentence.startsWith(start) && st.cue.text === cue);

  it('has a row for every stance', () => {
    expect(ROWS.length).toBe(stances.length - 1);
  });

  it.each(ROWS)('"%s…" %s: speaker, target, content', (start, cue, speaker, target, content) => {
    const st = find(start, cue);
    expect(st?.speaker?.text ?? null).toBe(speaker);
    expect(st?.target).toBe(target);
    expect(st?.content?.text ?? null).toBe(content);
  });

  // "confirmed the latest consensus in the release which said ...": the cue holds its object, and the relative clause
  // after it is the source's frame, with the next claim ("said") inside it; the content runs on over both
  it.fails('"The ministry confirmed the latest consensus" holds the consensus only', () => {
    const st = find('The ministry confirmed the lat', 'confirmed the latest consensus');
    expect(st?.speaker).toBeNull();
    expect(st?.target).toBeNull();
    expect(st?.content?.text).toBe('the latest consensus');
  });
});
