/**
 * What a claim holds, as a token range of its sentence: after the cue and its reporting frame, up to the
 * end of the clause (a trailing frame, the next claim's clause, the sentence's end). In order:
 *   "said on Monday that China opposes ..."  -> "that China opposes ..." (a that-clause after a few words)
 *   "said: "We oppose it.""                   -> "We oppose it" (the colon and quote marks dropped)
 *   "reiterated its opposition to X"          -> "X" (a stance noun's preposition dropped)
 *   "reiterated the stances made clear by Y"  -> "the stances made clear by Y" (the object, when what follows describes it)
 *   "urged the ROK to stop ..."               -> "to stop ..." (the addressee before an infinitive dropped)
 *   "will not accept this"                    -> "accept this" (a modal's negation dropped)
 * A sentence rule's claim holds the whole sentence.
 */
import type { Claim } from '../attribute/index.js';
import type { Token } from '../nlp/wink.js';
import { CLAUSE_BREAKS, EDGE_PUNCTUATION, NEGATORS, OBJECT_PREPOSITIONS, OPENERS } from './data/content.js';

/** Token range [from, to) of the claim's content, or null when the cue has none. `nextCue`: where the sentence's next claim's cue starts. */
export function contentOf(c: Claim, nextCue: number | null): readonly [number, number] | null {
  const tokens = c.sentence.tokens;
  let to = c.cue.end;
  while (to < tokens.length && (tokens[to]?.end ?? 0) <= c.end) to++;
  let from = c.whole ? c.sentence.bodyFrom : start(c, tokens, to);
  // ", and it at the same time took note of ...": the next claim's clause starts at the last break before its cue
  if (nextCue !== null && nextCue > from && nextCue < to)
    for (let k = nextCue - 1; k > from; k--)
      if (CLAUSE_BREAKS.has(tokens[k]?.lower ?? '')) {
        to = k;
        break;
      }
  // punctuation off both ends; a quote mark only when it does not close or open a quotation inside ('was "full of lies"')
  while (from < to) {
    const odd = countQuotes(tokens, from, to) % 2 === 1;
    const last = tokens[to - 1]?.text ?? '';
    const first = tokens[from]?.text ?? '';
    if (EDGE_PUNCTUATION.has(last) && (last !== '"' || odd)) to--;
    else if (EDGE_PUNCTUATION.has(first) && (first !== '"' || odd)) from++;
    else break;
  }
  return from < to ? [from, to] : null;
}

function countQuotes(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k]?.text === '"') n++;
  return n;
}

function start(c: Claim, tokens: readonly Token[], to: number): number {
  let k = c.cue.end;
  if (c.cue.type === 'modal') while (NEGATORS.has(tokens[k]?.lower ?? '')) k++;
  const opened = k;
  while (k < to && OPENERS.has(tokens[k]?.lower ?? '')) k++;
  const w = tokens[k]?.lower ?? '';
  // "they agreed, and the G7 leaders said ...": a new clause, not the cue's complement
  if (k > opened && tokens[k - 1]?.text === ',' && CLAUSE_BREAKS.has(w)) return to;
  // "commend and endorse the progress": verbs coordinated with the cue share its complement
  if (k === opened && (w === 'and' || w === 'or') && tokens[k + 1]?.pos === 'VERB') k += 2;
  // "said on Monday that ...": a that-clause a few words on, before any verb
  if (c.cue.speech && tokens[k]?.lower !== 'that')
    for (let q = k + 1; q < Math.min(to, k + 8); q++) {
      const t = tokens[q] as Token;
      if (t.lower === 'that') {
        k = q;
        break;
      }
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.text === '"') break;
    }
  // "stated its positions and concerns on ...": the nouns coordinated with the cue's object are the cue's too
  if (c.cue.object !== null || c.cue.type === 'noun')
    while (tokens[k]?.lower === 'and' && tokens[k + 1]?.pos === 'NOUN' && k + 1 < to) k += 2;
  // "reiterated the stances made clear by its government": what follows the object describes it, so the object is held too
  const next = tokens[k];
  if (
    c.cue.object !== null &&
    c.cue.type === 'verb' &&
    next &&
    k < to &&
    next.pos !== 'PUNCT' &&
    !OBJECT_PREPOSITIONS.has(next.lower) &&
    next.lower !== 'that'
  )
    return c.cue.head + 1;
  // "urged the ROK to stop", "told Seoul that ...": the addressee is the target, not the content
  const at = tokens[k]?.lower === 'the' ? k + 1 : k;
  const m = c.mentions.find((x) => x.start === at && x.kind !== 'pronoun');
  const after = m ? tokens[m.end]?.lower : undefined;
  if (m && (after === 'to' || after === 'that')) k = m.end;
  // "its opposition to the deployment", "took note of the positions": the object after the preposition
  const t = tokens[k];
  const v = tokens[k + 1];
  // ("committed to resolving" is an object: a gerund after "to")
  const infinitive = t?.lower === 'to' && !!v && (v.pos === 'VERB' || v.pos === 'AUX' || v.verbLemma !== null) && !/ing$/.test(v.lower);
  if (t && OBJECT_PREPOSITIONS.has(t.lower) && !infinitive) k++;
  return k;
}
