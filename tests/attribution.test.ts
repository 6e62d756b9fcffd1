/**
 * One table per mechanism of attribution. Every text here is written for these
 * tests; each row names its case so that a failure says which trap it fell into.
 * Holders are of the last sentence of the text unless the row gives one list per sentence.
 */
import { describe, expect, it } from 'vitest';
import { holdersBySentence, lastHolders, lastKinds } from './helpers/holders.js';

type Row = readonly [title: string, text: string, holders: readonly string[]];

const check = (text: string, holders: readonly string[]) => expect(lastHolders(text)).toEqual([...holders].sort());

describe('holder, not mention', () => {
  const rows: Row[] = [
    ['acknowledged position of the other', "South Korea has acknowledged Beijing's concerns over the radar.", ['ROK']],
    ['hope about the other', 'China hopes that Seoul will handle the matter prudently.', ['China']],
    ['object of opposition', 'Beijing firmly opposes the deployment of the system in South Korea.', ['China']],
    ['possessor of a position is not the holder', "Seoul took note of China's position on the radar.", ['ROK']],
    ['agent of a passive participle', 'China noted the positions made clear by the ROK.', ['China']],
    ['place after "in"', 'The ROK reiterated its commitment to peace in China and beyond.', ['ROK']],
    ['object of a preposition after a verb', 'China expressed concern over remarks by the ROK.', ['China']],
    ['a compound modifier is not an actor', 'China stressed that China-ROK relations matter greatly.', ['China']],
    ['urge addressed to the other', 'China urged the ROK to stop the deployment.', ['China']],
    ['outside actor mentioned last', 'The ROK rejected the claims made by Japan and the US.', ['ROK']],
    ["welcome of the other's plan", "China welcomed the ROK's plan to resume talks.", ['China']],
    ['the other as object of support', 'The ROK supports China in hosting the summit.', ['ROK']],
  ];
  it.each(rows)('%s', (_t, text, holders) => check(text, holders));
});

