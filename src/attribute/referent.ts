/**
 * What a mention refers to, read against the discourse: a named actor is its states; a group of the
 * meeting's parties ("the two sides") is the participants; a pronoun is the latest actor of its sort
 * ("he" an official, "it" a state, "they" a group), the actor ahead for "its" before the first subject
 * ("Based on its stance, China ..."), and "we" / "I" the speaker of the quotation or paragraph, or the
 * authors of a text in their own voice. The rules use these readings; they never decide a holder here.
 */
import type { Mention } from '../actors/index.js';
import type { CueHit } from '../clauses/index.js';
import type { Holding, Referent, SentenceContext } from './context.js';
import type { Discourse } from './discourse.js';
import { insideQuotes, withPartners } from './grammar.js';
import { mainSubjectBefore } from './subject.js';

const PERSONAL = new Set(['he', 'she', 'his', 'her', 'him']);
const FIRST_PERSON = new Set(['we', 'our', 'us', 'i', 'my', 'me']);

/** The referent of a mention at token `at`, with the id of the reading ('subject', 'group', 'pronoun', 'quote-speaker', ...). */
export function referentOf(m: Mention, at: number, ctx: SentenceContext, d: Discourse): Holding | null {
  if (m.kind === 'group') return { states: m.explicit ? m.states : d.participants, rule: 'group', text: m.text, mention: m };
  if (m.kind !== 'pronoun') return { states: m.states, rule: 'subject', text: m.text, mention: m };
  const p = m.pronoun ?? '';
  let r: Referent | null = null;
  if (PERSONAL.has(p)) r = d.latestPerson();
  else if ((p === 'its' || p === 'their') && ahead(m, ctx, d)) r = ahead(m, ctx, d);
  else if (p === 'it' || p === 'its') r = d.latestSingular();
  else if (p === 'they' || p === 'their' || p === 'them') {
    r = d.latestPlural();
    // with no plural actor before it, "they" is taken for the meeting's parties: a guess that reported speech overrides
    if (!r) return { states: d.participants, rule: 'pronoun', text: 'the parties', mention: m, guessed: true };
  } else if (FIRST_PERSON.has(p)) {
    // inside quotes, the quotation's speaker; in a joint statement, its authors; in reported speech ("Xi stressed that ... We hope ..."), the speaker
    const quoted = insideQuotes(ctx.tokens, at) !== ctx.startsQuoted;
    const rule = quoted ? 'quote-speaker' : d.turnSpeaker ? 'speaker-continues' : d.voice ? 'joint-voice' : 'speaker-continues';
    // (inside "X said (that) ...", the speaker of the clause around it: "Albanese said we agreed ...")
    const around = ctx.governor?.cue.speech ? ctx.governor.holder : null;
    r = quoted ? (ctx.frameSpeaker ?? around ?? d.speaker) : (d.turnSpeaker ?? d.voice ?? around ?? d.speaker);
    if (r) return { states: r.states, rule, text: r.text, mention: m };
  }
  if (!r) return null;
  return { states: r.states, rule: 'pronoun', text: r.text, mention: m };
}

/** "Based on its stance ..., China reiterated": a possessive before the sentence's first subject points ahead to it. */
function ahead(m: Mention, ctx: SentenceContext, d: Discourse): Referent | null {
  const first = ctx.firstSubject;
  if (!first || m.start >= first.start || d.namedHere()) return null;
  return { states: first.kind === 'group' && !first.explicit ? d.participants : first.states, text: first.text };
}

/** Claims of agreement include the partner: "reached a deal with President Xi". */
export function joinPartners(h: Holding, cue: CueHit, ctx: SentenceContext): Holding {
  if (!cue.kinds.includes('agree')) return h;
  const partners = withPartners(ctx.tokens, ctx.mentions, cue.end);
  return partners.length > 0 ? { ...h, states: [...h.states, ...partners] } : h;
}

/**
 * What the cue's own subject holds, when the subject is an actor: its referent (a stance noun's possessor
 * is the 'possessor'), with the partners of an agreement. Memoised per cue in the context.
 */
export function ownHolding(cue: CueHit, ctx: SentenceContext, d: Discourse): Holding | null {
  if (ctx.own !== undefined) return ctx.own;
  const subj = ctx.subject;
  let h: Holding | null = null;
  if (subj?.type === 'actor') {
    h = referentOf(subj.mention, subj.mention.start, ctx, d);
    if (h && cue.type === 'noun') h = { ...h, rule: 'possessor' };
    if (h && subj.via) h = { ...h, also: [subj.via] };
    // (how the text told the subject's state when no nationality came with it: "appositive", "home-state")
    if (h && subj.mention.via) h = { ...h, also: [...(h.also ?? []), subj.mention.via] };
    if (h) h = joinPartners(h, cue, ctx);
    // "Yesterday we agreed that ...", in one side's remarks after the meeting: the agreement is the parties'
    if (
      h &&
      subj.mention.pronoun === 'we' &&
      cue.kinds.includes('agree') &&
      h.states.length === 1 &&
      d.participants.includes(h.states[0] as string)
    )
      h = { ...h, states: d.participants, also: [...(h.also ?? []), 'we-agreed'] };
  }
  ctx.own = h;
  return h;
}

/** "China reaffirmed X and stressed Y": a verb joined to an earlier one shares its subject (the sentence's main subject if no claim had one). */
export function inheritedHolding(cue: CueHit, ctx: SentenceContext, d: Discourse): Holding | null {
  if (ctx.subject?.type !== 'inherit') return null;
  if (ctx.lastSubject) return joinPartners({ ...ctx.lastSubject, rule: 'coordinated' }, cue, ctx);
  const main = mainSubjectBefore(ctx.tokens, ctx.mentions, cue.start);
  const r = main ? referentOf(main, main.start, ctx, d) : null;
  return r ? joinPartners({ ...r, rule: 'coordinated' }, cue, ctx) : null;
}

/** A cue with no subject of its own after a claim with one in the same sentence ("China will ... and, in turn, will"): that claim's holder. */
export function carriedHolding(cue: CueHit, ctx: SentenceContext): Holding | null {
  const subj = ctx.subject;
  if (!ctx.lastSubject || subj === null || subj.type === 'actor' || cue.type === 'noun') return null;
  return { ...ctx.lastSubject, rule: 'coordinated' };
}
