/**
 * A journalist's question holds no position of the journalist's; it can report a party's claim as a fact
 * of the question ("Q: Japan claims that the islands are its own. What is China's response?"): a stance
 * verb whose subject is a named actor, in a clause that is not itself asked ("Does China oppose ...?").
 */
import { NO_CLAIM, type Rule } from '../context.js';

/** Words that, before a subject, make its clause a question: "Does China ...", "Will Japan ...", "Why did Seoul ...". */
const ASKING = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

export const question: Rule = {
  id: 'question',
  description: '"Q: Japan claims that ...": in a question only a named actor\'s own stance verb, in a clause that is not asked, is a claim',
  apply: (cue, ctx) => {
    if (ctx.sentence.turn !== 'question') return undefined;
    const subj = ctx.subject;
    if (cue.type !== 'verb' || subj?.type !== 'actor' || subj.mention.kind === 'pronoun') return NO_CLAIM;
    let k = subj.mention.start - 1;
    while (k >= 0 && ctx.tokens[k]?.pos === 'DET') k--;
    return ASKING.has(ctx.tokens[k]?.lower ?? '') ? NO_CLAIM : undefined;
  },
};
