/**
 * Stage 4: stance cues and reporting frames in a sentence.
 *
 * Cues are verbs by lemma ("reiterated"), verb + particle ("took note",
 * "call on"), predicate adjectives ("is willing to"), modals ("will",
 * "should") and stance nouns ("its opposition"). A light verb takes its kind
 * from its object ("expressed concern"). A trailing frame (", the release
 * said.", ", according to Yonhap.") names a source, not a claim.
 */

import type { Mention } from '../actors/index.js';
import type { Token } from '../nlp/wink.js';
import type { Sentence } from '../segment/index.js';
import { FILLER } from '../shared/filler.js';
import { own } from '../shared/record.js';
import type { StanceKind } from '../types.js';
import { TIME_WORDS } from './data/adverbials.js';
import { ADJ_CUES, HOSTING_VERBS, MODALS, type NounCue, SPEECH_FRAME, type VerbCue } from './data/cues.js';
import { EVALUATIVE } from './data/evaluation.js';
import { BUILT_IN, type CueSentence, type Lexicon } from './lexicon.js';

export type CueType = 'verb' | 'modal' | 'adj' | 'noun';

export interface CueHit {
  readonly type: CueType;
  readonly id: string;
  /** Token index of the word that carries the cue (the verb, the modal, the noun). */
  readonly head: number;
  /** Token range of the cue's words, end exclusive ("reiterated its opposition"). */
  readonly start: number;
  readonly end: number;
  readonly kinds: readonly StanceKind[];
  readonly speech: boolean;
  readonly negated: boolean;
  /** A noun cue held by the parties together when it has no possessor. */
  readonly joint: boolean;
  /** A noun cue taken up as the object of a verb cue. */
  readonly object: CueHit | null;
  /** The verb's object is a person: "welcomed President Trump" is hosting, not support. */
  readonly hosting: boolean;
  /** "is expected to", "it is hoped that", "was welcomed by": the grammatical subject does not hold it. */
  readonly passive: boolean;
}

export interface Frame {
  /** Token range of the frame, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The reporter's words: "the press release", "it", "Yonhap". */
  readonly source: string;
  /** The reporter when it is an actor mention ("..., Wang said."). */
  readonly mention: Mention | null;
  /** A headline's speaker before its colon ("S. Korea's Park: 'No provocation can succeed'"): the content follows the frame. */
  readonly leading?: boolean;
}

/** Is token `i` inside the frame? */
export function inFrame(frame: Frame | null, i: number): boolean {
  return frame !== null && i >= frame.start && i < frame.end;
}

// the data records as maps: looked up once per word, and never into Object.prototype
const MODAL_MAP = new Map(Object.entries(MODALS));
const ADJ_MAP = new Map(Object.entries(ADJ_CUES));
// verbs, particles and nouns are looked up in the call's lexicon (./lexicon.ts): the built-in one, or a caller's on top

/** Does the sentence name an agreement ("the consensus", "a deal")? It can hold a claim with no actor named in it. */
export function namesAgreement(tokens: readonly Token[]): boolean {
  return tokens.some((t) => nounCue(t, BUILT_IN)?.joint === true);
}

/** The stance noun a word is, singular or plural: "concerns", "wishes", "positions". */
function nounCue(t: Token, lex: Lexicon): NounCue | undefined {
  const w = t.lower;
  const nouns = lex.nouns;
  const found = nouns.get(w);
  if (found !== undefined || w.charCodeAt(w.length - 1) !== 115) return found;
  // a plural: "concerns", "crises"; looked up once a word and lexicon ("s" words are many, stance nouns few)
  let plurals = PLURALS.get(lex);
  if (!plurals) {
    plurals = new Map();
    PLURALS.set(lex, plurals);
  }
  let p = plurals.get(w);
  if (p === undefined) {
    p = nouns.get(w.slice(0, -1)) ?? nouns.get(w.slice(0, -2)) ?? null;
    if (plurals.size > 20_000) plurals.clear();
    plurals.set(w, p);
  }
  return p ?? undefined;
}

/** Per lexicon, the stance noun each word ending in "s" is the plural of (null: none). */
const PLURALS = new WeakMap<Lexicon, Map<string, NounCue | null>>();