describe('actors: names, capitals, offices, officials', () => {
  const rows: Row[] = [
    ['full name', "The People's Republic of China reaffirmed its position.", ['China']],
    ['short form code', 'The PRC rejected the report.', ['China']],
    ['capital as metonym', 'Beijing expressed strong dissatisfaction and opposition.', ['China']],
    ['Seoul as metonym', 'Seoul said it would respond calmly.', ['ROK']],
    ['presidential seat', 'Cheong Wa Dae welcomed the announcement.', ['ROK']],
    ['demonym with office', 'The Chinese side stressed the need for restraint.', ['China']],
    ['demonym with ministry', 'The South Korean Foreign Ministry expressed regret over the decision.', ['ROK']],
    ['officials plural', 'South Korean officials said they hope for an early summit.', ['ROK']],
    ['title and name', 'Foreign Minister Wang Yi said the two countries are close neighbours.', ['China']],
    ['spokesperson with demonym', 'Chinese Foreign Ministry spokesperson Hua Chunying urged restraint.', ['China']],
    ['Korean president by name', 'President Moon Jae-in pledged to improve ties.', ['ROK']],
    ['hyphen variant of a built-in name', 'President Lee Jae Myung welcomed the decision.', ['ROK']],
    ['official with "of" state', 'Minister Kim Sung-ho of South Korea called for calm.', ['ROK']],
    ['unknown official with demonym', 'Chinese Ambassador Zhou Ming expressed concern about the plan.', ['China']],
    ['the newspaper is not the state', 'China Daily reported the meeting.', []],
    ['a sea is not the state', 'The South China Sea remains calm, officials noted.', []],
    ['the peninsula is not the ROK', 'The Korean Peninsula must be free of nuclear weapons.', []],
    ['the DPRK is not the ROK', 'North Korea condemned the drills.', []],
    ['a US official is not configured', 'Secretary of State Antony Blinken welcomed the talks.', []],
    ['lower-case "us" is not the US', 'China told us that it opposes the move.', ['China']],
  ];
  it.each(rows)('%s', (_t, text, holders) => check(text, holders));

  const passages: readonly [string, string, readonly (readonly string[])[]][] = [
    [
      'surname on later mention',
      'Foreign Minister Kang Kyung-wha met reporters on Monday.\n\nKang said Seoul hopes for restraint.',
      [[], ['ROK']],
    ],
    [
      '"the minister" after a named minister',
      'Foreign Minister Wang Yi arrived in Seoul.\n\nThe minister stressed the importance of trust.',
      [[], ['China']],
    ],
    [
      '"the President" after a named president',
      'Vice President Kamala Harris met President Yoon Suk Yeol.\n\nThe President reaffirmed his commitment to the alliance.',
      [[], ['ROK']],
    ],
    [
      '"Mr." with a registered surname',
      'Foreign Minister Wang Yi spoke first.\n\nMr. Wang said China opposes any unilateral move.',
      [[], ['China']],
    ],
    [
      '"the ministry" named again',
      "South Korea's foreign ministry said it regrets the move. The ministry also said it hopes for talks.",
      [['ROK'], ['ROK']],
    ],
    ["an official's office", "President Yoon Suk Yeol's office said it hopes for an early summit.", [['ROK']]],
    ["a capital's office", "Seoul's presidential office welcomed the plan.", [['ROK']]],
    ['an office named by its capital after it', 'The foreign ministry in Beijing rejected the claim.', [['China']]],
    ['an office named by its state after it', 'The government of the Republic of Korea reiterated its stance.', [['ROK']]],
    ['"the ministry" with no state named is no actor', 'The ministry said the talks went well.', [[]]],
    [
      'a lower-case title and a Korean name: the ROK',
      'Presidential spokesman Park Soo-hyun briefed reporters.\n\nPark said the talks went well.',
      [[], ['ROK']],
    ],
    [
      'a Chinese name with a title and no nationality: China',
      'Vice Foreign Minister Le Yucheng met the envoy.\n\nLe said Beijing is ready to help.',
      [[], ['China']],
    ],
    ['a name that fits both is left alone', 'Spokesman Kang Min met reporters.\n\nKang said the talks went well.', [[], []]],
    [
      'a surname in the headline, named in full below',
      'Moon, Xi agree to restore exchanges\n\nPresident Moon Jae-in and President Xi Jinping met.',
      [['both'], []],
    ],
    [
      'custom name registered by title and "of"',
      'Deputy Minister Park Soo-min of the Republic of Korea arrived.\n\nPark said the talks were useful.',
      [[], ['ROK']],
    ],
  ];
  it.each(passages)('%s', (_t, text, expected) => expect(holdersBySentence(text)).toEqual(expected.map((h) => [...h].sort())));
});

describe('joint holders', () => {
  const rows: Row[] = [
    ['the two sides', 'The two sides agreed to strengthen communication.', ['both']],
    ['both sides', 'Both sides expressed their hope for stability.', ['both']],
    ['both countries', 'Both countries will expand trade.', ['both']],
    ['coordinated capitals', 'Beijing and Seoul have agreed to resume exchanges.', ['both']],
    ['coordinated demonyms sharing an office', 'South Korean and Chinese officials agreed to meet again.', ['both']],
    ['coordinated demonyms with a plural title', 'The Chinese and South Korean foreign ministers reaffirmed their commitment.', ['both']],
    ['the two Koreas', 'The two Koreas agreed to halt hostile acts.', ['ROK']],
    ['a list closed by "and"', 'Japan, the Republic of Korea, and the United States reaffirmed their alliance.', ['ROK']],
    ['coordinated names', 'China and the Republic of Korea reaffirmed their friendship.', ['both']],
    ['headline comma coordination', 'Beijing, Seoul agree on new hotline\n\nThe talks lasted two hours.', []],
    [
      'the two leaders with named leaders',
      'President Xi Jinping met President Moon Jae-in in Beijing.\n\nThe two leaders agreed to deepen cooperation.',
      ['both'],
    ],
    ['joint with an outside state goes to the configured one', 'The United States and the ROK reaffirmed their alliance.', ['ROK']],
    [
      'two leaders of US and China gives China',
      'President Joe Biden met President Xi Jinping in Bali.\n\nThe two leaders agreed to keep lines open.',
      ['China'],
    ],
    ['each side states its own position', 'Wang said China opposes the plan, and Kang said Seoul supports dialogue.', ['China', 'ROK']],
    [
      'consensus is held jointly',
      'Foreign Minister Wang Yi met Foreign Minister Kang Kyung-wha.\n\nThe ministry confirmed the consensus.',
      ['both'],
    ],
    ['deal with a partner', 'President Trump reached a deal with China on tariffs.', ['China']],
  ];
  it.each(rows)('%s', (_t, text, holders) => check(text, holders));

  it('headline comma coordination holds the headline claim', () => {
    expect(holdersBySentence('Beijing, Seoul agree on new hotline\n\nThe talks lasted two hours.')[0]).toEqual(['both']);
  });
});

