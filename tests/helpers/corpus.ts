/**
 * The real texts the history, property and command-line tests read: every *.txt of the shared corpus
 * (../shared/corpus from the repository's root, all its folders) and of fixtures/ (with fixtures/samples),
 * each with the pairs of actors its gold files configure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const sharedCorpus = path.resolve(root, '../shared/corpus');
export const hasSharedCorpus = fs.existsSync(sharedCorpus);

export interface RealText {
  /** The path from the repository's root ("../shared/corpus/world/01-....txt", "fixtures/samples/...txt"). */
  readonly name: string;
  readonly text: string;
  /** `options.actors` of every gold file that reads this text (or its `actors` when it has no options), deduplicated. */
  readonly actors: readonly (readonly [string, string])[];
}

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

interface Gold {
  readonly text: string;
  readonly actors?: [string, string];
  readonly options?: { readonly actors?: [string, string] };
}

function textsOf(dir: string): RealText[] {
  const files = walk(dir);
  const actors = new Map<string, Map<string, [string, string]>>();
  for (const f of files.filter((x) => x.endsWith('.gold.json'))) {
    const g = JSON.parse(fs.readFileSync(f, 'utf8')) as Gold;
    const pair = g.options?.actors ?? g.actors;
    if (!pair) continue;
    const text = path.resolve(path.dirname(f), g.text);
    const m = actors.get(text) ?? new Map<string, [string, string]>();
    m.set(pair.join(','), pair);
    actors.set(text, m);
  }
  return files
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: path.relative(root, f), text: fs.readFileSync(f, 'utf8'), actors: [...(actors.get(f)?.values() ?? [])] }));
}

/** The fixtures' texts, and the shared corpus's when it is there. */
export function realTexts(): RealText[] {
  return [...(hasSharedCorpus ? textsOf(sharedCorpus) : []), ...textsOf(path.join(root, 'fixtures'))];
}

/** The seeded generator the real-text documents are made with (one home: ./real-docs.mjs). */
export { seeded } from './real-docs.mjs';

/** A copy of `xs` in the order of a Fisher-Yates shuffle driven by `random`. */
export function shuffled<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
