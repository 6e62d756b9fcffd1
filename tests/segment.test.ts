import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/index.js';
import { tokenize } from '../src/nlp/wink.js';
import { normalize } from '../src/normalize/index.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);
const roles = (t: string) => splitSentences(t).map((s) => s.role);

describe('sentence repairs', () => {
  const rows: readonly [string, string, readonly string[]][] = [
    ['title "Amb."', 'Amb. Kim said so. The talks ended.', ['Amb. Kim said so.', 'The talks ended.']],
    ['title "Pres."', 'Pres. Moon hopes for the best. He left.', ['Pres. Moon hopes for the best.', 'He left.']],
    ['middle initial', 'President Joseph R. Biden, Jr. met Xi. They talked.', ['President Joseph R. Biden, Jr. met Xi.', 'They talked.']],
    ['U.S. inside a sentence', 'The U.S. side agreed. China too.', ['The U.S. side agreed.', 'China too.']],
    [
      'U.S. before a capitalised name',
      'Rates follow the KORUS FTA or U.S. Most Favored Nation rate.',
      ['Rates follow the KORUS FTA or U.S. Most Favored Nation rate.'],
    ],
    [
      'U.S. ending a sentence',
      'China held talks with the U.S. Most analysts were surprised.',
      ['China held talks with the U.S.', 'Most analysts were surprised.'],
    ],
    [
      'missing space after a comma',
      'They agreed at an early date,according to the release.',
      ['They agreed at an early date,according to the release.'],
    ],
    ['paragraphs are hard boundaries', 'China agreed\n\nThe ROK agreed.', ['China agreed', 'The ROK agreed.']],
    ['a list number stays on its item', 'Talks\n\n1. China will help. It said so.', ['Talks', '1. China will help.', 'It said so.']],
    ['a number in brackets', 'Talks\n\n(2) The two sides agreed.', ['Talks', '(2) The two sides agreed.']],
    ['a letter with a bracket', 'Talks\n\nb) Japan asks for calm.', ['Talks', 'b) Japan asks for calm.']],
    ['a roman numeral', 'Talks\n\niv. Both sides noted progress.', ['Talks', 'iv. Both sides noted progress.']],
    [
      'a number ending a sentence stays there',
      'Talks\n\nThey met on day 1. Then they left.',
      ['Talks', 'They met on day 1.', 'Then they left.'],
    ],
    ['wrapped lines join', 'China and the ROK\nagreed to meet.', ['China and the ROK\nagreed to meet.']],
  ];
  it.each(rows)('%s', (_t, text, expected) => expect(texts(text)).toEqual(expected));
});

describe('sentence roles', () => {
  const rows: readonly [string, string, readonly string[]][] = [
    [
      'headline, byline, body, furniture',
      'Beijing, Seoul agree on talks\n\nChina Daily\nLi Ming\n\nThe two sides agreed.\n\nRelated News',
      ['headline', 'byline', 'body', 'furniture'],
    ],
    [
      'section heading',
      'Title of it\n\nChina agreed.\n\nThe Alliance: A New Chapter\n\nThe ROK agreed.',
      ['headline', 'body', 'heading', 'body'],
    ],
    ['upper-case heading with a colon', 'Title\n\nCHINESE ACTIONS:\n\nChina will act.', ['headline', 'heading', 'body']],
    ['share button', 'China agreed.\n\nShare this article', ['body', 'furniture']],
  ];
  it.each(rows)('%s', (_t, text, expected) => expect(roles(text)).toEqual(expected));

  it('a dateline is no actor: "SEOUL, Oct. 31 (Yonhap) --" names a source', async () => {
    const { extractStances } = await import('../src/index.js');
    const st = extractStances('SEOUL, Oct. 31 (Yonhap) -- China hopes for calm.');
    expect(st.map((s) => [s.holder, s.source])).toEqual([['China', 'Yonhap']]);
  });
});

describe('one-sentence documents', () => {
  // a text of one paragraph is read as sentences: role body, with or without a final stop
  const rows: readonly [string, string, readonly (readonly [string, string])[]][] = [
    ['a headline-like line with no stop', 'China rejects US proposal', [['China rejects US proposal', 'body']]],
    ['title case with no stop', 'Vietnam Protests Chinese Survey Ship', [['Vietnam Protests Chinese Survey Ship', 'body']]],
    ['comma coordination with no stop', 'Japan, Australia agree on defence pact', [['Japan, Australia agree on defence pact', 'body']]],
    ['a colon-attributed speaker with no stop', 'Talks must resume soon: FM', [['Talks must resume soon: FM', 'body']]],
    ['a name that looks like a byline', 'Yoon Suk Yeol', [['Yoon Suk Yeol', 'body']]],
    ['a sentence with a stop', 'The two sides agreed to meet again.', [['The two sides agreed to meet again.', 'body']]],
    ['a line wrapped over two', 'China and the ROK\nagreed to meet', [['China and the ROK\nagreed to meet', 'body']]],
    [
      'two sentences on one line',
      'Seoul protested. Tokyo did not reply',
      [
        ['Seoul protested.', 'body'],
        ['Tokyo did not reply', 'body'],
      ],
    ],
    ['page furniture alone is still furniture', 'Related News', [['Related News', 'furniture']]],
  ];
  it.each(rows)('%s', (_t, text, expected) => {
    expect(splitSentences(text).map((s) => [s.text, s.role])).toEqual(expected);
  });
});

describe('headlines of articles', () => {
  // a first paragraph of one line with no final stop, followed by more text: one sentence, role headline
  const rows: readonly [string, string][] = [
    ['a speaker after a colon', 'Talks must resume soon: FM'],
    ['an office after a colon', 'Missile launch threatens regional stability: ministry'],
    ['a speaker before a colon and a quotation', "Japan's Kishida: 'We Will Not Back Down'"],
    ['capitals and an acronym after a colon', 'NORTH KOREA FIRES MISSILE: JCS'],
    ['a colon inside', 'UN envoy: Both Koreas must return to talks'],
    ['"U.S." before a colon', "N. Korea warns U.S.: 'Stop the drills'"],
    ['a full stop inside', "Moon to Abe: Let's talk. Abe: Not yet"],
    ['comma coordination', 'Seoul, Tokyo agree to resume shuttle diplomacy'],
  ];
  it.each(rows)('%s', (_t, headline) => {
    const text = `${headline}\n\nThe foreign ministry said so on Monday.`;
    expect(splitSentences(text).map((s) => [s.text, s.role])).toEqual([
      [headline, 'headline'],
      ['The foreign ministry said so on Monday.', 'body'],
    ]);
  });
});

describe('offsets', () => {
  const samples = [
    'China’s “position” is clear.\u00a0The ROK agreed.',
    'Line one\r\n\r\nLine two, the ROK said.\r\n',
    'Ｃhina agreed（today）. 中国 and 한국 met. Emoji 🙂 here; China hopes so.',
    'Lee Jae-myung and Moon Jae-in met. He didn’t reaffirm it.',
  ];
  it.each(samples)('tokens slice back out of %j', (text) => {
    const work = normalize(text);
    expect(work.length).toBe(text.length);
    for (const sentence of tokenize(work, 0, work.length)) {
      for (const t of sentence) expect(work.slice(t.start, t.end)).toBe(t.text);
    }
  });
  it.each(samples)('sentences slice back out of %j', (text) => {
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
