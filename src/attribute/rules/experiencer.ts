/**
 * Reactions whose holder is the grammatical object (ANNOTATION.md, "a reported view or reaction"): "The move
 * has angered Beijing", "The launch alarmed Tokyo and Seoul", "The deal pleased Canberra". The lexicon marks
 * such verbs with an id 'x:' + kind.
 */
import { NO_CLAIM, type Rule } from '../context.js';
import { mentionCovering } from '../subject.js';

export const experiencer: Rule = {
  id: 'experiencer',
  only: { cues: ['verb'] },
  description: '"The move has angered Beijing": the actor a reaction is felt by holds it, not the subject',
  apply: (cue, ctx) => {
    if (!cue.id.startsWith('x:')) return undefined;
    const { tokens, mentions } = ctx;
    const m = mentionCovering(mentions, cue.end) ?? (tokens[cue.end]?.pos === 'DET' ? mentionCovering(mentions, cue.end + 1) : undefined);
    if (!m || m.possessive || m.modifier || m.kind === 'pronoun') return NO_CLAIM;
    return { states: m.states, rule: 'experiencer', text: m.text, mention: m };
  },
};
