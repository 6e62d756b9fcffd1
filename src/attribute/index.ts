/**
 * Stage 5: give each cue a holder.
 *
 * The engine reads the document once (mentions, parties, voice: ./document.ts), then each sentence in
 * order: it finds the sentence's frame and cues, the subject of each cue, and asks the rules of
 * ./rules/index.ts, in their order, who holds the cue; a sentence that gave no claim is offered to the
 * sentence rules (an assertion of the paragraph's speaker). Between sentences the discourse state
 * (./discourse.ts) carries the latest actors, the paragraph's speaker and the document's voice. Every
 * rule id that decided a claim is recorded in `Stance.because`.
 */

import type { Compiled } from '../actors/compile.js';
import { THIRD_PARTIES } from '../actors/data/third-parties.js';
import type { Mention } from '../actors/index.js';
import { type CueHit, type CueType, findCues, findFrame, findLeadingSource, isParticipleStart, namesAgreement } from '../clauses/index.js';
import type { Sentence } from '../segment/index.js';
import type { StanceKind } from '../types.js';
import { type Claim, type Holding, NO_CLAIM, type Referent, type Rule, type SentenceContext, type SubjectKind } from './context.js';
import { Discourse } from './discourse.js';
import { readDocument } from './document.js';
import { newClause } from './grammar.js';
import { RECIPROCAL, reciprocal } from './reciprocal.js';
import { ownHolding, referentOf } from './referent.js';
import { RULES, SENTENCE_RULES } from './rules/index.js';
import { findSubject, passiveAgent, possessorOf, type Subject, subjectAfterIntro, subjectLike } from './subject.js';

export type { Claim } from './context.js';

/** Which rule decided each cue (a holder's rule, or a rule that found no claim): for tests and debugging. */
export interface Decision {
  readonly sentence: number;
  /** The cue's words in the working text. */
  readonly cue: string;
  /** The id of the rule that decided, or null when no rule applied. */
  readonly rule: string | null;
  readonly states: readonly string[];
}

/** The claims of a document, in document order, and the actor mentions of each of its sentences (by sentence index). */
export interface Attribution {
  readonly claims: Claim[];
  readonly mentionsOf: readonly (readonly Mention[])[];
}

export function attribute(
  sentences: readonly Sentence[],
  text: string,
  compiled: Compiled,
  pair: readonly [string, string],
  trace?: Decision[],
): Attribution {
  const { mentionsOf, facts } = readDocument(sentences, text, compiled, pair);
  const discourse = new Discourse(facts);
  const claims: Claim[] = [];
  for (const s of sentences) {
    discourse.enter(s);
    if (s.role !== 'headline' && s.role !== 'body') continue;
    // a journalist's question holds no position of its own (see the rule 'question'); an answer is the spokesperson's
    // every paragraph of an answer turn is the answerer's ("SECRETARY BLINKEN:" runs on to the next label)
    if (s.turn === 'answer' && s.inParagraph === 0) discourse.answer();
    sentenceClaims(s, mentionsOf[s.index] ?? [], text, discourse, claims, trace);
  }
  return { claims, mentionsOf };
}

/** Cues that only report ("said", "stressed", "expressed that", "believes that"): their content is the claim. */
const REPORTING = new Set(['say', 'state', 'stress', 'express', 'note', 'believe']);

function sentenceClaims(s: Sentence, mentions: readonly Mention[], text: string, d: Discourse, out: Claim[], trace?: Decision[]): void {
  // no actor, no pronoun, no group, and nobody speaking through the paragraph: nobody can hold anything here
  if (mentions.length === 0 && !d.anyoneSpeaks() && !d.quotation(s) && !namesAgreement(s.tokens) && !namesThirdParty(s)) return;
  const ctx = sentenceContext(s, mentions, text, d);
  const claims: Claim[] = [];
  const dropped = new Set<number>();
  for (const cue of findCues(s, mentions, ctx.frame)) {
    const drop = claimOf(cue, ctx, d, claims, trace);
    if (drop >= 0) dropped.add(drop);
  }
  if (claims.length === 0) {
    const a = sentenceAssertion(ctx, d);
    if (a) claims.push(a.claim);
    if (a && trace) trace.push({ sentence: s.index, cue: '', rule: a.rule, states: a.claim.states });
  }
  const kept = dropped.size === 0 ? claims : claims.filter((_, i) => !dropped.has(i));
  d.leave(s, mentions, claims, kept, { frame: ctx.frameSpeaker, other: ctx.otherSpeaker }, /:\s*$/.test(text.slice(s.start, s.end)));
  for (const c of kept) out.push(c);
}

