/**
 * Properties that hold for any input, checked with fast-check. The seed is
 * fixed (FC_SEED, default 20261128) so CI is repeatable; `npm run fuzz` runs
 * many more cases (FUZZ_RUNS).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, extractStances, type Stance } from '../src/index.js';

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

describe('for any text', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        extractStances(t);
      }),
      params,
    );
  });

  it('every span lies in the text and slices back to its sentence and cue', () => {
    fc.assert(
      fc.property(anyText, (t) => {
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
      fc.property(anyText, (t) => {
        expect(extractStances(t)).toEqual(extractStances(t));
      }),
      params,
    );
  });
});

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
