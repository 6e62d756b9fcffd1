/**
 * Reported views and reactions are held by the actor whose view they are, whatever the grammar:
 * "The visit drew a protest from Beijing", "criticism from Seoul", "a rebuke from the ROK".
 */
import type { Rule } from '../context.js';
import { mentionCovering } from '../subject.js';

export const fromActor: Rule = {
  id: 'from-actor',
  only: { cues: ['noun'], subjects: ['none'] },
  description: '"drew a protest from Beijing", "criticism from Seoul": a stance noun with no possessor is held by the actor it comes from',
  apply: (cue, ctx) => {
    if (cue.type !== 'noun' || ctx.subject?.type !== 'none' || ctx.tokens[cue.end]?.lower !== 'from') return undefined;
    const at = ctx.tokens[cue.end + 1]?.lower === 'the' ? cue.end + 2 : cue.end + 1;
    const m = mentionCovering(ctx.mentions, at) ?? mentionCovering(ctx.mentions, cue.end + 1);
    if (!m || m.kind === 'pronoun' || m.possessive || m.modifier) return undefined;
    return { states: m.states, rule: 'from-actor', text: m.text, mention: m };
  },
};
