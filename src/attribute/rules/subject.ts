/**
 * The clause's own subject holds its cue: a named actor ("China reiterated"), a stance noun's possessor
 * ("its opposition", "Chinese commitments"), a group of the parties ("the two sides agreed"), or the
 * referent of a pronoun ("It has clearly stated"). What each mention refers to is read in ../referent.ts.
 */
import type { Rule } from '../context.js';
import { ownHolding } from '../referent.js';

export const possessor: Rule = {
  id: 'possessor',
  only: { cues: ['noun'] },
  description: '"its opposition", "China\'s position", "Chinese commitments": a stance noun is held by its possessor',
  apply: (cue, ctx, d) => (cue.type === 'noun' ? (ownHolding(cue, ctx, d) ?? undefined) : undefined),
};

export const subject: Rule = {
  id: 'subject',
  only: { subjects: ['actor'] },
  description: '"China reiterated ...", "Foreign Minister Wang Yi said ...": the actor that is the subject of the cue\'s clause',
  apply: (cue, ctx, d) => {
    const subj = ctx.subject;
    if (subj?.type !== 'actor' || subj.mention.kind === 'group' || subj.mention.kind === 'pronoun') return undefined;
    return ownHolding(cue, ctx, d) ?? undefined;
  },
};
