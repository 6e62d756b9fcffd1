/** Coordination: a verb joined to an earlier one shares its subject ("reaffirmed X, and said Y"). */
import type { Rule } from '../context.js';
import { carriedHolding, inheritedHolding } from '../referent.js';

export const coordinated: Rule = {
  id: 'coordinated',
  only: { subjects: ['inherit'] },
  description: '"The two leaders discussed X and tasked ...", "... security, noting that": the verb shares the clause\'s subject',
  apply: (cue, ctx, d) => inheritedHolding(cue, ctx, d) ?? undefined,
};

export const carried: Rule = {
  id: 'coordinated-carried',
  only: { cues: ['verb', 'adj', 'modal'], subjects: ['none', 'nonactor', 'inherit'] },
  description: 'a later cue of the sentence with no subject of its own keeps the holder of the last claim that had one',
  apply: (cue, ctx) => carriedHolding(cue, ctx) ?? undefined,
};
