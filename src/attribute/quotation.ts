/**
 * Quotations that run over several sentences of a paragraph and close with a frame
 * ('"We oppose this. It harms our interests," Hua said.'): every sentence of the quotation has the
 * frame's speaker.
 */
import type { Mention } from '../actors/index.js';
import { findFrame } from '../clauses/index.js';
import type { Sentence } from '../segment/index.js';
import type { Referent } from './context.js';

/** The speaker of each sentence of a quotation that closes, in a later sentence of the paragraph, with a frame ("..., Hua said."). */
export function quotationSpeakers(sentences: readonly Sentence[], mentionsOf: readonly Mention[][], text: string): Map<number, Referent> {
  const out = new Map<number, Referent>();
  let open = false;
  let paragraph = -1;
  let pending: number[] = [];
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      open = false;
      pending = [];
    }
    const wasOpen = open;
    for (const t of s.tokens) if (t.text === '"') open = !open;
    if (open) {
      pending.push(s.index);
      continue;
    }
    if (wasOpen && pending.length > 0) {
      const fm = findFrame(s, mentionsOf[s.index] ?? [], text)?.mention;
      if (fm && fm.kind !== 'pronoun' && fm.states.length > 0) for (const k of pending) out.set(k, { states: fm.states, text: fm.text });
    }
    pending = [];
  }
  return out;
}
