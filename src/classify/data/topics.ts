/**
 * Topic lexicon: a canonical name and the phrases (case-insensitive, whole
 * words) that signal it. `acronyms` are also matched with one typo
 * ("THHAD" for "THAAD").
 */
export interface TopicDef {
  readonly id: string;
  readonly phrases: readonly string[];
  readonly acronyms?: readonly string[];
}

export const TOPICS: readonly TopicDef[] = [
  { id: 'THAAD', phrases: ['Terminal High Altitude Area Defense', 'Terminal High Altitude Area Defence'], acronyms: ['THAAD'] },
  { id: 'missile defense', phrases: ['missile defense', 'missile defence', 'anti-missile'] },
  {
    id: 'denuclearization',
    phrases: [
      'denuclearization',
      'denuclearisation',
      'denuclearizing',
      'denuclearising',
      'denuclearize',
      'nuclear issue',
      'nuclear program',
      'nuclear programme',
    ],
  },
  { id: 'Korean Peninsula', phrases: ['Korean Peninsula', 'the Peninsula'] },
  {
    id: 'bilateral relations',
    phrases: [
      'bilateral relations',
      'bilateral ties',
      'bilateral relationship',
      'China-ROK relations',
      'ROK-China relations',
      'China-South Korea relations',
      'U.S.-China relations',
      'U.S.-ROK relationship',
      'strategic cooperative partnership',
      'alliance',
    ],
  },
  { id: 'communication', phrases: ['strategic communication', 'communication', 'channels', 'dialogue', 'military-to-military'] },
  { id: 'exchanges and cooperation', phrases: ['exchanges and cooperation', 'people-to-people', 'exchanges'] },
  { id: 'nuclear weapons', phrases: ['nuclear weapons', 'nuclear war', 'nuclear deterrence', 'extended deterrence', 'nuclear operations'] },
  { id: 'DPRK', phrases: ['DPRK', 'North Korea', 'Pyongyang'] },
  { id: 'Taiwan', phrases: ['Taiwan', 'Taiwan Strait', 'cross-Strait'] },
  { id: 'South China Sea', phrases: ['South China Sea', 'East China Sea', 'maritime'] },
  { id: 'Ukraine', phrases: ['Ukraine'] },
  {
    id: 'trade',
    phrases: [
      'trade',
      'tariff',
      'tariffs',
      'export controls',
      'exports',
      'imports',
      'market access',
      'soybeans',
      'investment',
      'investments',
    ],
  },
  { id: 'climate', phrases: ['climate', 'emissions', 'net zero', 'carbon', 'Paris Agreement', 'NDC'] },
  { id: 'human rights', phrases: ['human rights', 'Xinjiang', 'Tibet', 'Hong Kong'] },
  { id: 'fentanyl', phrases: ['fentanyl', 'counternarcotics', 'precursors'] },
  { id: 'supply chains', phrases: ['supply chain', 'supply chains', 'semiconductors', 'critical minerals', 'rare earths', 'rare earth'] },
  { id: 'regional security', phrases: ['regional security', 'peace and stability', 'Indo-Pacific', 'deterrence'] },
];
