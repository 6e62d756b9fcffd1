/**
 * Courtesies hold no position: "Good afternoon, everyone.", "It is wonderful to be back in Tokyo.",
 * "Thank you for joining us.", "(Laughter.)". Thanks for another side's policy or support are support,
 * and stay claims ("I thank China for its support").
 */
import type { Token } from '../nlp/wink.js';
import { COURTESY_OPENINGS, COURTESY_THANKS, INTENSIFIERS } from './data/courtesy.js';

const OPENINGS: readonly (readonly (readonly string[])[])[] = COURTESY_OPENINGS.map((p) => p.split(' ').map((w) => w.split('|')));
const LEAD_INS = new Set(['and', 'so', 'well', 'also', 'again', ',', 'oh', 'once']);

/** The words a formula can open with: most sentences are told apart by their first word alone. */
const FIRST = new Set(OPENINGS.flatMap((p) => p[0] ?? []));

/** The end of a courtesy formula that opens at token `i`, or -1. */
function formulaEnd(tokens: readonly Token[], i: number): number {
  const first = tokens[i]?.lower ?? '';
  if (!FIRST.has(first) && first !== 'it') return -1;
  for (const phrase of OPENINGS) {
    let k = i;
    for (const place of phrase) {
      // ("so gratifying finally to see", "warmly welcome you": adverbs inside a formula change nothing)
      while ((INTENSIFIERS.has(tokens[k]?.lower ?? '') || tokens[k]?.pos === 'ADV') && !place.includes(tokens[k]?.lower ?? '')) k++;
      const w = tokens[k]?.lower ?? '';
      if (place.includes(w)) k++;
      // (wink splits "it's" into "it" and "'s")
      else if (w === 'it' && tokens[k + 1]?.lower === "'s" && place.includes("it's")) k += 2;
      else {
        k = -1;
        break;
      }
    }
    if (k >= 0) return k;
  }
  return -1;
}

/** Where a sentence's courtesy formula ends (after "And", "So", "Well,"), or -1; a stage direction "(Laughter.)" is one whole. */
export function courtesyEnd(tokens: readonly Token[], from: number): number {
  let i = from;
  // past "And", "So", "Well," and a vocative: "Tony, welcome back to Tokyo."
  for (;;) {
    if (LEAD_INS.has(tokens[i]?.lower ?? '')) i++;
    else if (tokens[i]?.pos === 'PROPN' && tokens[i + 1]?.text === ',') i += 2;
    else break;
  }
  const last = tokens[tokens.length - 1]?.text === ')' ? tokens.length - 1 : tokens.length - 2;
  if (tokens[i]?.text === '(' && tokens[last]?.text === ')') return tokens.length;
  return formulaEnd(tokens, i);
}

/** "thank you.", "thank you so much, and good afternoon", "thanks for joining us": thanks with no object of policy or support. */
export function courtesyThanks(tokens: readonly Token[], at: number): boolean {
  // "I appreciate the congratulatory message": thanks for a message or the time
  if (tokens[at]?.lower.startsWith('appreciat'))
    return [1, 2, 3, 4].some((d) => COURTESY_THANKS.has(tokens[at + d]?.lower ?? '') && tokens[at + d]?.lower !== 'opportunity');
  let k = at + 1;
  if (tokens[k]?.lower === 'you') k++;
  // (past "so much", "everyone" and a vocative: "Thank you State Councilor, and ...")
  while (
    /^(so|very|much|all|again|everyone|,)$/.test(tokens[k]?.lower ?? '') ||
    (tokens[k]?.pos === 'PROPN' && /^[A-Z]/.test(tokens[k]?.text ?? ''))
  )
    k++;
  // "thank you very much to my friend, Foreign Minister X": thanks to a person, unless "for" a policy follows
  if (tokens[k]?.lower === 'to') {
    const f = tokens.findIndex((t, q) => q > k && t.lower === 'for');
    if (f < 0) return true;
    k = f;
  }
  const next = tokens[k];
  if (!next || next.pos === 'PUNCT' || next.lower === 'and') return true;
  if (next.lower !== 'for') return false;
  for (let q = k + 1; q < Math.min(tokens.length, k + 5); q++) if (COURTESY_THANKS.has(tokens[q]?.lower ?? '')) return true;
  return false;
}