/** "Analysts said ...": a third party speaks, and the quotation after it is theirs. */
function namesThirdParty(s: Sentence): boolean {
  for (const t of s.tokens) if (THIRD_PARTIES.has(t.lower)) return true;
  return false;
}

/** The sentence as the rules see it: its frame and the frame's speaker, its source, its first subject. */
function sentenceContext(s: Sentence, mentions: readonly Mention[], text: string, d: Discourse): SentenceContext {
  const tokens = s.tokens;
  const frame = findFrame(s, mentions, text);
  const leading = findLeadingSource(s, text);
  const ctx: SentenceContext = {
    sentence: s,
    tokens,
    mentions,
    text,
    frame,
    frameSpeaker: null,
    source: s.agency ?? leading,
    firstSubject: firstSubjectOf(tokens, mentions),
    quoted: false,
    startsQuoted: d.opensQuoted(s),
    subject: null,
    governor: null,
    own: undefined,
    lastSubject: null,
    latestVerb: null,
    otherSpeaker: null,
  };
  // ", Wang said." / ", he added." make a speaker; ", the release said." / ", it said." a source
  let frameSpeaker: Referent | null = null;
  let source = ctx.source;
  if (frame) {
    const fm = frame.mention;
    if (fm && (fm.kind !== 'pronoun' || fm.pronoun !== 'it')) {
      const r = referentOf(fm, fm.start, ctx, d);
      if (r) frameSpeaker = { states: r.states, text: fm.kind !== 'pronoun' ? fm.text : r.text };
    }
    const it = frame.source.toLowerCase() === 'it';
    if (frameSpeaker) source = frame.source;
    else {
      source = it ? (d.lastSource ?? frame.source) : frame.source;
      if (!it) d.lastSource = frame.source;
    }
  }
  if (leading) d.lastSource = leading;
  // '"We oppose this. It harms our interests," Hua said.': the sentences of a quotation share its speaker
  const quotation = frame ? undefined : d.quotation(s);
  // (a quotation whose speaker is not known is nobody's words: its modals and unattributed cues hold nothing)
  if (quotation) frameSpeaker = (quotation.closer ? closingSpeaker(quotation.closer, d) : d.lastSpeaker) ?? NOBODY;
  // (set in place: one object of one shape per sentence, which every rule reads)
  const set = ctx as { frameSpeaker: Referent | null; source: string | null; quoted: boolean };
  set.frameSpeaker = frameSpeaker;
  set.source = source;
  set.quoted = quotation !== undefined;
  return ctx;
}

const NOBODY: Referent = { states: [], text: '' };

/** The speaker a quotation's closing frame names: ", Hua said" (an actor), ", he said" (the latest official); ", it said" names a source. */
function closingSpeaker(m: Mention, d: Discourse): Referent | null {
  if (m.kind === 'pronoun') {
    const p = m.pronoun;
    return p === 'he' || p === 'she' ? d.latestPerson() : p === 'they' ? d.latestPlural() : null;
  }
  if (m.kind === 'group') return { states: m.explicit ? m.states : d.participants, text: m.text };
  return m.states.length > 0 ? { states: m.states, text: m.text } : null;
}

/** The first actor of the sentence that stands as a subject. */
function firstSubjectOf(tokens: SentenceContext['tokens'], mentions: readonly Mention[]): Mention | undefined {
  for (const m of mentions) if (m.kind !== 'pronoun' && subjectLike(tokens, m)) return m;
  return undefined;
}

