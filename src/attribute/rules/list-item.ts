/** Lists: items after "... commitments to:" that open with a verb carry the list's holder. */
import type { Rule } from '../context.js';
import { startsWithVerb } from '../grammar.js';

export const listItem: Rule = {
  id: 'list-item',
  only: { subjects: ['none', 'nonactor', 'inherit'] },
  description: '"The ROK made commitments to:" then "Halt the flow ...": an item that opens with a verb is the list\'s holder\'s',
  apply: (_cue, ctx, d) => {
    const h = d.listCarry;
    return h && ctx.subject?.type !== 'actor' && startsWithVerb(ctx.sentence)
      ? { states: h.states, rule: 'list-item', text: h.text, mention: null }
      : undefined;
  },
};