/** "Most", "Favored": a capital then a lower-case letter. */
function capitalisedWord(s: string): boolean {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  return a >= 65 && a <= 90 && b >= 97 && b <= 122;
}

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const BE = new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  "'s",
  "'re",
  'remain',
  'remains',
  'remained',
  'stand',
  'stands',
  'stood',
  'feel',
  'felt',
]);
/** Words between a light verb and its object noun: "expressed its grave concern". */
const OBJECT_GAP = new Set(['DET', 'ADJ', 'PRON', 'ADV', 'NUM', 'PART']);

function negatedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k] as Token;
    if (NEGATORS.has(t.lower)) return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  return false;
}

/** The stance noun that is the object of the verb at `i`, within a few words. */
function objectNoun(tokens: readonly Token[], i: number, lex: Lexicon): { at: number; cue: NounCue } | null {
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k] as Token;
    const n = nounCue(t, lex);
    // a stance noun; or a word wink took for a verb but that follows a determiner ("its protests", "the hope")
    const afterDeterminer =
      (k > i + 1 && /^(DET|ADJ)$/.test(tokens[k - 1]?.pos ?? '')) || /^(its|their|our|his|her|the|a|an)$/.test(tokens[k - 1]?.lower ?? '');
    if (n && (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && afterDeterminer))) return { at: k, cue: n };
    if (t.lower === "'s" || t.lower === 'and' || t.lower === ',') continue;
    if (!OBJECT_GAP.has(t.pos) && !(t.pos === 'PROPN' || t.pos === 'NOUN')) return null;
  }
  return null;
}

/** Is the token at `i` a verb form that can head a claim (not "to resolve", not "of resolving")? */
function finiteOrParticiple(tokens: readonly Token[], i: number, from: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (prev.lower === 'to' && !isParticipleStart(tokens, i, from)) {
    // "agreed to work": the infinitive is not a new claim; "met in Washington on July 11 to reaffirm": purpose, kept
    return purposeOfMeeting(tokens, i);
  }
  if (prev.pos === 'ADP' && /ing$/.test(tokens[i]?.lower ?? '')) return false;
  // ("the agreed framework"; but "Both agreed", "all agreed": the determiner is the subject)
  if (prev.pos === 'DET' && prev.lower !== 'both' && prev.lower !== 'all') return false;
  return true;
}

/** The purpose of a meeting is a pledge of those who met: "convened ... to inaugurate a new era". */
const PURPOSE: VerbCue = { id: 'purpose', lemmas: [], kinds: ['commit', 'state'] };

const MEETING = new Set(['meet', 'gather', 'convene', 'met', 'convened', 'gathered']);

/** "met in Washington, D.C. on July 11 to reaffirm", "convened at Camp David to inaugurate": the infinitive states the meeting's purpose. */
export function purposeOfMeeting(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.lower !== 'to') return false;
  for (let k = i - 2; k >= Math.max(0, i - 16); k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX') return MEETING.has(t.lemma) || MEETING.has(t.lower);
  }
  return false;
}

/** "the positions made clear by the ROK": a participle after a noun, with its agent, modifies the noun. */
function reducedRelative(tokens: readonly Token[], i: number, mentionAt: (i: number) => Mention | undefined): boolean {
  const prev = tokens[i - 1];
  // ("The US on Thursday rejected calls by ...": a time word is no noun a participle modifies)
  if (!prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || mentionAt(i - 1) || TIME_WORDS.has(prev.lower)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) if (tokens[k]?.lower === 'by') return true;
  // "investment committed pursuant to", "the positions stated in": a bare participle after a noun
  const t = tokens[i] as Token;
  return /ed$/.test(t.lower) && tokens[i - 2]?.pos !== 'AUX' && (tokens[i + 1]?.pos === 'ADP' || tokens[i + 1]?.lower === 'pursuant');
}

/** "Recognizing the increased threat ..., we": a participle opening the sentence. */
export function isParticipleStart(tokens: readonly Token[], i: number, from: number): boolean {
  return i === from && /(ing|ed)$/.test(tokens[i]?.lower ?? '');
}

