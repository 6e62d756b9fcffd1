/** Pronouns: "it", "he", "they" take the latest actor of their sort; "we" and "I" the speaker or the authors. */
import type { Rule } from '../context.js';
import { ownHolding } from '../referent.js';

export const pronoun: Rule = {
  id: 'pronoun',
  only: { subjects: ['actor'] },
  description: '"It has clearly stated ..." after a sentence about the ROK: the latest actor of the pronoun\'s sort',
  apply: (cue, ctx, d) =>
    ctx.subject?.type === 'actor' && ctx.subject.mention.kind === 'pronoun' ? (ownHolding(cue, ctx, d) ?? undefined) : undefined,
};
