/** Every *.txt under `dirs` (recursively, in a stable order), read. Folders that do not exist are skipped. */
export function readTexts(dirs: readonly string[]): string[];
/** `count` NDJSON lines {"id": "doc-N", "text": ...} of real text with small changes, joined, with a final newline. */
export function realDocs(texts: readonly string[], count: number, seed?: number): string;
/** A seeded generator of numbers in [0, 1) (mulberry32): the same documents and orders on every run. */
export function seeded(seed: number): () => number;