export function findCues(sent: CueSentence, mentions: readonly Mention[], frame: Frame | null): CueHit[] {
  const tokens = sent.tokens;
  const lex = sent.cues ?? BUILT_IN;
  const hits: CueHit[] = [];
  const taken = new Set<number>();
  const inFrame = (i: number) => frame !== null && i >= frame.start && i < frame.end;
  const byToken: (Mention | undefined)[] = new Array(tokens.length);
  for (const m of mentions) for (let k = m.start; k < m.end; k++) byToken[k] = m;
  const mentionAt = (i: number) => byToken[i];
  for (let i = sent.bodyFrom; i < tokens.length; i++) {
    if (inFrame(i) || taken.has(i) || mentionAt(i)) continue;
    const t = tokens[i] as Token;
    const lower = t.lower;
    const lemma = t.verbLemma ?? t.lemma;
    // "Most Favored Nation", "the Agreed Framework": a capitalised word inside a sentence is part of a name
    // (not in a headline, which capitalises every word: "Trump Strikes Deal with China")
    if (!sent.headlineGrammar && i > sent.bodyFrom && capitalisedWord(t.text) && !/^["':(]$/.test(tokens[i - 1]?.text ?? '')) continue;
    const negated = negatedBefore(tokens, i);

    // headline grammar: "India to Deepen Ties With Japan", "China's Xi to Visit Seoul": "to" and a verb after the subject is a commitment
    if (sent.headlineGrammar && lower === 'to' && headlineFuture(tokens, i, mentionAt)) {
      const next = tokens[i + 1] as Token;
      const v = lex.verbs.get(next.verbLemma ?? next.lower);
      const kinds: readonly StanceKind[] = v ? ['commit', ...v.kinds.filter((k) => k !== 'commit')] : ['commit'];
      hits.push(hit('verb', 'headline-to', i, i, i + 2, kinds, false, false));
      taken.add(i + 1);
      continue;
    }

    // modals: "will", "should"; "would like" is a hope
    const modal = MODAL_MAP.get(lower);
    // "Should it appear that ...": an inverted conditional, not an obligation
    const inverted =
      modal && (i === sent.bodyFrom || tokens[i - 1]?.text === ',') && /^(PRON|DET|PROPN|NOUN)$/.test(tokens[i + 1]?.pos ?? '');
    if (modal && !inverted && (t.pos === 'AUX' || t.pos === 'VERB')) {
      if (lower === 'would' && tokens[i + 1]?.lemma === 'like') {
        hits.push(hit('verb', 'hope', i, i, i + 2, ['hope'], false, negated));
        taken.add(i + 1);
        continue;
      }
      // "will be willing": one claim, kept on the modal
      hits.push(hit('modal', modal.id, i, i, i + 1, modal.kinds, false, negated || NEGATORS.has(tokens[i + 1]?.lower ?? '')));
      continue;
    }

    // predicate adjectives: "is willing to", "are concerned about", "stands ready to"
    const adj = ADJ_MAP.get(lower);
    if (adj && i > 0) {
      let k = i - 1;
      while (k > 0 && (tokens[k]?.pos === 'ADV' || NEGATORS.has(tokens[k]?.lower ?? ''))) k--;
      if (BE.has(tokens[k]?.lower ?? '') || BE.has(tokens[k]?.lemma ?? '')) {
        hits.push(hit('adj', `adj:${lower}`, i, i, i + 1, adj, false, negated || negatedBefore(tokens, k + 1)));
        continue;
      }
    }

    // verbs: lemma, then particle ("took note", "call on", "attach great importance")
    // "China states ...", "Seoul values ...": an inflected cue verb right after its subject, even when tagged a noun
    // ("The remarks irritated New Delhi", "The plan alarms Tokyo": a reaction verb wink tags an adjective or a noun, between
    // a noun and an actor, is a verb)
    const pastBeforeActor =
      (t.pos === 'ADJ' || t.pos === 'NOUN') &&
      t.verbLemma !== null &&
      (/ed$/.test(lower) || (lex.verbs.get(t.verbLemma)?.id.startsWith('x:') ?? false)) &&
      /^(NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '') &&
      !mentionAt(i - 1) &&
      !!mentionAt(i + 1);
    const verbish =
      t.pos === 'VERB' || pastBeforeActor || ((t.verbLemma !== null || lex.verbs.has(lower)) && afterSubject(tokens, i, mentionAt));
    if (verbish) {
      if (!finiteOrParticiple(tokens, i, sent.bodyFrom)) continue;
      if (reducedRelative(tokens, i, mentionAt)) continue;
      // "should respect", "will support": the modal's claim covers the verb it governs
      if (afterModal(tokens, i)) continue;
      // "their shared belief": a participle between a possessive and its noun is an adjective; "its promises" is a noun
      const afterPossessive = /^(its|their|our|his|her|my|'s)$/.test(tokens[i - 1]?.lower ?? '');
      if (afterPossessive && tokens[i + 1]?.pos === 'NOUN') continue;
      if (afterPossessive) {
        const n = nounCue(t, lex);
        if (n && !afterPreposition(tokens, i)) hits.push(nounHit(n, i, negated));
        continue;
      }
      const particles = lex.particles.get(lemma);
      let matched = false;
      if (particles) {
        for (let k = i + 1; k <= Math.min(tokens.length - 1, i + 3) && !matched; k++) {
          for (const p of particles) {
            if (!p.words.every((w, q) => tokens[k + q]?.lower === w)) continue;
            const last = k + p.words.length - 1;
            const kinds = objectKinds(tokens, last, p.kinds, taken, lex);
            // "pointed out that", "made clear that" report content like "said"
            hits.push(hit('verb', p.id, i, i, last + 1, kinds.kinds, p.id === 'state', negated, kinds.object));
            for (let q = i; q <= last; q++) taken.add(q);
            matched = true;
            break;
          }
          if (tokens[k]?.pos !== 'ADJ' && tokens[k]?.pos !== 'ADV' && tokens[k]?.pos !== 'DET') break;
        }
      }
      if (matched) continue;
      if (lex.narration.has(lemma)) {
        continue;
      }
      // "met ... to inaugurate a new era": a pledge; "met ... to consult on", "to discuss": the agenda, narrated
      let v = lex.verbs.get(lemma) ?? (purposeOfMeeting(tokens, i) ? PURPOSE : undefined);
      if (!v) continue;
      // "denied that ...", "warned Pakistan not to ...": the complement can make the verb another entry
      if (v.complements) v = refine(v, complementOf(tokens, i, mentionAt), lex);
      if (v.kinds.length === 0) continue;
      const obj = objectNoun(tokens, i, lex);
      let kinds: readonly StanceKind[] = v.kinds;
      let object: CueHit | null = null;
      let end = i + 1;
      if (obj) {
        object = nounHit(obj.cue, obj.at, false);
        taken.add(obj.at);
        // "acknowledged China's position": another's position lends the verb no kind of its own
        const foreign = tokens.slice(i + 1, obj.at).some((x) => x.lower === "'s" || x.lower === "'");
        kinds = v.light ? [...obj.cue.kinds] : foreign ? v.kinds : [...v.kinds, ...obj.cue.kinds.filter((k) => !v.kinds.includes(k))];
        // the cue is "reiterated its opposition", "expressed concern": the verb and the object that gives it a kind
        if (v.light || !foreign) end = obj.at + 1;
      } else if (v.light && v.id === 'express' && tokens[i + 1]?.lower !== 'that') {
        // "raised Russia's war": a light verb with no stance object is narration; "raised Russia's brutal war" judges it
        if (lemma !== 'express' && !judgedObject(tokens, i)) continue;
      }
      const next = mentionAt(i + 1) ?? (tokens[i + 1]?.lower === 'the' ? mentionAt(i + 2) : undefined);
      // "welcomed President X" hosts a visitor; "welcomed President X's view" welcomes the view
      const hosting = HOSTING_VERBS.has(lemma) && ((!!next && next.kind === 'person' && !next.possessive) || hostsPerson(tokens, i));
      hits.push(hit('verb', v.id, i, i, end, kinds, v.speech === true, negated, object, hosting, isPassive(tokens, i)));
      continue;
    }

    // stance nouns standing on their own: "Chinese commitments to", "their shared concerns"
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      const n = nounCue(t, lex);
      // "Based on its stance on ...", "in line with China's position": a position named inside a phrase is not taken here;
      // "despite a protest from Taipei" names whose view it is, and is
      if (n && (!afterPreposition(tokens, i) || fromActor(tokens, i, mentionAt))) hits.push(nounHit(n, i, negated));
    }
  }
  // a noun taken up later as a verb's object is not a claim of its own
  return taken.size === 0 ? hits : hits.filter((h) => !(h.type === 'noun' && taken.has(h.head)));
}

/** "Xi to Visit", "Japan, Australia to hold talks": "to" right after an actor (not a possessor), before a word that is no name or function word. */
function headlineFuture(tokens: readonly Token[], i: number, mentionAt: (i: number) => Mention | undefined): boolean {
  const before = mentionAt(i - 1);
  const next = tokens[i + 1];
  if (!before || before.end !== i || before.possessive || !next || mentionAt(i + 1)) return false;
  return /^[A-Za-z]+$/.test(next.text) && !/^(DET|ADP|NUM|PRON|CCONJ|SCONJ|PUNCT)$/.test(next.pos);
}

/** The verb at `i` is governed by a modal just before it ("should (not) respect", "will also support"). */
function afterModal(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k]?.pos === 'ADV' || NEGATORS.has(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'be')) k--;
  const m = MODAL_MAP.get(tokens[k]?.lower ?? '');
  return !!m && tokens[k + 1]?.lemma !== 'like';
}

