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
}
