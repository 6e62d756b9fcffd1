/**
 * What the whole document tells before its sentences are attributed: the mentions of every sentence (the
 * body first, then the headline, so that "Moon, Xi agree ..." is read knowing the officials the body names
 * in full), the meeting's parties, the voice of a text in its authors' words, who answers in a
 * transcript, and the speakers of quotations that run on.
 */
import { type Compiled, keyOf, lookupState } from '../actors/compile.js';
import { DOCUMENTS } from '../actors/data/titles.js';
import { findMentions, type Mention, Register, withState } from '../actors/index.js';
import type { Sentence } from '../segment/index.js';
import type { Referent } from './context.js';
import type { DocumentFacts } from './discourse.js';
import { insideQuotes } from './grammar.js';
import { quotations } from './quotation.js';
import { subjectLike } from './subject.js';

/** What a headline says of a document: "Joint Statement", "Trilateral ... Press Statement". */
const JOINT_WORD = /\b(joint|trilateral|bilateral)\b/i;
const DOC_WORD = /\b(statement|declaration|communiqu[eé]|fact sheet|press release|vision)\b/i;
const DOC_OF = /\b(statement|declaration|communiqu[eé]|fact sheet)\s(of|by)\b/i;
/** A text in one author's own voice: "Remarks by ...", "Statement of the Spokesperson of ...", "Spokesperson Hua's Remarks on ...". */
const SINGLE_DOC = /\b(remarks|statement|press release|message|speech|address|letter)\s(by|of)\b/i;
const AUTHORS_DOC = /'s\s(remarks|statement|comments|response|reaction|press release|message|speech|address|letter)\b/i;
const isJointDoc = (h: string) => (JOINT_WORD.test(h) && DOC_WORD.test(h)) || (DOC_OF.test(h) && /\band\b/i.test(h));

export function readDocument(
  sentences: readonly Sentence[],
  text: string,
  compiled: Compiled,
  pair: readonly [string, string],
): { mentionsOf: Mention[][]; facts: DocumentFacts } {
  const register = new Register(homeState(sentences, compiled), pair);
  const mentionsOf: Mention[][] = sentences.map(() => []);
  for (const s of sentences) if (s.role === 'body') mentionsOf[s.index] = findMentions(s, text, compiled, register);
  for (const s of sentences) if (s.role === 'headline') mentionsOf[s.index] = findMentions(s, text, compiled, register);
  lateStates(mentionsOf, register);
  const acting = actingParties(sentences, mentionsOf);
  // (the voice of a joint text whose headline names nobody is the parties that act, before any are added)
  const quoted = quotations(sentences, mentionsOf, text);
  const voice = voiceOf(sentences, mentionsOf, text, acting) ?? narratorOf(sentences, mentionsOf, pair, quoted);
  return {
    mentionsOf,
    facts: {
      participants: atLeastTwo(acting, mentionsOf, pair),
      voice,
      answerer: answererOf(mentionsOf),
      quotations: quoted.inside,
      openQuotes: quoted.openAtStart,
      turns: turnSpeakers(sentences, register, compiled),
    },
  };
}

/**
 * The document's home state: the state whose capital (or name) its dateline gives ("CANBERRA", "NEW DELHI:",
 * "SEOUL, Oct. 5 (Yonhap) --"), if every place of it is that state's ("HANOI/BEIJING" tells none) and the
 * state is known to the extractor.
 */
function homeState(sentences: readonly Sentence[], compiled: Compiled): string | null {
  const dateline = sentences.find((s) => s.dateline)?.dateline;
  if (!dateline) return null;
  const states = new Set(dateline.cities.map((c) => lookupState(c)));
  const [state] = states;
  return states.size === 1 && state && compiled.states.has(state) ? state : null;
}

/**
 * An official first met with no state gets the state the document tells later ("Kim Yo-jong said ...
 * Kim, North Korea's vice foreign minister, ..."), or the pair's other member when an official of one of
 * the pair has the same title (`Register.resolveUnknown`): every mention of them, once all sentences are read.
 */
