/**
 * Issue 14, "officials of any state" and "home state": who an official, an office or an unnamed speaker
 * speaks for, in the forms wire copy writes them, for many pairs of states. Every text is written for these
 * tests. A row gives the holders of the text's last sentence (sorted).
 */
import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../src/index.js';
import { extractStances } from '../src/index.js';
import { article, pair, table } from './helpers/holders.js';

/** The ids after the first in `because` of the last sentence's stances. */
const becauseOf = (text: string, options?: ExtractOptions) => extractStances(article(text), options).flatMap((s) => s.because);

describe('officials of any state: nationality and title, whatever the form', () => {
  table([
    [
      'a demonym before a portfolio title',
      'British Defence Secretary John Healey said the plan is dangerous.',
      ['UK'],
      pair('UK', 'France'),
    ],
    ['a country name as modifier', 'Pakistan President Arif Alvi said the plan is dangerous.', ['Pakistan'], pair('India', 'Pakistan')],
    [
      "a state's possessive before a lower-case title",
      "Ethiopia's foreign minister Gedion Timothewos said the plan is dangerous.",
      ['Ethiopia'],
      pair('Ethiopia', 'Egypt'),
    ],
    [
      'a junior minister',
      'Nigerian junior foreign minister Zubairu Dada said the plan is dangerous.',
      ['Nigeria'],
      pair('Nigeria', 'Niger'),
    ],
    [
      'an interior minister',
      'Ukrainian Interior Minister Ihor Klymenko said the plan is dangerous.',
      ['Ukraine'],
      pair('Russia', 'Ukraine'),
    ],
    ['a supreme leader', "Iran's Supreme Leader Ali Khamenei said the plan is dangerous.", ['Iran'], pair('Iran', 'Saudi Arabia')],
    [
      'a crown prince',
      'Saudi Crown Prince Mohammed bin Salman said the plan is dangerous.',
      ['Saudi Arabia'],
      pair('Iran', 'Saudi Arabia'),
    ],
    [
      'a presidential aide',
      'Ukrainian presidential aide Mykhailo Podolyak said the plan is dangerous.',
      ['Ukraine'],
      pair('Russia', 'Ukraine'),
    ],
    [
      'a chief of general staff',
      "Greece's Chief of General Staff Dimitrios Choupis said the plan is dangerous.",
      ['Greece'],
      pair('Türkiye', 'Greece'),
    ],
    [
      'an emir, with the office in between',
      "Qatar's Emir Tamim bin Hamad said the plan is dangerous.",
      ['Qatar'],
      pair('Qatar', 'Saudi Arabia'),
    ],
    [
      'an external affairs minister',
      'Indian External Affairs Minister S. Jaishankar said the plan is dangerous.',
      ['India'],
      pair('India', 'Pakistan'),
    ],
    [
      "a state's new official joined to another",
      "US President Joe Biden and China's new Premier Li Qiang agreed to resume talks.",
      ['both'],
      pair('US', 'China'),
    ],
    [
      'a former official is no official',
      "Greece's former Prime Minister Antonis Samaras said the plan is dangerous.",
      [],
      pair('Türkiye', 'Greece'),
    ],
    [
      'a title only one state has',
      'Chief Cabinet Secretary Yoshimasa Hayashi said the plan is dangerous.',
      ['Japan'],
      pair('Japan', 'ROK'),
    ],
    [
      'later by surname',
      'Greek Prime Minister Kyriakos Mitsotakis spoke on Monday.\n\nMitsotakis said the plan is dangerous.',
      ['Greece'],
      pair('Türkiye', 'Greece'),
    ],
    [
      'an official of a third state holds nothing for the pair',
      'British Defence Secretary John Healey said the plan is dangerous.',
      [],
      pair('Russia', 'Ukraine'),
    ],
    [
      'an office name between the possessive and the title',
      "China's Taiwan Affairs Office head Song Tao said the plan is dangerous.",
      ['China'],
      pair('China', 'Taiwan'),
    ],
    [
      'a demonym and the office before a title',
      'Russian Foreign Ministry spokeswoman Maria Zakharova said the plan is dangerous.',
      ['Russia'],
      pair('Russia', 'Ukraine'),
    ],
    [
      'a royal style opening the name',
      'Saudi Foreign Minister Prince Faisal bin Farhan said the plan is dangerous.',
      ['Saudi Arabia'],
      pair('Iran', 'Saudi Arabia'),
    ],
    [
      'a title with no state and no dateline holds nothing',
      'Foreign Minister Kamal Kharrazi said the plan is dangerous.',
      [],
      pair('Iran', 'Saudi Arabia'),
    ],
  ]);
});

