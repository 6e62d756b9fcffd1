/**
 * The discourse state that carries from sentence to sentence: the latest actors by sort (for pronouns),
 * the speaker of the paragraph, the paragraph's last explicit holder, the document's voice, a list's
 * holder, the last named source, and the speakers of quotations that run on. The attribution rules read
 * it through the operations below; only the engine changes it, between sentences.
 */
import type { Mention } from '../actors/index.js';
import type { Sentence } from '../segment/index.js';
import type { Claim, Referent } from './context.js';
import { introducesContent, startsWithVerb } from './grammar.js';
import type { Quotation } from './quotation.js';
import { subjectLike } from './subject.js';

/** What the document tells before its sentences are read. */
export interface DocumentFacts {
  /** The meeting's parties: who "the two sides" and "they" are. */
  readonly participants: readonly string[];
  /** The authors of a text in their own voice (a joint statement, "Remarks by ..."): "we" and unattributed assertions are theirs. */
  readonly voice: Referent | null;
  /** Who answers the questions of a transcript. */
  readonly answerer: Referent | null;
  /** Sentences inside a quotation ('"We oppose it. ...," Hua said.', a paragraph that is only a quotation), by index. */
  readonly quotations: ReadonlyMap<number, Quotation>;
  /** Sentences that begin inside a quotation opened before them (their quote marks close it). */
  readonly openQuotes: ReadonlySet<number>;
  /** Sentences of a transcript's answer turn whose label names its speaker ("SECRETARY BLINKEN:"), by index. */
  readonly turns: ReadonlyMap<number, Referent>;
}

export class Discourse {
  readonly participants: readonly string[];
  readonly voice: Referent | null;
  private readonly answerer: Referent | null;
  private readonly quotations: ReadonlyMap<number, Quotation>;
  private readonly turns: ReadonlyMap<number, Referent>;
  private readonly openQuotes: ReadonlySet<number>;
  /** The speaker of the transcript turn the sentence is in, if its label names one: "we" and "I" are theirs. */
  turnSpeaker: Referent | null = null;

  /** The latest actors of each sort before this sentence. */
  private person: Referent | null = null;
  private singular: Referent | null = null;
  private plural: Referent | null = null;
  /** The latest actors of each sort in this sentence (they win over the earlier ones). */
  private here = { person: null as Referent | null, singular: null as Referent | null, plural: null as Referent | null };

  /** Who speaks through the paragraph: opened by "X said that ...", a frame, or an answer of a transcript. */
  speaker: Referent | null = null;
  /** The last actor that held a claim as an explicit subject in this paragraph. */
  paragraphHolder: Referent | null = null;
  /** The holder of a list opened by a line ending in a colon ("... commitments to:"). */
  listCarry: Referent | null = null;
  private listParagraph = -1;
  /** The last speaker introduced in the document (not only this paragraph): who a quotation with no frame of its own quotes. */
  lastSpeaker: Referent | null = null;
  /** The last source named by a frame ("the release said"), for a later ", it said". */
  lastSource: string | null = null;
  private paragraph = -1;

  constructor(facts: DocumentFacts) {
    this.participants = facts.participants;
    this.voice = facts.voice;
    this.answerer = facts.answerer;
    this.quotations = facts.quotations;
    this.turns = facts.turns;
    this.openQuotes = facts.openQuotes;
  }

  /** Before a sentence: a new paragraph ends the paragraph's speaker and holder, and a list that is not continued. */
  enter(s: Sentence): void {
    this.here = { person: null, singular: null, plural: null };
    this.turnSpeaker = this.turns.get(s.index) ?? null;
    if (s.paragraph === this.paragraph) return;
    this.paragraph = s.paragraph;
    this.speaker = null;
    this.paragraphHolder = null;
    if (this.listCarry && s.paragraph > this.listParagraph + 1 && !startsWithVerb(s)) this.listCarry = null;
  }

  /** An answer turn: its label's speaker ("SECRETARY BLINKEN:"), or for "A:" the document's answerer (or the latest official). */
  answer(): void {
    this.speaker = this.turnSpeaker ?? this.answerer ?? this.person;
    if (this.speaker) this.lastSpeaker = this.speaker;
  }

  /** Can anybody hold a claim in a sentence with no actor named: a speaker, the authors, a list? */
  anyoneSpeaks(): boolean {
    return this.speaker !== null || this.voice !== null || this.listCarry !== null;
  }

