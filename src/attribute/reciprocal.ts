/**
 * Opposite claims are not joint (ANNOTATION.md): "X and Y accuse each other", "with both sides blaming the
 * other", "the two Koreas exchanged blame", "both countries say they hold jurisdiction over the islets" give
 * each side's claim on its own, two single holders, not `both`.
 */
import type { CueHit } from '../clauses/index.js';
import type { SentenceContext } from './context.js';

/** The id recorded in `because` when a joint holder's claim was split into each side's. */
export const RECIPROCAL = 'reciprocal';

/** Words that name what each side claims for itself against the other. */
const CONTESTED = new Set(['sovereignty', 'jurisdiction', 'ownership', 'title']);
/** "exchanged blame", "traded accusations": the particle words of a cue that is an exchange. */
const EXCHANGE = new Set(['exchange', 'trade']);

/** Is the cue, held by several states, each one's claim against the other? */
export function reciprocal(cue: CueHit, ctx: SentenceContext): boolean {
  const { tokens } = ctx;
  // (only opposition is each side's against the other: "agreed to help each other" is joint)
  const against = cue.kinds.includes('oppose');
  if (against && EXCHANGE.has(tokens[cue.head]?.verbLemma ?? tokens[cue.head]?.lower ?? '') && cue.end > cue.head + 1) return true;
  const end = Math.min(tokens.length, cue.end + 14);
  for (let k = cue.end; k < end; k++) {
    const w = tokens[k]?.lower ?? '';
    if (w === ';') return false;
    const next = tokens[k + 1]?.lower;
    if (against && ((w === 'each' && next === 'other') || (w === 'one' && next === 'another'))) return true;
    // "both sides blaming the other": "the other" as an object, not "the other side's" as a modifier
    const object = !/^(NOUN|PROPN|ADJ)$/.test(tokens[k + 2]?.pos ?? '') && tokens[k + 2]?.lower !== "'s";
    if (against && w === 'the' && next === 'other' && object) return true;
    if (cue.speech && CONTESTED.has(w)) return true;
  }
  return false;
}