describe('appositive: "X, the Turkish foreign minister", "the foreign minister of Y, X", and later "X said"', () => {
  table([
    [
      'a demonym title after the name',
      'Hakan Fidan, the Turkish foreign minister, said the plan is dangerous.',
      ['Türkiye'],
      pair('Türkiye', 'Greece'),
    ],
    [
      'later by surname',
      'Hakan Fidan, the Turkish foreign minister, spoke on Monday.\n\nFidan told reporters the plan is dangerous.',
      ['Türkiye'],
      pair('Türkiye', 'Greece'),
    ],
    [
      'the title of a state before the name',
      'The foreign minister of Greece, Giorgos Gerapetritis, said the plan is dangerous.',
      ['Greece'],
      pair('Türkiye', 'Greece'),
    ],
    [
      'that name later',
      'The foreign minister of Greece, Giorgos Gerapetritis, spoke.\n\nGerapetritis said the plan is dangerous.',
      ['Greece'],
      pair('Türkiye', 'Greece'),
    ],
    [
      "a state's possessive title",
      "Sugiono, Indonesia's foreign minister, spoke. Sugiono said the plan is dangerous.",
      ['Indonesia'],
      pair('Australia', 'Indonesia'),
    ],
    [
      'a Japanese name family name first',
      "Ishiba Shigeru, Japan's prime minister, spoke.\n\nIshiba said the plan is dangerous.",
      ['Japan'],
      pair('Japan', 'ROK'),
    ],
    [
      'the same name given name first',
      'Japanese Prime Minister Shigeru Ishiba spoke.\n\nIshiba said the plan is dangerous.',
      ['Japan'],
      pair('Japan', 'ROK'),
    ],
    [
      'a title of the other state',
      'Dmytro Kuleba, the Ukrainian foreign minister, spoke.\n\nKuleba said the plan is dangerous.',
      ['Ukraine'],
      pair('Russia', 'Ukraine'),
    ],
    [
      'a Korean name of no state is told later',
      'Vice Foreign Minister Kim Son-gyong said the plan is dangerous.\n\nKim Son-gyong, the North Korean vice foreign minister, spoke on Friday.',
      [],
      pair('ROK', 'DPRK'),
    ],
    [
      'a comma after a time word is no appositive',
      'On Monday, the Turkish foreign minister said the plan is dangerous.',
      ['Türkiye'],
      pair('Türkiye', 'Greece'),
    ],
    [
      'an appositive of a third state',
      'Penny Wong, the Australian foreign minister, said the plan is dangerous.',
      [],
      pair('India', 'Pakistan'),
    ],
  ]);

  it('gives an official named before the appositive the state it tells, on every mention', () => {
    const text = article(
      'Vice Foreign Minister Kim Son-gyong said the plan is dangerous.\n\nKim Son-gyong, the North Korean vice foreign minister, spoke on Friday.',
    );
    expect(extractStances(text, pair('ROK', 'DPRK')).map((s) => [s.holder, s.because.includes('named-later')])).toEqual([['DPRK', true]]);
  });

  it('records the mechanism in because', () => {
    expect(becauseOf('Ahmet Davutoglu, the Turkish foreign minister, said the plan is dangerous.', pair('Türkiye', 'Greece'))).toEqual([
      'subject',
      'appositive',
      'cue:say',
    ]);
  });
});

