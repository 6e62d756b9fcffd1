/**
 * Stage 8: one `Stance` per claim of a configured actor, sorted by offset.
 * Pure data; formatting lives elsewhere.
 */

import type { Claim } from '../attribute/index.js';
import { orderKinds, topicsOf } from '../classify/index.js';
import type { Resolved } from '../options.js';
import type { Roles } from '../roles/index.js';
import type { Speaker, Stance } from '../types.js';

/**
 * The holders of a claim: one of the pair, 'both', or, with `others`, the
 * common names of the outside states that hold it; none when neither holds it.
 */
export function holdersOf(states: readonly string[], opts: Resolved, labelOf: (id: string) => string): string[] {
  const a = states.includes(opts.pair[0]);
  const b = states.includes(opts.pair[1]);
  if (a && b) return ['both'];
  if (a) return [opts.labels[0]];
  if (b) return [opts.labels[1]];
  return opts.others ? [...new Set(states)].map(labelOf) : [];
}

export function assemble(
  claims: readonly Claim[],
  roles: readonly Roles[],
  original: string,
  opts: Resolved,
  labelOf: (id: string) => string,
): Stance[] {
  const out: Stance[] = [];
  const seen = new Set<string>();
  const topicCache = new Map<number, readonly string[]>();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i] as Claim;
    const r = roles[i] as Roles;
    for (const holder of holdersOf(c.states, opts, labelOf)) out.push(...stanceOf(c, r, holder));
  }
  out.sort((a, b) => a.span.start - b.span.start || a.cue.span.start - b.cue.span.start);
  return out;

  function stanceOf(c: Claim, r: Roles, holder: string): Stance[] {
    const s = c.sentence;
    const key = `${s.index}|${holder}|${c.cue.head}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const cueStart = s.tokens[c.cue.start]?.start ?? s.start;
    const cueEnd = s.tokens[c.cue.end - 1]?.end ?? cueStart;
    const sentence = original.slice(s.start, s.end);
    let topics = topicCache.get(s.index);
    if (!topics) {
      // "U.S.-China" is the words "u.s.", "china"; "THHAD" is checked against the acronyms
      const words = s.tokens.filter((t) => t.text !== '-').map((t) => t.lower);
      topics = topicsOf(
        words,
        s.tokens
          .filter((t) => t.text.length >= 4 && t.text.length <= 8 && t.text === t.text.toUpperCase() && /^[A-Z]+$/.test(t.text))
          .map((t) => t.text),
      );
      topicCache.set(s.index, topics);
    }
    const kinds = orderKinds(c.kinds);
    return [
      {
        holder,
        kind: kinds[0] ?? 'state',
        kinds,
        sentenceIndex: s.index,
        sentence,
        sentenceSpan: { start: s.start, end: s.end },
        span: { start: c.start, end: c.end },
        cue: { text: original.slice(cueStart, cueEnd), span: { start: cueStart, end: cueEnd }, id: `cue:${c.cue.id}` },
        source: c.source,
        speaker: speakerOf(r, original),
        target: r.target,
        content: r.content ? { text: original.slice(r.content.start, r.content.end), span: r.content } : null,
        quote: r.quote,
        negated: r.negated,
        topics,
        because: c.because,
        confidence: Math.round(c.confidence * 100) / 100,
      },
    ];
  }
}

/** The speaker's words from the caller's input. */
function speakerOf(r: Roles, original: string): Speaker | null {
  const sp = r.speaker;
  if (!sp) return null;
  const text = typeof sp.full === 'string' ? sp.full : original.slice(sp.full.start, sp.full.end);
  const span = { start: sp.span.start, end: sp.span.end };
  return sp.title ? { text, span, title: original.slice(sp.title.start, sp.title.end) } : { text, span };
}
