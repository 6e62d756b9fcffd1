import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/index.js';
import { type Sentence, segment } from '../src/segment/index.js';

const read = (text: string) => segment(normalize(text));
const firstWord = (s: Sentence) => s.tokens[s.bodyFrom]?.text ?? null;

/** Per sentence after the headline: [turn, the speaker's words, the first word of the body]. */
type Row = readonly [string, string, readonly (readonly [Sentence['turn'], string | null, string | null])[]];

describe('speaker labels of transcripts', () => {
  const rows: readonly Row[] = [
    [
      'a secretary, over three paragraphs',
      'Remarks\n\nSECRETARY RUBIO: Good morning. We agreed on a lot.\n\nWe will meet in June.\n\nThat is all.',
      [
        ['answer', 'SECRETARY RUBIO', 'Good'],
        ['answer', 'SECRETARY RUBIO', 'We'],
        ['answer', 'SECRETARY RUBIO', 'We'],
        ['answer', 'SECRETARY RUBIO', 'That'],
      ],
    ],
    [
      'a foreign minister, then a stage direction that does not end the turn',
      'Remarks\n\nFOREIGN MINISTER CHO: Thank you, Marco.\n\n(Via interpreter) Korea values the alliance.\n\n(Laughter.)',
      [
        ['answer', 'FOREIGN MINISTER CHO', 'Thank'],
        ['answer', 'FOREIGN MINISTER CHO', 'Korea'],
        ['answer', 'FOREIGN MINISTER CHO', '('],
      ],
    ],
    [
      'a stage direction after the label',
      'Remarks\n\nMINISTER WONG: (As interpreted) Australia wants stability.',
      [['answer', 'MINISTER WONG', 'Australia']],
    ],
    [
      'a stage direction after the label that wink ends as a sentence: the label goes with the words after it',
      'Remarks\n\nSECRETARY KERRY: (Laughter.) Thank you. We agree.',
      [
        ['answer', 'SECRETARY KERRY', 'Thank'],
        ['answer', 'SECRETARY KERRY', 'We'],
      ],
    ],
    [
      'a stage direction before the colon',
      'Remarks\n\nPRESIDENT LULA (via interpreter): Brazil is ready.',
      [['answer', 'PRESIDENT LULA', 'Brazil']],
    ],
    [
      '"MR" without a stop, "QUESTION"',
      'Briefing\n\nMR MILLER: Good afternoon.\n\nQUESTION: Is the trip on? Has it been delayed?\n\nMR MILLER: It is on.',
      [
        ['answer', 'MR MILLER', 'Good'],
        ['question', null, 'Is'],
        ['question', null, 'Has'],
        ['answer', 'MR MILLER', 'It'],
      ],
    ],
    [
      '"MS." with a stop, "Q:" and "A:"',
      'Briefing\n\nMS. HARF: Hello.\n\nQ: What about Japan?\n\nA: We support Japan.\n\nMS. HARF: Next.',
      [
        ['answer', 'MS. HARF', 'Hello'],
        ['question', null, 'What'],
        ['answer', null, 'We'],
        ['answer', 'MS. HARF', 'Next'],
      ],
    ],
    [
      'a prime minister, a moderator',
      'Press conference\n\nPRIME MINISTER ALBANESE: Australia agrees.\n\nMODERATOR: Next question, please.\n\nPRIME MINISTER ALBANESE: Go ahead.',
      [
        ['answer', 'PRIME MINISTER ALBANESE', 'Australia'],
        ['question', null, 'Next'],
        ['answer', 'PRIME MINISTER ALBANESE', 'Go'],
      ],
    ],
    [
      '"THE PRESIDENT", a short line in the turn, and a "Q" with no colon',
      'Remarks\n\nTHE PRESIDENT: Thank you\n\nThank you all\n\nQ    Mr. President, will you go to Seoul?\n\nTHE PRESIDENT: I will.',
      [
        ['answer', 'THE PRESIDENT', 'Thank'],
        ['answer', 'THE PRESIDENT', 'Thank'],
        ['question', null, 'Mr.'],
        ['answer', 'THE PRESIDENT', 'I'],
      ],
    ],
    [
      'an interviewer named with a role, then by surname; a bare name in a transcript',
      'Interview\n\nMARY LOUISE KELLY, HOST: Welcome.\n\nKELLY: Will you go to Beijing?\n\nCAMPBELL: We will see.',
      [
        ['question', 'MARY LOUISE KELLY, HOST', 'Welcome'],
        ['question', 'KELLY', 'Will'],
        ['answer', 'CAMPBELL', 'We'],
      ],
    ],
    [
      'labels on lines of their own',
      'Interview\n\nQUESTION:\n\nWhat about Taiwan?\n\nSECRETARY AUSTIN:\n\nWe oppose any change.',
      [
        ['question', null, null],
        ['question', null, 'What'],
        ['answer', 'SECRETARY AUSTIN', null],
        ['answer', 'SECRETARY AUSTIN', 'We'],
      ],
    ],
    [
      'a spokesperson in mixed case and an outlet, in a transcript',
      'Press conference\n\nQ: Any comment?\n\nLin Jian: China firmly opposes it.\n\nBloomberg: And on Japan?\n\nLin Jian: The same.',
      [
        ['question', null, 'Any'],
        ['answer', 'Lin Jian', 'China'],
        ['question', 'Bloomberg', 'And'],
        ['answer', 'Lin Jian', 'The'],
      ],
    ],
    [
      'an official named by office',
      'Background call\n\nSENIOR ADMINISTRATION OFFICIAL: We expect progress.\n\nOPERATOR: Our next question.',
      [
        ['answer', 'SENIOR ADMINISTRATION OFFICIAL', 'We'],
        ['question', null, 'Our'],
      ],
    ],
    [
      'a hyphenated name and title',
      'Remarks\n\nSECRETARY-GENERAL GUTERRES: The war must end.\n\nAMBASSADOR THOMAS-GREENFIELD: We agree.',
      [
        ['answer', 'SECRETARY-GENERAL GUTERRES', 'The'],
        ['answer', 'AMBASSADOR THOMAS-GREENFIELD', 'We'],
      ],
    ],
    [
      'paragraphs before the first label are no turn',
      'Remarks\n\nThe two ministers spoke to reporters.\n\nSECRETARY RUBIO: Thank you.',
      [
        [null, null, 'The'],
        ['answer', 'SECRETARY RUBIO', 'Thank'],
      ],
    ],
    [
      'page furniture ends a turn',
      'Remarks\n\nSECRETARY RUBIO: Thank you.\n\nRelated News',
      [
        ['answer', 'SECRETARY RUBIO', 'Thank'],
        [null, null, 'Related'],
      ],
    ],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    const sentences = read(text).sentences.slice(1);
    expect(sentences.map((s) => [s.turn, s.turnSpeaker?.text ?? null, firstWord(s)])).toEqual(expected);
    for (const s of sentences) {
      if (s.turnSpeaker) expect(text.slice(s.turnSpeaker.start, s.turnSpeaker.end)).toBe(s.turnSpeaker.text);
      // inside a turn every line is speech (a label alone on its line is a heading)
      if (s.turn) expect(s.role).toBe(s.bodyFrom === s.tokens.length ? 'heading' : 'body');
      expect(s.dateline).toBeNull();
    }
  });

  // openers that are no label: no turn, and the sentence is read from its first word
  const notLabels: readonly [string, string, string][] = [
    ['a note', 'Talks\n\nNOTE: The text was updated on Monday.', 'NOTE'],
    ['an update', 'Talks\n\nThe talks ended.\n\nUPDATE: The ministry confirmed the date.', 'UPDATE'],
    ["an editor's note", "Talks\n\nEDITOR'S NOTE: This story was corrected.", 'EDITOR'],
    ['a lead-in in capitals', 'Fact sheet\n\nCRITICAL MINERALS SUPPLY CHAINS: The two sides agreed to cooperate.', 'CRITICAL'],
    [
      'a lead-in of three words outside a transcript',
      'Fact sheet\n\nSHIPBUILDING PARTNERSHIP INITIATIVE: The leaders welcomed it.',
      'SHIPBUILDING',
    ],
    ['a title and a small word', 'Remarks\n\nPRESIDENT TRUMP ON TARIFFS: The tariffs will stay.', 'PRESIDENT'],
    ['a possessive', "Remarks\n\nTHE PRESIDENT'S SCHEDULE: He will fly to Tokyo.", 'THE'],
    ['a name in mixed case outside a transcript', 'Readout\n\nMao Ning: China opposes the sale.', 'Mao'],
    ['a "Q" with no colon outside a transcript', 'Ratings\n\nQ Ratings rose in May.', 'Q'],
    ['a colon not followed by a space', 'Talks\n\nQUESTION:WHY was listed.', 'QUESTION'],
  ];
  it.each(notLabels)('%s', (_name, text, word) => {
    const sentences = read(text).sentences;
    expect(sentences.every((s) => s.turn === null && s.turnSpeaker === null)).toBe(true);
    expect(firstWord(sentences[sentences.length - 1] as Sentence)).toBe(word);
  });

  it('a headline in capitals with a colon is a headline, no turn', () => {
    const { sentences } = read('PRESIDENT YOON: WE WILL RESPOND FIRMLY\n\nThe president spoke in Seoul.');
    expect(sentences.map((s) => [s.role, s.turn, firstWord(s)])).toEqual([
      ['headline', null, 'PRESIDENT'],
      ['body', null, 'The'],
    ]);
  });

  it('on the first body line a place is a dateline, a person a label', () => {
    const place = read('Talks\n\nWASHINGTON: The US said it would talk.').sentences[1] as Sentence;
    expect([place.turn, place.turnSpeaker, place.dateline?.cities, firstWord(place)]).toEqual([null, null, ['WASHINGTON'], 'The']);
    const person = read('Talks\n\nSECRETARY BESSENT: The US will talk.').sentences[1] as Sentence;
    expect([person.turn, person.turnSpeaker?.text, person.dateline, firstWord(person)]).toEqual([
      'answer',
      'SECRETARY BESSENT',
      null,
      'The',
    ]);
  });

  it("a question turn holds only the claim it reports of a named party (issue 13); the answer's paragraphs are the answer", async () => {
    const { extractStances } = await import('../src/index.js');
    const text =
      'Foreign Ministry Spokesperson Hua Chunying Answers Questions\n\nQ: The ROK said it opposes the plan. What is your comment?\n\nA: China firmly opposes the plan.\n\nWe urge the ROK to act prudently.';
    expect(extractStances(text).map((s) => [s.holder, s.sentenceIndex])).toEqual([
      ['ROK', 1],
      ['China', 3],
      ['China', 4],
    ]);
  });
});
