/** Agreements held by the parties together: "a deal with China", "reached consensus". */
import type { Rule } from '../context.js';
import { withPartners } from '../grammar.js';
import { joinPartners, referentOf } from '../referent.js';
import { mainSubjectBefore } from '../subject.js';

export const jointNoun: Rule = {
  id: 'joint-noun',
  only: { subjects: ['none', 'nonactor'] },
  description: '"a deal with China" is held by its partners; "reached consensus" with no subject by the parties',
  apply: (cue, ctx, d) => {
    const subj = ctx.subject;
    if (subj?.type !== 'none' && subj?.type !== 'nonactor') return undefined;
    if (cue.type === 'noun' && cue.joint) {
      const partners = withPartners(ctx.tokens, ctx.mentions, cue.end);
      if (partners.length === 0) return undefined;
      // "We now have an agreement with China": the clause's subject is a party too
      const main = mainSubjectBefore(ctx.tokens, ctx.mentions, cue.start);
      const ref = main ? referentOf(main, main.start, ctx, d) : null;
      const own = ref && !ref.guessed ? ref.states : [];
      return joinPartners({ states: [...own, ...partners], rule: 'joint-noun', text: 'the parties', mention: null }, cue, ctx);
    }
    // ("Zhu said the deal ...": a person of no known state is no party; "the ministry confirmed the consensus" is)
    const person = subj.type === 'nonactor' && ctx.tokens[subj.at]?.pos === 'PROPN';
    if (cue.type !== 'noun' && cue.object?.joint && !person)
      return joinPartners({ states: d.participants, rule: 'joint-noun', text: 'the parties', mention: null }, cue, ctx);
    return undefined;
  },
};
