/** Frames: ", Wang said." (or the frame that closes a quotation) makes its speaker the holder of what has none. */
import type { Rule } from '../context.js';

export const frame: Rule = {
  id: 'frame',
  description: '"..., Wang said.", \'"We oppose it. ...," Hua said.\': the frame\'s speaker holds what has no holder of its own',
  apply: (_cue, ctx) => {
    const f = ctx.frameSpeaker;
    return f ? { states: f.states, rule: 'frame', text: f.text, mention: null } : undefined;
  },
};