/** "is expected to", "it is hoped that", "was welcomed": a participle after a form of "be". */
function isPassive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.lower === t.lemma && t.verbLemma === null) return false;
  let k = i - 1;
  while (k >= 0 && (tokens[k]?.pos === 'ADV' || NEGATORS.has(tokens[k]?.lower ?? ''))) k--;
  if (!/^(is|are|was|were|be|been|being)$/.test(tokens[k]?.lower ?? '') || !/(ed|en|wn|ld|ht)$/.test(t.lower)) return false;
  return !statePredicate(tokens, i, k);
}

/** Participles that, after "be", tell the subject's state: "we are agreed that", "they are resolved to". */
const STATE_PARTICIPLES = new Set(['agreed', 'resolved', 'determined', 'convinced', 'united']);

/** "We are agreed that ...": a state participle between a personal subject of "be" (at `be`) and a clause, not a passive. */
function statePredicate(tokens: readonly Token[], i: number, be: number): boolean {
  if (!STATE_PARTICIPLES.has(tokens[i]?.lower ?? '')) return false;
  if (!/^(that|to|on|upon|in)$/.test(tokens[i + 1]?.lower ?? '')) return false;
  const subject = tokens[be - 1];
  return !!subject && (/^(we|they|i|he|she|both|all)$/.test(subject.lower) || subject.pos === 'PROPN' || subject.pos === 'NOUN');
}