describe('pronouns and ellipsis', () => {
  const passages: readonly [string, string, readonly (readonly string[])[]][] = [
    [
      '"It" after a sentence about the ROK',
      'The ROK has acknowledged the concerns. It has clearly stated that the radar targets no third country.',
      [['ROK'], ['ROK']],
    ],
    ['"it" later in the sentence', 'China reiterated its opposition, and it at the same time hopes for dialogue.', [['China']]],
    ['"they" for both sides', 'Both sides said they will enhance strategic communication.', [['both']]],
    ['"They" in the next sentence', 'The two leaders met in Beijing. They agreed to boost trade.', [[], ['both']]],
    [
      '"he" after a named official',
      'Foreign Minister Wang Yi spoke in Beijing. He added that China stands ready to help.',
      [[], ['China']],
    ],
    ['"its" before the subject points ahead', 'Based on its own security needs, China reiterated its opposition.', [['China']]],
    [
      '"It" after an outside actor stays outside',
      'Russia noted the value of carbon capture.\n\nIt also highlighted the role of methane.',
      [[], []],
    ],
    ['"we" inside a quotation is the speaker', 'Wang Yi said: "We firmly oppose any interference."', [['China']]],
    ['"he" after a US official is the US', "Secretary Blinken spoke with China's envoy. He reiterated US concerns.", [[], []]],
  ];
  it.each(passages)('%s', (_t, text, expected) => expect(holdersBySentence(text)).toEqual(expected.map((h) => [...h].sort())));
});

describe('reported speech', () => {
  const passages: readonly [string, string, readonly (readonly string[])[]][] = [
    [
      'trailing "the release said" is a source',
      'The two sides will communicate through military channels, the press release said.',
      [['both']],
    ],
    ['"according to" is a source', 'China and the ROK have agreed to resume talks, according to the Foreign Ministry.', [['both']]],
    ['trailing "it said" is a source', 'The ROK reiterated its stance, it said.', [['ROK']]],
    [
      'speaker continues through the paragraph',
      'Wang Yi said that China values its ties with the ROK. Relations have gone through twists and turns. Both sides should work together to restore trust.',
      [['China'], ['China'], ['China']],
    ],
    [
      'stance act with its own subject inside speech',
      'Wang Yi said that China values its ties with the ROK. He noted that both sides have reached consensus on the matter.',
      [['China'], ['both']],
    ],
    [
      'a new paragraph ends the speaker',
      'Kang Kyung-wha said Seoul wants stable ties. The region needs calm.\n\nThe meeting lasted an hour.',
      [['ROK'], ['ROK'], []],
    ],
    [
      'a quotation over two sentences takes the speaker of its closing frame',
      'Hua Chunying spoke on Monday.\n\n"We firmly oppose this. It harms the region," Hua said.',
      [[], ['China'], ['China']],
    ],
    ['"should" inside speech stays the speaker\'s', 'Wang said both sides should speed up the talks.', [['China']]],
    [
      'trailing actor frame',
      'Spokesperson Hua Chunying spoke on Monday.\n\nThe deployment harms regional stability, Hua said.',
      [[], ['China']],
    ],
    ['reported claim of the other side', "Wang said the ROK has acknowledged China's concerns.", [['ROK']]],
    [
      '"It is hoped that" inside a speaker\'s paragraph is the speaker\'s',
      'Wang Yi said that ties have improved. It is hoped that the ROK side will keep its word.',
      [['China'], ['China']],
    ],
    ['a passive "is expected to" is not the subject\'s hope', 'President Moon Jae-in is expected to visit Beijing next month.', [[]]],
    ['frame in mid-sentence', 'Seoul and Beijing agreed to resume exchanges, the ministry said, after a year of tension.', [['both']]],
    ['frame with a tail', '"Both sides shared the view that trade matters," the ministry said in a statement.', [['both']]],
    ["a third party's words", 'Analysts said the consensus could ease pressure on Seoul.', [[]]],
    ['a third party reporting a stance', 'Experts said China will not change its position.', [[]]],
    ['expressed the hope', 'Foreign Minister Kang Kyung-wha spoke.\n\nShe expressed the hope that talks resume soon.', [[], ['ROK']]],
    [
      'a US speaker\'s "must" about China is not China\'s',
      'President Biden underscored that the United States and China must manage competition.',
      [[]],
    ],
  ];
  it.each(passages)('%s', (_t, text, expected) => {
    expect(holdersBySentence(text)).toEqual(expected.map((h) => [...h].sort()));
  });
});