function lateStates(mentionsOf: Mention[][], register: Register): void {
  register.resolveUnknown();
  for (const list of mentionsOf)
    for (let k = 0; k < list.length; k++) {
      const m = list[k] as Mention;
      if (m.kind !== 'person' || m.states.length > 0 || !m.person) continue;
      const p = register.find(keyOf(m.person));
      if (p?.state) list[k] = withState(m, p.state, 'named-later');
    }
}

/** Title words of a label that are no name: "SECRETARY BLINKEN", "FOREIGN MINISTER PARK", "MR PRICE". */
const LABEL_TITLES = new Set([
  'mr',
  'ms',
  'mrs',
  'dr',
  'the',
  'secretary',
  'minister',
  'foreign',
  'prime',
  'president',
  'vice',
  'deputy',
  'ambassador',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'general',
  'chairman',
  'premier',
  'chancellor',
  'state',
  'councilor',
  'councillor',
  'senior',
  'official',
]);

/**
 * The speaker each transcript turn's label names ("SECRETARY BLINKEN:", "FOREIGN MINISTER MOTEGI:"), read
 * against the officials the document names ("Secretary Antony J. Blinken and Japanese Foreign Minister
 * Toshimitsu Motegi Before Their Meeting") and the built-in ones; a title alone ("THE PRESIDENT:") is the
 * last official with that title. A label that names nobody known speaks for nobody of the pair.
 */
function turnSpeakers(sentences: readonly Sentence[], register: Register, compiled: Compiled): Map<number, Referent> {
  const out = new Map<number, Referent>();
  const byLabel = new Map<number, Referent>();
  for (const s of sentences) {
    const label = s.turnSpeaker;
    if (!label || s.turn !== 'answer') continue;
    let r = byLabel.get(label.start);
    if (!r) {
      r = labelSpeaker(label.text, register, compiled);
      byLabel.set(label.start, r);
    }
    out.set(s.index, r);
  }
  return out;
}

function labelSpeaker(label: string, register: Register, compiled: Compiled): Referent {
  const words = label.split(/\s+/).map((w) => w.replace(/[.,]$/, ''));
  const names = words.filter((w) => !LABEL_TITLES.has(w.toLowerCase()));
  for (let k = names.length - 1; k >= 0; k--) {
    const key = keyOf(names[k] ?? '');
    const p = register.find(key);
    if (p?.state) return { states: [p.state], text: p.name };
    const builtin = compiled.surnames.get(key);
    if (builtin) return { states: [builtin.actor], text: builtin.name };
  }
  if (names.length === 0) {
    const p = register.titled(words.filter((w) => w.toLowerCase() !== 'the').join(' '));
    if (p?.state) return { states: [p.state], text: p.name };
  }
  return { states: [], text: label };
}

/** The meeting's parties: officials, offices, and states that act as subjects. */
function actingParties(sentences: readonly Sentence[], mentionsOf: readonly Mention[][]): string[] {
  const parties = new Set<string>();
  for (const s of sentences) {
    for (const m of mentionsOf[s.index] ?? []) {
      if (m.kind === 'pronoun') continue;
      if (
        m.kind === 'person' ||
        m.kind === 'office' ||
        m.kind === 'joint' ||
        (m.kind === 'group' && m.explicit) ||
        subjectLike(s.tokens, m)
      )
        for (const st of m.states) parties.add(st);
    }
  }
  return [...parties];
}