/** "welcomed the same leader", "received the delegation": the object is a visitor. */
function hostsPerson(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      if (!VISITORS.has(t.lower) && !VISITORS.has(t.lower.replace(/s$/, ''))) return false;
      // "welcomed President Xi's proposal": the visitor is a possessor, what is welcomed the proposal
      let q = k + 1;
      while (tokens[q]?.pos === 'PROPN') q++;
      return tokens[q]?.lower !== "'s" && tokens[q]?.lower !== "'";
    }
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM') return false;
  }
  return false;
}

const VISITORS = new Set([
  'leader',
  'president',
  'delegation',
  'visitor',
  'guest',
  'counterpart',
  'minister',
  'premier',
  'envoy',
  'king',
  'queen',
  'chancellor',
  'secretary',
]);

/** The word before `i` (adverbs skipped) ends an actor mention that is not a possessor: "China (firmly) states". */
function afterSubject(tokens: readonly Token[], i: number, mentionAt: (i: number) => Mention | undefined): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k]?.pos === 'ADV' || TIME_WORDS.has(tokens[k]?.lower ?? ''))) k--;
  const m = mentionAt(k);
  return !!m && m.end === k + 1 && !m.possessive;
}

/** The noun phrase after the verb at `i` holds a word of judgement: "raised Russia's brutal war", "voiced the illegal annexation". */
function judgedObject(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k] as Token;
    if (EVALUATIVE.has(t.lower)) return true;
    if (!OBJECT_POS.has(t.pos) && t.lower !== "'s") return false;
  }
  return false;
}