describe('stance kinds', () => {
  const rows: readonly [string, string, string, readonly string[]][] = [
    ['reiterated its opposition', 'China reiterated its opposition to the plan.', 'China', ['oppose', 'reaffirm']],
    ['expressed concern', 'The ROK expressed concern about the launch.', 'ROK', ['concern']],
    ['agreed', 'China and the ROK agreed to meet again.', 'both', ['agree']],
    ['took note', 'China took note of the explanation.', 'China', ['acknowledge']],
    ['hopes', 'The ROK hopes for an early resolution.', 'ROK', ['hope']],
    ['urged', 'China urged restraint from all parties.', 'China', ['urge']],
    ['will', 'The ROK will send a delegation next month.', 'ROK', ['commit']],
    ['is willing to', 'China is willing to work with the ROK.', 'China', ['commit', 'hope']],
    ['welcomed', 'The ROK welcomed the decision.', 'ROK', ['support']],
    ['attach great importance', 'China attaches great importance to the partnership.', 'China', ['support']],
    ['stated its positions and concerns', 'China has stated its positions on the matter.', 'China', ['state']],
    ['negated agreement is not agreement', 'China did not agree to the proposal.', 'China', ['state']],
    ['would like', 'The ROK would like to host the next round.', 'ROK', ['hope']],
    ['called on', 'China called on the ROK to show restraint.', 'China', ['urge']],
  ];
  it.each(rows)('%s', (_t, text, holder, kinds) => expect(lastKinds(text, holder)).toEqual([...kinds].sort()));
});

describe('no claim', () => {
  const rows: Row[] = [
    ['narration of a meeting', 'Wang Yi held talks with Kang Kyung-wha in Beijing on Tuesday.', []],
    ['journalist background', 'THAAD is a US missile-defence system with a powerful radar.', []],
    ['outside actor', 'Japan will cut its emissions by half.', []],
    ['outside actor with a stance', 'The United States reaffirmed its commitment to its allies.', []],
    ['exchanged views', 'The two sides exchanged views on regional issues.', []],
    ['discussed', 'The two ministers discussed the situation on the peninsula.', []],
    ['hosting is not support', 'President Lee Jae-myung welcomed President Trump to Seoul for a state visit.', []],
    ['many leaders are not the pair', 'Many leaders underscored the urgency of action.', []],
    ['page furniture', 'The ROK agreed.\n\nRelated News', []],
  ];
  it.each(rows)('%s', (_t, text, holders) => check(text, holders));

  it('a byline under the headline is no claim', () => {
    expect(holdersBySentence('Beijing, Seoul agree on hotline\n\nChina Daily\nLi Ming\n\nThe two sides agreed.')).toEqual([
      ['both'],
      [],
      ['both'],
    ]);
  });
});

