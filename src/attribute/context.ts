/**
 * What the attribution rules are handed: the sentence being read (its tokens, mentions, frame and the
 * facts the engine found for the cue at hand), and the shapes of what a rule returns.
 */
import type { Mention } from '../actors/index.js';
import type { CueHit, CueType, Frame } from '../clauses/index.js';
import type { Token } from '../nlp/wink.js';
import type { Sentence } from '../segment/index.js';
import type { StanceKind } from '../types.js';
import type { Discourse } from './discourse.js';
import type { Subject } from './subject.js';

/** An actor as the discourse knows it: its states and how the text named it. */
export interface Referent {
  readonly states: readonly string[];
  readonly text: string;
}

/** Who holds a cue, and by which rule (`rule` is the id recorded first in `Stance.because`). */
export interface Holding extends Referent {
  readonly rule: string;
  /** The mention that names the holder in this sentence, if any (the claim's span starts there). */
  readonly mention: Mention | null;
  /** More rule ids recorded after `rule` ("embedded-subject", "time-place-words"). */
  readonly also?: readonly string[];
  /** Who reports the claim, when the rule knows better than the sentence's frame (the speaker around an embedded subject). */
  readonly source?: string;
  /** Holds no claim itself, but what follows the cue is its reported speech ("Analysts said ..."). */
  readonly reportsOnly?: boolean;
  /** The cue is a condition ("if X wants ..."): the cues after it are in the content of what governed it before. */
  readonly condition?: boolean;
  /** A pronoun read with no antecedent ("they" as the meeting's parties): a speaker around it knows better. */
  readonly guessed?: boolean;
  /** The holder voices a modal whose own subject is another ("X must ...," Wang said): a statement or demand of the holder's. */
  readonly voices?: boolean;
}

/** A rule's verdict that the cue holds no claim: later rules are not tried. */
export const NO_CLAIM = 'no-claim';

/** A holding; NO_CLAIM; or undefined when the rule does not apply (the next rule is tried). */
export type Verdict = Holding | typeof NO_CLAIM | undefined;

/** One attribution rule: the ESLint shape (an id, one line of description, a function of what it is handed). */
export interface Rule {
  readonly id: string;
  readonly description: string;
  /** The cues and subjects the rule can decide at all (the engine tries it on no other; a subject 'no-agent' is a passive without one). */
  readonly only?: { readonly cues?: readonly CueType[]; readonly subjects?: readonly SubjectKind[] };
  readonly apply: (cue: CueHit, ctx: SentenceContext, discourse: Discourse) => Verdict;
}

/** The kind of a cue's subject as the rules' `only` names it. */
export type SubjectKind = Subject['type'] | 'no-agent';

/** The latest earlier verb cue of the sentence whose complement later cues may be in, with its holder and claim. */
export interface Governor {
  readonly cue: CueHit;
  readonly holder: Holding;
  /** Index of its claim among the sentence's claims (-1: it holds none). */
  readonly claim: number;
}

/** The sentence as the rules see it; the engine sets the per-cue fields before the rules run for a cue. */
export interface SentenceContext {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly text: string;
  readonly frame: Frame | null;
  /** The speaker of a trailing frame (", Wang said"), or of the quotation the sentence is in. */
  readonly frameSpeaker: Referent | null;
  /** Who reports the sentence's claims ("the release", a dateline's agency). */
  readonly source: string | null;
  /** The first actor that stands as a subject: "its" before it points ahead to it. */
  readonly firstSubject: Mention | undefined;
  /** The sentence stands inside a quotation (its words are the quotation's speaker's, whatever their subjects). */
  readonly quoted: boolean;
  /** The sentence begins inside a quotation opened before it, so its first quote mark closes it. */
  readonly startsQuoted: boolean;

  // per cue
  /** The cue's subject; null for a passive with no agent ("is expected to"). */
  subject: Subject | null;
  /** The earlier reporting verb whose content the cue is in ("Wang said (that) ... will"), or null. */
  governor: Governor | null;
  /** Memo of `ownHolding` for the cue at hand. */
  own: Holding | null | undefined;

  // carried from cue to cue
  /** The holder of the latest claim whose subject was explicit or coordinated. */
  lastSubject: Holding | null;
  /** The latest verb cue read (see Governor). */
  latestVerb: Governor | null;
  /** Where the sentence's opening courtesy formula ends (-1: none), once asked. */
  courtesyEnd?: number;
  /** Somebody who is no actor of the pair spoke in this sentence ("Analysts said", "The newspaper said"). */
  otherSpeaker: string | null;
}

/** A rule for a sentence that gave no claim: is it, as a whole, somebody's assertion? */
export interface SentenceRule {
  readonly id: string;
  readonly description: string;
  readonly apply: (
    ctx: SentenceContext,
    discourse: Discourse,
  ) => (Holding & { readonly kinds: readonly StanceKind[]; readonly cueId: string }) | undefined;
}

export interface Claim {
  readonly sentence: Sentence;
  /** The states that hold the claim (before mapping onto the configured pair). */
  readonly states: readonly string[];
  /** How the text names the holder ("Foreign Minister Wang Yi", "the two sides"), and its mention in this sentence, if any. */
  readonly holder: Referent & { readonly mention: Mention | null };
  readonly cue: CueHit;
  readonly kinds: readonly StanceKind[];
  readonly source: string | null;
  readonly because: readonly string[];
  readonly confidence: number;
  /** Character offsets of the clause. */
  readonly start: number;
  readonly end: number;
  /** The actors the sentence mentions (the roles stage reads the speaker and target among them). */
  readonly mentions: readonly Mention[];
  /** The sentence begins inside a quotation opened before it (its first quote mark closes it). */
  readonly startsQuoted: boolean;
  /** A sentence rule's claim: the sentence as a whole is the assertion, with no cue word of its own. */
  readonly whole: boolean;
}

export function sameStates(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
