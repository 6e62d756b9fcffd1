/**
 * The speakers a document names, in the order it names them: officials ("Foreign Ministry Spokesperson Hua
 * Chunying", later "Hua"), offices ("the Chinese Defense Ministry") and groups of people ("the two foreign
 * ministers"). Each is kept at its fullest naming so far, under every name the text used for it, so that a
 * later "Hua said", "she said" or a paragraph that runs on in Hua's voice gives back the full naming.
 */

import { TITLES, UNNAMED_SPEAKERS } from '../actors/data/titles.js';
import type { Mention } from '../actors/index.js';
import type { Token } from '../nlp/wink.js';
import type { Span } from '../types.js';
import { SPEAKER_DETERMINERS, STATE_GROUP_HEADS, STATE_OFFICE_HEADS } from './data/speakers.js';

/** The head noun of each title ("president", "minister" of "minister of foreign affairs"): a coordination with one names officials. */
const TITLE_HEADS: ReadonlySet<string> = new Set(
  TITLES.map((t) => {
    const words = t.split(' ');
    return (words.includes('of') ? words[0] : words[words.length - 1]) as string;
  }),
);

/** A speaker as the document knows it. */
export interface Voice {
  /** The fullest naming so far, in the text ("Foreign Minister Wang Yi"); or the official's registered name when the text never wrote it in full. */
  readonly full: Span | string;
  /** The title before the name in the fullest naming ("Foreign Minister"). */
  readonly title: Span | null;
  /** The mention that gave the fullest naming. */
  readonly at: Span;
  /** A group of people or a coordination of officials ("the two leaders", "Wang and Kang"): a joint claim's speaker. */
  readonly joint: boolean;
  /** Length of the fullest naming, to keep the longest. */
  readonly length: number;
}

/** The characters a mention covers, with a determiner right before it ("the Chinese Defense Ministry"). */
export function mentionSpan(m: Mention, tokens: readonly Token[]): Span {
  const first = tokens[m.start];
  const before = tokens[m.start - 1];
  const det = before && first && SPEAKER_DETERMINERS.has(before.lower) && !SPEAKER_DETERMINERS.has(first.lower);
  return { start: (det ? before : first)?.start ?? 0, end: tokens[m.end - 1]?.end ?? 0 };
}

/** The head noun of a mention: its last word, or the word before "of" / "in" ("the Government of Japan", "the ministry in Seoul"). */
function headOf(m: Mention, tokens: readonly Token[]): string {
  for (let k = m.start + 1; k < m.end; k++) {
    const w = tokens[k]?.lower;
    if (w === 'of' || w === 'in') return tokens[k - 1]?.lower ?? '';
  }
  return tokens[m.end - 1]?.lower ?? '';
}

export class Voices {
  /** Every name a speaker went by (lower case), to its id. */
  private readonly names = new Map<string, string>();
  private readonly byId = new Map<string, Voice>();

  /** Takes in the speakers a sentence names (each sentence once, in document order). */
  read(tokens: readonly Token[], mentions: readonly Mention[]): void {
    for (const m of mentions) if (m.kind !== 'state' && m.kind !== 'pronoun' && this.speaks(m, tokens)) this.add(m, tokens);
  }

  /** Does the mention name a speaker (not a state named as itself, not a pronoun)? */
  speaks(m: Mention, tokens: readonly Token[]): boolean {
    if (m.kind === 'person') return true;
    if (m.kind === 'office') return !STATE_OFFICE_HEADS.has(headOf(m, tokens));
    if (m.kind === 'group') return !STATE_GROUP_HEADS.has(headOf(m, tokens));
    // "Wang and Kang agreed", "President Yoon and President Xi agreed": a coordination with an official in it
    if (m.kind === 'joint') {
      for (let k = m.start; k < m.end; k++) {
        const w = tokens[k]?.lower ?? '';
        if (TITLE_HEADS.has(w) || this.byId.has(this.names.get(w) ?? '')) return true;
      }
    }
    return false;
  }

  /** The voice a speaking mention names. */
  ofMention(m: Mention): Voice | null {
    return this.byId.get(this.names.get(idOf(m)) ?? '') ?? null;
  }

  /** The voice a referent's text names ("Hua", "the Chinese Defense Ministry"), if it is a speaker's name. */
  ofText(text: string): Voice | null {
    return this.byId.get(this.names.get(text.toLowerCase()) ?? '') ?? null;
  }

  /** The latest unnamed speaker by their noun ("official" of "a senior official at the presidential office"). */
  private readonly unnamed = new Map<string, string>();

  private add(m: Mention, tokens: readonly Token[]): void {
    // "the official said", after "a senior official at the presidential office": the same speaker, named in full before
    const head = unnamedHead(m, tokens);
    if (head && tokens[m.start]?.lower === 'the' && m.end - m.start <= 3) {
      const earlier = this.unnamed.get(head);
      if (earlier && earlier !== idOf(m)) {
        this.names.set(m.text.toLowerCase(), earlier);
        return;
      }
    }
    const id = idOf(m);
    if (head) this.unnamed.set(head, id);
    const at = mentionSpan(m, tokens);
    const old = this.byId.get(id);
    // (named so before: nothing new unless the naming is fuller)
    if (old && m.end - m.start === 1 && old.length >= m.text.length) {
      this.names.set(m.text.toLowerCase(), id);
      return;
    }
    // "Wang said" with no full naming before it: the official's registered name (Wang Yi)
    const registered = m.kind === 'person' && m.person !== null && !m.text.includes(m.person) ? m.person : null;
    const length = registered ? registered.length : at.end - at.start;
    if (!old || length > old.length) {
      const joint = m.kind === 'group' || m.kind === 'joint';
      this.byId.set(id, { full: registered ?? at, title: registered ? null : titleOf(m, at), at, joint, length });
    }
    this.names.set(id, id);
    this.names.set(m.text.toLowerCase(), id);
    // "Hua" alone: each word of an official's name refers to them later
    if (m.kind === 'person' && m.person) for (const w of m.person.toLowerCase().split(/\s+/)) if (!this.names.has(w)) this.names.set(w, id);
  }
}

/** The noun of an unnamed speaker in the mention ("official" of "a senior official at ..."; the actors stage's list), or null. */
function unnamedHead(m: Mention, tokens: readonly Token[]): string | null {
  if (m.kind !== 'office' && m.kind !== 'group') return null;
  for (let k = m.start; k < m.end; k++) {
    const w = tokens[k]?.lower ?? '';
    if (UNNAMED_SPEAKERS.has(w)) return w.replace(/s$/, '');
  }
  return null;
}

/** A speaker's id: an official's registered name, or the mention's words. */
function idOf(m: Mention): string {
  return (m.kind === 'person' && m.person ? m.person : m.text).toLowerCase();
}

/** "Foreign Ministry Spokesperson Hua Chunying": the words before the official's name. */
function titleOf(m: Mention, at: Span): Span | null {
  if (m.kind !== 'person' || !m.person) return null;
  const i = m.text.indexOf(m.person);
  if (i <= 0) return null;
  const mentionStart = at.end - m.text.length;
  const end = mentionStart + m.text.slice(0, i).trimEnd().length;
  return end > mentionStart ? { start: mentionStart, end } : null;
}