describe('unnamed officials: the state of the office or place named with them, and "the official said" later', () => {
  table([
    ['officials in a capital', 'Officials in Seoul said the plan is dangerous.', ['ROK']],
    ['officials in the other capital', 'Officials in Tokyo said the plan is dangerous.', ['Japan'], pair('Japan', 'ROK')],
    ['an official from a ministry', 'An official from the South Korean foreign ministry said the plan is dangerous.', ['ROK']],
    [
      'a senior official in a capital',
      'A senior official in Islamabad said the plan is dangerous.',
      ['Pakistan'],
      pair('India', 'Pakistan'),
    ],
    [
      '"the official" later',
      'A senior official in Islamabad spoke to reporters.\n\nThe official said the plan is dangerous.',
      ['Pakistan'],
      pair('India', 'Pakistan'),
    ],
    ['sources in a capital', 'Diplomatic sources in Canberra said the plan is dangerous.', ['Australia'], pair('Australia', 'Indonesia')],
    [
      '"the source" later',
      'A source in Jakarta spoke to reporters.\n\nThe source said the plan is dangerous.',
      ['Indonesia'],
      pair('Australia', 'Indonesia'),
    ],
    ['a demonym official', 'A senior Indian official said the plan is dangerous.', ['India'], pair('India', 'Pakistan')],
    [
      'an official of a ministry named with a demonym',
      'A Russian foreign ministry official said the plan is dangerous.',
      ['Russia'],
      pair('Russia', 'Ukraine'),
    ],
    ['a government official', 'A South Korean government official told reporters the plan is dangerous.', ['ROK'], pair('ROK', 'US')],
    ['an official of a third state', 'Officials in Washington said the plan is dangerous.', [], pair('Russia', 'Ukraine')],
    [
      '"the official Xinhua news agency" is no official',
      'A source in Beijing spoke.\n\nThe official Xinhua news agency said the plan is dangerous.',
      [],
      pair('US', 'China'),
    ],
    ['an official of no place holds nothing', 'An official said the plan is dangerous.', [], pair('UK', 'France')],
  ]);

  it('records the mechanism in because', () => {
    expect(becauseOf('Officials in Tokyo said the plan is dangerous.', pair('Japan', 'ROK'))).toEqual([
      'subject',
      'unnamed-official',
      'cue:say',
    ]);
  });
});

describe("home state: the dateline's city tells whose are the officials and offices named without a nationality", () => {
  const dated = (dateline: string, body: string) => `${dateline} ${body}`;
  table([
    [
      'a Yonhap dateline and a minister',
      dated('SEOUL, Oct. 5 (Yonhap) --', 'Foreign Minister Cho Hyun-dong said the plan is dangerous.'),
      ['ROK'],
      pair('ROK', 'Japan'),
    ],
    [
      'a capital with an agency',
      dated('CANBERRA (AP) —', 'Foreign Minister Penny Wong said the plan is dangerous.'),
      ['Australia'],
      pair('Australia', 'Indonesia'),
    ],
    [
      'a colon dateline and "the Prime Minister"',
      dated('NEW DELHI:', 'The Prime Minister said the plan is dangerous.'),
      ['India'],
      pair('India', 'Pakistan'),
    ],
    ['"the Foreign Office"', dated('LONDON (Reuters) -', 'The Foreign Office said the plan is dangerous.'), ['UK'], pair('UK', 'France')],
    [
      '"the presidential office"',
      dated('SEOUL, Oct. 5 (Yonhap) --', 'The presidential office said the plan is dangerous.'),
      ['ROK'],
      pair('ROK', 'Japan'),
    ],
    [
      'an unnamed official at the home office',
      dated('SEOUL, Oct. 5 (Yonhap) --', 'A senior official at the presidential office said the plan is dangerous.'),
      ['ROK'],
      pair('ROK', 'US'),
    ],
    [
      'a Korean name in a text on the two Koreas takes the home state, not its form',
      dated('SEOUL, Oct. 5 (Yonhap) --', 'Unification Minister Kim Young-ho said the plan is dangerous.'),
      ['ROK'],
      pair('ROK', 'DPRK'),
    ],
    [
      'two cities tell no home',
      dated('HANOI/BEIJING (Reuters) -', 'The Foreign Ministry said the plan is dangerous.'),
      [],
      pair('Vietnam', 'China'),
    ],
    [
      'a home state outside the pair holds nothing',
      dated('ANKARA, May 2 (Reuters) -', 'The Prime Minister said the plan is dangerous.'),
      [],
      pair('UK', 'France'),
    ],
    [
      'a nationality beats the home state',
      dated('MOSCOW (AP) —', 'Ukrainian Foreign Minister Dmytro Kuleba said the plan is dangerous.'),
      ['Ukraine'],
      pair('Russia', 'Ukraine'),
    ],
    [
      'an ambassador serves abroad: no home state',
      dated('BEIJING (AP) —', 'Ambassador Nicholas Burns said the plan is dangerous.'),
      [],
      pair('US', 'China'),
    ],
    ['no dateline, no home', 'The presidential office said the plan is dangerous.', [], pair('ROK', 'Japan')],
  ]);

  it('records the mechanism in because', () => {
    expect(becauseOf('NEW DELHI: The Prime Minister said the plan is dangerous.', pair('India', 'Pakistan'))).toEqual([
      'subject',
      'home-state',
      'cue:say',
    ]);
  });
});

