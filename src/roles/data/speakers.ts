/**
 * Words that decide whether a mention names a speaker (a person, an office, a group of people) or a state
 * named as itself. Group nouns and offices themselves are the actors stage's (src/actors/data/titles.ts).
 */

/** Heads of groups that are the states themselves, not people who speak: "the two sides", "both countries". */
export const STATE_GROUP_HEADS: ReadonlySet<string> = new Set([
  'koreas',
  'sides',
  'countries',
  'nations',
  'states',
  'governments',
  'parties',
  'allies',
  'partners',
]);

/** Heads of offices that stand for the state as a whole: "the Chinese side", "the ROK government". */
export const STATE_OFFICE_HEADS: ReadonlySet<string> = new Set([
  'side',
  'sides',
  'government',
  'governments',
  'administration',
  'leadership',
  'statement',
  'edict',
  'decree',
  'communique',
  'communiqué',
]);

/** Pronouns that name a speaker already named: "he said", "we will not accept". */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'him',
  'her',
  'his',
  'i',
  'we',
  'me',
  'us',
  'my',
  'our',
  'they',
  'it',
  'its',
]);

/** Determiners a speaker's naming starts with when they stand right before the mention: "the Chinese Defense Ministry", "a ministry spokesman". */
export const SPEAKER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
