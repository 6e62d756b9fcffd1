import { expect, it } from 'vitest';
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

/** A row of a news table: a title, a text, the holders of its last sentence, and the options (the pair). */
export type Row = readonly [title: string, text: string, holders: readonly string[], options?: ExtractOptions];

/** The options of a pair of actors. */
export const pair = (a: string, b: string): ExtractOptions => ({ actors: [a, b] });

/** Rows are read as the body of an article under a headline that holds nothing. */
export const article = (body: string) => `Report\n\n${body}`;

/** One test per row: the holders of the last sentence of the row's text, read as an article's body. */
export const table = (rows: readonly Row[]) =>
  it.each(rows.map((row) => ({ title: row[0], row })))('$title', ({ row }) => {
    const [, text, holders, options] = row;
    expect(lastHolders(article(text), options)).toEqual([...holders].sort());
  });
