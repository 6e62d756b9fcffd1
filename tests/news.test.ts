/**
 * The mechanisms that news needs, one table each (issue 13 "Right on real news" and issue 14 "Any pair"):
 * every text here is written for these tests, in the forms wire copy uses, for many pairs of states.
 * A row gives the holders of the text's last sentence (sorted), or of every sentence.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../src/index.js';
import { extractStances } from '../src/index.js';
import { lastHolders } from './helpers/holders.js';

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
