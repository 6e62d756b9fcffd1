/**
 * The mechanisms that news needs, one table each (issue 13 "Right on real news" and issue 14 "Any pair"):
 * every text here is written for these tests, in the forms wire copy uses, for many pairs of states.
 * A row gives the holders of the text's last sentence (sorted), or of every sentence.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../src/index.js';
import { extractStances } from '../src/index.js';
import { holdersBySentence, lastHolders } from './helpers/holders.js';

type Row = readonly [title: string, text: string, holders: readonly string[], options?: ExtractOptions];

const pair = (a: string, b: string): ExtractOptions => ({ actors: [a, b] });
/** Rows are read as the body of an article under a headline that holds nothing. */
const article = (body: string) => `Report\n\n${body}`;

const table = (rows: readonly Row[]) =>
  it.each(rows.map((row) => ({ title: row[0], row })))('$title', ({ row }) => {
    const [, text, holders, options] = row;
    expect(lastHolders(article(text), options)).toEqual([...holders].sort());
  });

describe('time-place-words: time and place words between a subject and its verb', () => {
  table([
    ['a weekday after "on"', 'The US on Thursday rejected calls by Russia for talks.', ['US'], pair('US', 'Russia')],
    ['a weekday with no preposition', 'The ROK Friday said it will respond to the proposal.', ['ROK']],
    ['"today"', 'China today warned Japan not to interfere in its affairs.', ['China'], pair('China', 'Japan')],
    ['"here" and a weekday', 'Seoul here Wednesday said it opposes the plan.', ['ROK']],
    ['"late on" a weekday', 'Tokyo late on Monday expressed regret over the decision.', ['Japan'], pair('Japan', 'ROK')],
    ['"last week"', 'India last week said it would not attend the talks.', ['India'], pair('India', 'Pakistan')],
    ['"this month"', 'Canberra this month pledged to deepen ties with Jakarta.', ['Australia'], pair('Australia', 'Indonesia')],
    ['a date', 'Ukraine on March 3 said it rejects the ultimatum.', ['Ukraine'], pair('Russia', 'Ukraine')],
    ['"in a statement" between commas', 'Pakistan, in a statement, said it opposes the move.', ['Pakistan'], pair('India', 'Pakistan')],
    ['"again"', 'Beijing again urged Manila to stop the patrols.', ['China'], pair('China', 'Philippines')],
    ['"also"', 'Moscow also said it hopes for a ceasefire.', ['Russia'], pair('Russia', 'Ukraine')],
    ['an office, "on Sunday"', "Pakistan's foreign ministry on Sunday rejected the claim.", ['Pakistan'], pair('India', 'Pakistan')],
    ['a time word is no subject of its own', 'Monday marked the anniversary of the talks.', []],
  ]);
  it('records the mechanism in because', () => {
    const [s] = extractStances(article('The US on Thursday rejected calls by Russia for talks.'), pair('US', 'Russia'));
    expect(s?.because).toEqual(['subject', 'time-place-words', 'cue:oppose']);
  });
});

