import type { ExtractOptions } from '../../src/index.js';
import { extractStances, splitSentences } from '../../src/index.js';

/** The sorted set of holders of each sentence, by sentence index (an empty array for a sentence with no claim). */
export function holdersBySentence(text: string, options?: ExtractOptions): string[][] {
  const stances = extractStances(text, options);
  return splitSentences(text).map((s) => [...new Set(stances.filter((st) => st.sentenceIndex === s.index).map((st) => st.holder))].sort());
}

/** Holders of the last sentence of `text`. */
export function lastHolders(text: string, options?: ExtractOptions): string[] {
  const all = holdersBySentence(text, options);
  return all[all.length - 1] ?? [];
}

/** Kinds of all stances of `holder` in the last sentence. */
export function lastKinds(text: string, holder: string): string[] {
  const last = splitSentences(text).length - 1;
  return [
    ...new Set(
      extractStances(text)
        .filter((s) => s.sentenceIndex === last && s.holder === holder)
        .flatMap((s) => s.kinds),
    ),
  ].sort();
}