  /** Does the sentence begin inside a quotation opened before it? */
  opensQuoted(s: Sentence): boolean {
    return this.openQuotes.has(s.index);
  }

  /** The quotation a sentence stands inside, if any. */
  quotation(s: Sentence): Quotation | undefined {
    return this.quotations.get(s.index);
  }

  latestPerson(): Referent | null {
    return this.here.person ?? this.person;
  }

  latestSingular(): Referent | null {
    return this.here.singular ?? this.singular;
  }

  latestPlural(): Referent | null {
    return this.here.plural ?? this.plural;
  }

  /** Has this sentence named a single or plural actor as a holder yet? ("its" before the subject then points back, not ahead.) */
  namedHere(): boolean {
    return this.here.singular !== null || this.here.plural !== null;
  }

  /** A holder found in this sentence becomes the latest actor of its sort. */
  remember(r: Referent, m: Mention | null): void {
    if (r.states.length === 0 && m?.kind !== 'person') return;
    if (m?.kind === 'person') this.here.person = r;
    else if (m?.plural || r.states.length > 1 || m?.kind === 'group' || m?.kind === 'joint') this.here.plural = r;
    else this.here.singular = r;
  }

  /**
   * After a sentence: its subjects and holders become the latest actors; a reporting verb that introduces
   * content ("Wang said that ...", "Kang stressed:") or a frame makes the paragraph's speaker; a line that
   * ends in a colon opens a list whose items carry its holder.
   */
  leave(
    s: Sentence,
    mentions: readonly Mention[],
    claims: readonly Claim[],
    kept: readonly Claim[],
    speakers: { readonly frame: Referent | null; readonly other: string | null },
    opensList: boolean,
  ): void {
    const frameSpeaker = speakers.frame;
    const tokens = s.tokens;
    for (const m of mentions) {
      if (m.kind === 'pronoun' || !subjectLike(tokens, m)) continue;
      const r: Referent = { states: m.kind === 'group' && !m.explicit ? this.participants : m.states, text: m.text };
      if (m.kind === 'person') this.person = r;
      else if (m.plural || m.kind === 'group' || m.kind === 'joint') this.plural = r;
      else this.singular = r;
    }
    if (this.here.person) this.person = this.here.person;
    if (this.here.singular) this.singular = this.here.singular;
    if (this.here.plural) this.plural = this.here.plural;
    for (let i = claims.length - 1; i >= 0; i--) {
      const c = claims[i] as Claim;
      if (c.because[0] !== 'subject') continue;
      this.paragraphHolder = { states: c.states, text: c.holder.text };
      break;
    }
    // (not a reporting verb in a relative clause: "the tariffs that it has announced since March")
    let opener: Claim | undefined;
    for (const c of claims) {
      if (!c.cue.speech || (c.because[0] !== 'subject' && c.because[0] !== 'pronoun') || !introducesContent(tokens, c.cue)) continue;
      opener = c;
      break;
    }
    if (opener && opener.states.length > 0) this.speaker = { states: opener.states, text: opener.holder.text };
    else if (frameSpeaker) this.speaker = frameSpeaker;
    // a quotation later in the text is the last speaker's; somebody outside the pair ("analysts said") quotes nobody's
    if (opener && opener.states.length > 0) this.lastSpeaker = this.speaker;
    else if (frameSpeaker) this.lastSpeaker = frameSpeaker;
    else if (speakers.other !== null) this.lastSpeaker = { states: [], text: speakers.other };
    else {
      // ("The High Representative expressed his commitment ... ¶ “China is ...”": an official whose stance the sentence
      // reports speaks the quotation that follows with no frame of its own)
      const official = claims.find((c) => c.because[0] === 'subject' && c.holder.mention?.kind === 'person' && c.states.length > 0);
      if (official) this.lastSpeaker = { states: official.states, text: official.holder.text };
    }
    if (opensList && kept.length > 0) {
      const last = kept[kept.length - 1];
      this.listCarry = { states: last?.states ?? [], text: last?.holder.text ?? '' };
      this.listParagraph = s.paragraph;
    } else if (this.listCarry && s.paragraph !== this.listParagraph && startsWithVerb(s)) this.listParagraph = s.paragraph;
  }
}
