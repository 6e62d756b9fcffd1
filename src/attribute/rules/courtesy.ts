/** Courtesies hold no position (the formulas are read in ../courtesy.ts). */
import { NO_CLAIM, type Rule } from '../context.js';
import { courtesyEnd, courtesyThanks } from '../courtesy.js';

const MEETING_VERBS = new Set(['be', 'see', 'meet', 'host', 'have', 'join', 'visit', 'return']);

export const courtesy: Rule = {
  id: 'courtesy',
  description:
    '"Thank you for joining us", "It is wonderful to be back": greetings, thanks for the time and pleasure at a meeting are no claims',
  apply: (cue, ctx) => {
    const { tokens } = ctx;
    if (/^(thank|appreciat)/.test(tokens[cue.head]?.lower ?? '')) return courtesyThanks(tokens, cue.head) ? NO_CLAIM : undefined;
    // "she is pleased to be in Beijing", "we are delighted to welcome you": pleasure at the meeting itself
    if (cue.type === 'adj' && tokens[cue.end]?.lower === 'to' && MEETING_VERBS.has(tokens[cue.end + 1]?.lower ?? '')) return NO_CLAIM;
    ctx.courtesyEnd ??= courtesyEnd(tokens, ctx.sentence.bodyFrom);
    return cue.start < ctx.courtesyEnd ? NO_CLAIM : undefined;
  },
};