/** The subject of a cue: a passive's agent (null: none), a noun's possessor, the subject after an opening participle, or the clause's. */
function subjectOf(cue: CueHit, ctx: SentenceContext): Subject | null {
  const { tokens, mentions, sentence: s } = ctx;
  if (cue.passive) return passiveAgent(tokens, mentions, cue);
  // "Seen by Seoul as a threat, the drills ...": an opening participle with its agent
  if (cue.head === s.bodyFrom && cue.type === 'verb' && tokens[cue.head + 1]?.lower === 'by') return passiveAgent(tokens, mentions, cue);
  if (cue.type === 'noun') return possessorOf(tokens, mentions, cue);
  if (isParticipleStart(tokens, cue.head, s.bodyFrom)) return subjectAfterIntro(tokens, mentions, cue.head);
  return findSubject(tokens, mentions, cue.start, s.bodyFrom, ctx.lastSubject !== null);
}

/** The rules that can decide a cue of this type with a subject of this kind, in the table's order (built once). */
const APPLICABLE = new Map<string, readonly Rule[]>();
function rulesFor(cue: CueType, subject: SubjectKind): readonly Rule[] {
  const key = `${cue}|${subject}`;
  let list = APPLICABLE.get(key);
  if (!list) {
    list = RULES.filter((r) => (!r.only?.cues || r.only.cues.includes(cue)) && (!r.only?.subjects || r.only.subjects.includes(subject)));
    APPLICABLE.set(key, list);
  }
  return list;
}

/** One cue through the rules; returns the index of an earlier claim to drop (a reporting verb whose content made its own claim), or -1. */
function claimOf(cue: CueHit, ctx: SentenceContext, d: Discourse, claims: Claim[], trace?: Decision[]): number {
  const subj = subjectOf(cue, ctx);
  ctx.subject = subj;
  ctx.own = undefined;
  // inside the content of an earlier verb ("Wang said (that) ... will"), unless coordinated with it
  const v = ctx.latestVerb;
  const coordinatedWithIt = subj?.type === 'inherit' || (subj?.type === 'actor' && newClause(ctx.tokens, subj.mention.start));
  ctx.governor = v && cue.head > v.cue.head && !coordinatedWithIt ? v : null;

  let verdict: Holding | typeof NO_CLAIM | undefined;
  let decided: string | null = null;
  for (const rule of rulesFor(cue.type, subj === null ? 'no-agent' : subj.type)) {
    verdict = rule.apply(cue, ctx, d);
    if (verdict === undefined) continue;
    decided = rule.id;
    break;
  }
  if (trace) {
    const cueText = ctx.text.slice(ctx.tokens[cue.start]?.start ?? 0, ctx.tokens[cue.end - 1]?.end ?? 0);
    trace.push({
      sentence: ctx.sentence.index,
      cue: cueText,
      rule: decided,
      states: verdict && verdict !== NO_CLAIM ? verdict.states : [],
    });
  }
  // "The newspaper said ...": a reporting verb whose subject is somebody outside the pair
  if (verdict === undefined && cue.speech && subj?.type === 'nonactor') ctx.otherSpeaker = subj.text;
  if (verdict === undefined || verdict === NO_CLAIM) return -1;
  const verb = cue.type === 'verb' || cue.type === 'adj';
  if (verdict.reportsOnly) {
    if (verb) ctx.latestVerb = { cue: { ...cue, speech: true }, holder: verdict, claim: -1 };
    if (cue.speech) ctx.otherSpeaker = verdict.text;
    return -1;
  }
  const own = ownHolding(cue, ctx, d);
  const explicit = subj?.type === 'actor' && own !== null && own.rule !== 'pronoun';
  if (verdict.states.length > 1 && reciprocal(cue, ctx)) {
    // "X and Y accuse each other": each side's claim, on its own
    for (const st of new Set(verdict.states))
      claims.push(claimFrom(cue, { ...verdict, states: [st], also: [...(verdict.also ?? []), RECIPROCAL] }, ctx, explicit));
  } else claims.push(claimFrom(cue, verdict, ctx, explicit));
  if (subj?.type === 'actor' || subj?.type === 'inherit') {
    const h: Holding = { states: verdict.states, rule: verdict.rule, text: verdict.text, mention: verdict.mention };
    if (verdict.rule !== 'speaker') ctx.lastSubject = h;
    d.remember({ states: h.states, text: h.text }, h.mention);
  }
  const gov = ctx.governor;
  // "Wang said (that) ...": a pure reporting verb frames its content, which holds the claim
  const drop = gov && REPORTING.has(gov.cue.id) && !gov.cue.object && claims[gov.claim]?.cue === gov.cue ? gov.claim : -1;
  if (verb && !verdict.condition) ctx.latestVerb = { cue, holder: verdict, claim: claims.length - 1 };
  return drop;
}

