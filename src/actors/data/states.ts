/**
 * The states (and a few organisations) the library recognises as actors.
 * Names and capitals match in any case; codes only as written ("US", not "us").
 * A mention of a state outside the configured pair is still recognised, so that
 * its claims are not given to a configured actor.
 */
export interface StateDef {
  readonly id: string;
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

export const STATES: readonly StateDef[] = [
  {
    id: 'China',
    names: ['China', "People's Republic of China", 'Peoples Republic of China', 'mainland China'],
    codes: ['PRC', 'P.R.C.', 'CHN'],
    capitals: ['Beijing'],
    seats: ['Zhongnanhai'],
    demonyms: ['Chinese'],
  },
  {
    id: 'ROK',
    names: ['Republic of Korea', 'South Korea', 'Korea'],
    codes: ['ROK', 'R.O.K.', 'KOR'],
    capitals: ['Seoul'],
    seats: ['Cheong Wa Dae', 'Chong Wa Dae', 'Blue House', 'Yongsan presidential office'],
    demonyms: ['South Korean', 'Korean'],
  },
  {
    id: 'US',
    names: ['United States', 'United States of America', 'America'],
    codes: ['US', 'U.S.', 'USA', 'U.S.A.', 'U.S'],
    capitals: ['Washington'],
    seats: ['White House', 'Pentagon', 'State Department'],
    demonyms: ['American', 'US', 'U.S.'],
  },
  {
    id: 'Japan',
    names: ['Japan'],
    codes: ['JPN'],
    capitals: ['Tokyo'],
    seats: [],
    demonyms: ['Japanese'],
  },
  {
    id: 'DPRK',
    names: ["Democratic People's Republic of Korea", 'North Korea'],
    codes: ['DPRK', 'D.P.R.K.', 'PRK'],
    capitals: ['Pyongyang'],
    seats: [],
    demonyms: ['North Korean'],
  },
  {
    id: 'Russia',
    names: ['Russia', 'Russian Federation'],
    codes: ['RUS'],
    capitals: ['Moscow'],
    seats: ['Kremlin'],
    demonyms: ['Russian'],
  },
  { id: 'Taiwan', names: ['Taiwan', 'Republic of China'], codes: ['ROC'], capitals: ['Taipei'], seats: [], demonyms: ['Taiwanese'] },
  {
    id: 'UK',
    names: ['United Kingdom', 'Britain', 'Great Britain'],
    codes: ['UK', 'U.K.'],
    capitals: ['London'],
    seats: ['Downing Street'],
    demonyms: ['British'],
  },
  { id: 'EU', names: ['European Union'], codes: ['EU', 'E.U.'], capitals: ['Brussels'], seats: [], demonyms: ['European'] },
  { id: 'India', names: ['India'], codes: [], capitals: ['New Delhi'], seats: [], demonyms: ['Indian'] },
  { id: 'Canada', names: ['Canada'], codes: [], capitals: ['Ottawa'], seats: [], demonyms: ['Canadian'] },
  { id: 'Australia', names: ['Australia'], codes: [], capitals: ['Canberra'], seats: [], demonyms: ['Australian'] },
  { id: 'New Zealand', names: ['New Zealand'], codes: [], capitals: ['Wellington'], seats: [], demonyms: [] },
  { id: 'Brazil', names: ['Brazil'], codes: [], capitals: ['Brasilia', 'Brasília'], seats: [], demonyms: ['Brazilian'] },
  { id: 'Argentina', names: ['Argentina'], codes: [], capitals: ['Buenos Aires'], seats: [], demonyms: ['Argentine', 'Argentinian'] },
  { id: 'South Africa', names: ['South Africa'], codes: [], capitals: ['Pretoria'], seats: [], demonyms: ['South African'] },
  { id: 'Ukraine', names: ['Ukraine'], codes: [], capitals: ['Kyiv', 'Kiev'], seats: [], demonyms: ['Ukrainian'] },
  { id: 'Germany', names: ['Germany'], codes: [], capitals: ['Berlin'], seats: [], demonyms: ['German'] },
  { id: 'France', names: ['France'], codes: [], capitals: ['Paris'], seats: ['Elysee', 'Élysée'], demonyms: ['French'] },
  { id: 'Mongolia', names: ['Mongolia'], codes: [], capitals: ['Ulaanbaatar'], seats: [], demonyms: ['Mongolian'] },
  { id: 'Vietnam', names: ['Vietnam', 'Viet Nam'], codes: [], capitals: ['Hanoi'], seats: [], demonyms: ['Vietnamese'] },
  { id: 'Philippines', names: ['Philippines'], codes: [], capitals: ['Manila'], seats: [], demonyms: ['Philippine', 'Filipino'] },
  { id: 'Indonesia', names: ['Indonesia'], codes: [], capitals: ['Jakarta'], seats: [], demonyms: ['Indonesian'] },
  { id: 'Malaysia', names: ['Malaysia'], codes: [], capitals: ['Kuala Lumpur'], seats: [], demonyms: ['Malaysian'] },
  { id: 'Singapore', names: ['Singapore'], codes: [], capitals: [], seats: [], demonyms: ['Singaporean'] },
  { id: 'Israel', names: ['Israel'], codes: [], capitals: [], seats: [], demonyms: ['Israeli'] },
  { id: 'Iran', names: ['Iran'], codes: [], capitals: ['Tehran'], seats: [], demonyms: ['Iranian'] },
  { id: 'Mexico', names: ['Mexico'], codes: [], capitals: ['Mexico City'], seats: [], demonyms: ['Mexican'] },
  { id: 'Italy', names: ['Italy'], codes: [], capitals: ['Rome'], seats: [], demonyms: ['Italian'] },
  { id: 'Saudi Arabia', names: ['Saudi Arabia'], codes: [], capitals: ['Riyadh'], seats: [], demonyms: ['Saudi'] },
  { id: 'Turkey', names: ['Turkey', 'Türkiye'], codes: [], capitals: ['Ankara'], seats: [], demonyms: ['Turkish'] },
  { id: 'Pakistan', names: ['Pakistan'], codes: [], capitals: ['Islamabad'], seats: [], demonyms: ['Pakistani'] },
  { id: 'Thailand', names: ['Thailand'], codes: [], capitals: ['Bangkok'], seats: [], demonyms: ['Thai'] },
  { id: 'Cambodia', names: ['Cambodia'], codes: [], capitals: ['Phnom Penh'], seats: [], demonyms: ['Cambodian'] },
  { id: 'NATO', names: ['North Atlantic Treaty Organization'], codes: ['NATO'], capitals: [], seats: [], demonyms: [] },
  { id: 'ASEAN', names: ['Association of Southeast Asian Nations'], codes: ['ASEAN'], capitals: [], seats: [], demonyms: [] },
  { id: 'UN', names: ['United Nations'], codes: ['UN', 'U.N.'], capitals: [], seats: [], demonyms: [] },
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
  'Seoul Summit',
  'Beijing Olympics',
  'Taiwan Strait',
  'Strait of Taiwan',
  'Hong Kong',
  'Macau',
  'Macao',
  'Russian Federation Council',
];
