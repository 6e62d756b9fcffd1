/** Messy and hostile text: one row per case, with the stances expected where there are any. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractStances, splitSentences } from '../src/index.js';
import { holdersBySentence } from './helpers/holders.js';

/** Every span of every stance slices back to its sentence and cue. */
function spansHold(text: string): void {
  for (const s of extractStances(text)) {
    expect(s.span.start).toBeGreaterThanOrEqual(0);
    expect(s.span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.sentenceSpan.start, s.sentenceSpan.end)).toBe(s.sentence);
    expect(text.slice(s.cue.span.start, s.cue.span.end)).toBe(s.cue.text);
  }
}

const rows: readonly [string, string, readonly (readonly string[])[]][] = [
  ['empty', '', []],
  ['whitespace only', ' \n\t\n  \u00a0 ', []],
  ['CRLF line ends', 'China agreed to the plan.\r\n\r\nThe ROK hopes for talks.\r\n', [['China'], ['ROK']]],
  ['CR line ends', 'China agreed to the plan.\r\rThe ROK hopes for talks.\r', [['China'], ['ROK']]],
  ['non-breaking and zero-width spaces', 'China\u00a0reiterated its\u200bopposition to the plan.', [['China']]],
  ['full-width punctuation', 'China agreed to the plan\uff0c and the ROK hopes for talks\uff0e', [['China', 'ROK']]],
  ['curly quotes', 'Wang Yi said: \u201cWe firmly oppose the move.\u201d', [['China']]],
  ['straight quotes', 'Wang Yi said: "We firmly oppose the move."', [['China']]],
  ['emoji', 'China \u{1F642} agreed to the plan \u{1F389}.', [['China']]],
  ['Chinese and Korean script', 'China (\u4e2d\u56fd) agreed with the ROK (\ub300\ud55c\ubbfc\uad6d) to meet again.', [['both']]],
  [
    'right-to-left text',
    'China agreed to the plan.\n\n\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645.\n\nThe ROK hopes for talks.',
    [['China'], [], ['ROK']],
  ],
  ['tabs and odd spacing', 'China\t\tagreed   to\tthe plan .', [['China']]],
  [
    'an HTML page',
    '<!DOCTYPE html><html><head><title>News</title><script>var s = "China agreed";</script></head><body><p>Beijing &amp; Seoul agreed to meet.</p><p>China&#8217;s envoy said it opposes the plan.</p></body></html>',
    [['both'], ['China']],
  ],
];

describe('messy text', () => {
  it.each(rows)('%s', (_t, text, expected) => {
    expect(holdersBySentence(text)).toEqual(expected.map((h) => [...h].sort()));
    spansHold(text);
  });

  it('a 20,000-word run-on sentence with no full stop', () => {
    const text = `China said that ${Array.from({ length: 20_000 }, (_, i) => (i % 100 === 0 ? 'the ROK will act' : 'words')).join(' ')}`;
    expect(splitSentences(text)).toHaveLength(1);
    const st = extractStances(text);
    expect(st.map((s) => s.holder)).toContain('China');
    spansHold(text);
  });

  it('100,000 one-word lines', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => (i % 1000 === 0 ? 'China' : 'word')).join('\n');
    expect(extractStances(text)).toEqual([]);
    expect(splitSentences(text).length).toBeGreaterThan(0);
  });

  it('a 10 MB document', () => {
    const article = fs.readFileSync(new URL('../fixtures/thaad-2017-china-daily.txt', import.meta.url), 'utf8');
    const copies = Math.ceil(10_000_000 / (article.length + 2));
    const text = Array.from({ length: copies }, () => article).join('\n\n');
    const st = extractStances(text);
    // the first copy has the reference answer; later copies lose their headline role, not their claims
    expect(st.length).toBeGreaterThan(copies * 10);
    const last = st[st.length - 1];
    expect(last && text.slice(last.cue.span.start, last.cue.span.end)).toBe(last?.cue.text);
  }, 60_000);
});