function claimFrom(cue: CueHit, h: Holding, ctx: SentenceContext, explicit: boolean): Claim {
  const { sentence: s, tokens, frame } = ctx;
  const because = [h.rule];
  if (h.also) for (const id of h.also) because.push(id);
  because.push(`cue:${cue.id}`);
  if (cue.object) because.push(`object:${cue.object.id}`);
  let kinds: readonly StanceKind[] = cue.kinds;
  if (cue.negated) {
    kinds = ['state'];
    because.push('negated');
  }
  if (cue.type === 'modal' && (h.rule === 'speaker' || h.voices)) kinds = cue.id === 'should' ? ['urge', 'state'] : ['state', 'commit'];
  const startTok = h.mention && h.mention.start <= cue.start ? h.mention.start : s.bodyFrom;
  return {
    sentence: s,
    states: h.states,
    holder: { states: h.states, text: h.text, mention: h.mention },
    cue,
    kinds,
    source: h.source ?? ctx.source,
    because,
    confidence: confidenceOf(h.rule, explicit),
    start: Math.min(tokens[startTok]?.start ?? s.start, tokens[cue.start]?.start ?? s.start),
    end: Math.max(endOfContent(ctx, frame), tokens[cue.end - 1]?.end ?? s.end),
    mentions: ctx.mentions,
    startsQuoted: ctx.startsQuoted,
    whole: false,
  };
}

/** The claim's content ends before a trailing frame (", the release said"). */
function endOfContent(ctx: SentenceContext, frame: SentenceContext['frame']): number {
  return frame && !frame.leading ? (ctx.tokens[frame.start - 1]?.end ?? ctx.sentence.end) : ctx.sentence.end;
}

/** A sentence that gave no claim, offered to the sentence rules: the whole sentence is somebody's assertion. */
function sentenceAssertion(ctx: SentenceContext, d: Discourse): { claim: Claim; rule: string } | null {
  const s = ctx.sentence;
  for (const rule of SENTENCE_RULES) {
    const h = rule.apply(ctx, d);
    if (!h) continue;
    const cue: CueHit = {
      type: 'verb',
      id: h.cueId,
      head: s.bodyFrom,
      start: s.bodyFrom,
      end: s.bodyFrom + 1,
      kinds: ['state'],
      speech: false,
      negated: false,
      joint: false,
      object: null,
      hosting: false,
      passive: false,
    };
    const claim: Claim = {
      sentence: s,
      states: h.states,
      holder: { states: h.states, text: h.text, mention: null },
      cue,
      kinds: h.kinds,
      source: ctx.source,
      because: [h.rule, ...(h.also ?? []), `cue:${h.cueId}`],
      confidence: confidenceOf(h.rule, false) * 0.8,
      start: s.start,
      end: endOfContent(ctx, ctx.frame),
      mentions: ctx.mentions,
      startsQuoted: ctx.startsQuoted,
      whole: true,
    };
    return { claim, rule: rule.id };
  }
  return null;
}

const CONFIDENCE: Readonly<Record<string, number>> = {
  subject: 0.9,
  coordinated: 0.85,
  group: 0.85,
  pronoun: 0.75,
  possessor: 0.8,
  'joint-noun': 0.7,
  speaker: 0.75,
  frame: 0.8,
  'speaker-continues': 0.65,
  'joint-voice': 0.6,
  'list-item': 0.6,
  'quote-speaker': 0.75,
};

function confidenceOf(rule: string, explicit: boolean): number {
  return Math.min(1, (Object.hasOwn(CONFIDENCE, rule) ? (CONFIDENCE[rule] as number) : 0.6) + (explicit ? 0.05 : 0));
}
