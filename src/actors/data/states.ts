/**
 * The states (and a few organisations) the library recognises as actors: the
 * world gazetteer compiled from the world-countries package (`world.ts`), with
 * the short forms, seats and usages of news text added here by hand.
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
  RUS: { names: ['Russian Federation'], seats: ['Kremlin'] },
  FRA: { seats: ['Elysee', 'Élysée'] },
  JPN: { seats: ['Kantei'] },
  TWN: { codes: ['ROC'] },
  ARE: { codes: ['UAE'] },
  VNM: { names: ['Viet Nam'] },
  TUR: { names: ['Türkiye', 'Turkiye'] },
  CZE: { names: ['Czech Republic'] },
};

/** Organisations reported as actors. */
const ORGANISATIONS: readonly StateDef[] = [
  {
    id: 'EU',
    label: 'European Union',
    iso2: null,
    names: ['European Union'],
    codes: ['EU', 'E.U.'],
    capitals: ['Brussels'],
    seats: [],
    demonyms: [],
  },
  {
    id: 'NATO',
    label: 'NATO',
    iso2: null,
    names: ['North Atlantic Treaty Organization'],
    codes: ['NATO'],
    capitals: [],
    seats: [],
    demonyms: [],
  },
  {
    id: 'ASEAN',
    label: 'ASEAN',
    iso2: null,
    names: ['Association of Southeast Asian Nations'],
    codes: ['ASEAN'],
    capitals: [],
    seats: [],
    demonyms: [],
  },
  {
    id: 'UN',
    label: 'United Nations',
    iso2: null,
    names: ['United Nations'],
    codes: ['UN', 'U.N.'],
    capitals: [],
    seats: [],
    demonyms: [],
  },
  { id: 'AU', label: 'African Union', iso2: null, names: ['African Union'], codes: [], capitals: [], seats: [], demonyms: [] },
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
      codes: [...list(codes), ...(x.codes ?? [])],
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
];
