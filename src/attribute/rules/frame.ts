/** Frames: ", Wang said." (or the frame that closes a quotation) makes its speaker the holder of what has none. */
import { type Rule, sameStates } from '../context.js';
import { carriedHolding, inheritedHolding, ownHolding } from '../referent.js';

export const frame: Rule = {
  id: 'frame',
  description: '"..., Wang said.", \'"We oppose it. ...," Hua said.\': the frame\'s speaker holds what has no holder of its own',
  apply: (_cue, ctx) => {
    const f = ctx.frameSpeaker;
    return f ? { states: f.states, rule: 'frame', text: f.text, mention: null } : undefined;
  },
};

export const frameModal: Rule = {
  id: 'frame-modal',
  only: { cues: ['modal'] },
  description:
    '"The ROK must apologise," Wang said.; a quotation\'s "No nation should ...": the speaker\'s demand or statement, whatever the modal\'s subject',
  apply: (cue, ctx, d) => {
    const f = ctx.frameSpeaker;
    if (cue.type !== 'modal' || !f || ctx.latestVerb) return undefined;
    const base = ownHolding(cue, ctx, d) ?? inheritedHolding(cue, ctx, d) ?? carriedHolding(cue, ctx);
    return base && !sameStates(base.states, f.states)
      ? { states: f.states, rule: 'frame', text: f.text, mention: null, voices: true }
      : undefined;
  },
};
