/**
 * The mechanisms that news needs, one table each (issue 13 "Right on real news" and issue 14 "Any pair"):
 * every text here is written for these tests, in the forms wire copy uses, for many pairs of states.
 * A row gives the holders of the text's last sentence (sorted), or of every sentence.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../src/index.js';
import { extractStances } from '../src/index.js';
import { article, holdersBySentence, lastHolders, pair, type Row, table } from './helpers/holders.js';

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

describe('subordinate-clause: a preposition that also joins clauses opens one with its own subject', () => {
  table([
    [
      '"hours after"',
      'Officials met late on Sunday, hours after Beijing threatened to close the airspace.',
      ['China'],
      pair('China', 'US'),
    ],
    ['"after" with an auxiliary', 'The talks resumed after Moscow had agreed to a pause.', ['Russia'], pair('Russia', 'Ukraine')],
    ['"before"', 'Markets fell before New Delhi announced it would retaliate.', ['India'], pair('India', 'Pakistan')],
    ['"since"', 'Trade has slowed since Tokyo pledged to curb exports.', ['Japan'], pair('Japan', 'ROK')],
    ['"until"', 'The border stayed shut until Ankara agreed to reopen it.', ['Türkiye'], pair('Türkiye', 'Greece')],
    ['"as" with an adverb', 'Shares rose as Canberra finally welcomed the deal.', ['Australia'], pair('Australia', 'Indonesia')],
    ['"after" a state with "the"', 'Ships left the port after the ROK rejected the demand.', ['ROK']],
    [
      '"after" an office',
      "Flights resumed after Iran's foreign ministry said it would allow them.",
      ['Iran'],
      pair('Iran', 'Saudi Arabia'),
    ],
    [
      "a preposition's object before a noun is no subject",
      'The plan was drafted after Paris talks with officials.',
      [],
      pair('France', 'UK'),
    ],
    ['"after" an actor, then a noun', 'Prices rose after China tariffs took effect.', [], pair('China', 'US')],
    ['"by" is no clause opener', 'The statement was welcomed by Seoul.', ['ROK']],
    ['"of" is no clause opener', 'The proposal of Seoul reflected concerns about the plan.', []],
  ]);
  it('records the mechanism in because', () => {
    const [s] = extractStances(article('Ships left the port after the ROK rejected the demand.'));
    expect(s?.because).toContain('subordinate-clause');
  });
});

describe('name-as: calling, describing or branding something is a view of the one who names it', () => {
  table([
    ['"called" with a second noun phrase', 'Washington called the launch a dangerous escalation.', ['US'], pair('US', 'China')],
    ['"called" with an adjective', 'Beijing called the remarks irresponsible.', ['China'], pair('China', 'Japan')],
    ['"called" with a quotation', 'Moscow called the sanctions "an act of economic war".', ['Russia'], pair('Russia', 'Ukraine')],
    ['"described ... as"', 'Tokyo described the drills as a grave provocation.', ['Japan'], pair('Japan', 'China')],
    ['"branded ... illegal"', 'Kyiv branded the referendum illegal.', ['Ukraine'], pair('Russia', 'Ukraine')],
    ['"labelled ... as"', 'New Delhi labelled the strike as an act of aggression.', ['India'], pair('India', 'Pakistan')],
    ['"termed" with an adjective', 'Athens termed the move unacceptable.', ['Greece'], pair('Türkiye', 'Greece')],
    ['"characterised ... as"', 'Canberra characterised the talks as constructive.', ['Australia'], pair('Australia', 'Indonesia')],
    ['a state official', 'The ROK foreign minister called the test a clear violation of the resolutions.', ['ROK']],
    ['"called a meeting" is narration', 'Washington called a meeting of the council.', [], pair('US', 'China')],
    ['"described the visit" is narration', 'Japan described the visit in detail.', [], pair('Japan', 'China')],
    ['"called on" stays an urging', 'Seoul called on Pyongyang to return to talks.', ['ROK'], pair('ROK', 'DPRK')],
    ['an object with its own adjective', 'Paris called the new plan a step backwards.', ['France'], pair('France', 'UK')],
  ]);
});

describe('state participles: "we are agreed that" tells the subject\'s state, not a passive', () => {
  table([
    ['"the two sides are agreed on"', 'The two sides are agreed on the need for talks.', ['both'], pair('Japan', 'China')],
    [
      'a joint subject "are agreed that"',
      'India and Pakistan are agreed that the ceasefire must hold.',
      ['both'],
      pair('India', 'Pakistan'),
    ],
    ['"are resolved to"', 'Russia and Ukraine are resolved to exchange prisoners.', ['both'], pair('Russia', 'Ukraine')],
    ['a state "is determined to"', 'Greece is determined to defend its waters.', ['Greece'], pair('Türkiye', 'Greece')],
    ['"are united in"', 'Australia and Indonesia are united in their support for the pact.', ['both'], pair('Australia', 'Indonesia')],
    ['"it was agreed that" stays impersonal', 'It was agreed that the talks would resume.', [], pair('US', 'China')],
    ['an agent after "by" is still a passive', 'The plan was agreed by Tokyo.', ['Japan'], pair('Japan', 'ROK')],
    ['a thing "agreed on" a day holds nothing', 'The text was agreed on Monday.', [], pair('UK', 'France')],
    ['a thing "determined" holds nothing', 'The route was determined by engineers.', [], pair('Iran', 'Saudi Arabia')],
    ['"are convinced that"', 'Both governments are convinced that dialogue is the only way.', ['both'], pair('Iran', 'Saudi Arabia')],
  ]);
});

describe("remarks-headline: a headline naming one author's remarks on a matter is that author's statement", () => {
  // holders of the headline, with a body under it
  const rows: readonly Row[] = [
    ["a spokesperson's remarks on a decision", "Spokesperson Hua Chunying's Remarks on the ROK's Decision to Deploy THAAD", ['China']],
    [
      "a minister's statement on strikes",
      "Russian Foreign Minister Sergey Lavrov's Statement on the Strikes in Kursk",
      ['Russia'],
      pair('Russia', 'Ukraine'),
    ],
    [
      "a ministry's response to claims",
      "The Indian Foreign Ministry's Response to Pakistan's Claims",
      ['India'],
      pair('India', 'Pakistan'),
    ],
    [
      "a foreign ministry's comments regarding drills",
      "The Japanese Foreign Ministry's Comments regarding the Chinese Drills",
      ['Japan'],
      pair('Japan', 'China'),
    ],
    [
      "a government's reaction to a ruling",
      "The Greek Government's Reaction to the Turkish Court Ruling",
      ['Greece'],
      pair('Türkiye', 'Greece'),
    ],
    ["an embassy's statement about a report", "The Chinese Embassy's Statement about the US Report", ['China'], pair('US', 'China')],
    [
      "an office's remarks concerning a visit",
      "The South Korean Presidential Office's Remarks concerning the Japanese Visit",
      ['ROK'],
      pair('ROK', 'Japan'),
    ],
    ["a state's remarks over sanctions", "Iran's Statement over the Saudi Sanctions", ['Iran'], pair('Iran', 'Saudi Arabia')],
    ['a joint statement on a matter is no claim', 'Joint Statement on China-ROK Economic Cooperation', []],
    ['remarks by a leader before a meeting are no claim', 'Remarks by President Moon Before Meeting President Xi', []],
    ['remarks on no matter are no claim', "Spokesperson Hua Chunying's Remarks", []],
    ["a third party's remarks on a matter are no claim of the pair", "The UN Chief's Remarks on the Korean Peninsula", []],
  ];
  it.each(rows.map((row) => ({ title: row[0], row })))('$title', ({ row }) => {
    const [, headline, holders, options] = row;
    expect(holdersBySentence(`${headline}\n\nThe matter was discussed on Monday.`, options)[0]).toEqual([...holders].sort());
  });
});

describe('relative-modal: a modal describing a thing in a relative clause holds no position', () => {
  table([
    ['"principles that would"', 'The two leaders discussed principles that would guide the talks.', [], pair('US', 'China')],
    ['"a deal under which X would"', 'Talks on a deal under which Russia would supply gas have stalled.', [], pair('Russia', 'China')],
    ['"a mechanism by which X will"', 'Officials studied a mechanism by which Pakistan will notify tests.', [], pair('India', 'Pakistan')],
    ['"measures which could"', 'The report listed measures which could ease the crisis.', [], pair('Iran', 'Saudi Arabia')],
    ['"a plan that will"', 'The ministers reviewed a plan that will link the two ports.', [], pair('Australia', 'Indonesia')],
    [
      '"an accord whereby X would"',
      'Negotiators drafted an accord whereby Greece would reopen the crossing.',
      [],
      pair('Türkiye', 'Greece'),
    ],
    ['the main clause still holds its claim', 'Japan welcomed steps that would reduce tensions.', ['Japan'], pair('Japan', 'China')],
    ["a speaker's own modal stays the speaker's", 'Lavrov said Russia would respond to any attack.', ['Russia'], pair('Russia', 'Ukraine')],
    ['a noun complement is no relative clause', 'China expressed the hope that the ROK would respond.', ['China']],
    ['"that" after a verb is no relative', 'The UK said that would be a mistake.', ['UK'], pair('UK', 'France')],
    ['a modal after an actor "which"', 'The ROK, which will host the summit, welcomed the plan.', ['ROK']],
  ]);
});

describe('judged object: a light verb whose object holds a word of judgement is a position', () => {
  table([
    ['"raised" a brutal war', "President Biden raised Russia's brutal war against Ukraine.", ['US'], pair('US', 'China')],
    ['"raised" coercive actions', "Japan raised China's coercive actions in the East China Sea.", ['Japan'], pair('Japan', 'China')],
    ['"raised" the illegal annexation', 'Kyiv raised the illegal annexation of Crimea.', ['Ukraine'], pair('Russia', 'Ukraine')],
    ['"raised" provocative drills', "Seoul raised Pyongyang's provocative drills.", ['ROK'], pair('ROK', 'DPRK')],
    ['"raised" unprovoked attacks', 'India raised the unprovoked attacks on its posts.', ['India'], pair('India', 'Pakistan')],
    ['"raised" reckless flights', 'Athens raised the reckless flights over its islands.', ['Greece'], pair('Türkiye', 'Greece')],
    [
      '"raised" dangerous manoeuvres',
      'Canberra raised the dangerous manoeuvres near its aircraft.',
      ['Australia'],
      pair('Australia', 'China'),
    ],
    ['"raised" the war: narration', "President Biden raised Russia's war against Ukraine.", [], pair('US', 'China')],
    ['"raised" an issue: narration', 'Japan raised the issue of the abductions.', [], pair('Japan', 'China')],
    ['"raised" the question of tariffs: narration', 'Paris raised the question of tariffs.', [], pair('France', 'UK')],
    [
      'a judgement far after the object is no object of the verb',
      'Tehran raised the talks, which critics call dangerous.',
      [],
      pair('Iran', 'Saudi Arabia'),
    ],
  ]);
});

describe('inverted frame: \'," said X\' then ", adding ..." or ", who ..."', () => {
  table([
    ['"said X, adding that"', '"The door to dialogue remains open," said Kang, adding that Seoul would keep pushing for talks.', ['ROK']],
    ['"said X, noting"', '"We cannot accept this," said Lavrov, noting the talks had stalled.', ['Russia'], pair('Russia', 'Ukraine')],
    [
      '"said X, who"',
      '"Our position is clear," said Indian Foreign Minister Subrahmanyam Jaishankar, who spoke in Delhi.',
      ['India'],
      pair('India', 'Pakistan'),
    ],
    [
      "a third party's inverted frame holds nothing",
      '"It will pass," said an analyst, adding that the markets were calm.',
      [],
      pair('Japan', 'China'),
    ],
    [
      'a title and a name',
      '"We stand with our allies," said Australian Foreign Minister Penny Wong, adding that Canberra would act.',
      ['Australia'],
      pair('Australia', 'China'),
    ],
    ['"added X, saying"', '"The drills must stop," added Dendias, saying Athens had protested.', ['Greece'], pair('Türkiye', 'Greece')],
    ['at the end, as before', '"We will not retreat," said Kang.', ['ROK']],
    ['a quotation of a third party', '"This is a mistake," said the analyst, adding that it would fail.', [], pair('US', 'China')],
    [
      '"said X, stressing"',
      '"Dialogue is the only way," said Araghchi, stressing that Tehran wanted calm.',
      ['Iran'],
      pair('Iran', 'Saudi Arabia'),
    ],
    ['"said X, calling"', '"It is unacceptable," said Blinken, calling the move reckless.', ['US'], pair('US', 'China')],
  ]);
});

describe('built-in officials of the pairs news covers: a name alone, then its surname', () => {
  table([
    [
      'Lavrov and Fidan by surname',
      'Sergey Lavrov met Hakan Fidan in Antalya. Lavrov and Fidan agreed to keep talking.',
      ['both'],
      pair('Russia', 'Türkiye'),
    ],
    ['two leaders by name', 'Erdogan and Mitsotakis pledged calm in the Aegean.', ['both'], pair('Türkiye', 'Greece')],
    [
      'a surname after the full name',
      'Ishaq Dar spoke on Monday. Dar said Islamabad rejects the claims.',
      ['Pakistan'],
      pair('India', 'Pakistan'),
    ],
    ['a leader by surname alone', 'Zelensky said Ukraine will never accept the annexation.', ['Ukraine'], pair('Russia', 'Ukraine')],
    ['a foreign minister by full name', 'Penny Wong said Canberra welcomes the dialogue.', ['Australia'], pair('Australia', 'China')],
    ['a supreme leader', 'Ali Khamenei rejected talks with Washington.', ['Iran'], pair('Iran', 'US')],
    ['a crown prince', 'Mohammed bin Salman welcomed the agreement.', ['Saudi Arabia'], pair('Iran', 'Saudi Arabia')],
    ['a defence secretary', 'Chuck Hagel said the United States has no plans to change its operations.', ['US'], pair('US', 'China')],
    ['a word that is English before a surname', 'The talks were held in May. Analysts said they hope for calm.', [], pair('UK', 'France')],
    ['"Bishop" alone is no official', 'Bishop said the church opposes the war.', [], pair('Australia', 'China')],
    ['a person of no known state holds no joint deal', 'Zhu said the deal is good for trade.', [], pair('US', 'China')],
  ]);
});

describe('meeting-outcome: what a meeting of two sides yields is theirs together', () => {
  // holders of the headline
  const rows: readonly Row[] = [
    ["hyphenated leaders' talks", 'Putin-Modi talks yield pledge on energy', ['both'], pair('Russia', 'India')],
    ['a summit of two leaders', 'Xi-Biden summit produces consensus on climate', ['both'], pair('US', 'China')],
    ["two states' talks", 'China-ROK talks yield agreement on fisheries', ['both']],
    ['an en dash', 'Erdogan\u2013Mitsotakis meeting brings pledge of calm', ['both'], pair('Türkiye', 'Greece')],
    ['foreign ministers by surname', 'Lavrov-Sybiha talks yield deal on prisoners', ['both'], pair('Russia', 'Ukraine')],
    ['a dialogue', 'India-Pakistan dialogue yields commitment to ceasefire', ['both'], pair('India', 'Pakistan')],
    ['leaders of another pair', 'Albanese-Prabowo meeting produces agreement on defence', ['both'], pair('Australia', 'Indonesia')],
    ['a call', 'Kishida-Yoon call yields consensus on North Korea', ['both'], pair('Japan', 'ROK')],
    ['a meeting with no parties named', 'Weekend talks yield deal on grain', [], pair('Russia', 'Ukraine')],
    ['one side only', 'Putin visit yields pledge on energy', [], pair('Russia', 'India')],
    ['a third party and one side', 'UN-Iran talks yield deal on inspections', [], pair('Iran', 'Saudi Arabia')],
  ];
  it.each(rows.map((row) => ({ title: row[0], row })))('$title', ({ row }) => {
    const [, headline, holders, options] = row;
    expect(holdersBySentence(`${headline}\n\nThe sides met on Monday.`, options)[0]).toEqual([...holders].sort());
  });
});

describe("a state's documents speak for it: a demonym with a statement, an edict, a decree or a communique", () => {
  table([
    ['an edict', 'The Chinese edict called on all aircraft to identify themselves.', ['China'], pair('US', 'China')],
    ['a statement', 'A Japanese statement said Tokyo protests the move.', ['Japan'], pair('Japan', 'China')],
    ['a decree', 'The Russian decree ordered troops to stay in place.', [], pair('Russia', 'Ukraine')],
    ['a decree that urges', 'The Iranian decree called on ships to leave the strait.', ['Iran'], pair('Iran', 'Saudi Arabia')],
    ['a communique', 'The Indian communique stressed that talks must resume.', ['India'], pair('India', 'Pakistan')],
    ['a statement of a state by name', "Greece's statement rejected the claims.", ['Greece'], pair('Türkiye', 'Greece')],
    ['an Australian statement', 'An Australian statement welcomed the agreement.', ['Australia'], pair('Australia', 'Indonesia')],
    ["a joint statement is the parties'", 'The joint statement said the two sides agree to resume talks.', ['both'], pair('Japan', 'ROK')],
    ['a statement of no state holds nothing', 'A statement from the organisers said the event was postponed.', [], pair('UK', 'France')],
    ["a third party's statement holds nothing of the pair", 'A UN statement urged restraint.', [], pair('India', 'Pakistan')],
  ]);
});

describe('quotation: a quotation over sentences and paragraphs stays its speaker\'s, and "we" in it is the speaker\'s state', () => {
  // holders of every sentence of the body (the headline is left out)
  const rows: readonly (readonly [title: string, body: string, holders: readonly (readonly string[])[], options?: ExtractOptions])[] = [
    [
      "an official's stance, then a quotation paragraph with no frame",
      'Foreign Minister Penny Wong of Australia expressed her support for the talks.\n\n"Indonesia is a close partner. We will keep working together."',
      [['Australia'], ['Australia'], ['Australia']],
      pair('Australia', 'Indonesia'),
    ],
    [
      "a leader's stance, then a quotation paragraph with no frame",
      'President Volodymyr Zelensky voiced his concern about the strikes.\n\n"This cannot go on."',
      [['Ukraine'], ['Ukraine']],
      pair('Russia', 'Ukraine'),
    ],
    [
      "a state's stance is no speaker of a later quotation",
      'India expressed concern about the strikes.\n\n"This cannot go on."',
      [['India'], []],
      pair('India', 'Pakistan'),
    ],
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
    ['a base form after a joint subject', 'US, Japan Protest China Air Zone', ['US'], pair('US', 'China')],
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

describe("Q&A: a question holds a party's claim it reports, and nothing of its own", () => {
  // a press conference: the spokesperson named first answers
  const briefing = (q: string, a = 'We have noted the reports.') =>
    `Foreign Ministry Spokesperson Mao Ning held a regular press conference.\n\nQ: ${q}\n\nA: ${a}`;
  const rows: readonly (readonly [title: string, q: string, question: readonly string[], options?: ExtractOptions])[] = [
    ["a state's reported claim", 'Japan said that the islands are its own. What is your comment?', ['Japan'], pair('China', 'Japan')],
    [
      "an official's reported claim",
      'Secretary of State Antony Blinken said the US will act. How do you respond?',
      ['US'],
      pair('China', 'US'),
    ],
    [
      'a reported opposition',
      'The Philippines rejected the claim on Monday. What is your response?',
      ['Philippines'],
      pair('China', 'Philippines'),
    ],
    ['an asked clause holds nothing', 'Does China oppose the plan?', [], pair('China', 'Japan')],
    ['an asked modal holds nothing', 'Will China attend the talks in Seoul?', []],
    ['"do you" holds nothing', 'Do you think the ROK will join the talks?', []],
    ['the journalist\'s "we" holds nothing', 'We have seen reports of drills. Can you confirm them?', []],
    ['a wh-question holds nothing', 'Why did the ROK decide to deploy the system?', []],
    ["the answer is the spokesperson's", 'What is your comment on the drills?', [], pair('China', 'Japan')],
    ['a claim of the other party in the question', 'The ROK said it hopes for a summit. Will China agree?', ['ROK']],
  ];
  it.each(rows.map((row) => ({ title: row[0], row })))('$title', ({ row }) => {
    const [, q, question, options] = row;
    const all = holdersBySentence(briefing(q), options);
    // the question's sentences are 1 and, when there are two, 2; the answer is the spokesperson's
    const qs = all.slice(1, -1).flat();
    expect([...new Set(qs)].sort()).toEqual([...question].sort());
    expect(all[all.length - 1]).toEqual(['China']);
  });
});

describe("reaction: a view drawn from an actor is that actor's", () => {
  table([
    ['a protest from a capital', 'The visit drew a protest from Beijing.', ['China']],
    ['criticism from a state', 'The drills drew sharp criticism from Japan.', ['Japan'], pair('Japan', 'Russia')],
    ['condemnation from a ministry', "The launch drew condemnation from Seoul's foreign ministry.", ['ROK']],
    ['opposition from "the" state', 'The plan drew strong opposition from the ROK.', ['ROK']],
    ['a protest from an official', 'The remarks drew a protest from Foreign Minister Wang Yi.', ['China']],
    ['an objection from another pair', 'The dam project faced an objection from Egypt.', ['Egypt'], pair('Egypt', 'Ethiopia')],
    ['concern from a state', 'The test prompted concern from Canberra.', ['Australia'], pair('Australia', 'China')],
    ['support from a state', 'The resolution won support from India.', ['India'], pair('India', 'Pakistan')],
    [
      'a protest from the other side of the pair',
      'Beijing held the drills despite a protest from Taipei.',
      ['Taiwan'],
      pair('China', 'Taiwan'),
    ],
    ['no actor after "from"', 'The plan drew criticism from analysts.', []],
    ['a possessor of its own', "The visit drew China's protest.", ['China']],
    ['anger felt by the object', 'The move has angered Beijing.', ['China']],
    ['alarm felt by another pair', 'The launch alarmed Tokyo.', ['Japan'], pair('Japan', 'DPRK')],
    ['irritation felt by a state', 'The remarks irritated New Delhi.', ['India'], pair('India', 'China')],
    ['a view with "as"', 'Tokyo sees the drills as a provocation.', ['Japan'], pair('Japan', 'China')],
    ['a view in the passive', 'The drills are seen by Moscow as a hostile step.', ['Russia'], pair('Russia', 'Ukraine')],
    ['a view in an opening participle', 'Seen by Seoul as a threat, the drills went ahead.', ['ROK']],
    ['"regards ... as"', 'Canberra regards the pact as destabilising.', ['Australia'], pair('Australia', 'China')],
    ['seeing without a view is no claim', 'Seoul saw the results on Monday.', []],
  ]);
});

describe("speaker's words: a sentence of the speaker's own side, or of judgement, stays the speaker's", () => {
  table([
    [
      "the speaker's own state as subject",
      'Spokesperson Hua Chunying said China opposes the plan. China has always upheld peace.',
      ['China'],
    ],
    [
      'another pair, own side',
      'Foreign Ministry spokesperson Maria Zakharova said the talks failed. Russia has never sought the conflict.',
      ['Russia'],
      pair('Russia', 'Ukraine'),
    ],
    [
      "a judgement of the other's act",
      'Spokesperson Hua Chunying said China opposes the plan. The ROK recently rushed to announce the deployment, which seriously harms regional stability.',
      ['China'],
    ],
    [
      "a violation named in the speaker's words",
      'Spokesperson Lin Jian said China is firmly opposed. The vessel violated Chinese law and international law.',
      ['China'],
      pair('China', 'Philippines'),
    ],
    [
      'a judgement in another pair',
      'Indian foreign ministry spokesperson Arindam Bagchi stressed that India seeks calm. Pakistan blatantly violated the ceasefire.',
      ['India'],
      pair('India', 'Pakistan'),
    ],
    [
      'a provocation named by the speaker',
      'Chief Cabinet Secretary Yoshimasa Hayashi said Japan protested. The launch is a grave provocation.',
      ['Japan'],
      pair('Japan', 'DPRK'),
    ],
    [
      'narration of the other side, with no judgement, is no claim',
      'Spokesperson Hua Chunying said China opposes the plan. The ROK held talks with the US.',
      [],
    ],
    [
      "a third party's doing is no claim",
      'Spokesperson Hua Chunying said China opposes the plan. Some media have reported harmful rumours.',
      [],
    ],
    [
      "the authors of a joint text narrate their leaders' meeting",
      'Joint Statement of the United States and the Republic of Korea\n\nPresident Lee Jae Myung of the Republic of Korea met the President in Washington.',
      [],
      pair('US', 'ROK'),
    ],
    [
      'a new paragraph ends the speaker',
      'Spokesperson Hua Chunying said China opposes the plan.\n\nThe ROK recently rushed to announce the deployment, which seriously harms regional stability.',
      [],
    ],
  ]);
});

describe('addressee: the actor a hope, a wish or a criticism is aimed at holds nothing', () => {
  table([
    [
      '"We hope the X side will"',
      'Spokesperson Hua Chunying said China opposes it. We hope the ROK side will stop the deployment.',
      ['China'],
    ],
    [
      '"It is hoped that the X government could"',
      'Spokesperson Hua Chunying said China opposes it. It is hoped that the ROK government could handle the issue properly.',
      ['China'],
    ],
    ['a hope about the other', 'China hopes that Seoul will handle the matter prudently.', ['China']],
    ['an urge addressed to the other', 'Russia urged Ukraine to return to the talks.', ['Russia'], pair('Russia', 'Ukraine')],
    ['a demand of the other', 'India demanded that Pakistan act against the groups.', ['India'], pair('India', 'Pakistan')],
    ['a wish for the other', 'Japan wants the ROK to honour the agreement.', ['Japan'], pair('Japan', 'ROK')],
    ['a call on the other', 'Egypt called on Ethiopia to halt the filling of the dam.', ['Egypt'], pair('Egypt', 'Ethiopia')],
    [
      "criticism of the other's act",
      "Manila criticised Beijing's coast guard for the collision.",
      ['Philippines'],
      pair('China', 'Philippines'),
    ],
    [
      "welcome of the other's decision",
      "Canberra welcomed Beijing's decision to lift the tariffs.",
      ['Australia'],
      pair('Australia', 'China'),
    ],
    ["opposition to the other's plan", "Greece opposes Turkey's plan to drill in the area.", ['Greece'], pair('Turkey', 'Greece')],
  ]);
});

describe("addressee's doing: what the speaker tells the addressee they did is narrated, not asserted", () => {
  const opening = (a: string, b: string) => `${a} and ${b} Before Their Meeting\n\n`;
  const rows: readonly (readonly [title: string, text: string, holders: readonly string[], options?: ExtractOptions])[] = [
    [
      '"you kindly sent a message"',
      `${opening('Secretary Antony J. Blinken', 'Japanese Foreign Minister Motegi')}FOREIGN MINISTER MOTEGI: Our alliance is strong. And Tony, you kindly sent out a message in this regard.`,
      [],
      pair('Japan', 'US'),
    ],
    [
      '"you visited"',
      `${opening('Secretary Antony J. Blinken', 'Indian Foreign Minister Jaishankar')}FOREIGN MINISTER JAISHANKAR: Our ties are deep. You visited Delhi last year.`,
      [],
      pair('India', 'US'),
    ],
    [
      '"you have travelled far"',
      `${opening('Foreign Minister Penny Wong of Australia', 'Foreign Minister Wang Yi of China')}FOREIGN MINISTER WONG: The relationship matters. You have travelled a long way.`,
      [],
      pair('Australia', 'China'),
    ],
    [
      '"as you said" is a clause of its own',
      `${opening('Secretary Antony J. Blinken', 'Japanese Foreign Minister Motegi')}FOREIGN MINISTER MOTEGI: And as you rightly described, our alliance is indeed unbreakable.`,
      ['Japan'],
      pair('Japan', 'US'),
    ],
    [
      '"if you agree" is a clause of its own',
      `${opening('Secretary Antony J. Blinken', 'Indian Foreign Minister Jaishankar')}FOREIGN MINISTER JAISHANKAR: If you agree, our teams will meet next month.`,
      ['India'],
      pair('India', 'US'),
    ],
    [
      '"thank you" is no addressee\'s doing',
      `${opening('Secretary Antony J. Blinken', 'Indian Foreign Minister Jaishankar')}SECRETARY BLINKEN: Thank you for your support of the initiative.`,
      ['US'],
      pair('India', 'US'),
    ],
    [
      "a sentence of the speaker's own stays theirs",
      `${opening('Secretary Antony J. Blinken', 'Japanese Foreign Minister Motegi')}FOREIGN MINISTER MOTEGI: The alliance is the cornerstone of peace.`,
      ['Japan'],
      pair('Japan', 'US'),
    ],
  ];
  it.each(rows.map((row) => ({ title: row[0], row })))('$title', ({ row }) => {
    const [, text, holders, options] = row;
    expect(lastHolders(text, options)).toEqual([...holders].sort());
  });
});

describe('turns: a transcript label names the speaker of its turn, through its paragraphs', () => {
  const transcript = (...turns: string[]) =>
    ['Secretary Antony J. Blinken and Indian Foreign Minister Subrahmanyam Jaishankar at a Joint Press Availability', ...turns].join(
      '\n\n',
    );
  const USI = pair('US', 'India');
  const rows: readonly (readonly [title: string, text: string, holders: readonly (readonly string[])[], options?: ExtractOptions])[] = [
    ['a named label', transcript('SECRETARY BLINKEN: We will deepen our partnership.'), [[], ['US']], USI],
    ['the other speaker', transcript('MINISTER JAISHANKAR: We hope the talks will continue.'), [[], ['India']], USI],
    [
      'a turn runs on through its paragraphs',
      transcript('SECRETARY BLINKEN: We will deepen our partnership.', 'Our alliance is a force for good in the region.'),
      [[], ['US'], ['US']],
      USI,
    ],
    [
      'the next label ends the turn',
      transcript('SECRETARY BLINKEN: We will deepen our partnership.', 'EXTERNAL AFFAIRS MINISTER JAISHANKAR: I agree that we must act.'),
      [[], ['US'], ['India']],
      USI,
    ],
    [
      'a question turn holds nothing',
      transcript('QUESTION: Mr. Secretary, will you raise trade?', 'SECRETARY BLINKEN: We will raise it.'),
      [[], [], ['US']],
      USI,
    ],
    [
      'a moderator holds nothing',
      transcript('MODERATOR: We will take two questions.', 'SECRETARY BLINKEN: We support the plan.'),
      [[], [], ['US']],
      USI,
    ],
    [
      'a stage direction does not end the turn',
      transcript('MINISTER JAISHANKAR: (Via interpreter) We value this dialogue.', 'We will meet again soon.'),
      [[], ['India'], ['India']],
      USI,
    ],
    [
      'a label of another pair',
      'Foreign Minister Penny Wong of Australia and Foreign Minister Wang Yi of China Before Their Meeting\n\nFOREIGN MINISTER WONG: We want a stable relationship.',
      [[], ['Australia']],
      pair('Australia', 'China'),
    ],
    [
      'a label of a built-in official',
      'Remarks to the Press\n\nFOREIGN MINISTER WANG: China opposes any unilateral move.\n\nWe hope the ROK side will respond.',
      [[], ['China'], ['China']],
    ],
    ['a label that names nobody known speaks for nobody', transcript('MR SMITH: We will deepen the partnership.'), [[], []], USI],
  ];
  it.each(rows.map((row) => ({ title: row[0], row })))('$title', ({ row }) => {
    const [, text, holders, options] = row;
    expect(holdersBySentence(text, options)).toEqual(holders);
  });
});

describe('courtesy: greetings, thanks for the time and pleasure at a meeting hold nothing', () => {
  const turn = (line: string, options: ExtractOptions = pair('US', 'Japan')) =>
    lastHolders(
      `Secretary Antony J. Blinken and Japanese Foreign Minister Yoko Kamikawa Before Their Meeting\n\nSECRETARY BLINKEN: ${line}`,
      options,
    );
  const rows: readonly (readonly [title: string, line: string, holders: readonly string[]])[] = [
    ['a greeting', 'Good afternoon, everyone.', []],
    ['thanks with nothing after', 'Thank you so much.', []],
    ['thanks for joining', 'Thank you for joining us today.', []],
    ['thanks for the hospitality', 'Thanks for your warm hospitality.', []],
    ['pleasure at being back', 'It is wonderful to be back in Tokyo.', []],
    ["pleasure, with wink's split of it's", "It's so good to see you again.", []],
    ['honoured to be here', 'I am honored to be here with my friend.', []],
    ['a stage direction', '(Laughter.)', []],
    ['a lead-in and a greeting', 'Well, good morning to all of you.', []],
    ['thanks for support is support', 'I thank Japan for its support of the sanctions.', ['US']],
    ['a hope after a greeting is a claim', 'I look forward to our close cooperation.', ['US']],
    ['pleasure at a decision is a claim', 'We are pleased that Japan decided to join the initiative.', ['US']],
  ];
  it.each(rows.map((row) => ({ title: row[0], row })))('$title', ({ row }) => {
    const [, line, holders] = row;
    expect(turn(line)).toEqual([...holders].sort());
  });
});

describe('one-line documents: a wire sentence is read as a sentence, a one-line title in headline grammar', () => {
  const rows: readonly (readonly [title: string, text: string, holders: readonly string[], options?: ExtractOptions])[] = [
    ['a wire sentence with a time word', 'The US on Thursday rejected calls by Russia for talks.', ['US'], pair('US', 'Russia')],
    ['an offer', 'Libya has offered to mediate between the two sides.', ['Libya'], { others: true }],
    ['an accusation', 'Iran on Sunday accused the United States of meddling in its affairs.', ['Iran'], pair('Iran', 'US')],
    ['a warning against', 'Russian President Vladimir Putin warned Georgia against joining NATO.', ['Russia'], pair('Russia', 'Georgia')],
    ["a state's minister", "Israel's foreign minister vowed to continue the operation.", ['Israel'], { others: true }],
    ['a government by demonym', 'The Iranian government rejected the report.', ['Iran'], { others: true }],
    [
      'a country name as a modifier',
      'Pakistan Prime Minister Shaukat Aziz said Islamabad wants peace with India.',
      ['Pakistan'],
      pair('India', 'Pakistan'),
    ],
    ['a one-line title: the comma is "and"', 'Japan, Australia agree on defence pact', ['both'], pair('Japan', 'Australia')],
    ['a one-line title in capitals', 'Vietnam Protests Chinese Survey Ship', ['Vietnam'], pair('Vietnam', 'China')],
    ['a one-line title in lower case', 'China rejects US proposal', ['China'], pair('China', 'US')],
    ['a one-line title with a colon speaker', 'Talks with Tokyo must wait: Seoul', ['ROK'], pair('ROK', 'Japan')],
  ];
  it.each(rows.map((row) => ({ title: row[0], row })))('$title', ({ row }) => {
    const [, text, holders, options] = row;
    expect(lastHolders(text, options)).toEqual([...holders].sort());
  });
});

describe('reciprocal: opposite claims give each side its own, not both', () => {
  table([
    [
      '"accuse each other"',
      'Russia and Ukraine accused each other of violating the truce.',
      ['Russia', 'Ukraine'],
      pair('Russia', 'Ukraine'),
    ],
    ['"blame one another"', 'India and Pakistan blamed one another for the clashes.', ['India', 'Pakistan'], pair('India', 'Pakistan')],
    [
      '"with both sides blaming the other"',
      'The talks broke down last week, with both sides blaming the other.',
      ['DPRK', 'ROK'],
      pair('ROK', 'DPRK'),
    ],
    [
      '"traded accusations"',
      'Armenia and Azerbaijan traded accusations on Monday.',
      ['Armenia', 'Azerbaijan'],
      pair('Armenia', 'Azerbaijan'),
    ],
    ['"exchanged blame"', 'The two Koreas exchanged blame for the breakdown.', ['DPRK', 'ROK'], pair('ROK', 'DPRK')],
    [
      '"criticised each other"',
      'Beijing and Manila criticised each other over the collision.',
      ['China', 'Philippines'],
      pair('China', 'Philippines'),
    ],
    [
      'competing claims of sovereignty',
      'Both countries say they hold sovereignty over the islets.',
      ['Japan', 'ROK'],
      pair('ROK', 'Japan'),
    ],
    [
      'competing claims of jurisdiction',
      'China and Vietnam insist they have jurisdiction over the waters.',
      ['China', 'Vietnam'],
      pair('China', 'Vietnam'),
    ],
    ['mutual help is joint', 'China and the ROK agreed to help each other.', ['both']],
    ['a joint condemnation of a third party is joint', 'Japan and the ROK condemned the launch.', ['both'], pair('Japan', 'ROK')],
    [
      '"the other side\'s" as a modifier is no reciprocity',
      "Tokyo and Seoul rejected the other side's data.",
      ['both'],
      pair('Japan', 'ROK'),
    ],
  ]);
  it('records the mechanism in because', () => {
    const st = extractStances(article('Russia and Ukraine accused each other of violating the truce.'), pair('Russia', 'Ukraine'));
    expect(st.map((s) => s.because)).toEqual([
      ['subject', 'reciprocal', 'cue:oppose'],
      ['subject', 'reciprocal', 'cue:oppose'],
    ]);
  });
});

describe("narrator: a text in its author's first person is the author's, the pair member its counterpart is not", () => {
  const rows: readonly (readonly [title: string, text: string, holders: readonly string[], options: ExtractOptions])[] = [
    [
      'an assertion',
      "Meeting with China's Foreign Minister\n\nToday I met China's Foreign Minister.\n\nThe relationship must be stabilised.",
      ['Australia'],
      pair('Australia', 'China'),
    ],
    [
      '"I raised"',
      "Meeting with China's Foreign Minister\n\nToday I met China's Foreign Minister.\n\nI raised our concerns about trade.",
      ['Australia'],
      pair('Australia', 'China'),
    ],
    [
      '"we" in the author\'s text',
      "Talks with India's Minister\n\nI met India's minister in Delhi today.\n\nWe want a stable relationship.",
      ['UK'],
      pair('UK', 'India'),
    ],
    [
      "the author's own state and the other as subject",
      "Meeting with Japan's Minister\n\nToday I met Japan's minister.\n\nCanada and Japan have gained much from trade.",
      ['Canada'],
      pair('Canada', 'Japan'),
    ],
    [
      'the meeting itself is narration',
      "Meeting with China's Foreign Minister\n\nToday I met China's Foreign Minister in Bali.",
      [],
      pair('Australia', 'China'),
    ],
    [
      '"we spoke" is narration',
      "Meeting with China's Foreign Minister\n\nToday I met China's Foreign Minister.\n\nWe spoke frankly.",
      [],
      pair('Australia', 'China'),
    ],
    [
      'thanks for a message is a courtesy',
      "Meeting with China's Foreign Minister\n\nToday I met China's Foreign Minister.\n\nThank you Minister, and I appreciate the congratulatory message.",
      [],
      pair('Australia', 'China'),
    ],
    [
      'pleasure at being there is a courtesy',
      "Meeting with China's Foreign Minister\n\nToday I met China's Foreign Minister.\n\nI am very pleased to be here.",
      [],
      pair('Australia', 'China'),
    ],
    [
      "a quotation is its speaker's, not the narrator's",
      'Talks in Ankara\n\nTurkish Foreign Minister Hakan Fidan spoke on Monday.\n\n"We oppose the drills," he said.',
      ['Turkey'],
      pair('Turkey', 'Greece'),
    ],
    [
      'no counterpart named: no narrator',
      'A Statement\n\nToday I travelled to the border.\n\nThe relationship must be stabilised.',
      [],
      pair('Australia', 'China'),
    ],
  ];
  it.each(rows.map((row) => ({ title: row[0], row })))('$title', ({ row }) => {
    const [, text, holders, options] = row;
    expect(lastHolders(text, options)).toEqual([...holders].sort());
  });
});

describe("conditions and agreements in one side's words", () => {
  table([
    [
      "a condition in the speaker's words is the speaker's",
      'Wang Yi said that if the US side truly wants stable ties, it should respect China.',
      ['China'],
      pair('China', 'US'),
    ],
    [
      'a condition of another pair',
      'Lavrov said that unless Kyiv accepts the terms, talks will fail.',
      ['Russia'],
      pair('Russia', 'Ukraine'),
    ],
    ['a condition outside reported speech holds nothing', 'If India wants talks, the border must be quiet.', [], pair('India', 'Pakistan')],
    [
      '"we agreed" in one side\'s remarks is the parties\'',
      'Secretary Blinken met Foreign Minister Wang Yi.\n\nBlinken said: "Yesterday we agreed that our militaries would talk again."',
      ['both'],
      pair('US', 'China'),
    ],
    [
      '"we agreed" of another pair',
      'Australian Prime Minister Anthony Albanese met Japanese Prime Minister Fumio Kishida.\n\nAlbanese said we agreed to deepen defence ties.',
      ['both'],
      pair('Australia', 'Japan'),
    ],
    [
      'an agreement "with" the other has the subject too',
      'Secretary Blinken met Foreign Minister Wang Yi.\n\nBlinken said we now have an agreement with China.',
      ['both'],
      pair('US', 'China'),
    ],
    ['a deal of a named state with the other', 'India signed a deal with Japan on rail links.', ['both'], pair('India', 'Japan')],
    ['a proposal', 'Foreign Minister Yun Byung-se suggested that the two countries expand exchanges.', ['ROK']],
    ['a proposal of another pair', 'Turkey proposed a new round of talks with Greece.', ['Turkey'], pair('Turkey', 'Greece')],
    [
      "a belief reports the parties' own act",
      'Blinken said he believes both Japan and the US reiterated their resolve.',
      ['both'],
      pair('US', 'Japan'),
    ],
    ["a belief about the other's stance is the believer's", 'China believes the ROK should stop the deployment.', ['China']],
  ]);
});

describe("a joint text's authors", () => {
  const rows: readonly (readonly [title: string, text: string, holders: readonly string[], options?: ExtractOptions])[] = [
    [
      'the authors of a joint text as a whole assert',
      'Joint Statement of the United States and the Republic of Korea\n\nThe United States and the Republic of Korea share a vision for the region.',
      ['both'],
      pair('US', 'ROK'),
    ],
    [
      'the authors narrating their own talks do not',
      'Joint Statement of the United States and the Republic of Korea\n\nThe United States and the ROK, in line with the MOU, have discussed the markets.',
      [],
      pair('US', 'ROK'),
    ],
  ];
  it.each(rows.map((row) => ({ title: row[0], row })))('$title', ({ row }) => {
    const [, text, holders, options] = row;
    expect(lastHolders(text, options)).toEqual([...holders].sort());
  });
});
