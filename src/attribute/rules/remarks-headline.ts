/**
 * A headline that names one author's remarks on a matter ("Spokesperson Geng Shuang's Remarks on the US
 * Warship's Entry into ...", "Foreign Minister X's Statement on Y's Decision") reports that the author
 * stated a position on it: the headline is the author's statement, whatever cue it has or lacks. A joint
 * statement's title ("Joint Statement on ...") and "Remarks by X Before Their Meeting" name no position.
 */
import type { SentenceRule } from '../context.js';

/** "X's Remarks on", "X's Statement regarding", "X's Response to": one author's words about a matter. */
const REMARKS_ON = /'s\s(remarks|statement|comments|response|reaction)\s(on|to|regarding|about|over|concerning)\b/i;

export const remarksHeadline: SentenceRule = {
  id: 'remarks-headline',
  description:
    "\"Spokesperson X's Remarks on Y's Decision\": a headline naming one author's remarks on a matter is that author's statement",
  apply: (ctx, d) => {
    const s = ctx.sentence;
    if (s.role !== 'headline' || !d.voice || d.voice.states.length !== 1) return undefined;
    if (!REMARKS_ON.test(ctx.text.slice(s.start, s.end))) return undefined;
    return {
      states: d.voice.states,
      rule: 'remarks-headline',
      text: d.voice.text,
      mention: null,
      kinds: ['state'],
      cueId: 'remarks-headline',
    };
  },
};
