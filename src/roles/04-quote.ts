/**
 * How the content is given: its words all inside quotation marks ('"We will not accept this," she said')
 * are `direct`; some inside and some out ('called the plan "a grave mistake"') `mixed`; none inside, but
 * reported speech (a that-clause, a reporting verb's clause, a speaker's frame or paragraph), `indirect`; else null ("China
 * opposes the deployment" reports a stance, not words). A transcript's answer is the answerer's own words: `direct`. The working copy has straight quote marks only.
 */
import type { Claim } from '../attribute/index.js';
import type { QuoteKind } from '../types.js';

export function quoteOf(c: Claim, from: number, to: number, reported: boolean): QuoteKind | null {
  const tokens = c.sentence.tokens;
  let open = c.startsQuoted;
  for (let k = 0; k < from; k++) if (tokens[k]?.text === '"') open = !open;
  let inside = 0;
  let outside = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.text === '"') open = !open;
    else if (t.pos !== 'PUNCT') open ? inside++ : outside++;
  }
  if (inside > 0) return outside > 0 ? 'mixed' : 'direct';
  // an answer in a transcript is the speaker's own words
  if (c.sentence.turn === 'answer') return 'direct';
  return reported || tokens[from]?.lower === 'that' || (c.cue.speech && clauseAt(c, from, to)) || framed(c) ? 'indirect' : null;
}

/** "China will never accept it, the statement said.": a trailing frame reports the words before it. */
function framed(c: Claim): boolean {
  if (c.source === null) return false;
  const tokens = c.sentence.tokens;
  let last = tokens.length - 1;
  while (last > 0 && tokens[last]?.pos === 'PUNCT') last--;
  return c.end <= (tokens[last]?.start ?? 0);
}

/** "said China will ...": the content opens with a subject and its verb (not "agreed to push", "reaffirmed the principle"). */
function clauseAt(c: Claim, from: number, to: number): boolean {
  const tokens = c.sentence.tokens;
  if (!/^(PRON|PROPN|NOUN|DET)$/.test(tokens[from]?.pos ?? '')) return false;
  for (let k = from + 1; k < Math.min(to, from + 10); k++)
    if (tokens[k]?.pos === 'AUX' || (tokens[k]?.pos === 'VERB' && !/ing$/.test(tokens[k]?.lower ?? ''))) return true;
  return false;
}
