/** Texts in their authors' own voice (a joint statement, "Remarks by ..."): unattributed cues are the authors'. */
import type { Rule } from '../context.js';

export const jointVoice: Rule = {
  id: 'joint-voice',
  only: { subjects: ['none', 'nonactor', 'inherit'] },
  description: 'in a joint statement or "Remarks by ...", a cue with no holder of its own is the authors\'',
  apply: (_cue, ctx, d) => {
    const v = d.voice;
    return v && ctx.subject?.type !== 'actor' ? { states: v.states, rule: 'joint-voice', text: v.text, mention: null } : undefined;
  },
};