/** "the two sides" needs two parties: the acting ones, then the states mentioned most, then the pair. */
function atLeastTwo(acting: readonly string[], mentionsOf: readonly Mention[][], pair: readonly [string, string]): string[] {
  const parties = new Set(acting);
  if (parties.size < 2) {
    const counts = new Map<string, number>();
    for (const list of mentionsOf) for (const m of list) for (const st of m.states) counts.set(st, (counts.get(st) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([st]) => st);
    for (const st of [...ranked, ...pair]) if (parties.size < 2) parties.add(st);
  }
  return [...parties];
}

/** The authors of a joint statement (the states its headline names, or the parties), or of "Remarks by the Spokesperson of ...". */
function voiceOf(
  sentences: readonly Sentence[],
  mentionsOf: readonly Mention[][],
  text: string,
  parties: readonly string[],
): Referent | null {
  const headline = sentences.find((s) => s.role === 'headline');
  if (!headline) return null;
  const headText = text.slice(headline.start, headline.end);
  const named = mentionsOf[headline.index] ?? [];
  if (isJointDoc(headText)) {
    const states = new Set<string>();
    for (const m of named) for (const st of m.states) states.add(st);
    return { states: states.size > 0 ? [...states] : [...parties], text: 'the authors' };
  }
  if (SINGLE_DOC.test(headText)) {
    // "Remarks by the Spokesperson of the Chinese Embassy in the ROK": one author, the first actor named
    const first = named.find((m) => m.states.length > 0 && m.kind !== 'pronoun');
    if (first) return { states: [...first.states], text: first.text };
  }
  if (AUTHORS_DOC.test(headText)) {
    // "Foreign Ministry Spokesperson Geng Shuang's Remarks on ...": the possessor of the document
    // (or the document itself as the actors stage reads it: "Iran's Statement" is an office of Iran)
    const author = named.find((m) => m.states.length > 0 && (m.possessive || (m.kind === 'office' && DOCUMENTS.has(lastWord(m.text)))));
    if (author) return { states: [...author.states], text: author.text };
  }
  return null;
}

/**
 * A text its author writes in the first person ("Today I met with China's State Councilor Wang Yi ...", a
 * minister's own release): "I" or "we" outside quotations and transcript turns in the first sentence, and the
 * counterpart named there or in the headline of one pair member: the author is the other ("the publisher's own voice").
 */
function narratorOf(
  sentences: readonly Sentence[],
  mentionsOf: readonly Mention[][],
  pair: readonly [string, string],
  quoted: { readonly inside: ReadonlyMap<number, unknown>; readonly openAtStart: ReadonlySet<number> },
): Referent | null {
  let firstPerson = false;
  const named = new Set<string>();
  let seen = 0;
  for (const s of sentences) {
    if (s.role !== 'body' && s.role !== 'headline') continue;
    if (s.turn !== null) return null;
    if (s.role === 'body' && ++seen > 1) break;
    if (quoted.inside.has(s.index)) continue;
    const open = quoted.openAtStart.has(s.index);
    for (const m of mentionsOf[s.index] ?? []) {
      // (the author speaks in the first sentence: "Today I met ..."; a "we" after "Hua said ..." is Hua's)
      if (seen === 1 && m.kind === 'pronoun' && (m.pronoun === 'i' || m.pronoun === 'we') && insideQuotes(s.tokens, m.start) === open)
        firstPerson = true;
      // (the counterpart is named in the headline or the first sentence: "Today I met with China's ...")
      if (m.kind !== 'pronoun' && seen <= 1) for (const st of m.states) named.add(st);
    }
  }
  if (!firstPerson) return null;
  const [a, b] = pair;
  if (named.has(a) && !named.has(b)) return { states: [b], text: 'the author' };
  if (named.has(b) && !named.has(a)) return { states: [a], text: 'the author' };
  return null;
}

/** Who answers in a transcript: the first spokesperson (or else the first official) of the document. */
function answererOf(mentionsOf: readonly Mention[][]): Referent | null {
  let answerer: Referent | null = null;
  for (const list of mentionsOf)
    for (const m of list)
      if (m.kind === 'person' && m.states.length > 0 && (!answerer || /spokes/i.test(m.text)))
        answerer ??= { states: m.states, text: m.text };
  return answerer;
}

/** The last word of a mention's text, in lower case ("statement" of "Iran's Statement"). */
function lastWord(text: string): string {
  const i = text.lastIndexOf(' ');
  return text.slice(i + 1).toLowerCase();
}