/** "a protest from Beijing", "opposition from the ROK": the noun at `i` is followed by "from" and an actor. */
function fromActor(tokens: readonly Token[], i: number, mentionAt: (i: number) => Mention | undefined): boolean {
  if (tokens[i + 1]?.lower !== 'from') return false;
  return mentionAt(i + 2) !== undefined || (tokens[i + 2]?.lower === 'the' && mentionAt(i + 3) !== undefined);
}

/** The noun at `i` (with its possessor and adjectives) is the object of a preposition. */
function afterPreposition(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^(ADJ|DET|PRON|PROPN|PART|VERB)$/.test(tokens[k]?.pos ?? '') && tokens[k]?.lower !== 'that') k--;
  return tokens[k]?.pos === 'ADP';
}

/** The entry a verb is read as, given what follows it: the most specific key first ("object to", then "to"). */
function refine(v: VerbCue, key: string, lex: Lexicon): VerbCue {
  const c = v.complements;
  if (!c || key === '') return v;
  const id = own(c, key) ?? (key.startsWith('object ') ? own(c, key.slice(7)) : undefined);
  return (id === undefined ? undefined : lex.entries.get(id)) ?? v;
}

/** Nominative pronouns: one of them after the verb is the subject of a clause ("denied they had"). */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they']);
/** Words of an object noun phrase: "Pakistan", "its allies", "the two Koreas", "Seoul's envoy". */
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * What follows the verb at `i`, as a key of `VerbCue.complements`: 'that' (a clause), 'to' (an infinitive),
 * a preposition, 'object', 'object' and one of the others ("warned Pakistan not to"), or '' (nothing of these).
 */
function complementOf(tokens: readonly Token[], i: number, mentionAt: (i: number) => Mention | undefined): string {
  let k = i + 1;
  while (tokens[k]?.pos === 'ADV' && !NEGATORS.has(tokens[k]?.lower ?? '')) k++;
  const direct = complementMarker(tokens, k);
  if (direct) return direct;
  let j = k;
  while (j < Math.min(tokens.length, k + 8)) {
    const t = tokens[j] as Token;
    const possessive = t.lower === "'s" || t.lower === "'";
    if (!OBJECT_POS.has(t.pos) && !possessive && !mentionAt(j) && !(j > k && t.lower === 'and')) break;
    // "called the threat an escalation", "called it unacceptable": a second noun phrase or an adjective after a noun
    if (j > k && secondComplement(tokens, j, mentionAt)) return 'object object';
    j++;
  }
  if (j === k) return '';
  // 'called it "a destabilizing attempt"': a quotation right after the object names it
  if (/^["\u201c]$/.test(tokens[j]?.text ?? '') && /^(NOUN|PROPN|PRON)$/.test(tokens[j - 1]?.pos ?? '')) return 'object object';
  // "denied they had", "warned the talks could collapse": the noun phrase is the subject of a clause
  if ((j === k + 1 && SUBJECT_PRONOUNS.has(tokens[k]?.lower ?? '')) || tokens[j]?.pos === 'AUX') return 'that';
  const after = complementMarker(tokens, j);
  return after ? `object ${after}` : 'object';
}

/** A second complement starts at `j`: a determiner or adjective right after the object's noun ("the move a", "it unacceptable"). */
function secondComplement(tokens: readonly Token[], j: number, mentionAt: (i: number) => Mention | undefined): boolean {
  const t = tokens[j] as Token;
  const prev = tokens[j - 1] as Token;
  if (!/^(NOUN|PROPN|PRON)$/.test(prev.pos) || mentionAt(j)) return false;
  if (t.pos === 'DET') return /^(a|an|the)$/.test(t.lower);
  return t.pos === 'ADJ' && prev.lower !== "'s";
}

/** 'that', 'to' + verb (after an optional "not"), or a preposition, at `k`. */
function complementMarker(tokens: readonly Token[], k: number): string | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.lower === 'that' && t.pos !== 'DET') return 'that';
  const to = NEGATORS.has(t.lower) ? k + 1 : k;
  if (tokens[to]?.lower === 'to' && /^(VERB|AUX)$/.test(tokens[to + 1]?.pos ?? '')) return 'to';
  // (wink tags "as" an adverb now and then: "regards the pact as destabilising")
  if (to === k && (t.pos === 'ADP' || t.lower === 'as') && t.lower !== 'to') return t.lower;
  return null;
}

