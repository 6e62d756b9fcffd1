/** The stance kinds of the annotation guide (`shared/ANNOTATION.md`). */
export type StanceKind = 'agree' | 'commit' | 'reaffirm' | 'acknowledge' | 'state' | 'support' | 'oppose' | 'concern' | 'hope' | 'urge';

export const STANCE_KINDS: readonly StanceKind[] = [
  'agree',
  'commit',
  'reaffirm',
  'acknowledge',
  'state',
  'support',
  'oppose',
  'concern',
  'hope',
  'urge',
];

/** UTF-16 offsets into the caller's string: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The words that signal a stance. */
export interface Cue {
  /** The cue as it stands in the input ("reiterated its opposition"). */
  readonly text: string;
  readonly span: Span;
  /** Stable id of the lexicon entry ("cue:reiterate"). */
  readonly id: string;
}

/** The person or office that voiced a claim, as the text names it at its fullest. */
export interface Speaker {
  /** The fullest naming in the document so far ("Foreign Ministry Spokesperson Hua Chunying", "the Chinese Defense Ministry"); for a later "Hua said", the first mention's words. */
  readonly text: string;
  /** The mention in this sentence ("Hua", "she"); the earlier mention that named the speaker when this sentence names none (reported speech that runs on). */
  readonly span: Span;
  /** The title before the name, as written ("Foreign Ministry Spokesperson"), when the fullest naming has one. */
  readonly title?: string;
}

/** What is held: the that-clause, the quotation, the infinitive or the object of the cue, without the cue and the reporting frame. */
export interface Content {
  readonly text: string;
  readonly span: Span;
}

/** How the content is given: in quotation marks (`direct`), as reported speech (`indirect`), or partly quoted (`mixed`). */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/**
 * Who holds a claim: an actor id of the configured pair (`'China'`, `'ROK'` by
 * default) or `'both'` when the pair holds it jointly.
 */
export type Holder = string;

/** One claim of one holder. */
export interface Stance {
  readonly holder: Holder;
  /** The main kind of the claim. */
  readonly kind: StanceKind;
  /** Every kind the cue and its object signal, `kind` first ("reiterated its opposition": reaffirm, oppose). */
  readonly kinds: readonly StanceKind[];
  /** Index of the sentence in the document, from 0. */
  readonly sentenceIndex: number;
  /** The sentence as it stands in the input. */
  readonly sentence: string;
  readonly sentenceSpan: Span;
  /** The clause that holds the claim. */
  readonly span: Span;
  readonly cue: Cue;
  /** Who reports the claim ("the press release", "Wang Yi"), or null. */
  readonly source: string | null;
  /**
   * The person or office that voiced the claim ("Foreign Minister Wang Yi", "the two foreign ministers"); null for a
   * state named as itself ("China reiterated ...") and for a joint claim with no joint speaker named ("the two sides agreed").
   */
  readonly speaker: Speaker | null;
  /** The actor the claim is addressed to or aimed at ("China urged the ROK to ...": `'ROK'`), as holders are labelled; never the holder; null when none. */
  readonly target: string | null;
  /** What is held ("that the THAAD system was deployed ..."), inside the sentence; null when the cue has no content (the sentence ends with it). */
  readonly content: Content | null;
  /** `direct`: the content is in quotation marks; `indirect`: reported speech; `mixed`: both; null: neither (a stance reported as an act). */
  readonly quote: QuoteKind | null;
  /** The cue is negated ("did not agree", "does not accept"); its kind is then `state`. */
  readonly negated: boolean;
  /** What it is about, normalised where known ("THAAD", "denuclearization"). */
  readonly topics: readonly string[];
  /** Ids of the rules that decided holder and kind, so a wrong answer can be traced. */
  readonly because: readonly string[];
  /** 0 to 1. */
  readonly confidence: number;
}

/** An official of a state, known by name (and optionally title). */
export interface OfficialDef {
  /** Full name as usually written ("Wang Yi", "Moon Jae-in"). */
  readonly name: string;
  /** Id of the state the official speaks for ("China"). */
  readonly actor: string;
  /** Usual title ("Foreign Minister"). */
  readonly title?: string;
  /** The surname used on later mentions; defaults to the name's family name by its order. */
  readonly surname?: string;
}

