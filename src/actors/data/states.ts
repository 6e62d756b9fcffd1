/**
 * The states (and the intergovernmental bodies news reports) the library
 * recognises as actors: the world gazetteer compiled from the world-countries
 * package and the CLDR English territory names (`world.ts`), with the short
 * forms, seats and usages of news text added here by hand.
 * Names and capitals match in any case when capitalised; codes only as written
 * ("US", not "us"). A mention of a state outside the configured pair is still
 * recognised, so that its claims are not given to a configured actor.
 */
import { WORLD } from './world.js';

export interface StateDef {
  /** ISO 3166 alpha-3 code, or the organisation's acronym ("EU"). */
  readonly id: string;
  /** The common name, used as the label of a state outside the pair ("United States"). */
  readonly label: string;
  readonly iso2: string | null;
  /** Names and short forms, matched case-insensitively: "China", "People's Republic of China". */
  readonly names: readonly string[];
  /** Codes and acronyms, matched as written: "PRC", "U.S.". */
  readonly codes: readonly string[];
  /** Capitals used as metonyms: "Beijing". */
  readonly capitals: readonly string[];
  /** Seats of government used as metonyms: "Cheong Wa Dae", "Zhongnanhai". */
  readonly seats: readonly string[];
  /** Demonyms and adjectives: actors only with an office ("the Chinese side") or a stance noun ("Chinese commitments"). */
  readonly demonyms: readonly string[];
}

interface Extra {
  readonly names?: readonly string[];
  readonly codes?: readonly string[];
  readonly capitals?: readonly string[];
  readonly seats?: readonly string[];
  readonly demonyms?: readonly string[];
}

/** What news text adds to the gazetteer, by ISO3 code. */
const EXTRAS: Readonly<Record<string, Extra>> = {
  CHN: { names: ['mainland China', 'Peoples Republic of China'], codes: ['PRC', 'P.R.C.'], seats: ['Zhongnanhai'] },
  KOR: {
    names: ['Korea', 'S. Korea', 'South Korea'],
    codes: ['ROK', 'R.O.K.'],
    seats: ['Cheong Wa Dae', 'Chong Wa Dae', 'Blue House', 'Yongsan presidential office'],
    demonyms: ['Korean', 'S. Korean'],
  },
  PRK: { names: ['N. Korea'], codes: ['D.P.R.K.'], demonyms: ['N. Korean'] },
  USA: {
    names: ['America'],
    codes: ['US', 'U.S.', 'USA', 'U.S.A.', 'U.S'],
    capitals: ['Washington'],
    seats: ['White House', 'Pentagon', 'State Department'],
    demonyms: ['US', 'U.S.'],
  },
  GBR: { names: ['Britain'], codes: ['UK', 'U.K.'], seats: ['Downing Street', 'Whitehall'] },
  // (Russia's own Security Council is not the UN's)
  RUS: {
    names: ['Russian Federation'],
    seats: ['Kremlin', 'Russian Security Council', 'Security Council of Russia', 'Security Council of the Russian Federation'],
  },
  FRA: { seats: ['Elysee', 'Élysée'] },
  JPN: { seats: ['Kantei'] },
  TWN: { codes: ['ROC'] },
  ARE: { codes: ['UAE'] },
};

/** An intergovernmental body: its acronyms are codes, matched as written ("G7", "G-7"); its names in any case. */
function body(id: string, label: string, names: readonly string[], codes: readonly string[], capitals: readonly string[] = []): StateDef {
  return { id, label, iso2: null, names, codes, capitals, seats: [], demonyms: [] };
}

/**
 * Intergovernmental bodies reported as actors. Their ids are their acronyms, none an ISO 3166 code
 * (the Arab League is "LAS": "AL" is Albania's). "The UN Security Council" is one mention, the
 * Security Council's, not the UN's: the longest name wins.
 */
const ORGANISATIONS: readonly StateDef[] = [
  body('EU', 'European Union', ['European Union'], ['EU', 'E.U.'], ['Brussels']),
  body('NATO', 'NATO', ['North Atlantic Treaty Organization'], ['NATO']),
  body('ASEAN', 'ASEAN', ['Association of Southeast Asian Nations'], ['ASEAN']),
  body('UN', 'United Nations', ['United Nations'], ['UN', 'U.N.']),
  body('UNSC', 'UN Security Council', ['United Nations Security Council', 'UN Security Council', 'Security Council'], ['UNSC']),
  body('AU', 'African Union', ['African Union'], []),
  body('GCC', 'GCC', ['Gulf Cooperation Council', 'Cooperation Council for the Arab States of the Gulf'], ['GCC']),
  body('LAS', 'Arab League', ['Arab League', 'League of Arab States'], []),
  body(
    'OPEC',
    'OPEC',
    ['Organization of the Petroleum Exporting Countries', 'Organisation of the Petroleum Exporting Countries'],
    ['OPEC'],
  ),
  body('G7', 'G7', ['Group of Seven'], ['G7', 'G-7']),
  body('G20', 'G20', ['Group of Twenty'], ['G20', 'G-20']),
  body('IAEA', 'IAEA', ['International Atomic Energy Agency'], ['IAEA']),
];

const list = (s: string | undefined) => (s ? s.split(';').filter(Boolean) : []);

export const STATES: readonly StateDef[] = [
  ...WORLD.map((line): StateDef => {
    const [id = '', iso2 = '', label = '', names, codes, capitals, demonyms] = line.split('|');
    const x = EXTRAS[id] ?? {};
    return {
      id,
      label,
      iso2,
      names: [label, ...list(names), ...(x.names ?? [])],
      codes: [...new Set([...list(codes), ...(x.codes ?? [])])],
      capitals: [...list(capitals), ...(x.capitals ?? [])],
      seats: [...(x.seats ?? [])],
      demonyms: [...list(demonyms), ...(x.demonyms ?? [])],
    };
  }),
  ...ORGANISATIONS,
];

/**
 * Names that contain a state's name but are not the state: places, newspapers,
 * companies, policies. Matched first, so "South China Sea" never counts as China.
 */
export const NOT_ACTORS: readonly string[] = [
  'South China Sea',
  'East China Sea',
  'China Sea',
  'China Daily',
  'China Central Television',
  'China News Service',
  'Air China',
  'Bank of China',
  'one China',
  'one-China',
  'Korean Peninsula',
  'Korea Peninsula',
  'Korean War',
  'Korean Air',
  'Korea Herald',
  'Korea Times',
  'Korea JoongAng Daily',
  'Korean history',
  'Korean people',
  'Korean Americans',
  'Korean American',
  'Sea of Japan',
  'Japan Times',
  'Washington Post',
  'Washington Treaty',
  'Washington Declaration',
  'Washington State',
  'Seoul Summit',
  'Beijing Olympics',
  'Taiwan Strait',
  'Strait of Taiwan',
  'Gulf of Mexico',
  'New Mexico',
  'New Guinea',
  'Indian Ocean',
  'Arctic Council',
  'Turkey Point',
  'Georgia Tech',
  'Jordan River',
  // security councils that are not the UN's: of a state, named by the state
  'National Security Council',
];