describe('joint statements and lists', () => {
  const passages: readonly [string, string, readonly (readonly string[])[]][] = [
    [
      '"may" in an agreement is a pledge',
      'Joint Statement of the Republic of Korea and the United States\n\nThe two sides may hold working-level consultations.',
      [[], ['ROK']],
    ],
    ['"may" in news is the writer\'s guess', 'Tensions rose.\n\nChina may retaliate against the new tariffs.', [[], []]],
    [
      '"we" in remarks by one author',
      'Remarks by the Spokesperson of the Chinese Embassy in the ROK\n\nWe hope that the South Korean side will view the matter objectively.',
      [[], ['China']],
    ],
    [
      "media named as the subject make background, not the author's assertion",
      'Remarks by the Spokesperson of the Chinese Embassy in the ROK\n\nRecently, some media have published reports on the matter.',
      [[], []],
    ],
    [
      'the purpose of a meeting is a pledge of those who met',
      'Joint Statement of the Republic of Korea and the United States\n\nThe two presidents met in Washington on July 11 to reaffirm the alliance.',
      [[], ['ROK']],
    ],
    [
      '"they" narrating a meeting in a joint statement is no assertion',
      'Joint Statement of the Republic of Korea and the United States\n\nThey discussed the importance of family reunions.',
      [[], []],
    ],
    [
      '"we" with no cue in a joint statement is its authors\' voice',
      'Joint Statement of the Republic of Korea and the United States\n\nWe do so at a time of great change.',
      [[], ['ROK']],
    ],
    ['a title-case headline keeps its verbs', 'President Trump Strikes Deal with China\n\nThe talks ended.', [['China'], []]],
    [
      '"we" of a joint statement is its authors',
      'Joint Statement of the Republic of Korea and the United States\n\nWe reaffirm our commitment to the alliance.',
      [[], ['ROK']],
    ],
    [
      'unattributed assertion of a joint statement',
      'Joint Statement of the Republic of Korea and the United States\n\nThe alliance has never been stronger.',
      [[], ['ROK']],
    ],
    [
      "the US own pledge in a joint statement is not the ROK's",
      'Joint Statement of the Republic of Korea and the United States\n\nThe United States will lower its tariffs.',
      [[], []],
    ],
    [
      'list items after "commitments to:"',
      'China Trade Deal\n\nThe agreement includes Chinese commitments to:\n\nStop the export of precursor chemicals.\n\nOpen its market to more farm goods.',
      [[], ['China'], ['China'], ['China']],
    ],
  ];
  it.each(passages)('%s', (_t, text, expected) => expect(holdersBySentence(text)).toEqual(expected.map((h) => [...h].sort())));
});

describe('a whole readout in the style of a foreign ministry release', () => {
  const readout = [
    'Xi Jinping Meets with President of the Republic of Korea Moon Jae-in',
    'On the afternoon of November 11, President Xi Jinping met with President Moon Jae-in of the Republic of Korea (ROK) in Da Nang.',
    "Xi Jinping pointed out that China and the ROK are close neighbors. China-ROK relations are now facing new opportunities. China is willing to work with the ROK side to push the relationship forward. The two sides should respect each other's core interests.",
    "Xi Jinping stressed that the issue concerns China's strategic security interests. We hope the ROK side will take responsible actions.",
    "Moon Jae-in said that the ROK attaches great importance to its relations with China. The ROK side respects China's legitimate concerns and is ready to strengthen communication. He added that Seoul supports the denuclearization of the Peninsula.",
    'The two heads of state agreed that the two countries will strengthen high-level exchanges.',
    'Wang Yi and others attended the meeting.',
  ].join('\n\n');
  const expected = [[], [], ['China'], ['China'], ['China'], ['China'], ['China'], ['China'], ['ROK'], ['ROK'], ['ROK'], ['both'], []];
  it('gives each sentence its holders', () => expect(holdersBySentence(readout)).toEqual(expected));
});

describe('a press-conference transcript', () => {
  const transcript = [
    "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference",
    'Q: The ROK approved a land swap for the deployment. Does China oppose this?',
    'A: We have noted the reports. We firmly oppose the deployment.',
    'Q: Will China retaliate?',
    'A: I would like to stress that China welcomes foreign investment.',
  ].join('\n\n');
  it('gives questions to nobody and answers to the spokesperson', () =>
    expect(holdersBySentence(transcript)).toEqual([[], [], [], ['China'], ['China'], [], ['China']]));
});