describe('quotation: a quotation over sentences and paragraphs stays its speaker\'s, and "we" in it is the speaker\'s state', () => {
  // holders of every sentence of the body (the headline is left out)
  const rows: readonly (readonly [title: string, body: string, holders: readonly (readonly string[])[], options?: ExtractOptions])[] = [
    [
      'a quotation closed by a named frame a sentence on',
      '"We will not accept this. The talks must resume soon," Lavrov said.',
      [['Russia'], ['Russia']],
      pair('Russia', 'Ukraine'),
    ],
    [
      'a quotation closed by ", he said"',
      'Turkish Foreign Minister Hakan Fidan spoke on Monday.\n\n"Their drills should not be tolerated. We oppose them," he said.',
      [[], ['Turkey'], ['Turkey']],
      pair('Turkey', 'Greece'),
    ],
    [
      'a paragraph that is only a quotation, after the speaker is introduced',
      'President Park Geun-hye said the path to peace starts with trust.\n\n"North Korea provokes a crisis and is rewarded.',
      [['ROK'], ['ROK']],
    ],
    [
      'the sentences of that quotation, whatever their subjects',
      'President Park Geun-hye said the path to peace starts with trust.\n\n"The pattern is familiar. Pyongyang uses the time to build weapons."',
      [['ROK'], ['ROK'], ['ROK']],
    ],
    [
      'a quotation reopened in a new paragraph',
      'Prime Minister Shinzo Abe said such acts cannot be accepted.\n\n"We cannot tolerate any challenge.\n\n"No nation should doubt our resolve," he said.',
      [['Japan'], ['Japan'], ['Japan']],
      pair('Japan', 'China'),
    ],
    [
      '"no nation should" inside a quotation is the speaker\'s',
      'Australian Foreign Minister Penny Wong spoke in Canberra.\n\n"No nation should coerce its neighbours. Dialogue is the only way," Wong said.',
      [[], ['Australia'], ['Australia']],
      pair('Australia', 'China'),
    ],
    [
      '"I" and "our" inside a closed quotation',
      'Indian Foreign Minister Subrahmanyam Jaishankar met reporters.\n\n"I hope our neighbours will see reason," Jaishankar said.',
      [[], ['India']],
      pair('India', 'Pakistan'),
    ],
    [
      'a quotation of a third party holds nothing',
      'Analysts said the talks had stalled.\n\n"Both sides will have to give ground."',
      [[], []],
    ],
    [
      "a new speaker ends the last one: the quotation is the new speaker's",
      'Wang Yi said China opposes the plan.\n\nKang said the ROK would decide on its own.\n\n"It is a matter of our security."',
      [['China'], ['ROK'], ['ROK']],
    ],
    [
      'a quotation closed with ", it said" names a source, not a speaker',
      '"Talks will resume soon. The drills must end," it said.',
      [[], []],
      pair('Japan', 'Russia'),
    ],
    [
      'a sentence after a closed quotation is no longer quoted',
      'Kang said: "The ROK will decide."\n\nNorth Korea fired two missiles on Sunday.',
      [['ROK'], []],
    ],
  ];
  it.each(rows.map((row) => ({ title: row[0], row })))('$title', ({ row }) => {
    const [, body, holders, options] = row;
    expect(holdersBySentence(article(body), options).slice(1)).toEqual(holders);
  });
});

describe('headline grammar: "to" for the future, a speaker at the colon, a document in its author\'s voice', () => {
  const headline = (h: string, options?: ExtractOptions) => {
    const holders = extractStances(`${h}\n\nPresident Park Geun-hye and Prime Minister Fumio Kishida of Japan spoke.`, options)
      .filter((s) => s.sentenceIndex === 0)
      .map((s) => s.holder);
    return [...new Set(holders)].sort();
  };
  const rows: Row[] = [
    ['"X to VERB": a commitment', "China's Xi to Visit Seoul for June Summit", ['China']],
    ['"X to VERB" of another pair', 'India to Deepen Defence Ties With Japan', ['India'], pair('India', 'Japan')],
    ['"X, Y to VERB": both', 'Japan, Australia to Hold Security Talks', ['both'], pair('Japan', 'Australia')],
    ['"to" after a possessor is no commitment', "Seoul's Plan to Expand Drills Draws Fire", []],
    ['"to" before a name is no commitment', 'Visit to Beijing Ends Without Deal', []],
    ['a speaker before the colon', "S. Korea's Park: 'No Provocation Can Succeed'", ['ROK']],
    ['an official named in the body, before the colon', 'Kishida: Japan Will Not Yield on the Islands', ['Japan'], pair('Japan', 'China')],
    ['a state before the colon', 'Moscow: Kyiv Must Withdraw From the Border', ['Russia'], pair('Russia', 'Ukraine')],
    ['a speaker after the colon', 'Drills Threaten Regional Stability: Beijing', ['China']],
    ['a capital after the colon', 'Talks With Islamabad Must Wait: New Delhi', ['India'], pair('India', 'Pakistan')],
    ['a topic before the colon is no speaker', 'Korea-Japan Ties: Hopes of a Thaw', []],
    ['present tense', 'Tokyo Protests Chinese Coast Guard Incursion', ['Japan'], pair('Japan', 'China')],
  ];
  it.each(rows.map((row) => ({ title: row[0], row })))('$title', ({ row }) => {
    const [, h, holders, options] = row;
    expect(headline(h, options)).toEqual([...holders].sort());
  });
  it("a document named as one speaker's remarks is in that speaker's voice", () => {
    const text =
      "Foreign Ministry Spokesperson Hua Chunying's Remarks on the Deployment\n\nThe deployment seriously harms regional stability.";
    expect(lastHolders(text)).toEqual(['China']);
  });
});