function objectKinds(
  tokens: readonly Token[],
  particleAt: number,
  base: readonly StanceKind[],
  taken: Set<number>,
  lex: Lexicon,
): { kinds: readonly StanceKind[]; object: CueHit | null } {
  const obj = objectNoun(tokens, particleAt, lex);
  if (!obj) return { kinds: base, object: null };
  taken.add(obj.at);
  const object = nounHit(obj.cue, obj.at, false);
  return { kinds: [...base, ...obj.cue.kinds.filter((k) => !base.includes(k))], object };
}

function hit(
  type: CueType,
  id: string,
  head: number,
  start: number,
  end: number,
  kinds: readonly StanceKind[],
  speech: boolean,
  negated: boolean,
  object: CueHit | null = null,
  hosting = false,
  passive = false,
): CueHit {
  return { type, id, head, start, end, kinds, speech, negated, joint: false, object, hosting, passive };
}

/** A stance noun at `at` ("its opposition", "the consensus"). */
function nounHit(cue: NounCue, at: number, negated: boolean): CueHit {
  return {
    type: 'noun',
    id: cue.id,
    head: at,
    start: at,
    end: at + 1,
    kinds: cue.kinds,
    speech: false,
    negated,
    joint: cue.joint === true,
    object: null,
    hosting: false,
    passive: false,
  };
}

/** Without the quotes and spaces around it: '" Hua' -> 'Hua' (a loop: a regex anchored at the end backtracks on long runs). */
function trimQuotes(s: string): string {
  const skip = (ch: string | undefined) => ch === '"' || ch === "'" || ch === FILLER || (ch !== undefined && ch.trim() === '');
  let a = 0;
  let b = s.length;
  while (a < b && skip(s[a])) a++;
  while (b > a && skip(s[b - 1])) b--;
  return s.slice(a, b).split(FILLER).join('');
}

/** Words a reporter's noun phrase is made of: "Seoul's foreign ministry", "the press release", "Hua". */
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'PRON', 'NUM']);
/** Words that may follow the reporting verb: "said in a statement on Tuesday". */
const TAIL_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PART', 'PRON']);

/**
 * A reporting frame set off by a comma: ", the release said.", ", it said.",
 * ", according to the press release.", ", Wang added.", '," Hua said.',
 * ", said Wang Yi", and in mid-sentence ", Seoul's foreign ministry said, after ...".
 */
