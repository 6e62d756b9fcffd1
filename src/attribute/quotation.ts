/**
 * Quotations that run over several sentences, and over paragraphs: '"We oppose this. It harms our
 * interests," Hua said.'; a paragraph that is nothing but a quotation after "Park said ..."; a quotation
 * whose later paragraphs each reopen with a quote mark. Each sentence inside a quotation (that is not its
 * closing frame's own sentence) gets the quotation's closing frame, if any: its speaker is read when the
 * sentence is attributed (a pronoun frame, ", he said", resolves then), or else the last speaker introduced.
 */
import type { Mention } from '../actors/index.js';
import { findFrame } from '../clauses/index.js';
import type { Sentence } from '../segment/index.js';

/** A sentence inside a quotation. */
export interface Quotation {
  /** The mention of the frame that closes the quotation (", Hua said", ", he said"), or null when it has none. */
  readonly closer: Mention | null;
}

const QUOTE = '"';

/** The sentences that stand inside a quotation, by index, with the quotation's closing frame. */
export function quotations(
  sentences: readonly Sentence[],
  mentionsOf: readonly Mention[][],
  text: string,
): { inside: Map<number, Quotation>; openAtStart: Set<number> } {
  const out = new Map<number, Quotation>();
  // sentences that begin inside a quotation opened before them (not reopened by their own mark): '... ." We oppose them," he said.'
  const openAtStart = new Set<number>();
  let open = false;
  let paragraph = -1;
  let run: number[] = [];
  for (const s of sentences) {
    if (s.role !== 'body') continue;
    const tokens = s.tokens;
    let k = s.bodyFrom;
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      // a quotation goes on into a paragraph only when the paragraph reopens it: '"... \n\n"...'
      if (open && tokens[k]?.text === QUOTE) k++;
      else if (open) {
        close(out, run, null);
        open = false;
        run = [];
      }
    }
    if (open && k === s.bodyFrom) openAtStart.add(s.index);
    const startsQuoted = open || tokens[k]?.text === QUOTE;
    for (; k < tokens.length; k++) if (tokens[k]?.text === QUOTE) open = !open;
    if (!startsQuoted) continue;
    run.push(s.index);
    if (open) continue;
    // the quotation closes in this sentence: with a frame (", Hua said") the sentence is the frame's own; without one it is quoted too
    const frame = findFrame(s, mentionsOf[s.index] ?? [], text);
    if (frame) run.pop();
    close(out, run, frame ? (frame.mention ?? null) : null);
    run = [];
  }
  close(out, run, null);
  return { inside: out, openAtStart };
}

function close(out: Map<number, Quotation>, run: readonly number[], closer: Mention | null): void {
  for (const i of run) out.set(i, { closer });
}
