/**
 * Reported speech: inside "X said that ...", the speaker holds what has no holder of its own, and a stance
 * act with its own subject is that subject's (the speaker is its source); through a paragraph opened by a
 * reporting verb, the speaker holds what the later sentences leave unattributed.
 */
import { type Holding, type Referent, type Rule, sameStates } from '../context.js';
import { withPartners } from '../grammar.js';
import { carriedHolding, inheritedHolding, ownHolding } from '../referent.js';

const holding = (r: Referent & { mention?: Holding['mention'] }, rule: string): Holding => ({
  states: r.states,
  rule,
  text: r.text,
  mention: r.mention ?? null,
});

export const speaker: Rule = {
  id: 'speaker',
  description:
    '"Wang said (that) both sides should ...": modals, obligations and unattributed content inside reported speech are the speaker\'s',
  apply: (cue, ctx, d) => {
    const gov = ctx.governor;
    if (!gov) return undefined;
    // ("Blinken said we now have an agreement with China": an agreement with named partners is theirs, see joint-noun)
    if (cue.type === 'noun' && cue.joint && withPartners(ctx.tokens, ctx.mentions, cue.end).length > 0) return undefined;
    const own = ownHolding(cue, ctx, d);
    const modalOfAnother = cue.type === 'modal' && own !== null && !sameStates(own.states, gov.holder.states);
    // ("He said they have urged North Korea ...": a "they" with no antecedent inside Kim's words is Kim's side)
    if (cue.id === 'should' || ctx.subject?.type !== 'actor' || own === null || own.guessed || modalOfAnother)
      return holding(gov.holder, 'speaker');
    return undefined;
  },
};

export const embeddedSubject: Rule = {
  id: 'embedded-subject',
  description: '"Wang said the ROK has acknowledged ...": a stance act with its own subject inside reported speech is that subject\'s',
  apply: (cue, ctx, d) => {
    const gov = ctx.governor;
    const own = gov ? ownHolding(cue, ctx, d) : null;
    if (!gov || !own || sameStates(own.states, gov.holder.states)) return undefined;
    return { ...holding(own, own.rule), also: [...(own.also ?? []), 'embedded-subject'], source: gov.holder.text };
  },
};

export const speakerContinuesModal: Rule = {
  id: 'speaker-continues-modal',
  only: { cues: ['modal'] },
  description: '"Both sides should work together" in a paragraph of Wang\'s remarks is Wang\'s, whatever its subject',
  apply: (cue, ctx, d) => {
    if (cue.type !== 'modal' || ctx.latestVerb || ctx.frameSpeaker || !d.speaker) return undefined;
    const base = ownHolding(cue, ctx, d) ?? inheritedHolding(cue, ctx, d) ?? carriedHolding(cue, ctx);
    return base && !sameStates(base.states, d.speaker.states) ? holding(d.speaker, 'speaker-continues') : undefined;
  },
};

export const speakerContinues: Rule = {
  id: 'speaker-continues',
  description: 'later sentences of a paragraph opened by "X said ..." with no holder of their own (and its obligations) stay X\'s',
  apply: (cue, ctx, d) =>
    d.speaker && (cue.id === 'should' || ctx.subject?.type !== 'actor') ? holding(d.speaker, 'speaker-continues') : undefined,
};
