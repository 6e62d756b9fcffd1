import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/index.js';
import { type Sentence, segment } from '../src/segment/index.js';

const read = (text: string) => segment(normalize(text));
const firstWord = (s: Sentence) => s.tokens[s.bodyFrom]?.text ?? null;
const firstBody = (sentences: readonly Sentence[]) => sentences.find((s) => s.role === 'body') as Sentence;

describe('datelines on the first body sentence', () => {
  // the dateline as written, its places and agency, and the first word of the body after it
  const accepted: readonly [string, string, string, readonly string[], string | null, string][] = [
    [
      'city, month with a stop, agency, double hyphen',
      "SEOUL, Oct. 31 (Yonhap) -- South Korea's unification ministry urged Pyongyang to return to talks.",
      'SEOUL, Oct. 31 (Yonhap) --',
      ['SEOUL'],
      'Yonhap',
      'South',
    ],
    [
      'month without a stop, hyphen (Reuters)',
      'Park and Kim met\n\nBUSAN, Oct 2 (Reuters) - Japanese and South Korean officials met on Tuesday.',
      'BUSAN, Oct 2 (Reuters) -',
      ['BUSAN'],
      'Reuters',
      'Japanese',
    ],
    [
      'full month name (Xinhua)',
      'Premier sets growth target\n\nBEIJING, March 5 (Xinhua) -- Chinese Premier Li Qiang said the economy would grow.',
      'BEIJING, March 5 (Xinhua) --',
      ['BEIJING'],
      'Xinhua',
      'Chinese',
    ],
    [
      'no date, em dash (AP)',
      'US warns Moscow\n\nWASHINGTON (AP) \u2014 The State Department warned Moscow on Friday.',
      'WASHINGTON (AP) \u2014',
      ['WASHINGTON'],
      'AP',
      'The',
    ],
    [
      'the dash ends the line',
      'Flights to resume\n\nMOSCOW, Jan. 5 (Reuters) -\nRussia said it would resume flights to Tbilisi.',
      'MOSCOW, Jan. 5 (Reuters) -',
      ['MOSCOW'],
      'Reuters',
      'Russia',
    ],
    [
      'two cities',
      'Hanoi protests\n\nHANOI/BEIJING (Reuters) - Vietnam protested against a Chinese survey ship.',
      'HANOI/BEIJING (Reuters) -',
      ['HANOI', 'BEIJING'],
      'Reuters',
      'Vietnam',
    ],
    [
      'two cities of two words each',
      'Ministers meet\n\nKUALA LUMPUR/SINGAPORE (Reuters) - Malaysia and Singapore agreed on a rail link.',
      'KUALA LUMPUR/SINGAPORE (Reuters) -',
      ['KUALA LUMPUR', 'SINGAPORE'],
      'Reuters',
      'Malaysia',
    ],
    [
      'city and colon (Indian press)',
      'India, Bhutan sign pacts\n\nNEW DELHI: India and Bhutan signed two agreements on Monday.',
      'NEW DELHI:',
      ['NEW DELHI'],
      null,
      'India',
    ],
    [
      'date and colon',
      'Envoy summoned\n\nISLAMABAD, March 5: Pakistan summoned the Afghan envoy.',
      'ISLAMABAD, March 5:',
      ['ISLAMABAD'],
      null,
      'Pakistan',
    ],
    [
      'city and country (AP)',
      "Calm urged\n\nCANBERRA, Australia (AP) \u2014 Australia's foreign minister called for calm.",
      'CANBERRA, Australia (AP) \u2014',
      ['CANBERRA'],
      'AP',
      'Australia',
    ],
    [
      'city, country and date (Kyodo)',
      "Visit planned\n\nTOKYO, Japan, May 3 (Kyodo) -- Japan's top diplomat will visit Manila.",
      'TOKYO, Japan, May 3 (Kyodo) --',
      ['TOKYO'],
      'Kyodo',
      'Japan',
    ],
    [
      'a place that is no city',
      'Council split\n\nUNITED NATIONS (Reuters) - The Security Council failed to agree on a statement.',
      'UNITED NATIONS (Reuters) -',
      ['UNITED NATIONS'],
      'Reuters',
      'The',
    ],
    [
      'a city in mixed case with a date',
      'Missiles fired\n\nSeoul, Oct. 31 (Yonhap) -- North Korea fired two missiles, the military said.',
      'Seoul, Oct. 31 (Yonhap) --',
      ['Seoul'],
      'Yonhap',
      'North',
    ],
    [
      'a city in mixed case with an agency only (AFP)',
      "Coast guard accused\n\nManila (AFP) - The Philippines accused China's coast guard of ramming its boat.",
      'Manila (AFP) -',
      ['Manila'],
      'AFP',
      'The',
    ],
    [
      'city and em dash only (VOA)',
      "Summit hosted\n\nNAIROBI \u2014 Kenya's president hosted regional leaders on Sunday.",
      'NAIROBI \u2014',
      ['NAIROBI'],
      null,
      'Kenya',
    ],
    [
      'day before month, year',
      'Deal welcomed\n\nJAKARTA, 12 June 2024 (Antara) - Indonesia welcomed the deal.',
      'JAKARTA, 12 June 2024 (Antara) -',
      ['JAKARTA'],
      'Antara',
      'Indonesia',
    ],
    [
      'after a byline',
      'Talks end\n\nBy Lee Min-ji\n\nPYONGYANG, Feb. 8 (KCNA) -- North Korea rejected the offer.',
      'PYONGYANG, Feb. 8 (KCNA) --',
      ['PYONGYANG'],
      'KCNA',
      'North',
    ],
  ];
  it.each(accepted)('%s', (_name, text, written, cities, agency, word) => {
    const { sentences, dateline } = read(text);
    const s = firstBody(sentences);
    expect(s.dateline).not.toBeNull();
    expect(dateline).toEqual(s.dateline);
    const d = s.dateline as NonNullable<Sentence['dateline']>;
    expect(text.slice(d.start, d.end)).toBe(written);
    expect(d.start).toBe(s.start);
    expect(d.cities).toEqual(cities);
    for (const c of d.cities) expect(text.slice(d.start, d.end)).toContain(c);
    expect(d.agency).toBe(agency);
    expect(s.agency).toBe(agency);
    expect(firstWord(s)).toBe(word);
    // the body is one sentence with the dateline, read from its first word; no other sentence has a dateline
    expect(sentences.filter((x) => x.dateline !== null)).toEqual([s]);
  });

  // forms that are no dateline: the first body sentence is read from its first word
  const rejected: readonly [string, string, string][] = [
    ['a list of states before a comma', 'Summit set\n\nChina, the ROK and Japan agreed to hold a summit in May.', 'China'],
    [
      'a state before a comma and a dash',
      'Neighbours agree\n\nRussia, China \u2014 the two neighbours \u2014 agreed on a pipeline.',
      'Russia',
    ],
    ['a city as a subject', 'Beijing objects\n\nBeijing said on Monday it would respond.', 'Beijing'],
    ['"U.S." opening a sentence', 'Talks\n\nU.S. President Joe Biden spoke with Xi Jinping by phone.', 'U.S.'],
    ['"U.S." before a dash', 'Talks\n\nU.S. \u2014 China talks resumed in Geneva.', 'U.S.'],
    ['a notice in capitals before a dash', 'Talks\n\nUPDATE \u2014 The ministry corrected its statement.', 'UPDATE'],
    ['a lead-in in capitals before a colon', 'Fact sheet\n\nEXPANDING ENERGY TRADE: The two leaders agreed to buy more gas.', 'EXPANDING'],
    ['a word in capitals before a colon', 'Talks\n\nASEAN: Members agreed on a code of conduct.', 'ASEAN'],
    ['a plain hyphen with no date or agency', 'Talks\n\nBERLIN - Germany said it would send more aid.', 'BERLIN'],
    ['a city joined to a word', 'Analysts wary\n\nSEOUL-based analysts said the launch was a warning.', 'SEOUL'],
    ['a dateline past the first body sentence', 'Talks\n\nThe talks ended.\n\nPARIS, Oct. 3 (AFP) -- France said it agreed.', 'The'],
    ['an honorific and an age', 'Profile\n\nMr. Kim, 64, said he would retire.', 'Mr.'],
  ];
  it.each(rejected)('%s', (_name, text, word) => {
    const { sentences, dateline } = read(text);
    expect(dateline).toBeNull();
    expect(sentences.every((s) => s.dateline === null && s.agency === null)).toBe(true);
    expect(sentences.filter((s) => s.role === 'body').map(firstWord)[0]).toBe(word);
    expect(sentences.every((s) => s.bodyFrom === 0)).toBe(true);
  });

  it('a city alone as a headline is a headline', () => {
    const { sentences, dateline } = read('SEOUL\n\nThe talks ended in Seoul.');
    expect(dateline).toBeNull();
    expect(sentences.map((s) => [s.role, firstWord(s)])).toEqual([
      ['headline', 'SEOUL'],
      ['body', 'The'],
    ]);
  });

  it('a dateline on a line of its own is a byline that carries it; the body after it keeps its first word', () => {
    const text = "Taiwan holds drills\n\nTAIPEI, Aug. 2 (CNA) --\n\nTaiwan's defence ministry said the drills would last three days.";
    const { sentences, dateline } = read(text);
    expect(sentences.map((s) => s.role)).toEqual(['headline', 'byline', 'body']);
    const line = sentences[1] as Sentence;
    expect(line.dateline).toEqual(dateline);
    expect(text.slice(line.dateline?.start, line.dateline?.end)).toBe('TAIPEI, Aug. 2 (CNA) --');
    expect(line.agency).toBe('CNA');
    expect(line.bodyFrom).toBe(line.tokens.length);
    const body = sentences[2] as Sentence;
    expect([body.dateline, body.agency, firstWord(body)]).toEqual([null, null, 'Taiwan']);
  });

  it('a text that is nothing but a dateline is a byline', () => {
    const { sentences, dateline } = read('GENEVA, Nov. 4 (dpa) --');
    expect(sentences.map((s) => [s.role, s.bodyFrom === s.tokens.length])).toEqual([['byline', true]]);
    expect(dateline?.cities).toEqual(['GENEVA']);
  });

  it('the sentence after a dateline is read as a body sentence with its own claims', async () => {
    const { extractStances } = await import('../src/index.js');
    const text = 'Drills\n\nBEIJING, Sept. 9 (Xinhua) -- China opposes the drills. The ROK hopes for calm.';
    const st = extractStances(text);
    expect(st.map((s) => [s.holder, s.source, s.sentenceIndex])).toEqual([
      ['China', 'Xinhua', 1],
      ['ROK', null, 2],
    ]);
  });
});
