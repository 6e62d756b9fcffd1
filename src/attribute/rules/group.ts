/** Groups: "the two sides", "both leaders", "the leaders of Japan and the ROK" hold a claim of their parties. */
import type { Rule } from '../context.js';
import { ownHolding } from '../referent.js';

export const group: Rule = {
  id: 'group',
  only: { subjects: ['actor'] },
  description: '"the two sides agreed", "the leaders of Japan and the ROK": the meeting\'s parties, or the states the group names',
  apply: (cue, ctx, d) =>
    ctx.subject?.type === 'actor' && ctx.subject.mention.kind === 'group' ? (ownHolding(cue, ctx, d) ?? undefined) : undefined,
};
