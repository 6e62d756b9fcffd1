/**
 * Properties that hold for any input, checked with fast-check. The seed is
 * fixed (FC_SEED, default 20261128) so CI is repeatable; `npm run fuzz` runs
 * many more cases (FUZZ_RUNS). Inputs are generated words and characters, and
 * real text: sentences of the shared corpus and fixtures/, shuffled, cut,
 * spliced and sprinkled with odd characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, type ExtractOptions, extractStances, type Stance, splitSentences } from '../src/index.js';
import { realTexts } from './helpers/corpus.js';
import { inFreshWorker } from './helpers/fresh.js';

const seed = Number(process.env.FC_SEED ?? 20261128);
const numRuns = Number(process.env.FUZZ_RUNS ?? 60);
const params = { seed, numRuns };

// words of the genre, so that generated text reaches the interesting code, mixed with any characters
const WORDS = [
  'China',
  'the ROK',
  'Beijing',
  'Seoul',
  'South Korea',
  'the two sides',
  'Both sides',
  'Wang Yi',
  'Foreign Minister',
  'President',
  'Moon Jae-in',
  'he',
  'it',
  'they',
  'we',
  'said',
  'agreed',
  'reiterated',
  'its opposition',
  'hopes',
  'will',
  'should',
  'that',
  'the release said',
  'according to',
  'not',
  'and',
  ',',
  '.',
  ':',
  '"',
  '(',
  ')',
  'Q:',
  'A:',
  '\n',
  '\n\n',
  '&amp;',
  '<p>',
  'THAAD',
  'U.S.',
  'Amb.',
  '\u201c',
  '\u2019s',
  '\u00a0',
  '\r\n',
  '\u200b',
  '\u4e2d\u56fd',
  '\u{1F642}',
  'constructor',
];
const genreText = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 80 })
  .map((xs) => xs.join(' '));
const anyText = fc.oneof(genreText, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }));

const view = (st: readonly Stance[]) => st.map((s) => [s.holder, s.kind, s.sentence, s.cue.text] as const);

/** The properties every input must have, on inputs drawn from `arb`. */
function anyInputProperties(arb: fc.Arbitrary<string>) {
  it('never throws', () => {
    fc.assert(
      fc.property(arb, (t) => {
        extractStances(t);
      }),
      params,
    );
  });

  it('every span lies in the text and slices back to its sentence and cue', () => {
    fc.assert(
      fc.property(arb, (t) => {
        for (const s of extractStances(t)) {
          expect(0 <= s.span.start && s.span.start <= s.span.end && s.span.end <= t.length).toBe(true);
          expect(t.slice(s.sentenceSpan.start, s.sentenceSpan.end)).toBe(s.sentence);
          expect(t.slice(s.cue.span.start, s.cue.span.end)).toBe(s.cue.text);
          expect(s.span.start >= s.sentenceSpan.start && s.span.end <= s.sentenceSpan.end).toBe(true);
          expect(s.confidence >= 0 && s.confidence <= 1).toBe(true);
        }
      }),
      params,
    );
  });

  it('every role span lies in the text: the content slices back to its text, the speaker to a naming of it', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          genreText.map((t) => `${ARTICLE}\n\n${t}`),
        ),
        (t) => {
          for (const s of extractStances(t)) checkRoles(t, s);
        },
      ),
      params,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arb, (t) => {
        expect(extractStances(t)).toEqual(extractStances(t));
      }),
      params,
    );
  });
}

describe('for any text', () => anyInputProperties(anyText));

const PRONOUNS = new Set(['he', 'she', 'it', 'its', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'my', 'us', 'me', 'him', 'them']);

/** The invariants of a stance's roles, on the text it came from. */
function checkRoles(t: string, s: Stance): void {
  if (s.content) {
    expect(t.slice(s.content.span.start, s.content.span.end)).toBe(s.content.text);
    expect(s.content.span.start >= s.sentenceSpan.start && s.content.span.end <= s.sentenceSpan.end).toBe(true);
    expect(s.content.text.length).toBeGreaterThan(0);
  }
  if (s.speaker) {
    const { span, text, title } = s.speaker;
    expect(0 <= span.start && span.start < span.end && span.end <= t.length).toBe(true);
    const at = t.slice(span.start, span.end);
    // the mention is the fullest naming itself, a pronoun for it, or a shorter naming ("Wang" for "Foreign Minister Wang Yi")
    const last = at.split(/\s+/).pop()?.toLowerCase() ?? '';
    expect(at === text || PRONOUNS.has(at.toLowerCase()) || text.toLowerCase().includes(last)).toBe(true);
    if (title !== undefined) expect(text.startsWith(title)).toBe(true);
  }
  expect(s.target === null || s.target !== s.holder).toBe(true);
  expect(typeof s.negated).toBe('boolean');
  expect([null, 'direct', 'indirect', 'mixed']).toContain(s.quote);
}

const ARTICLE = [
  'Foreign Minister Wang Yi held talks with Foreign Minister Kang Kyung-wha in Beijing on Tuesday.',
  'Wang Yi said that China values its ties with the ROK. Both sides should restore trust step by step.',
  'Kang said the ROK attaches great importance to relations with China.',
  'The two sides agreed to keep in close communication.',
].join('\n\n');

// paragraphs with no actor and no stance: weather, sport, markets
const UNRELATED = fc.array(
  fc.constantFrom(
    'The weather in the capital was mild for the season.',
    'Local markets closed slightly higher on Monday.',
    'A football match drew a large crowd at the stadium.',
    'The museum opened a new wing to visitors.',
    'Traffic was heavy on the main roads during the morning.',
  ),
  { minLength: 1, maxLength: 4 },
);

