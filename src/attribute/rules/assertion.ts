/**
 * A sentence with no cue of its own, in a paragraph of reported speech, a list, or a text in its authors'
 * voice, is the speaker's, the list's or the authors' assertion; a sentence with a subject of its own
 * ("They discussed ...") or whose subject is a third party ("Some media have reported ...") narrates.
 */
import { THIRD_PARTIES } from '../../actors/data/third-parties.js';
import type { Mention } from '../../actors/index.js';
import { inFrame } from '../../clauses/index.js';
import type { SentenceContext, SentenceRule } from '../context.js';
import type { Discourse } from '../discourse.js';
import { startsWithVerb } from '../grammar.js';
import { subjectLike } from '../subject.js';

/** Does the sentence narrate (a subject of its own before its first verb, or a third party's doing)? */
function narrates(ctx: SentenceContext, d: Discourse): boolean {
  const { sentence: s, tokens, mentions, frame } = ctx;
  // (only a subject before the sentence's first verb counts: "... to deter the DPRK, which ..." is no narrator)
  let firstVerb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (firstVerb < 0) firstVerb = tokens.length;
  // ("Some South Korean media have published reports": a third party's doing is narration, nobody's assertion)
  if (firstVerb < tokens.length && !startsWithVerb(s)) {
    for (let k = s.bodyFrom; k < firstVerb; k++) {
      const t = tokens[k];
      if (t && (t.pos === 'NOUN' || t.pos === 'PROPN') && THIRD_PARTIES.has(t.lower)) return true;
    }
  }
  for (const m of mentions)
    if (
      m.start < firstVerb &&
      !inFrame(frame, m.start) &&
      !(frame !== null && !frame.leading && m.start >= frame.start) &&
      subjectLike(tokens, m) &&
      !ownVoice(m, d)
    )
      return true;
  return false;
}

/** "We do so ..." in a joint statement is its authors' own voice; "it" is the speaker's topic. */
function ownVoice(m: Mention, d: Discourse): boolean {
  return m.pronoun === 'it' || (d.voice !== null && (m.pronoun === 'we' || m.pronoun === 'i'));
}

export const assertion: SentenceRule = {
  id: 'assertion',
  description:
    "a sentence with no cue in reported speech, a list or the authors' text is the speaker's, the list's or the authors' assertion",
  apply: (ctx, d) => {
    const s = ctx.sentence;
    // (inside a quotation every sentence is the speaker's words, whatever its subject; so is a headline with its speaker: "Park: 'No provocation can succeed'")
    const headlineSpeaker = s.role === 'headline' && ctx.frame !== null && ctx.frameSpeaker !== null;
    if (s.role !== 'body' && !headlineSpeaker) return undefined;
    if (!headlineSpeaker && !(ctx.quoted && ctx.frameSpeaker) && narrates(ctx, d)) return undefined;
    const f = ctx.frameSpeaker;
    if (f) return { states: f.states, rule: 'frame', text: f.text, mention: null, kinds: ['state'], cueId: 'assertion' };
    if (d.speaker)
      return {
        states: d.speaker.states,
        rule: 'speaker-continues',
        text: d.speaker.text,
        mention: null,
        kinds: ['state'],
        cueId: 'assertion',
      };
    if (d.listCarry && startsWithVerb(s))
      return {
        states: d.listCarry.states,
        rule: 'list-item',
        text: d.listCarry.text,
        mention: null,
        kinds: ['commit'],
        cueId: 'list-item',
      };
    // (not a heading that opens a list: "The two leaders committed to:")
    if (d.voice && !/:$/.test(ctx.text.slice(s.start, s.end).trim()))
      return { states: d.voice.states, rule: 'joint-voice', text: d.voice.text, mention: null, kinds: ['state'], cueId: 'assertion' };
    return undefined;
  },
};
