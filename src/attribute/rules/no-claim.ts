/**
 * Cues that hold no claim of anyone in the pair: hosting, a guess in news, a passive with no agent, a
 * third party's words, a stance noun that only names another's position, a bare noun, and a cue inside
 * the content of a stance that is no reporting verb ("hopes that ... will").
 */
import { THIRD_PARTIES } from '../../actors/data/third-parties.js';
import { NO_CLAIM, type Rule } from '../context.js';
import { withPartners } from '../grammar.js';
import { referentOf } from '../referent.js';
import { mainSubjectBefore } from '../subject.js';

export const hosting: Rule = {
  id: 'hosting',
  description: '"welcomed President Trump", "received the delegation": hosting a visitor is no support',
  apply: (cue) => (cue.hosting ? NO_CLAIM : undefined),
};

export const mayInNews: Rule = {
  id: 'may-in-news',
  only: { cues: ['modal'] },
  description: '"may" pledges only in the parties\' own text (a joint statement); in news it is the writer\'s guess',
  apply: (cue, _ctx, d) => (cue.id === 'may' && !d.voice ? NO_CLAIM : undefined),
};

export const noAgent: Rule = {
  id: 'no-agent',
  only: { subjects: ['no-agent'] },
  description: '"is expected to", "is valued at": a passive with no agent is nobody\'s stance',
  apply: (_cue, ctx) => (ctx.subject === null ? NO_CLAIM : undefined),
};

export const thirdParty: Rule = {
  id: 'third-party',
  only: { subjects: ['nonactor'] },
  description: '"Analysts said ...": a third party\'s words, and what they report, hold nothing of the pair',
  apply: (cue, ctx) => {
    const subj = ctx.subject;
    if (subj?.type !== 'nonactor' || !THIRD_PARTIES.has(subj.text.split(' ').pop()?.toLowerCase() ?? '')) return undefined;
    if (cue.type !== 'verb' && cue.type !== 'adj') return NO_CLAIM;
    return { states: [], rule: 'third-party', text: subj.text, mention: null, reportsOnly: true };
  },
};

export const stanceNounElsewhere: Rule = {
  id: 'stance-noun-elsewhere',
  only: { cues: ['noun'], subjects: ['actor'] },
  description: '"Sullivan raised ... the PRC\'s support for ...": a stance noun inside another actor\'s clause is only mentioned',
  apply: (cue, ctx, d) => {
    const subj = ctx.subject;
    if (cue.type !== 'noun' || subj?.type !== 'actor') return undefined;
    const own = referentOf(subj.mention, subj.mention.start, ctx, d);
    if (!own) return undefined;
    const main = mainSubjectBefore(ctx.tokens, ctx.mentions, cue.start);
    const mainStates = main && main !== subj.mention ? referentOf(main, main.start, ctx, d)?.states : undefined;
    return mainStates && !mainStates.every((x) => own.states.includes(x)) ? NO_CLAIM : undefined;
  },
};

export const bareNoun: Rule = {
  id: 'bare-noun',
  only: { cues: ['noun'], subjects: ['none'] },
  description:
    '"discussed the deal": a stance noun with no possessor is no claim, unless an agreement names its partners ("a deal with China")',
  apply: (cue, ctx) => {
    if (cue.type !== 'noun' || ctx.subject?.type !== 'none') return undefined;
    return cue.joint && withPartners(ctx.tokens, ctx.mentions, cue.end).length > 0 ? undefined : NO_CLAIM;
  },
};

export const insideStance: Rule = {
  id: 'inside-stance',
  description: '"hopes that the ROK will ...", "welcomed ... to": inside a stance that is no reporting verb, the outer claim says it all',
  apply: (_cue, ctx) => (ctx.governor && !ctx.governor.cue.speech ? NO_CLAIM : undefined),
};
