/**
 * Titles of officials, lowercased, longest first when matched. A title before a
 * capitalised name makes a person ("Foreign Minister Wang Yi"); a title alone
 * after "the" refers back to the last official with it ("the minister").
 */
export const TITLES: readonly string[] = [
  'president', 'vice president', 'premier', 'vice premier', 'prime minister', 'deputy prime minister',
  'foreign minister', 'vice foreign minister', 'deputy foreign minister', 'first vice foreign minister',
  'minister', 'vice minister', 'deputy minister', 'defense minister', 'defence minister', 'unification minister',
  'trade minister', 'commerce minister', 'finance minister',
  'minister of foreign affairs', 'minister of national defense', 'minister of unification',
  'secretary of state', 'secretary of defense', 'secretary of the treasury', 'secretary of commerce',
  'secretary', 'deputy secretary', 'under secretary', 'assistant secretary',
  'national security advisor', 'national security adviser', 'deputy national security advisor',
  'state councilor', 'state councillor', 'vice chairman', 'chairman', 'chair', 'general secretary',
  'ambassador', 'amb.', 'envoy', 'special envoy', 'special representative', 'trade representative',
  'spokesperson', 'spokesman', 'spokeswoman', 'foreign ministry spokesperson', 'foreign ministry spokesman',
  'director', 'director general', 'director-general', 'chief of staff', 'head',
  'general', 'gen.', 'admiral', 'adm.', 'lt. gen.', 'colonel', 'col.',
  'chancellor', 'king', 'emperor', 'leader', 'chief', 'senator', 'sen.', 'governor', 'mayor',
  'mr.', 'ms.', 'mrs.', 'dr.', 'mr', 'ms', 'mrs', 'dr',
];

/**
 * Offices and bodies that make a demonym an actor: "the Chinese side",
 * "South Korean officials", "the Chinese Foreign Ministry".
 */
export const OFFICES: readonly string[] = [
  'side', 'sides', 'government', 'governments', 'administration', 'delegation', 'delegations',
  'official', 'officials', 'authorities', 'authority', 'leadership', 'leader', 'leaders',
  'foreign ministry', 'ministry', 'ministry of foreign affairs', 'defense ministry', 'defence ministry',
  'embassy', 'consulate', 'mission', 'military', 'army', 'navy', 'forces', 'armed forces',
  'negotiators', 'negotiator', 'team', 'counterpart', 'counterparts', 'diplomats', 'diplomat',
  'presidential office', 'cabinet', 'parliament', 'congress', 'national assembly', 'legislature',
  'state council', 'communist party', 'party', 'people', 'nation', 'state', 'president', 'premier',
  'prime minister', 'foreign minister', 'minister', 'ambassador', 'envoy', 'spokesperson', 'spokesman',
  'spokeswoman', 'secretary of state', 'national security advisor', 'national security adviser',
];

/** Plural nouns that, after "the two", "both", "the three", "the", name the meeting's parties. */
export const GROUP_NOUNS: readonly string[] = [
  'sides', 'countries', 'nations', 'states', 'leaders', 'presidents', 'heads of state', 'ministers',
  'foreign ministers', 'defense ministers', 'governments', 'delegations', 'parties', 'national security advisors',
  'national security advisers', 'advisors', 'advisers', 'participants', 'allies', 'partners', 'counterparts',
  'secretaries', 'premiers', 'prime ministers', 'chiefs', 'envoys', 'officials',
];