describe('a title named alone: "The Prime Minister" beside a named prime minister is someone else', () => {
  table([
    [
      'the other of the pair, once a prime minister of one is named',
      'The Prime Minister met Japanese Prime Minister Fumio Kishida in London.\n\nThe Prime Minister praised the new defence agreement.',
      ['UK'],
      pair('UK', 'Japan'),
    ],
    [
      'the named one by surname stays theirs',
      'The Prime Minister met Japanese Prime Minister Fumio Kishida in London.\n\nKishida praised the new defence agreement.',
      ['Japan'],
      pair('UK', 'Japan'),
    ],
    [
      'a president named alone beside a named president',
      'The President met French President Emmanuel Macron.\n\nThe President welcomed the plan.',
      ['US'],
      pair('US', 'France'),
    ],
    [
      '"the Prime Minister" after the named one, with no title named alone before',
      'Indian Prime Minister Narendra Modi arrived on Monday.\n\nThe Prime Minister welcomed the plan.',
      ['India'],
      pair('India', 'Pakistan'),
    ],
    [
      'a named one outside the pair tells nothing',
      'The Prime Minister met Canadian Prime Minister Mark Carney.\n\nThe Prime Minister welcomed the plan.',
      [],
      pair('UK', 'France'),
    ],
    ['a title only one body has', 'The High Representative stressed that the talks must resume.', ['EU'], pair('EU', 'China')],
    [
      'a title named alone with a dateline is the home state',
      'ISLAMABAD (Reuters) - The Prime Minister met Afghan officials.\n\nThe Prime Minister welcomed the plan.',
      ['Pakistan'],
      pair('India', 'Pakistan'),
    ],
    [
      'a lower-case title with no antecedent is nobody',
      'The talks ended.\n\nThe minister welcomed the plan.',
      [],
      pair('Australia', 'Indonesia'),
    ],
    [
      'a named official of another title tells nothing',
      'The President met Ukrainian Prime Minister Denys Shmyhal.\n\nThe President welcomed the plan.',
      [],
      pair('Russia', 'Ukraine'),
    ],
    [
      'the same holder on every later mention',
      'The Prime Minister met Greek Prime Minister Kyriakos Mitsotakis.\n\nThe Prime Minister welcomed the plan. The Prime Minister stressed that talks must resume.',
      ['Türkiye'],
      pair('Türkiye', 'Greece'),
    ],
  ]);
});