describe('context', () => {
  const alone = view(extractStances(ARTICLE));

  it('unrelated paragraphs around an article leave its stances unchanged', () => {
    expect(alone.length).toBeGreaterThan(3);
    fc.assert(
      fc.property(UNRELATED, UNRELATED, (before, after) => {
        const text = [...before, ARTICLE, ...after].join('\n\n');
        expect(view(extractStances(text))).toEqual(alone);
      }),
      params,
    );
  });

  it('a document gives the same stances alone and after 1,000 others through the same extractor', () => {
    const ex = createExtractor();
    const first = ex.extract(ARTICLE);
    const others = fc.sample(genreText, { seed, numRuns: 1000 });
    for (const t of others) ex.extract(t);
    expect(ex.extract(ARTICLE)).toEqual(first);
    expect(first).toEqual(extractStances(ARTICLE));
  });
});

// real text: the sentences of the shared corpus (when it is there, as in CI) and of fixtures/
const REAL = realTexts().map((t) => ({ text: t.text, sentences: splitSentences(t.text), actors: t.actors }));
const SENTENCES = REAL.flatMap((t) => t.sentences.map((s) => s.text)).filter((s) => s.trim() !== '');
const ODD = [
  '\u0000',
  '\u0007',
  '\t',
  '\u000b',
  '\u000c',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '"',
  "'",
  '\u201c',
  '\u201d',
  '\u2018',
  '\u2019',
  '\u00ab',
  '\u00bb',
  '\u00a0',
  '\u202f',
  '\u2028',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u202e',
  '\u{1F642}',
  '\u{1F44D}\u{1F3FD}',
  '\u{1F1F0}\u{1F1F7}',
  '\u0301',
  '\u0308\u0323',
  '\ud800',
  '\udfff',
  '&nbsp;',
  '<br>',
];
const SEPARATORS = [' ', '  ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\t', '\u00a0', ''];

const sentence = fc.constantFrom(...SENTENCES);
/** Consecutive sentences of one text as they stand in it (with their context: pronouns, quotations, turns). */
const passage = fc.tuple(fc.constantFrom(...REAL), fc.nat(), fc.integer({ min: 1, max: 6 })).map(([t, at, n]) => {
  const i = at % t.sentences.length;
  const last = t.sentences[Math.min(i + n, t.sentences.length) - 1];
  return t.text.slice(t.sentences[i]?.start ?? 0, last?.end ?? 0);
});
const place = (s: string, at: number) => at % (s.length + 1);
/** A passage cut at both ends, anywhere (mid-word, between the halves of a surrogate pair). */
const cut = fc.tuple(passage, fc.nat(), fc.nat()).map(([s, a, b]) => {
  const i = place(s, a);
  return s.slice(i, i + place(s.slice(i), b));
});
/** The head of one sentence spliced onto the tail of another. */
const spliced = fc.tuple(sentence, sentence, fc.nat(), fc.nat()).map(([x, y, a, b]) => x.slice(0, place(x, a)) + y.slice(place(y, b)));
/** Odd characters put in at random places: control characters, quotes, NBSP, emoji, combining marks, lone surrogates. */
const sprinkled = fc
  .tuple(fc.oneof(sentence, passage), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ODD)), { minLength: 1, maxLength: 5 }))
  .map(([s, odd]) => odd.reduce((t, [at, c]) => t.slice(0, place(t, at)) + c + t.slice(place(t, at)), s));
const piece = fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 3, arbitrary: passage }, cut, spliced, sprinkled);
/** Pieces of real text in a random order, joined by random whitespace (or nothing). */
const realTextOf = (minLength: number, maxLength: number) =>
  fc.array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { minLength, maxLength }).map((xs) => xs.map(([p, sep]) => p + sep).join(''));
const realText = realTextOf(1, 10);
/** Longer documents for the history property, whose cases are dear: more text, more words whose reading could depend on history. */
const longRealText = realTextOf(4, 16);
const PAIRS = [...new Map(REAL.flatMap((t) => t.actors).map((a) => [a.join(','), a])).values()];
const realOptions = fc.constantFrom<ExtractOptions | undefined>(
  undefined,
  { others: true },
  ...PAIRS.map((a) => ({ actors: [a[0], a[1]] as [string, string] })),
);

describe('for real text, shuffled, cut, spliced and sprinkled with odd characters', () => {
  it('draws from the texts of the corpus and fixtures', () => {
    expect(REAL.length).toBeGreaterThanOrEqual(6);
    expect(fc.sample(realText, { seed, numRuns: 20 }).some((t) => extractStances(t).length > 0)).toBe(true);
  });
  anyInputProperties(realText);
});

// a fresh worker thread per case (about 0.3 s to load the model): half the cases of the other properties, at least 30
// (before the fix of issue 11, the default seed's 28th case failed: a passage read twice was split differently)
const historyRuns = Math.max(30, Math.round(numRuns / 2));

describe('history, on real text', () => {
  it(
    'a document gives the same stances alone in a fresh state as after other real-text documents',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          longRealText,
          realOptions,
          fc.array(fc.tuple(realText, realOptions), { minLength: 1, maxLength: 30 }),
          async (doc, options, others) => {
            const out = await inFreshWorker([
              { text: doc, options },
              ...others.map(([text, o]) => ({ text, options: o })),
              { text: doc, options },
            ]);
            const alone = out[0];
            expect(out[out.length - 1]).toBe(alone);
            // and in this process, after every text the properties above drew
            expect(JSON.stringify(extractStances(doc, options))).toBe(alone);
          },
        ),
        { seed, numRuns: historyRuns },
      );
    },
    historyRuns * 5000,
  );
});
