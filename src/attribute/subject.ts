/**
 * The subject of a cue: the nearest noun phrase before it that is not inside a
 * prepositional phrase ("by the ROK", "in the ROK") nor a possessor
 * ("China's position"), found by walking left over auxiliaries and adverbs.
 */
import type { Mention } from '../actors/index.js';
import type { Token } from '../nlp/wink.js';

export type Subject =
  | { readonly type: 'actor'; readonly mention: Mention }
  | { readonly type: 'inherit' }
  | { readonly type: 'nonactor'; readonly text: string; readonly at: number }
  | { readonly type: 'none' };

const SKIP_POS = new Set(['ADV', 'AUX', 'PART', 'DET', 'ADJ', 'INTJ', 'SYM', 'NUM', 'X']);
const BOUNDARY = new Set([';', ':', '(', ')', '--', '\u2014', '\u2013']);
const CLAUSE_WORDS = new Set(['that', 'whether', 'if', 'because', 'while', 'although', 'though', 'since', 'as', 'when', 'where', 'so']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

export function mentionCovering(mentions: readonly Mention[], i: number): Mention | undefined {
  for (const m of mentions) if (i >= m.start && i < m.end) return m;
  return undefined;
}

/** Is the mention the object of a preposition ("by the ROK", "of China", "among the ROK, the US and Japan")? */
export function inPrepositionalPhrase(tokens: readonly Token[], m: Mention): boolean {
  let k = m.start - 1;
  while (k >= 0 && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ')) k--;
  const t = tokens[k];
  return !!t && t.pos === 'ADP' && t.lower !== 'that';
}

/** Could the mention be the subject of a clause (not a possessor, modifier, object of a preposition or of a verb)? */
export function subjectLike(tokens: readonly Token[], m: Mention): boolean {
  if (m.possessive || m.modifier || inPrepositionalPhrase(tokens, m)) return false;
  if (m.kind === 'pronoun') return SUBJECT_PRONOUNS.has(m.pronoun ?? '');
  let k = m.start - 1;
  while (k >= 0 && tokens[k]?.pos === 'DET') k--;
  const prev = tokens[k];
  return prev?.pos !== 'VERB';
}

/** The first actor before `at` that stands as a subject: "The two leaders" in "The two leaders discussed X and tasked ...". */
export function mainSubjectBefore(tokens: readonly Token[], mentions: readonly Mention[], at: number): Mention | null {
  for (const m of mentions) if (m.start < at && subjectLike(tokens, m)) return m;
  return null;
}

export function findSubject(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  at: number,
  from: number,
  canInherit: boolean,
): Subject {
  let j = at - 1;
  while (j >= from) {
    const t = tokens[j] as Token;
    const m = mentionCovering(mentions, j);
    if (m) {
      if (m.kind === 'pronoun' && !SUBJECT_PRONOUNS.has(m.pronoun ?? '')) {
        j = m.start - 1;
        continue;
      }
      if (m.possessive || (m.modifier && m.kind !== 'pronoun')) {
        j = m.start - 1;
        continue;
      }
      if (inPrepositionalPhrase(tokens, m)) {
        let k = m.start - 1;
        while (k >= 0 && tokens[k]?.pos !== 'ADP') k--;
        j = k - 1;
        continue;
      }
      return { type: 'actor', mention: m };
    }
    const lower = t.lower;
    if (lower === 'which' || lower === 'who') {
      // "the Republic of Korea, which will host": the antecedent
      let k = j - 1;
      if (tokens[k]?.text === ',') k--;
      const a = mentionCovering(mentions, k);
      if (a && !a.possessive) return { type: 'actor', mention: a };
      return { type: 'nonactor', text: lower, at: j };
    }
    // "The two leaders discussed X and tasked their teams", "... security, noting that": the verb shares the clause's subject
    if (lower === 'each' || lower === 'all' || t.pos === 'CCONJ') return { type: 'inherit' };
    if (t.text === ',') {
      if (canInherit || /ing$/.test(tokens[at]?.lower ?? '')) return { type: 'inherit' };
      j--;
      continue;
    }
    // "China (the PRC) agreed": a parenthesis between subject and verb is passed over
    if (t.text === ')') {
      let depth = 0;
      let k = j;
      for (; k >= from; k--) {
        if (tokens[k]?.text === ')') depth++;
        else if (tokens[k]?.text === '(' && --depth === 0) break;
      }
      if (k >= from) {
        j = k - 1;
        continue;
      }
    }
    if (BOUNDARY.has(t.text)) return { type: 'none' };
    if (t.pos === 'SCONJ' || CLAUSE_WORDS.has(lower)) return { type: 'none' };
    if (t.pos === 'VERB') return { type: 'none' };
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') {
      // walk to the start of this noun phrase
      let k = j;
      while (k - 1 >= from) {
        const p = tokens[k - 1] as Token;
        if (mentionCovering(mentions, k - 1)?.possessive || p.lower === "'s") {
          k--;
          continue;
        }
        if (
          p.pos === 'NOUN' ||
          p.pos === 'PROPN' ||
          p.pos === 'ADJ' ||
          p.pos === 'DET' ||
          p.pos === 'NUM' ||
          p.text === '-' ||
          p.pos === 'PART'
        ) {
          k--;
          continue;
        }
        break;
      }
      const before = tokens[k - 1];
      if (before && before.pos === 'ADP' && before.lower !== 'that') {
        j = k - 2;
        continue;
      }
      const text = tokens
        .slice(k, j + 1)
        .map((x) => x.text)
        .join(' ');
      return { type: 'nonactor', text, at: k };
    }
    if (SKIP_POS.has(t.pos) || t.pos === 'ADP' || t.pos === 'PUNCT') {
      j--;
      continue;
    }
    j--;
  }
  return { type: 'none' };
}

/** "Recognizing the threat ..., we commit": the subject of the main clause after the opening participle. */
export function subjectAfterIntro(tokens: readonly Token[], mentions: readonly Mention[], at: number): Subject {
  let k = at + 1;
  while (k < tokens.length && tokens[k]?.text !== ',') k++;
  for (let q = k + 1; q < tokens.length; q++) {
    const m = mentionCovering(mentions, q);
    if (m && subjectLike(tokens, m)) return { type: 'actor', mention: m };
    if (m) {
      q = m.end - 1;
      continue;
    }
    const t = tokens[q] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
  }
  return { type: 'none' };
}