export function findFrame(sent: Sentence, mentions: readonly Mention[], text: string): Frame | null {
  if (sent.headlineGrammar) return headlineFrame(sent, mentions, text);
  const tokens = sent.tokens;
  let end = tokens.length;
  while (end > 0 && /^[.!?"')\]]$/.test(tokens[end - 1]?.text ?? '')) end--;
  const srcText = (a: number, b: number) => trimQuotes(text.slice(tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0));
  const mentionIn = (a: number, b: number) => mentions.find((m) => m.start >= a && m.end <= b && !m.possessive) ?? null;
  for (let c = end - 1; c > sent.bodyFrom + 2; c--) {
    if (tokens[c]?.text !== ',' && tokens[c]?.text !== '--') continue;
    let a = c + 1;
    while (tokens[a]?.text === '"' || tokens[a]?.text === "'") a++;
    // the frame runs to the next comma or the end, and is short: look no further than 15 words
    let b = a;
    while (b < end && b - a <= 14 && tokens[b]?.text !== ',') b++;
    if (b - a < 2 || b - a > 14) continue;
    // ", according to the press release"
    if (tokens[a]?.lower === 'according' && tokens[a + 1]?.lower === 'to')
      return { start: c, end: b, source: srcText(a + 2, b), mention: mentionIn(a + 2, b) };
    // ", said Wang Yi", and '," said Kang, adding that ...'
    const after = tokens[b + 1];
    const frameEnds =
      b === end || (tokens[b]?.text === ',' && !!after && ((after.pos === 'VERB' && /ing$/.test(after.lower)) || after.lower === 'who'));
    if (SPEECH_FRAME.has(tokens[a]?.lemma ?? '') && tokens[a]?.pos === 'VERB' && b - a <= 9 && frameEnds && nounPhrase(tokens, a + 1, b))
      return { start: c, end: b, source: srcText(a + 1, b), mention: mentionIn(a + 1, b) };
    // ", the release said (in a statement)"
    let v = a;
    while (v < b && NP_POS.has(tokens[v]?.pos ?? '') && !SPEECH_FRAME.has(tokens[v]?.lemma ?? '')) v++;
    if (v === a || v >= b || v - a > 8 || !SPEECH_FRAME.has(tokens[v]?.lemma ?? '')) continue;
    if (!tokens.slice(v + 1, b).every((t) => TAIL_POS.has(t.pos))) continue;
    return { start: c, end: b, source: srcText(a, v), mention: mentionIn(a, v) };
  }
  return null;
}

/**
 * Headline grammar: a speaker after a colon ("Seoul must act now: Beijing", "... threatens stability: Tokyo")
 * or before it ("S. Korea's Park: 'No provocation can succeed'", "Pentagon: drills to go ahead").
 * The speaker is an actor mention of a few words, not a possessor or modifier ("Korea-Japan Ties: ...").
 */
function headlineFrame(sent: Sentence, mentions: readonly Mention[], text: string): Frame | null {
  const tokens = sent.tokens;
  let colon = -1;
  for (let k = sent.bodyFrom + 1; k < tokens.length - 1; k++) {
    if (tokens[k]?.text !== ':') continue;
    colon = k;
    break;
  }
  if (colon < 0) return null;
  let end = tokens.length;
  while (end > colon + 1 && /^[.!?"')\]]$/.test(tokens[end - 1]?.text ?? '')) end--;
  const speaker = (a: number, b: number) => {
    let found: Mention | null = null;
    for (const m of mentions) if (m.start >= a && m.end <= b && !m.possessive && !m.modifier && m.kind !== 'pronoun') found = m;
    return found;
  };
  const source = (a: number, b: number) => trimQuotes(text.slice(tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0));
  // "...: FM", "...: Seoul": a short speaker after the colon
  if (end - colon - 1 <= 4) {
    const m = speaker(colon + 1, end);
    if (m && m.end === end) return { start: colon, end, source: source(colon + 1, end), mention: m };
  }
  // "S. Korea's Park: '...'": a short speaker before it
  if (colon - sent.bodyFrom <= 6) {
    const m = speaker(sent.bodyFrom, colon);
    if (m && m.end === colon)
      return { start: sent.bodyFrom, end: colon + 1, source: source(sent.bodyFrom, colon), mention: m, leading: true };
  }
  return null;
}

/** Are the tokens [a, b) a noun phrase (no verb among them): "Wang Yi", "the ministry's spokesman", not "it opposes the plan"? */
function nounPhrase(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!NP_POS.has(tokens[k]?.pos ?? '') && tokens[k]?.text !== '.' && tokens[k]?.text !== '-') return false;
  return b > a;
}

/** Frame at the start: "According to the Foreign Ministry, ..." */
export function findLeadingSource(sent: Sentence, text: string): string | null {
  const tokens = sent.tokens;
  const i = sent.bodyFrom;
  if (tokens[i]?.lower !== 'according' || tokens[i + 1]?.lower !== 'to') return null;
  let k = i + 2;
  while (k < tokens.length && tokens[k]?.text !== ',') k++;
  return text.slice(tokens[i + 2]?.start ?? 0, tokens[k - 1]?.end ?? 0) || null;
}
