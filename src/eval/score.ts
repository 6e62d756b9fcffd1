/**
 * Scoring against gold files in the format of `shared/ANNOTATION.md`: each
 * predicted stance falls in the gold sentence that contains its start offset;
 * per sentence the set of predicted holders is compared with the gold set.
 * Pure: the caller reads the files.
 */
import type { ExtractOptions, Stance } from '../types.js';

export interface GoldSentence {
  readonly anchor: string;
  readonly holders: readonly string[];
  readonly kinds?: Readonly<Record<string, readonly string[]>>;
  readonly topics?: readonly string[];
  readonly source?: string;
  readonly note?: string;
}

export interface GoldFile {
  readonly text: string;
  readonly source?: string;
  readonly actors?: readonly string[];
  readonly options?: ExtractOptions;
  readonly sentences: readonly GoldSentence[];
}

export interface Mistake {
  readonly doc: string;
  readonly anchor: string;
  readonly gold: readonly string[];
  readonly pred: readonly string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  exact: number;
  sentences: number;
  kindOk: number;
  kindN: number;
  docs: number;
  errors: number;
  perHolder: Record<string, { tp: number; fp: number; fn: number }>;
  mistakes: Mistake[];
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, exact: 0, sentences: 0, kindOk: 0, kindN: 0, docs: 0, errors: 0, perHolder: {}, mistakes: [] };
}

/** Adds one document's comparison to `counts`. Throws if an anchor is missing or not unique. */
export function scoreDocument(counts: Counts, gold: GoldFile, text: string, stances: readonly Stance[] | null): void {
  const sents = gold.sentences
    .map((s) => {
      const at = text.indexOf(s.anchor);
      if (at < 0 || text.indexOf(s.anchor, at + 1) >= 0) throw new Error(`${gold.text}: anchor not unique or missing: ${s.anchor}`);
      return { ...s, at };
    })
    .sort((a, b) => a.at - b.at);
  if (stances === null) counts.errors++;
  counts.docs++;
  const firstAt = sents[0]?.at ?? 0;
  const pred: Stance[][] = sents.map(() => []);
  for (const st of stances ?? []) {
    let at = st.span.start;
    if (at < firstAt) at = firstAt;
    let i = sents.length - 1;
    while (i > 0 && (sents[i]?.at ?? 0) > at) i--;
    pred[i]?.push(st);
  }
  const bump = (h: string, k: 'tp' | 'fp' | 'fn') => {
    counts.perHolder[h] ??= { tp: 0, fp: 0, fn: 0 };
    counts.perHolder[h][k]++;
  };
  sents.forEach((s, i) => {
    const G = new Set(s.holders);
    const P = new Set((pred[i] ?? []).map((st) => String(st.holder)));
    counts.sentences++;
    let same = G.size === P.size;
    for (const h of P) {
      if (G.has(h)) {
        counts.tp++;
        bump(h, 'tp');
      } else {
        counts.fp++;
        bump(h, 'fp');
        same = false;
      }
    }
    for (const h of G) {
      if (!P.has(h)) {
        counts.fn++;
        bump(h, 'fn');
        same = false;
      }
    }
    if (same) counts.exact++;
    for (const h of G) {
      const ok = s.kinds?.[h];
      if (!ok || !P.has(h)) continue;
      counts.kindN++;
      if ((pred[i] ?? []).some((st) => String(st.holder) === h && ok.includes(st.kind))) counts.kindOk++;
    }
    if (!same) counts.mistakes.push({ doc: gold.text, anchor: s.anchor.slice(0, 60), gold: [...G], pred: [...P] });
  });
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export interface Summary {
  readonly docs: number;
  readonly sentences: number;
  readonly errors: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly sentenceExact: number;
  readonly kindAccuracy: number;
  readonly kindN: number;
  readonly perHolder: Record<string, { p: number; r: number; f1: number; n: number }>;
}

export function summarize(c: Counts): Summary {
  const P = c.tp / Math.max(1, c.tp + c.fp);
  const R = c.tp / Math.max(1, c.tp + c.fn);
  const F = (2 * P * R) / Math.max(1e-9, P + R);
  const perHolder = Object.fromEntries(
    Object.entries(c.perHolder).map(([h, k]) => {
      const p = k.tp / Math.max(1, k.tp + k.fp);
      const q = k.tp / Math.max(1, k.tp + k.fn);
      return [h, { p: r3(p), r: r3(q), f1: r3((2 * p * q) / Math.max(1e-9, p + q)), n: k.tp + k.fn }];
    }),
  );
  return {
    docs: c.docs,
    sentences: c.sentences,
    errors: c.errors,
    precision: r3(P),
    recall: r3(R),
    f1: r3(F),
    sentenceExact: r3(c.exact / Math.max(1, c.sentences)),
    kindAccuracy: r3(c.kindOk / Math.max(1, c.kindN)),
    kindN: c.kindN,
    perHolder,
  };
}
