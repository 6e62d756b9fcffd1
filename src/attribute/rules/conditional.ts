/**
 * A cue inside a condition is no stance of its subject: "if the U.S. side truly wants to improve ties, it
 * should ..." in Wang's words states Wang's condition, not a US wish; outside reported speech the condition
 * holds nothing.
 */
import { NO_CLAIM, type Rule } from '../context.js';

const CONDITIONS = new Set(['if', 'unless', 'whether', 'should']);

export const conditional: Rule = {
  id: 'conditional',
  only: { cues: ['verb', 'adj', 'noun'], subjects: ['actor'] },
  description: '"Wang said that if the US side truly wants to ...": a condition is the speaker\'s, never a stance of its subject',
  apply: (cue, ctx) => {
    const subj = ctx.subject;
    if (subj?.type !== 'actor' || cue.type === 'modal') return undefined;
    let k = subj.mention.start - 1;
    while (k >= 0 && ctx.tokens[k]?.pos === 'DET') k--;
    if (!CONDITIONS.has(ctx.tokens[k]?.lower ?? '') || (ctx.tokens[k]?.lower === 'should' && k !== ctx.sentence.bodyFrom)) return undefined;
    const gov = ctx.governor;
    if (gov?.cue.speech)
      return { states: gov.holder.states, rule: 'speaker', text: gov.holder.text, mention: gov.holder.mention, condition: true };
    return NO_CLAIM;
  },
};
