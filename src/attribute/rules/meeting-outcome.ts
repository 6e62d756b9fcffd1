/**
 * What a meeting of two sides yields is theirs together: "Putin-Modi talks yield pledge on energy", "The
 * Xi-Biden summit produced a consensus on ...". The meeting's name carries its parties as modifiers; a
 * stance noun that is the object of its verb is held by them.
 */
import type { Rule } from '../context.js';

/** Nouns that name a meeting: "Putin-Modi talks", "the Xi-Biden summit". */
const MEETINGS = new Set(['talks', 'summit', 'meeting', 'meetings', 'dialogue', 'call', 'visit', 'negotiations']);

export const meetingOutcome: Rule = {
  id: 'meeting-outcome',
  only: { cues: ['noun'], subjects: ['none', 'nonactor'] },
  description: '"Putin-Modi talks yield pledge": a stance noun that a meeting of two sides yields is held by them',
  apply: (cue, ctx) => {
    const { tokens, mentions } = ctx;
    let k = cue.start - 1;
    while (k >= 0 && /^(DET|ADJ|NUM)$/.test(tokens[k]?.pos ?? '')) k--;
    if (tokens[k]?.pos !== 'VERB' && !/s$/.test(tokens[k]?.lower ?? '')) return undefined;
    k--;
    while (k >= 0 && tokens[k]?.pos === 'ADV') k--;
    if (!MEETINGS.has(tokens[k]?.lower ?? '')) return undefined;
    // the parties: the actors named just before the meeting's noun, as modifiers ("Putin-Modi", "China-ROK")
    const states = new Set<string>();
    let end = k;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i];
      if (!m || m.start >= end) continue;
      const between = tokens.slice(m.end, end);
      if (m.end !== end && !between.every((t) => t.text === '-' || t.text === '\u2013' || t.pos === 'DET')) break;
      if (m.possessive || m.kind === 'pronoun') break;
      for (const st of m.states) states.add(st);
      end = m.start;
    }
    if (states.size < 2) return undefined;
    return { states: [...states], rule: 'meeting-outcome', text: 'the parties', mention: null };
  },
};
