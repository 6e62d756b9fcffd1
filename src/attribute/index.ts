/**
 * Stage 5: give each cue a holder.
 *
 * Rules, in the order they are tried (each id appears in `Stance.because`):
 * - `subject`: the actor that is the subject of the cue's clause;
 * - `coordinated`: a verb joined to an earlier one ("reaffirmed X, and said") shares its subject;
 * - `pronoun`: "it", "they", "he", "we" take the most salient earlier actor;
 * - `group`: "the two sides", "the leaders" are the meeting's parties;
 * - `possessor`: a stance noun is held by its possessor ("its opposition", "Chinese commitments");
 * - `joint-noun`: "the consensus", "a deal with China" is held by the parties together;
 * - `speaker`: inside "X said that ...", modals and unattributed content are X's;
 * - `embedded-subject`: inside reported speech, a stance act with its own subject is that subject's;
 * - `frame`: ", Wang said." makes Wang the holder of what has no holder of its own;
 * - `speaker-continues`: later sentences of a paragraph opened by "X said ..." stay X's;
 * - `joint-voice`: in a joint statement, "we" and unattributed assertions are the authors';
 * - `list-item`: "commitments to:" followed by items that start with a verb.
 */

import type { Compiled } from '../actors/compile.js';
import { THIRD_PARTIES } from '../actors/data/third-parties.js';
import { findMentions, type Mention, Register } from '../actors/index.js';
import { type CueHit, type Frame, findCues, findFrame, findLeadingSource, isParticipleStart, namesAgreement } from '../clauses/index.js';
import type { Token } from '../nlp/wink.js';
import type { Sentence } from '../segment/index.js';
import type { StanceKind } from '../types.js';
import {
  findSubject,
  inPrepositionalPhrase,
  mainSubjectBefore,
  mentionCovering,
  type Subject,
  subjectAfterIntro,
  subjectLike,
} from './subject.js';

export interface Claim {
  readonly sentence: Sentence;
  /** The states that hold the claim (before mapping onto the configured pair). */
  readonly states: readonly string[];
  readonly cue: CueHit;
  readonly kinds: readonly StanceKind[];
  readonly source: string | null;
  readonly because: readonly string[];
  readonly confidence: number;
  /** Character offsets of the clause. */
  readonly start: number;
  readonly end: number;
}

interface Referent {
  readonly states: readonly string[];
  readonly text: string;
}

interface DocState {
  participants: readonly string[];
  authors: readonly string[] | null;
  /** How the authors are named in the headline ("the Chinese Embassy"), or "the authors" of a joint text. */
  authorsText: string;
  lastPerson: Referent | null;
  lastSingular: Referent | null;
  lastPlural: Referent | null;
  lastSource: string | null;
  paragraph: number;
  speaker: Referent | null;
  /** The last actor that held a claim as an explicit subject in this paragraph ("The United States will ... For such products, no tariff shall apply"). */
  paragraphHolder: Referent | null;
  listCarry: Referent | null;
  listParagraph: number;
  /** Sentences inside a quotation that runs on, by index, with the speaker its closing frame names. */
  quoteSpeakers: ReadonlyMap<number, Referent>;
}

/** What a headline says of a document: "Joint Statement", "Trilateral ... Press Statement". */
const JOINT_WORD = /\b(joint|trilateral|bilateral)\b/i;
const DOC_WORD = /\b(statement|declaration|communiqu[eé]|fact sheet|press release|vision)\b/i;
const DOC_OF = /\b(statement|declaration|communiqu[eé]|fact sheet)\s(of|by)\b/i;
/** A text in one author's own voice: "Remarks by ...", "Statement of the Spokesperson of ...". */
const SINGLE_DOC = /\b(remarks|statement|press release|message|speech|address|letter)\s(by|of)\b/i;
const isJointDoc = (h: string) => (JOINT_WORD.test(h) && DOC_WORD.test(h)) || (DOC_OF.test(h) && /\band\b/i.test(h));

