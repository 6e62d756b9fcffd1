/**
 * Stage 7: one `Stance` per claim of a configured actor, sorted by offset.
 * Pure data; formatting lives elsewhere.
 */
import type { Claim } from '../attribute/index.js';
import { orderKinds, topicsOf } from '../classify/index.js';
import type { Resolved } from '../options.js';
import type { Stance } from '../types.js';

/** The configured holder of a claim: one of the pair, 'both', or null when neither holds it. */
export function holderOf(states: readonly string[], pair: readonly [string, string], labels: readonly [string, string]): string | null {
  const a = states.includes(pair[0]);
  const b = states.includes(pair[1]);
  if (a && b) return 'both';
  if (a) return labels[0];
  if (b) return labels[1];
  return null;
}

export function assemble(claims: readonly Claim[], original: string, opts: Resolved): Stance[] {
  const out: Stance[] = [];
  const seen = new Set<string>();
  const topicCache = new Map<number, readonly string[]>();
  for (const c of claims) {
    const holder = holderOf(c.states, opts.pair, opts.labels);
    if (!holder) continue;
    const s = c.sentence;
    const key = `${s.index}|${holder}|${c.cue.head}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const cueStart = s.tokens[c.cue.start]?.start ?? s.start;
    const cueEnd = s.tokens[c.cue.end - 1]?.end ?? cueStart;
    const sentence = original.slice(s.start, s.end);
    let topics = topicCache.get(s.index);
    if (!topics) {
      topics = topicsOf(sentence);
      topicCache.set(s.index, topics);
    }
    const kinds = orderKinds(c.kinds);
    out.push({
      holder,
      kind: kinds[0] ?? 'state',
      kinds,
      sentenceIndex: s.index,
      sentence,
      sentenceSpan: { start: s.start, end: s.end },
      span: { start: c.start, end: c.end },
      cue: { text: original.slice(cueStart, cueEnd), span: { start: cueStart, end: cueEnd }, id: `cue:${c.cue.id}` },
      source: c.source,
      topics,
      because: c.because,
      confidence: Math.round(c.confidence * 100) / 100,
    });
  }
  out.sort((a, b) => a.span.start - b.span.start || a.cue.span.start - b.cue.span.start);
  return out;
}
