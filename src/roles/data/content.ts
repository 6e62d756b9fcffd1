/** Words between a cue and what it holds, which the content leaves out. */

/** What opens a complement and is not the content itself: "said that ..." keeps "that"; "said: ..." drops the colon. */
export const OPENERS: ReadonlySet<string> = new Set([':', ',', '"', '-', '--', '—']);

/** A preposition that ties a stance noun or phrasal cue to its object ("its opposition to X", "took note of X", "concern over X"): the object is the content. */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'to',
  'on',
  'over',
  'about',
  'against',
  'for',
  'at',
  'with',
  'regarding',
  'toward',
  'towards',
]);

/** Words that end a clause before the next claim's cue in the same sentence: ", and it took note of ...". */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', 'and', 'but', 'while', 'whereas']);

/** Punctuation a content never ends (or starts) with. */
export const EDGE_PUNCTUATION: ReadonlySet<string> = new Set(['.', ',', ';', ':', '"', '!', '-', '--', '—', "'"]);

/** A negation after a modal cue, left out of its content: "will not accept this" holds "accept this" (the stance is `negated`). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never']);