/** A custom actor: an alliance, an organisation, a ministry, a party, or more names for a known state. */
export interface CustomActor {
  /** The label its stances carry; a known state's name or code adds to that state. */
  readonly id: string;
  /** Names and short forms ("NATO", "the Alliance"); all-capital ones match as written. */
  readonly names: readonly string[];
  readonly demonyms?: readonly string[];
  readonly capitals?: readonly string[];
  readonly officials?: readonly { readonly name: string; readonly title?: string; readonly surname?: string }[];
}

/** A state by name, official name or ISO 3166 code in any case ("US", "United States", "USA", "JPN"), or a custom actor. */
export type ActorSpec = string | CustomActor;

/**
 * Custom cues as `options.cues` takes them: what `compileCues` (from `stances/lexicon`) makes of a
 * {@link CueSource}. Plain JSON: it can be written to a file and read back, or sent to a worker.
 */
export interface CompiledCues {
  /** The format's version: 1. */
  readonly version: 1;
  /** Inflected form -> lemma of the verbs below ("slammed": "slam"); the lemmas themselves are not listed. */
  readonly forms: Readonly<Record<string, string>>;
  /** Verbs by lemma; they replace built-in entries of the same lemma, and an entry of a built-in id replaces that entry. */
  readonly verbs: readonly CompiledVerb[];
  /** Verbs with the words that must follow them ("lash" + "out at"), within three words, adjectives and adverbs between. */
  readonly particles: readonly {
    readonly verb: string;
    readonly words: readonly string[];
    readonly id: string;
    readonly kinds: readonly StanceKind[];
  }[];
  /** Stance nouns, singular and plural forms ("rebuke", "rebukes"). */
  readonly nouns: readonly { readonly id: string; readonly lemmas: readonly string[]; readonly kinds: readonly StanceKind[] }[];
}

export interface CompiledVerb {
  /** Shown as `cue:ID` in `Stance.cue.id` and `because`. */
  readonly id: string;
  readonly lemmas: readonly string[];
  /** The kinds it signals; may be empty when `complements` give the kinds. */
  readonly kinds: readonly StanceKind[];
  /** A reporting verb: what follows it is content ("X said that ..."). */
  readonly speech?: boolean;
  /**
   * What follows the verb can make it another entry, by id (built-in or given): keys `that` (a clause), `to`
   * (an infinitive), `object` (a noun phrase), a preposition ("against"), or `object that`, `object to`, ...
   * Example: `{ that: 'state', to: 'urge' }`.
   */
  readonly complements?: Readonly<Record<string, string>>;
}

/** Custom cues as a person writes them, for `compileCues`. */
export interface CueSource {
  readonly verbs?: readonly CueSourceVerb[];
  readonly nouns?: readonly CueSourceNoun[];
}

export interface CueSourceVerb {
  /** Lemmas: a verb ("rebuff"), or a verb and the words that follow it ("lash out at"). */
  readonly lemmas: readonly string[];
  readonly kinds: readonly StanceKind[];
  /** Default: the first lemma, spaces as hyphens ("lash-out-at"). */
  readonly id?: string;
  readonly speech?: boolean;
  readonly complements?: Readonly<Record<string, string>>;
}

export interface CueSourceNoun {
  /** Singular nouns ("rebuke"); their plurals are added. */
  readonly lemmas: readonly string[];
  readonly kinds: readonly StanceKind[];
  /** Default: "n:" and the first lemma. */
  readonly id?: string;
}

export interface ExtractOptions {
  /** The configured pair. Default `['China', 'ROK']`. Stances carry the strings given here as `holder`. */
  readonly actors?: readonly [ActorSpec, ActorSpec];
  /** Extra officials to recognise, on top of the built-in list. */
  readonly officials?: readonly OfficialDef[];
  /** Also return the claims of recognised states outside the pair, labelled with the state's common name. Default false. */
  readonly others?: boolean;
  /** `'html'` reads the text of a page (tags dropped, entities decoded, offsets still the page's); `'auto'` (default) does so when the text is clearly HTML. */
  readonly format?: 'text' | 'html' | 'auto';
  /** The longest text accepted, in UTF-16 code units; longer text is a `StanceError` (`TEXT_TOO_LONG`). Default 20,000,000 (about 20 MB of English). */
  readonly maxLength?: number;
  /** Custom cues on top of the built-in lexicon, as `compileCues` from `stances/lexicon` makes them. */
  readonly cues?: CompiledCues;
}
