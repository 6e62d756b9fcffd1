/**
 * A sentence with no cue of its own, in a paragraph of reported speech, a list, or a text in its authors'
 * voice, is the speaker's, the list's or the authors' assertion; a sentence with a subject of its own
 * ("They discussed ...") or whose subject is a third party ("Some media have reported ...") narrates.
 */
import { THIRD_PARTIES } from '../../actors/data/third-parties.js';
import type { Mention } from '../../actors/index.js';
import { NARRATION } from '../../clauses/data/cues.js';
import { EVALUATIVE } from '../../clauses/data/evaluation.js';
import { inFrame } from '../../clauses/index.js';
import { type Referent, type SentenceContext, type SentenceRule, sameStates } from '../context.js';
import { courtesyEnd } from '../courtesy.js';
import type { Discourse } from '../discourse.js';
import { startsWithVerb } from '../grammar.js';
import { subjectLike } from '../subject.js';

/** Words that open a clause of their own before its subject ("as you said", "if you agree"). */
const CLAUSE_OPENERS = new Set(['as', 'if', 'when', 'since', 'because', 'while', 'unless', 'that']);

/**
 * Does the sentence narrate: a third party's doing ("Some South Korean media have published reports"), or
 * a subject of its own before its first verb ("They discussed ...") that is not the speaker's own side?
 */
function narration(ctx: SentenceContext, d: Discourse, voice: Referent): 'third-party' | 'subject' | null {
  const { sentence: s, tokens, mentions, frame } = ctx;
  // (only a subject before the sentence's first verb counts: "... to deter the DPRK, which ..." is no narrator)
  let firstVerb = tokens.length;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]?.pos !== 'VERB' && tokens[k]?.pos !== 'AUX') continue;
    firstVerb = k;
    break;
  }
  if (firstVerb < tokens.length && !startsWithVerb(s)) {
    for (let k = s.bodyFrom; k < firstVerb; k++) {
      const t = tokens[k];
      if (t && (t.pos === 'NOUN' || t.pos === 'PROPN') && THIRD_PARTIES.has(t.lower)) return 'third-party';
    }
  }
  // ("Tony, you kindly sent a message": what the addressee did is narrated to them)
  // (not "as you rightly described, ...": a clause of its own)
  for (let k = s.bodyFrom; k < firstVerb; k++) {
    if (tokens[k]?.lower !== 'you') continue;
    const before = tokens[k - 1];
    if (before?.lower !== 'thank' && before?.pos !== 'SCONJ' && !CLAUSE_OPENERS.has(before?.lower ?? '')) return 'subject';
  }
  // ("Today I met with ...", "We spoke frankly": the narrator's own meeting is narration too)
  const meets = narratesMeeting(tokens, firstVerb);
  if (NARRATION.has(tokens[firstVerb]?.verbLemma ?? tokens[firstVerb]?.lower ?? '')) {
    for (const m of mentions) if (m.start < firstVerb && m.kind === 'pronoun' && subjectLike(tokens, m)) return 'subject';
  }
  for (const m of mentions) {
    if (m.start >= firstVerb || inFrame(frame, m.start) || (frame !== null && !frame.leading && m.start >= frame.start)) continue;
    // ("China has always believed ...", in a Chinese spokesperson's remarks: the speaker's own side is no narrator)
    if (subjectLike(tokens, m) && !ownVoice(m, d) && !ownSide(m, voice) && !(authors(m, voice) && !meets)) return 'subject';
  }
  return null;
}

/** A subject that includes the speaker's own state ("Australia and China have gained much"; one speaker's: the authors of a joint text narrate their own leaders' meeting). */
function ownSide(m: Mention, voice: Referent): boolean {
  return m.states.length > 0 && voice.states.length === 1 && m.states.includes(voice.states[0] as string);
}

/** Is the sentence's first verb, or a verb after it ("have thoroughly discussed"), one that narrates a meeting? */
function narratesMeeting(tokens: SentenceContext['tokens'], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (t?.pos === 'VERB' && NARRATION.has(t.verbLemma ?? t.lower)) return true;
  }
  return false;
}

/** "The United States and the Republic of Korea share a vision ...", in their joint statement: the authors as a whole (not meeting) are no narrator. */
function authors(m: Mention, voice: Referent): boolean {
  return voice.states.length > 1 && sameStates(m.states, voice.states);
}

/** "..., which seriously harms regional stability": a judgement in the speaker's words. */
function evaluates(ctx: SentenceContext): boolean {
  for (let k = ctx.sentence.bodyFrom; k < ctx.tokens.length; k++) if (EVALUATIVE.has(ctx.tokens[k]?.lower ?? '')) return true;
  return false;
}

/** "We do so ..." in a joint statement is its authors' own voice; "it" is the speaker's topic. */
function ownVoice(m: Mention, d: Discourse): boolean {
  return m.pronoun === 'it' || (d.voice !== null && (m.pronoun === 'we' || m.pronoun === 'i'));
}

/** Who would hold the sentence as an assertion: the frame's or quotation's speaker, the paragraph's speaker, a list's holder, the authors. */
function candidate(ctx: SentenceContext, d: Discourse): { who: Referent; rule: string } | null {
  if (ctx.frameSpeaker) return { who: ctx.frameSpeaker, rule: 'frame' };
  if (d.speaker) return { who: d.speaker, rule: 'speaker-continues' };
  if (d.listCarry && startsWithVerb(ctx.sentence)) return { who: d.listCarry, rule: 'list-item' };
  // (not a heading that opens a list: "The two leaders committed to:")
  if (d.voice && !/:$/.test(ctx.text.slice(ctx.sentence.start, ctx.sentence.end).trim())) return { who: d.voice, rule: 'joint-voice' };
  return null;
}

export const assertion: SentenceRule = {
  id: 'assertion',
  description:
    "a sentence with no cue in reported speech, a list or the authors' text is the speaker's, the list's or the authors' assertion",
  apply: (ctx, d) => {
    const s = ctx.sentence;
    // a headline with its speaker ("Park: 'No provocation can succeed'") is the speaker's; other headlines are not read so
    const headlineSpeaker = s.headlineGrammar && ctx.frame !== null && ctx.frameSpeaker !== null;
    if ((s.role !== 'body' && !headlineSpeaker) || s.turn === 'question') return undefined;
    const c = candidate(ctx, d);
    // ("It is wonderful to be back in Tokyo.", "(Laughter.)": a courtesy is nobody's assertion)
    if (!c || courtesyEnd(ctx.tokens, s.bodyFrom) >= 0) return undefined;
    // inside a quotation every sentence is the speaker's words, whatever its subject; a judgement in the speaker's or authors' words too
    const also: string[] = [];
    const narrated = headlineSpeaker || ctx.quoted ? null : narration(ctx, d, c.who);
    if (narrated === 'third-party') return undefined;
    if (narrated === 'subject') {
      // (a judgement, not narration, only in one speaker's words: a joint text's authors narrate their meeting)
      if (c.rule === 'list-item' || c.who.states.length !== 1 || !evaluates(ctx)) return undefined;
      also.push('evaluation');
    }
    const list = c.rule === 'list-item';
    return {
      states: c.who.states,
      rule: c.rule,
      text: c.who.text,
      mention: null,
      also,
      kinds: list ? ['commit'] : ['state'],
      cueId: list ? 'list-item' : 'assertion',
    };
  },
};
