/**
 * A modal in a relative clause on a thing describes that thing, and holds no position of its own:
 * "principles that would advance these goals", "a deal under which Russia would provide gas", "steps
 * which will ease tensions". The position, if any, is the main clause's ("discussed", "welcomed").
 */
import { NO_CLAIM, type Rule } from '../context.js';
import { mentionCovering } from '../subject.js';

const RELATIVES = new Set(['that', 'which', 'whereby']);

export const relativeModal: Rule = {
  id: 'relative-modal',
  only: { cues: ['modal'] },
  description: '"principles that would advance", "a deal under which Russia would provide": a modal describing a thing is no claim',
  apply: (cue, ctx) => {
    const { tokens, mentions } = ctx;
    let k = cue.head - 1;
    while (k >= 0 && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART')) k--;
    // "under which Russia would": the relative clause's own subject, then the modal
    const subj = ctx.subject;
    if (subj?.type === 'actor' && subj.mention.end === k + 1) {
      k = subj.mention.start - 1;
      while (k >= 0 && tokens[k]?.pos === 'DET') k--;
      if (tokens[k]?.lower !== 'which' && tokens[k]?.lower !== 'whereby') return undefined;
      if (tokens[k]?.lower === 'which' && tokens[k - 1]?.pos !== 'ADP') return undefined;
      if (tokens[k]?.lower === 'which') k--;
    } else if (!RELATIVES.has(tokens[k]?.lower ?? '')) return undefined;
    // the antecedent: a noun that names no actor ("principles", "a deal", "steps")
    const antecedent = tokens[k - 1];
    if (!antecedent || (antecedent.pos !== 'NOUN' && antecedent.pos !== 'PROPN') || mentionCovering(mentions, k - 1)) return undefined;
    return NO_CLAIM;
  },
};
