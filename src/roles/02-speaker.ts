/**
 * Who voiced a claim. In this order, the first that names one:
 * 1. the holder's own mention, when it names a speaker ("Foreign Minister Wang Yi reiterated ...");
 * 2. the quotation's or frame's speaker ('"We will not accept it," she said.', "..., Wang said.", "According to Wang, ...");
 * 3. the subject of a reporting verb before the cue, of the holder's own state ("Hua said China opposes ...",
 *    "The Chinese Defense Ministry said it did not agree ...");
 * 4. a pronoun holder that stands for a speaker ("He stressed that ...");
 * 5. the speaker the holder's reading names when the sentence names nobody (reported speech that runs on).
 * A joint claim has a speaker only when a joint one is named ("the two foreign ministers agreed").
 */
import type { Mention } from '../actors/index.js';
import type { Claim } from '../attribute/index.js';
import { SPEECH_FRAME, VERB_CUES } from '../clauses/data/cues.js';
import type { Token } from '../nlp/wink.js';
import type { Span } from '../types.js';
import { mentionSpan, type Voice, type Voices } from './01-voices.js';
import { SPEAKER_PRONOUNS } from './data/speakers.js';

/** A speaker as spans of the working text (the assemble stage reads the words from the caller's input). */
export interface SpeakerSpans {
  readonly span: Span;
  readonly full: Span | string;
  readonly title: Span | null;
}

/** How the speaker was found: as the cue's own subject, or through a frame, a reporting verb or the discourse (reported speech). */
export type SpeakerVia = 'subject' | 'frame' | 'report' | 'discourse';

/** Lemmas of the reporting verbs: the speech cues of the lexicon and the verbs of a reporting frame. */
const REPORTING: ReadonlySet<string> = new Set([...VERB_CUES.filter((v) => v.speech).flatMap((v) => v.lemmas), ...SPEECH_FRAME]);

/** The claim's speaker, how it was found, and where a reporting verb's speaker ends ("told President Biden that ...": the target may stand after it). */
export function speakerOf(c: Claim, voices: Voices): { speaker: SpeakerSpans | null; via: SpeakerVia | null; reporter?: number } {
  const tokens = c.sentence.tokens;
  const joint = new Set(c.states).size > 1;
  const fits = (v: Voice | null): v is Voice => v !== null && v.joint === joint;
  const found = (m: Mention, v: Voice, via: SpeakerVia) => ({ speaker: spansOf(v, mentionSpan(m, tokens)), via });
  const hm = c.holder.mention;
  // 1. "Foreign Minister Wang Yi reiterated ...", "the two foreign ministers agreed ..."
  if (hm && voices.speaks(hm, tokens)) {
    const v = voices.ofMention(hm);
    if (fits(v)) return found(hm, v, 'subject');
  }
  // 2. ", Hua said." / '"...," she said.' / "According to Foreign Minister Wang Yi, ...": the frame's mention reads as the claim's source
  if (c.source !== null)
    for (const m of c.mentions) {
      if (m.text !== c.source || m === hm) continue;
      const v = m.kind === 'pronoun' ? voices.ofText(c.holder.text) : voices.speaks(m, tokens) ? voices.ofMention(m) : null;
      if (fits(v) && (m.kind === 'pronoun' || m.states.some((s) => c.states.includes(s)))) return found(m, v, 'frame');
    }
  // 3. "Hua said on Monday that China firmly opposes ...": the reporting verb's subject, of the holder's state
  const r = reporter(c, tokens, voices);
  if (r) {
    const v = voices.ofMention(r);
    if (fits(v)) return { ...found(r, v, 'report'), reporter: r.end };
  }
  // 4. "He stressed that ...", "We will ...": a pronoun for a speaker named before
  if (hm?.kind === 'pronoun' && SPEAKER_PRONOUNS.has(hm.pronoun ?? '')) {
    const v = voices.ofText(c.holder.text);
    if (fits(v)) return found(hm, v, 'subject');
  }
  // 5. reported speech that runs on: the speaker named earlier, at the mention that named them
  if (hm === null) {
    const v = voices.ofText(c.holder.text);
    if (fits(v)) return { speaker: spansOf(v, v.at), via: 'discourse' };
  }
  return { speaker: null, via: null };
}

function spansOf(v: Voice, span: Span): SpeakerSpans {
  return { span, full: v.full, title: v.title };
}

/** The last speaking mention before the cue, of the claim's states, with a reporting verb between it and the cue. */
function reporter(c: Claim, tokens: readonly Token[], voices: Voices): Mention | null {
  // the last reporting verb before the cue: a mention that ends before it has one between it and the cue
  let last = -1;
  for (let k = c.cue.start - 1; k >= 0 && last < 0; k--) {
    const lemma = tokens[k]?.verbLemma;
    if (lemma && REPORTING.has(lemma)) last = k;
  }
  if (last < 0) return null;
  let best: Mention | null = null;
  for (const m of c.mentions) {
    if (m.end > last) break;
    if (m.states.length === 0 || !m.states.every((s) => c.states.includes(s)) || !voices.speaks(m, tokens)) continue;
    best = m;
  }
  return best;
}
