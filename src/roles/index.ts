/**
 * Stage 7: the roles of each claim — who voiced it (speaker), whom it is aimed at (target), what it holds
 * (content), whether that is quoted (quote), and whether the cue is negated. Read after attribution,
 * whose holders it never changes, and before assembly, which reads the words of the caller's input.
 *
 * Order matters: the speakers are read first (the document's voices, sentence by sentence, as claims come
 * in document order), then the content, whose span bounds the target and decides the quote.
 */
import type { Mention } from '../actors/index.js';
import type { Claim } from '../attribute/index.js';
import type { Sentence } from '../segment/index.js';
import type { QuoteKind, Span } from '../types.js';
import { Voices } from './01-voices.js';
import { type SpeakerSpans, speakerOf } from './02-speaker.js';
import { contentOf } from './03-content.js';
import { quoteOf } from './04-quote.js';
import { type LabelsOf, targetOf } from './05-target.js';

export type { SpeakerSpans } from './02-speaker.js';
export type { LabelsOf } from './05-target.js';

/** A claim's roles, as spans of the working text (same offsets as the caller's input). */
export interface Roles {
  readonly speaker: SpeakerSpans | null;
  readonly target: string | null;
  readonly content: Span | null;
  readonly quote: QuoteKind | null;
  readonly negated: boolean;
}

/**
 * The roles of every claim, in the claims' order; `claims` in document order, as attribution gives them, with the sentences and
 * their mentions (a speaker named in full in a sentence with no claim, "Foreign Minister Wang Yi met ...",
 * is named so when "Wang said ..." later).
 */
export function roles(
  claims: readonly Claim[],
  sentences: readonly Sentence[],
  mentionsOf: readonly (readonly Mention[])[],
  labelsOf: LabelsOf,
): Roles[] {
  const voices = new Voices();
  // a headline is read knowing the whole body, as attribution reads it: "Xi to Visit Seoul" names Chinese President Xi Jinping
  let headline: Voices | null = null;
  // (parallel to the claims: copying each claim to add a field costs more than the whole stage)
  const out: Roles[] = [];
  let read = 0;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i] as Claim;
    const tokens = c.sentence.tokens;
    // the speakers named up to this sentence ("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference", "Wang Yi met ...")
    for (; read < sentences.length && (sentences[read] as Sentence).index <= c.sentence.index; read++) {
      const s = sentences[read] as Sentence;
      if (s.role === 'body' || s.role === 'headline') voices.read(s.tokens, mentionsOf[s.index] ?? []);
    }
    if (c.sentence.role === 'headline') headline ??= wholeDocument(sentences, mentionsOf);
    const { speaker, via, reporter } = speakerOf(c, c.sentence.role === 'headline' && headline ? headline : voices);
    const range = contentOf(c, nextCue(claims, i));
    const [from, to] = range ?? [c.cue.end, c.cue.end];
    out.push({
      speaker,
      target: targetOf(c, Math.min(from, reporter ?? from), to, labelsOf),
      content: range ? { start: tokens[from]?.start ?? c.start, end: tokens[to - 1]?.end ?? c.end } : null,
      quote: range ? quoteOf(c, from, to, via !== null && via !== 'subject') : null,
      negated: c.cue.negated,
    });
  }
  return out;
}

/** The speakers of the body, then of the headlines. */
function wholeDocument(sentences: readonly Sentence[], mentionsOf: readonly (readonly Mention[])[]): Voices {
  const v = new Voices();
  for (const s of sentences) if (s.role === 'body') v.read(s.tokens, mentionsOf[s.index] ?? []);
  for (const s of sentences) if (s.role === 'headline') v.read(s.tokens, mentionsOf[s.index] ?? []);
  return v;
}

/** Where the next claim of the same sentence has its cue, after this claim's cue (claims of a sentence are adjacent). */
function nextCue(claims: readonly Claim[], i: number): number | null {
  const c = claims[i] as Claim;
  let best: number | null = null;
  for (let k = i + 1; k < claims.length; k++) {
    const n = claims[k] as Claim;
    if (n.sentence !== c.sentence) break;
    if (n.cue.start >= c.cue.end && (best === null || n.cue.start < best)) best = n.cue.start;
  }
  for (let k = i - 1; k >= 0; k--) {
    const n = claims[k] as Claim;
    if (n.sentence !== c.sentence) break;
    if (n.cue.start >= c.cue.end && (best === null || n.cue.start < best)) best = n.cue.start;
  }
  return best;
}