export function attribute(sentences: readonly Sentence[], text: string, compiled: Compiled, pair: readonly [string, string]): Claim[] {
  const register = new Register();
  // the body first, then the headline: "Moon, Xi agree ..." is read knowing the officials the body names in full
  const mentionsOf: Mention[][] = sentences.map(() => []);
  for (const s of sentences) if (s.role === 'body') mentionsOf[s.index] = findMentions(s, text, compiled, register);
  for (const s of sentences) if (s.role === 'headline') mentionsOf[s.index] = findMentions(s, text, compiled, register);

  // the meeting's parties: officials, offices, and states that act as subjects
  const parties = new Set<string>();
  sentences.forEach((s, i) => {
    for (const m of mentionsOf[i] ?? []) {
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
  });
  const headline = sentences.find((s) => s.role === 'headline');
  const headText = headline ? text.slice(headline.start, headline.end) : '';
  let authors: string[] | null = null;
  let authorsText = 'the authors';
  if (headline && isJointDoc(headText)) {
    const named = new Set<string>();
    for (const m of mentionsOf[headline.index] ?? []) for (const st of m.states) named.add(st);
    authors = named.size > 0 ? [...named] : [...parties];
  } else if (headline && SINGLE_DOC.test(headText)) {
    // "Remarks by the Spokesperson of the Chinese Embassy in the ROK": one author, the first actor named
    const first = (mentionsOf[headline.index] ?? []).find((m) => m.states.length > 0 && m.kind !== 'pronoun');
    if (first) {
      authors = [...first.states];
      authorsText = first.text;
    }
  }

  // "the two sides" needs two parties: add the states mentioned most, then the configured pair
  if (parties.size < 2) {
    const counts = new Map<string, number>();
    for (const list of mentionsOf) for (const m of list) for (const st of m.states) counts.set(st, (counts.get(st) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([st]) => st);
    for (const st of [...ranked, ...pair]) if (parties.size < 2) parties.add(st);
  }

  // who answers in a transcript: the first spokesperson (or else the first official) of the document
  let answerer: Referent | null = null;
  for (const list of mentionsOf) {
    for (const m of list)
      if (m.kind === 'person' && m.states.length > 0 && (!answerer || /spokes/i.test(m.text)))
        answerer ??= { states: m.states, text: m.text };
  }

  const doc: DocState = {
    participants: [...parties],
    authors,
    authorsText,
    lastPerson: null,
    lastSingular: null,
    lastPlural: null,
    lastSource: null,
    paragraph: -1,
    speaker: null,
    paragraphHolder: null,
    listCarry: null,
    listParagraph: -1,
    quoteSpeakers: quotationSpeakers(sentences, mentionsOf, text),
  };
  const claims: Claim[] = [];
  for (const s of sentences) {
    if (s.paragraph !== doc.paragraph) {
      doc.paragraph = s.paragraph;
      doc.speaker = null;
      doc.paragraphHolder = null;
      if (doc.listCarry && s.paragraph > doc.listParagraph + 1 && !startsWithVerb(s)) doc.listCarry = null;
    }
    if (s.role !== 'headline' && s.role !== 'body') continue;
    // a journalist's question holds no position; an answer is the spokesperson's
    if (s.turn === 'question') continue;
    if (s.turn === 'answer' && s.inParagraph === 0) doc.speaker = answerer ?? doc.lastPerson;
    const found = sentenceClaims(s, mentionsOf[s.index] ?? [], text, doc);
    claims.push(...found);
  }
  return claims;
}

/**
 * A sentence with no cue of its own, in a paragraph of reported speech, a list, or a text in its authors'
 * voice: the speaker's, the list's or the authors' assertion; null where the sentence narrates.
 */
function assertionOf(
  s: Sentence,
  mentions: readonly Mention[],
  frame: Frame | null,
  frameSpeaker: Referent | null,
  doc: DocState,
  text: string,
  source: string | null,
  endOfContent: number,
): Claim | null {
  const tokens = s.tokens;
  const inFrame = (m: Mention) => frame !== null && m.start >= frame.start;
  // ("They discussed ...": a sentence with a subject of its own and no cue is narration, not the speaker's assertion)
  // ("We do so ..." in a joint statement is its authors' own voice)
  const voice = (m: Mention) => m.pronoun === 'it' || (doc.authors !== null && /^(we|i)$/.test(m.pronoun ?? ''));
  // (only a subject before the sentence's first verb counts: "... to deter the DPRK, which ..." is no narrator)
  let firstVerb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (firstVerb < 0) firstVerb = tokens.length;
  // ("Some South Korean media have published reports": a third party's doing is narration, nobody's assertion)
  const thirdParty =
    firstVerb < tokens.length &&
    !startsWithVerb(s) &&
    tokens.slice(s.bodyFrom, firstVerb).some((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && THIRD_PARTIES.has(t.lower));
  if (s.role !== 'body' || thirdParty || mentions.some((m) => m.start < firstVerb && !inFrame(m) && subjectLike(tokens, m) && !voice(m)))
    return null;
  {
    const holder: { states: readonly string[]; rule: string; text: string } | null = frameSpeaker
      ? { states: frameSpeaker.states, rule: 'frame', text: frameSpeaker.text }
      : doc.speaker
        ? { states: doc.speaker.states, rule: 'speaker-continues', text: doc.speaker.text }
        : doc.listCarry && startsWithVerb(s)
          ? { states: doc.listCarry.states, rule: 'list-item', text: doc.listCarry.text }
          : doc.authors && !/:$/.test(text.slice(s.start, s.end).trim())
            ? { states: doc.authors, rule: 'joint-voice', text: doc.authorsText }
            : null;
    if (holder) {
      const cue: CueHit = {
        type: 'verb',
        id: holder.rule === 'list-item' ? 'list-item' : 'assertion',
        head: s.bodyFrom,
        start: s.bodyFrom,
        end: s.bodyFrom + 1,
        kinds: ['state'],
        speech: false,
        negated: false,
        joint: false,
        object: null,
        hosting: false,
        passive: false,
      };
      const kinds: StanceKind[] = holder.rule === 'list-item' ? ['commit'] : ['state'];
      return {
        sentence: s,
        states: holder.states,
        cue,
        kinds,
        source,
        because: [holder.rule, `cue:${cue.id}`],
        confidence: confidenceOf(holder.rule, false) * 0.8,
        start: s.start,
        end: endOfContent,
      };
    }
  }
  return null;
}

/** Discourse state for the next sentences: the latest actors for pronouns, the paragraph's holder and speaker, a list's holder. */
function updateDiscourse(
  doc: DocState,
  s: Sentence,
  mentions: readonly Mention[],
  claims: readonly Claim[],
  local: { person: Referent | null; singular: Referent | null; plural: Referent | null },
  frameSpeaker: Referent | null,
): void {
  const tokens = s.tokens;
  for (const m of mentions) {
    if (m.kind === 'pronoun' || !subjectLike(tokens, m)) continue;
    const r: Referent = { states: m.kind === 'group' && !m.explicit ? doc.participants : m.states, text: m.text };
    if (m.kind === 'person') doc.lastPerson = r;
    else if (m.plural || m.kind === 'group' || m.kind === 'joint') doc.lastPlural = r;
    else doc.lastSingular = r;
  }
  if (local.person) doc.lastPerson = local.person;
  if (local.singular) doc.lastSingular = local.singular;
  if (local.plural) doc.lastPlural = local.plural;
  const explicitHolder = [...claims].reverse().find((c) => c.because[0] === 'subject');
  if (explicitHolder) doc.paragraphHolder = { states: explicitHolder.states, text: '' };
  // a paragraph's speaker is set by a reporting verb that introduces content ("Wang said that ...", "Kang stressed:"),
  // not by one in a relative clause ("the tariffs that it has announced since March")
  const opener = claims.find(
    (c) => c.cue.speech && (c.because[0] === 'subject' || c.because[0] === 'pronoun') && introducesContent(tokens, c.cue),
  );
  if (opener && opener.states.length > 0) doc.speaker = { states: opener.states, text: opener.source ?? '' };
  else if (frameSpeaker) doc.speaker = frameSpeaker;
}

/** The speaker of each sentence of a quotation that closes, in a later sentence of the paragraph, with a frame ("..., Hua said."). */
function quotationSpeakers(sentences: readonly Sentence[], mentionsOf: readonly Mention[][], text: string): Map<number, Referent> {
  const out = new Map<number, Referent>();
  let open = false;
  let paragraph = -1;
  let pending: number[] = [];
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      open = false;
      pending = [];
    }
    const wasOpen = open;
    for (const t of s.tokens) if (t.text === '"') open = !open;
    if (open) {
      pending.push(s.index);
      continue;
    }
    if (wasOpen && pending.length > 0) {
      const fm = findFrame(s, mentionsOf[s.index] ?? [], text)?.mention;
      if (fm && fm.kind !== 'pronoun' && fm.states.length > 0) for (const k of pending) out.set(k, { states: fm.states, text: fm.text });
    }
    pending = [];
  }
  return out;
}

/** A list item that opens with a bare verb: "Halt the flow ...", "Effectively eliminate ...", "Open its market ..." (wink may tag it ADJ or NOUN). */
function startsWithVerb(s: Sentence): boolean {
  let i = s.bodyFrom;
  while (s.tokens[i]?.pos === 'ADV') i++;
  const t = s.tokens[i];
  const next = s.tokens[i + 1];
  if (!t || !next || t.lemma !== t.lower || !/^[A-Za-z]+$/.test(t.text)) return false;
  if (i === s.bodyFrom && !/^[A-Z]/.test(t.text)) return false;
  if (t.pos === 'VERB') return true;
  return (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') && /^(DET|PRON|ADJ|PROPN|NUM)$/.test(next.pos);
}

function insideQuotes(tokens: readonly Token[], i: number): boolean {
  let n = 0;
  for (let k = 0; k < i; k++) if (tokens[k]?.text === '"') n++;
  return n % 2 === 1;
}

interface Resolved {
  readonly states: readonly string[];
  readonly rule: string;
  readonly text: string;
  readonly mention: Mention | null;
}

function sentenceClaims(s: Sentence, mentions: readonly Mention[], text: string, doc: DocState): Claim[] {
  const tokens = s.tokens;
  // no actor, no pronoun, no group, and nobody speaking through the paragraph: nobody can hold anything here
  if (mentions.length === 0 && !doc.speaker && !doc.authors && !doc.listCarry && !namesAgreement(tokens)) return [];
  const frame = findFrame(s, mentions, text);
  const cues = findCues(s, mentions, frame);
  const leading = findLeadingSource(s, text);
  let source: string | null = s.agency ?? leading;

  // within the sentence, the latest actor of each sort, for pronouns
  const local = { person: null as Referent | null, singular: null as Referent | null, plural: null as Referent | null };
  const remember = (r: Referent, m: Mention | null) => {
    if (r.states.length === 0 && m?.kind !== 'person') return;
    if (m?.kind === 'person') local.person = r;
    else if (m?.plural || r.states.length > 1 || m?.kind === 'group' || m?.kind === 'joint') local.plural = r;
    else local.singular = r;
  };

  // "Based on its stance ..., China reiterated": a possessive before the first subject points ahead to it
  const firstSubject = mentions.find((m) => m.kind !== 'pronoun' && subjectLike(tokens, m));
  const cataphoric = (m: Mention): Referent | null =>
    firstSubject && m.start < firstSubject.start && !local.singular && !local.plural
      ? {
          states: firstSubject.kind === 'group' && !firstSubject.explicit ? doc.participants : firstSubject.states,
          text: firstSubject.text,
        }
      : null;

  const resolveMention = (m: Mention, at: number): Resolved | null => {
    if (m.kind === 'group') {
      return { states: m.explicit ? m.states : doc.participants, rule: 'group', text: m.text, mention: m };
    }
    if (m.kind !== 'pronoun') return { states: m.states, rule: 'subject', text: m.text, mention: m };
    const p = m.pronoun ?? '';
    let r: Referent | null = null;
    if (/^(he|she|his|her|him)$/.test(p)) r = local.person ?? doc.lastPerson;
    else if (/^(its|their)$/.test(p) && cataphoric(m)) r = cataphoric(m);
    else if (/^(it|its)$/.test(p)) r = local.singular ?? doc.lastSingular;
    else if (/^(they|their|them)$/.test(p)) r = local.plural ?? doc.lastPlural ?? { states: doc.participants, text: 'the parties' };
    else if (/^(we|our|us|i|my|me)$/.test(p)) {
      // inside quotes, the speaker; in a paragraph of reported speech ("Xi stressed that ... We hope ..."), the speaker; in a joint statement, its authors
      const quoted = insideQuotes(tokens, at);
      const rule = quoted ? 'quote-speaker' : doc.authors ? 'joint-voice' : 'speaker-continues';
      r = quoted ? (frameSpeaker ?? doc.speaker) : doc.authors ? { states: doc.authors, text: doc.authorsText } : doc.speaker;
      if (r) return { states: r.states, rule, text: r.text, mention: m };
    }
    if (!r) return null;
    return { states: r.states, rule: 'pronoun', text: r.text, mention: m };
  };

  // ", Wang said." / ", he added." make a speaker; ", the release said." / ", it said." a source
  let frameSpeaker: Referent | null = null;
  if (frame) {
    const fm = frame.mention;
    if (fm && fm.kind !== 'pronoun') {
      const r = resolveMention(fm, fm.start);
      if (r) frameSpeaker = { states: r.states, text: fm.text };
    } else if (fm && fm.pronoun !== 'it') {
      const r = resolveMention(fm, fm.start);
      if (r) frameSpeaker = { states: r.states, text: r.text };
    }
    if (!frameSpeaker) {
      source = frame.source.toLowerCase() === 'it' ? (doc.lastSource ?? frame.source) : frame.source;
      if (frame.source.toLowerCase() !== 'it') doc.lastSource = frame.source;
    } else source = frame.source;
  }
  if (leading) doc.lastSource = leading;
  // '"We oppose this. It harms our interests," Hua said.': the sentences of a quotation share its speaker
  if (!frame) frameSpeaker = doc.quoteSpeakers.get(s.index) ?? null;

  const claims: Claim[] = [];
  let lastSubject = null as Resolved | null;
  /** The latest verb cue whose complement later cues may be in, its holder and its claim's index. */
  let speech = null as { cue: CueHit; holder: Resolved; claim: number } | null;
  const dropped = new Set<number>();

  const endOfContent = frame ? (tokens[frame.start - 1]?.end ?? s.end) : s.end;
  const add = (cue: CueHit, r: Resolved, kinds: readonly StanceKind[], because: string[], confidence: number, src: string | null) => {
    const startTok = r.mention && r.mention.start <= cue.start ? r.mention.start : s.bodyFrom;
    claims.push({
      sentence: s,
      states: r.states,
      cue,
      kinds,
      source: src,
      because,
      confidence,
      start: Math.min(tokens[startTok]?.start ?? s.start, tokens[cue.start]?.start ?? s.start),
      end: Math.max(endOfContent, tokens[cue.end - 1]?.end ?? s.end),
    });
  };

  for (const cue of cues) {
    if (cue.hosting) continue;
    // "may" pledges only in the parties' own text (a joint statement); in news it is the writer's guess
    if (cue.id === 'may' && !doc.authors) continue;
    let subj: Subject;
    if (cue.passive) {
      const agent = passiveAgent(tokens, mentions, cue);
      if (!agent) continue;
      subj = agent;
    } else if (cue.type === 'noun') subj = possessorOf(tokens, mentions, cue);
    else if (isParticipleStart(tokens, cue.head, s.bodyFrom)) subj = subjectAfterIntro(tokens, mentions, cue.head);
    else subj = findSubject(tokens, mentions, cue.start, s.bodyFrom, lastSubject !== null);

    let resolved: Resolved | null = null;
    const because: string[] = [];
    // "Analysts said ...": a third party's words and what they report hold nothing of the pair
    if (subj.type === 'nonactor' && THIRD_PARTIES.has(subj.text.split(' ').pop()?.toLowerCase() ?? '')) {
      if (cue.type === 'verb' || cue.type === 'adj')
        speech = { cue: { ...cue, speech: true }, holder: { states: [], rule: 'third-party', text: subj.text, mention: null }, claim: -1 };
      continue;
    }
    if (subj.type === 'actor') {
      resolved = resolveMention(subj.mention, subj.mention.start);
      if (resolved && cue.type === 'noun') {
        // "Sullivan raised ... the PRC's support for ...": a stance noun inside another actor's clause is only mentioned
        const main = mainSubjectBefore(tokens, mentions, cue.start);
        const mainStates = main && main !== subj.mention ? resolveMention(main, main.start)?.states : undefined;
        if (mainStates && !mainStates.every((x) => resolved?.states.includes(x))) continue;
        resolved = { ...resolved, rule: 'possessor' };
      }
    } else if (subj.type === 'inherit' && lastSubject) resolved = { ...lastSubject, rule: 'coordinated' };
    else if (subj.type === 'inherit') {
      const main = mainSubjectBefore(tokens, mentions, cue.start);
      const r = main ? resolveMention(main, main.start) : null;
      if (r) resolved = { ...r, rule: 'coordinated' };
    } else if (cue.type === 'noun' && cue.joint) {
      // "a deal with China": the partners hold it; a bare "the deal" is no claim
      const partners = withPartners(tokens, mentions, cue.end);
      if (partners.length === 0) continue;
      resolved = { states: partners, rule: 'joint-noun', text: 'the parties', mention: null };
    } else if (cue.object?.joint) resolved = { states: doc.participants, rule: 'joint-noun', text: 'the parties', mention: null };
    else if (cue.type === 'noun' && subj.type === 'none') {
      // "discussed their shared concerns" is caught by the possessor; a bare noun is no claim
      continue;
    }

    // claims of agreement include the partner: "reached a deal with President Xi"
    if (resolved && cue.kinds.includes('agree')) {
      const partners = withPartners(tokens, mentions, cue.end);
      if (partners.length > 0) resolved = { ...resolved, states: [...resolved.states, ...partners] };
    }

    const explicit = resolved !== null && subj.type === 'actor' && resolved.rule !== 'pronoun';
    let holder: Resolved | null = resolved;
    let src = source;
    const obligation = cue.id === 'should';

    let governed = false;
    if (speech && cue.head > speech.cue.head) {
      const coordinated = subj.type === 'inherit' || (subj.type === 'actor' && newClause(tokens, subj.mention.start));
      if (!coordinated) {
        if (!speech.cue.speech) {
          // inside "hopes that ...", "welcomed ...": the outer claim says it all
          continue;
        }
        governed = true;
        if (obligation || holder === null || subj.type !== 'actor' || (cue.type === 'modal' && !sameHolder(holder, speech.holder))) {
          holder = { ...speech.holder, rule: 'speaker' };
        } else if (!sameHolder(holder, speech.holder)) {
          because.push('embedded-subject');
          src = speech.holder.text;
        }
      }
    }
    if (!holder && lastSubject && subj.type !== 'actor' && cue.type !== 'noun') holder = { ...lastSubject, rule: 'coordinated' };
    // "Both sides should work together" inside Wang's remarks is Wang's
    if (holder && cue.type === 'modal' && !speech && !frameSpeaker && doc.speaker && !sameStates(holder.states, doc.speaker.states))
      holder = { states: doc.speaker.states, rule: 'speaker-continues', text: doc.speaker.text, mention: null };
    if (!holder && frameSpeaker) holder = { states: frameSpeaker.states, rule: 'frame', text: frameSpeaker.text, mention: null };
    if (!holder && obligation && doc.speaker)
      holder = { states: doc.speaker.states, rule: 'speaker-continues', text: doc.speaker.text, mention: null };
    if (!holder && subj.type !== 'actor') {
      if (doc.speaker) holder = { states: doc.speaker.states, rule: 'speaker-continues', text: doc.speaker.text, mention: null };
      else if (doc.paragraphHolder && cue.type === 'modal')
        holder = { states: doc.paragraphHolder.states, rule: 'paragraph-holder', text: doc.paragraphHolder.text, mention: null };
      else if (doc.listCarry && startsWithVerb(s))
        holder = { states: doc.listCarry.states, rule: 'list-item', text: doc.listCarry.text, mention: null };
      else if (doc.authors) holder = { states: doc.authors, rule: 'joint-voice', text: doc.authorsText, mention: null };
    }
    if (!holder) continue;

    because.unshift(holder.rule);
    because.push(`cue:${cue.id}`);
    if (cue.object) because.push(`object:${cue.object.id}`);
    let kinds = cue.kinds;
    if (cue.negated) {
      kinds = ['state'];
      because.push('negated');
    }
    if (cue.type === 'modal' && holder.rule === 'speaker') kinds = obligation ? ['urge', 'state'] : ['state', 'commit'];
    const confidence = confidenceOf(holder.rule, explicit);
    add(cue, holder, kinds, because, confidence, src);

    if (subj.type === 'actor' || subj.type === 'inherit') {
      lastSubject = holder.rule === 'speaker' ? lastSubject : holder;
      remember({ states: holder.states, text: holder.text }, holder.mention);
    }
    // "Wang said (that) ...": a pure reporting verb frames its content, which holds the claim
    if (governed && speech && REPORTING.has(speech.cue.id) && !speech.cue.object && claims[speech.claim]?.cue === speech.cue)
      dropped.add(speech.claim);
    if (cue.type === 'verb' || cue.type === 'adj') speech = { cue, holder, claim: claims.length - 1 };
  }

  if (claims.length === 0) {
    const assertion = assertionOf(s, mentions, frame, frameSpeaker, doc, text, source, endOfContent);
    if (assertion) claims.push(assertion);
  }
  updateDiscourse(doc, s, mentions, claims, local, frameSpeaker);
  const kept = claims.filter((_, i) => !dropped.has(i));
  if (/:\s*$/.test(text.slice(s.start, s.end)) && kept.length > 0) {
    doc.listCarry = { states: kept[kept.length - 1]?.states ?? [], text: '' };
    doc.listParagraph = s.paragraph;
  } else if (doc.listCarry && s.paragraph !== doc.listParagraph && startsWithVerb(s)) {
    doc.listParagraph = s.paragraph;
  }
  return kept;
}

/** After the reporting verb: "that", a colon or quote, or a clause of its own ("said China will ..."). */
function introducesContent(tokens: readonly Token[], cue: CueHit): boolean {
  let k = cue.end;
  while (tokens[k]?.pos === 'ADV') k++;
  const next = tokens[k];
  if (!next) return false;
  if (/^(that|:|"|,)$/.test(next.lower)) return true;
  // "said China will", "stressed the two sides should": a subject, then a verb within a few words
  for (let q = k + 1; q < Math.min(tokens.length, k + 6); q++) if (tokens[q]?.pos === 'VERB' || tokens[q]?.pos === 'AUX') return true;
  return false;
}

/** ", and the United States recognizes": a subject that opens a coordinated clause, not a complement. */
/** Cues that only report ("said", "stressed", "expressed that"): their content is the claim. */
const REPORTING = new Set(['say', 'state', 'stress', 'express', 'note']);

function newClause(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && tokens[k]?.pos === 'DET') k--;
  const w = tokens[k]?.lower ?? '';
  return w === ';' || ((w === 'and' || w === 'but' || w === 'while' || w === 'whereas') && tokens[k - 1]?.text === ',');
}

function sameHolder(a: Resolved, b: Resolved): boolean {
  return sameStates(a.states, b.states);
}

function sameStates(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * "was welcomed by Seoul": the agent after "by". "It is hoped that", "it was agreed that": impersonal, nobody
 * in the clause (the speaker's or the authors'). "is expected to", "is valued at": no stance of anyone here.
 */
function passiveAgent(tokens: readonly Token[], mentions: readonly Mention[], cue: CueHit): Subject | null {
  for (let k = cue.end; k < Math.min(tokens.length, cue.end + 3); k++) {
    if (tokens[k]?.lower === 'by') {
      const m = mentionCovering(mentions, k + 1) ?? mentionCovering(mentions, k + 2);
      return m ? { type: 'actor', mention: m } : { type: 'none' };
    }
  }
  let k = cue.head - 1;
  while (k >= 0 && tokens[k]?.pos === 'ADV') k--;
  return tokens[k - 1]?.lower === 'it' ? { type: 'none' } : null;
}

/** "its opposition", "China's position", "Chinese commitments", "their shared concerns". */
function possessorOf(tokens: readonly Token[], mentions: readonly Mention[], cue: CueHit): Subject {
  let k = cue.head - 1;
  // skip the adjectives between a possessor and its noun ("its firm opposition", "their shared concerns"), but not a demonym ("Chinese commitments")
  while (
    k >= 0 &&
    !mentionCovering(mentions, k) &&
    (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'ADV' || tokens[k]?.lower === 'shared' || tokens[k]?.lower === 'common')
  )
    k--;
  if (tokens[k]?.lower === "'s" || tokens[k]?.lower === "'") k--;
  const m = mentionCovering(mentions, k);
  if (m && (m.possessive || m.modifier)) return { type: 'actor', mention: m };
  return { type: 'none' };
}

/** Partners of an agreement: "a deal with President Xi Jinping of China". */
function withPartners(tokens: readonly Token[], mentions: readonly Mention[], from: number): string[] {
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
    if (tokens[k]?.lower === 'with') {
      const m = mentionCovering(mentions, k + 1) ?? mentionCovering(mentions, k + 2);
      if (m && inPrepositionalPhrase(tokens, m) && m.kind !== 'pronoun') return [...m.states];
      return [];
    }
    if (tokens[k]?.pos === 'VERB' || tokens[k]?.text === ',') return [];
  }
  return [];
}

function confidenceOf(rule: string, explicit: boolean): number {
  const base: Record<string, number> = {
    subject: 0.9,
    coordinated: 0.85,
    group: 0.85,
    pronoun: 0.75,
    possessor: 0.8,
    'joint-noun': 0.7,
    speaker: 0.75,
    frame: 0.8,
    'speaker-continues': 0.65,
    'joint-voice': 0.6,
    'list-item': 0.6,
    'quote-speaker': 0.75,
  };
  return Math.min(1, (base[rule] ?? 0.6) + (explicit ? 0.05 : 0));
}