describe("names' form: a Korean name is no state's when the pair is the two Koreas", () => {
  table([
    ['a Korean name, China and the ROK', 'Vice Foreign Minister Park Yoon-joo said the plan is dangerous.', ['ROK']],
    ['a Korean name, the two Koreas', 'Vice Foreign Minister Park Yoon-joo said the plan is dangerous.', [], pair('ROK', 'DPRK')],
    [
      'the ministry the text named tells',
      "South Korea's Unification Ministry said it will respond.\n\nUnification Ministry spokesman Koo Byoung-sam said the plan is dangerous.",
      ['ROK'],
      pair('ROK', 'DPRK'),
    ],
    ['a Chinese name, China and the US', 'Vice Foreign Minister Deng Li said the plan is dangerous.', ['China'], pair('US', 'China')],
    ['a Chinese name, China and Taiwan', 'Vice Foreign Minister Deng Li said the plan is dangerous.', [], pair('China', 'Taiwan')],
    [
      'a possessor tells which of two officials of one surname',
      'Foreign Minister Wang Yi met Wang Yu-chi.\n\n"We will talk," Taiwan\'s Wang said.',
      ['Taiwan'],
      pair('China', 'Taiwan'),
    ],
    [
      'a later appositive tells',
      'Kim Yo-jong spoke.\n\nKim, the North Korean vice foreign minister, said the plan is dangerous.',
      ['DPRK'],
      pair('ROK', 'DPRK'),
    ],
    [
      'the counterpart of a known official tells',
      'Unification Minister Kim Young-ho and his North Korean counterpart Ri Son-gwon agreed to meet again.',
      ['both'],
      pair('ROK', 'DPRK'),
    ],
    ['a name with no title holds nothing', 'Park Yoon-joo said the plan is dangerous.', [], pair('ROK', 'DPRK')],
    [
      "the other official's known state tells",
      'Foreign Minister Ri Son-gwon met South Korean Foreign Minister Park Jin.\n\nRi said the plan is dangerous.',
      ['DPRK'],
      pair('ROK', 'DPRK'),
    ],
    [
      'two officials of one state tell nothing of a third',
      'Foreign Minister Ri Son-gwon met South Korean Foreign Minister Park Jin and Japanese Foreign Minister Yoko Kamikawa.\n\nRi said the plan is dangerous.',
      [],
      pair('ROK', 'Japan'),
    ],
    ['a Vietnamese name has no built-in form', 'Foreign Minister Le Hoai Trung said the plan is dangerous.', [], pair('Vietnam', 'China')],
  ]);
});

describe('non-officials: a person described as no official speaks for no state, and is not an official of the same surname', () => {
  table([
    [
      "a political scientist of an official's surname",
      'Foreign Minister Wang Yi spoke.\n\nPolitical scientist Wang Fan said the plan is dangerous.',
      [],
    ],
    [
      'a researcher at an institute, named after a comma',
      'Foreign Minister Wang Yi spoke.\n\nA senior researcher at the Asan Institute, Lee Dong-hwi, says the plan is dangerous.',
      [],
    ],
    ['an analyst', 'President Lee Jae-myung spoke.\n\nAnalyst Lee Sung-min said the plan is dangerous.', []],
    [
      'a role in title case after an institution, then the surname alone',
      'China Foreign Affairs University Political Scientist Wang Fan spoke.\n\nWang says the Japanese side should know there will be consequences.',
      [],
      pair('Japan', 'China'),
    ],
    [
      'a Historian in title case',
      'Seoul National University Historian Park Tae-gyun spoke.\n\nPark says Tokyo must apologise.',
      [],
      pair('Japan', 'ROK'),
    ],
    [
      'a government-funded institute names no state',
      'A senior researcher at the Korean government-funded Institute for Unification, Choi Jin-wook, says the plan is dangerous.',
      [],
      pair('ROK', 'Japan'),
    ],
    ['a professor', 'Professor Andrei Kortunov said the plan is dangerous.', [], pair('Russia', 'Ukraine')],
    [
      'later by that surname',
      'Foreign Minister Wang Yi spoke.\n\nPolitical scientist Wang Fan spoke too.\n\nWang said the plan is dangerous.',
      [],
    ],
    ['the official again after the analyst', 'Analyst Lee Sung-min spoke.\n\nPresident Lee Jae-myung said the plan is dangerous.', ['ROK']],
    [
      'an official whose full name is known',
      'Turkish Foreign Minister Hakan Fidan spoke.\n\nHakan Fidan said the plan is dangerous.',
      ['Türkiye'],
      pair('Türkiye', 'Greece'),
    ],
    [
      'part of a known name',
      'French Foreign Minister Jean-Yves Le Drian spoke.\n\nLe Drian said the plan is dangerous.',
      ['France'],
      pair('UK', 'France'),
    ],
    [
      'the researcher again by surname holds nothing',
      'A researcher at the Sejong Institute, Lee Sang-hyun, spoke.\n\nLee said the plan is dangerous.',
      [],
      pair('ROK', 'Japan'),
    ],
    [
      'the official of that surname holds, the researcher does not',
      'A researcher at the Sejong Institute, Lee Sang-hyun, spoke.\n\nPresident Lee said the plan is dangerous.',
      ['ROK'],
      pair('ROK', 'Japan'),
    ],
    ['an economist in a capital', 'An economist in Islamabad, Sajid Amin, said the plan is dangerous.', [], pair('India', 'Pakistan')],
  ]);
});

