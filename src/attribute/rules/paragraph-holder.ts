/** The paragraph's last explicit holder keeps a modal with no subject ("The United States will ... For such products, no tariff shall apply"). */
import type { Rule } from '../context.js';

export const paragraphHolder: Rule = {
  id: 'paragraph-holder',
  only: { cues: ['modal'] },
  description: "a modal with no subject keeps the paragraph's last explicit holder",
  apply: (cue, ctx, d) => {
    const h = d.paragraphHolder;
    return h && cue.type === 'modal' && ctx.subject?.type !== 'actor'
      ? { states: h.states, rule: 'paragraph-holder', text: h.text, mention: null }
      : undefined;
  },
};