describe('joint holders of any pair', () => {
  table([
    [
      '"the top diplomats of X and Y"',
      'The top diplomats of India and Pakistan agreed to resume talks.',
      ['both'],
      pair('India', 'Pakistan'),
    ],
    ['"the two foreign ministers"', 'The two foreign ministers agreed to resume talks.', ['both'], pair('Türkiye', 'Greece')],
    [
      '"A and his Japanese counterpart B"',
      'South Korean Foreign Minister Cho Hyun and his Japanese counterpart Takeshi Iwaya agreed to resume talks.',
      ['both'],
      pair('Japan', 'ROK'),
    ],
    [
      '"A and her Y counterpart", A of no known state',
      'Alexander Downer and his Indonesian counterpart Sugiono agreed to resume talks.',
      ['both'],
      pair('Australia', 'Indonesia'),
    ],
    [
      '"A and his Y counterpart" unnamed',
      'Secretary of State Antony Blinken and his Chinese counterpart agreed to resume talks.',
      ['both'],
      pair('US', 'China'),
    ],
    ['"the leaders of the two countries"', 'The leaders of the two countries agreed to resume talks.', ['both'], pair('US', 'China')],
    ['"both governments"', 'Both governments agreed to resume talks.', ['both'], pair('UK', 'France')],
    [
      'two officials by surname',
      'Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Hakan Fidan.\n\nLavrov and Fidan agreed to resume talks.',
      ['both'],
      pair('Russia', 'Türkiye'),
    ],
    [
      '"Both agreed" after a meeting',
      'Iranian Foreign Minister Abbas Araghchi met Saudi Foreign Minister Faisal bin Farhan.\n\nBoth agreed to resume talks.',
      ['both'],
      pair('Iran', 'Saudi Arabia'),
    ],
    [
      '"A and his counterpart" of a third state',
      'Russian Foreign Minister Sergei Lavrov and his Ukrainian counterpart Dmytro Kuleba agreed to resume talks.',
      ['Ukraine'],
      pair('Ukraine', 'Poland'),
    ],
    [
      '"met his Y counterpart B", and later B by surname',
      'Greek Foreign Minister Giorgos Gerapetritis met his Turkish counterpart Hakan Fidan.\n\nFidan said the plan is dangerous.',
      ['Türkiye'],
      pair('Türkiye', 'Greece'),
    ],
    [
      'the two by surname after "met his counterpart"',
      'Greek Foreign Minister Giorgos Gerapetritis met his Turkish counterpart Hakan Fidan.\n\nFidan and Gerapetritis agreed to meet again.',
      ['both'],
      pair('Türkiye', 'Greece'),
    ],
    ['"both" as a floating word is no subject', 'Talks, which both had sought, resumed on Monday.', [], pair('UK', 'France')],
  ]);

  it('records the counterpart mechanism in because', () => {
    expect(
      becauseOf('Alexander Downer and his Indonesian counterpart Sugiono agreed to resume talks.', pair('Australia', 'Indonesia')),
    ).toEqual(['subject', 'counterpart', 'cue:agree']);
  });
});
