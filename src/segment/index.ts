/**
 * Stage 2: paragraphs and sentences.
 *
 * wink-nlp splits; this stage repairs what it gets wrong in news text
 * (titles and abbreviations, wrapped lines) and gives each sentence a role:
 * a headline and body sentences can hold claims, a byline, dateline-only line,
 * section heading or page furniture never does.
 */
import { type Token, tokenize } from '../nlp/wink.js';
import { ABBREVIATIONS, FURNITURE, MAY_END_SENTENCE } from './data/abbreviations.js';
import { type Dateline, readDateline } from './dateline.js';
import { type Label, readLabel, skipStage, type Turn, type TurnSpeaker } from './turns.js';

export type { Dateline } from './dateline.js';
export type { Turn, TurnSpeaker } from './turns.js';

export type SentenceRole = 'headline' | 'body' | 'heading' | 'byline' | 'furniture';

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** Position of the sentence in its paragraph, from 0. */
  readonly inParagraph: number;
  readonly role: SentenceRole;
  /** Read in headline grammar (a comma is "and", "X to VERB" a commitment, a speaker at a colon): a headline, or a text that is one line with no final stop ("Japan, Australia agree on defence pact"). */
  readonly headlineGrammar: boolean;
  readonly tokens: readonly Token[];
  /**
   * Token index where the sentence's own words start: after a dateline ("SEOUL, Oct. 31 (Yonhap) --"), a
   * speaker label ("SECRETARY BLINKEN:", "Q:") and a stage direction after it or at the start of a turn's
   * paragraph ("(Via interpreter)"); else 0. `tokens.length` when the sentence is nothing but a label or a
   * dateline (a line of its own, never a body sentence).
   */
  readonly bodyFrom: number;
  /** The news agency named in the dateline, on the dateline's sentence; else null. */
  readonly agency: string | null;
  /** The document's dateline, on the sentence that holds it (the first body sentence, or a line of its own); else null. */
  readonly dateline: Dateline | null;
  /**
   * In a transcript, on every sentence of a turn (from a speaker label up to the next one): a question
   * ("Q:", "QUESTION:", "MODERATOR:", an interviewer "NAME, HOST:") or an answer ("A:", a named speaker
   * "SECRETARY BLINKEN:"); else null.
   */
  readonly turn: Turn | null;
  /** On every sentence of a turn: the speaker its label names ("SECRETARY BLINKEN"); null for a role label ("QUESTION:", "A:") or outside a turn. */
  readonly turnSpeaker: TurnSpeaker | null;
}

export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly lines: number;
}

/** Blocks separated by blank lines; inside a block, a line that ends a sentence and is followed by a capital starts a new paragraph. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const lineRe = /[^\n]*(\n|$)/g;
  let blockStart = -1;
  let blockEnd = -1;
  let lines = 0;
  let prevEndsSentence = false;
  const flush = () => {
    if (blockStart >= 0) out.push({ index: out.length, start: blockStart, end: blockEnd, lines });
    blockStart = -1;
    lines = 0;
  };
  for (let m = lineRe.exec(text); m !== null && m.index < text.length; m = lineRe.exec(text)) {
    const raw = m[0].replace(/\n$/, '');
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') {
      flush();
      continue;
    }
    const start = m.index + lead;
    const end = m.index + raw.trimEnd().length;
    if (blockStart >= 0 && prevEndsSentence && /^["'([]?[A-Z0-9]/.test(body)) flush();
    if (blockStart < 0) blockStart = start;
    blockEnd = end;
    lines++;
    prevEndsSentence = /[.!?;:]["')\]]?$/.test(body);
  }
  flush();
  return out;
}

function endsWithAbbreviation(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last) return false;
  // wink may split "Amb." into "Amb" + "."
  const before = tokens[tokens.length - 2];
  const lower = last.text === '.' && before && before.end === last.start ? `${before.lower}.` : last.lower;
  // "Joseph R. Biden": a single capital with a stop is an initial
  if (/^[a-z]\.$/.test(lower) && /^[A-Z]/.test(last.text === '.' ? (before?.text ?? '') : last.text)) return true;
  return ABBREVIATIONS.has(lower) && !MAY_END_SENTENCE.has(lower);
}

/** The pieces are only a list item's number or letter: "1.", "(2)", "iv.", "b)". */
function listMarker(tokens: readonly Token[]): boolean {
  if (tokens.length > 4) return false;
  return /^\(?(\d{1,3}|[ivx]{1,4}|[a-z])[.)]$/i.test(tokens.map((t) => t.text).join(''));
}

/** wink ends "Amb." as a sentence of its own: join such pieces to what follows. */
function repair(sentences: Token[][]): Token[][] {
  const out: Token[][] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    // "1. China will ...", "(b) The two sides ...": a list item's number is no sentence of its own
    if ((prev && endsWithAbbreviation(prev)) || (prev && listMarker(prev))) {
      out[out.length - 1] = prev.concat(s);
      continue;
    }
    // "the U.S. Most Favored Nation rate": after "U.S." a name goes on the sentence; "the U.S. He said" ends it
    const first = s[0];
    const last = prev?.[prev.length - 1];
    if (
      prev &&
      first &&
      last &&
      MAY_END_SENTENCE.has(last.lower) &&
      (first.pos === 'PROPN' || first.pos === 'NOUN' || attributive(prev, first))
    ) {
      out[out.length - 1] = prev.concat(s);
      continue;
    }
    if (prev && first && /^[a-z]/.test(first.text) && prev.length < 3) {
      out[out.length - 1] = prev.concat(s);
      continue;
    }
    out.push(s);
  }
  return out;
}

/** "or U.S. Most Favored Nation": an abbreviation not after "the" or "with" modifies the capitalised word after it. */
function attributive(prev: readonly Token[], first: Token): boolean {
  const before = prev[prev.length - 2];
  return !!before && before.pos !== 'DET' && before.pos !== 'ADP' && /^[A-Z]/.test(first.text);
}

function isFurniture(text: string): boolean {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[.:!]$/, '');
  return FURNITURE.some((re) => re.test(t));
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A short line of capitalised names with no verb-like word: "China Daily\nHuang Panyue". */
function looksLikeByline(text: string, lines: number): boolean {
  if (/[.!?;]$/.test(text.trim())) return false;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > 4 * lines + 2) return false;
  return words.every((w) => /^[A-Z][\w.'-]*$/.test(w) || /^(and|of|the|by|in)$/.test(w));
}

const BLOCK = 64_000;

/** What `segment` finds in a document. */
export interface Segmented {
  readonly sentences: Sentence[];
  readonly paragraphs: Paragraph[];
  /** The document's dateline (its home city, its agency), also on the sentence that holds it; null if none. */
  readonly dateline: Dateline | null;
}

/** wink's sentences, cut at paragraph boundaries: the sentences of each paragraph, repaired. */
function piecesByParagraph(text: string, paras: readonly Paragraph[]): Token[][][] {
  // one wink call per block of paragraphs (the whole of an ordinary article; about 64 KB of a long one, so that
  // time and memory stay linear); its sentences are then cut at paragraph boundaries
  const all: Token[][] = [];
  for (let k = 0; k < paras.length; ) {
    const from = (paras[k] as Paragraph).start;
    let to = (paras[k] as Paragraph).end;
    k++;
    while (k < paras.length && to - from < BLOCK) to = (paras[k++] as Paragraph).end;
    all.push(...tokenize(text, from, to));
  }
  const out: Token[][][] = [];
  let si = 0;
  let ti = 0;
  for (const p of paras) {
    const inPara: Token[][] = [];
    while (si < all.length) {
      const sent = all[si] as Token[];
      const piece: Token[] = [];
      while (ti < sent.length && (sent[ti] as Token).start < p.end) {
        if ((sent[ti] as Token).start >= p.start) piece.push(sent[ti] as Token);
        ti++;
      }
      if (piece.length > 0) inPara.push(piece);
      if (ti < sent.length) break; // the rest of this sentence belongs to the next paragraph
      si++;
      ti = 0;
    }
    out.push(repair(inPara));
  }
  return out;
}

/** The first token at or after offset `cut`; the sentence's length when none is. */
function tokenAt(tokens: readonly Token[], cut: number): number {
  const i = tokens.findIndex((t) => t.start >= cut);
  return i < 0 ? tokens.length : i;
}

/**
 * Sentences, paragraphs and the document's dateline.
 *
 * Roles: page furniture ("Related News"); a text of one paragraph is read as sentences (role body, even
 * with no final stop: "China rejects US proposal"); otherwise a first paragraph of one line with no final
 * stop is the headline; a paragraph of a transcript's turn is body; then bylines and section headings
 * (a short line with no final stop). A line that is nothing but a dateline, before the first body
 * sentence, is a byline that carries the dateline.
 */
export function segment(text: string): Segmented {
  const paras = paragraphs(text);
  const byParagraph = piecesByParagraph(text, paras);
  const sentences: Sentence[] = [];
  const endsWithStop = (ptext: string) => /[.!?]["')\]]?$/.test(ptext.trim());
  const headline = (p: Paragraph, ptext: string) => p.index === 0 && paras.length > 1 && !endsWithStop(ptext);
  // labels, and whether the text is a transcript (a label read in any text): weak labels count only then
  const labels: (Label | null)[] = paras.map((p) => (headline(p, text.slice(p.start, p.end)) ? null : readLabel(text, p.start, p.end)));
  const transcript = labels.some((l) => l?.strong === true);
  const interviewers = new Set<string>();
  let turn: { readonly turn: Turn; readonly speaker: TurnSpeaker | null } | null = null;
  let dateline: Dateline | null = null;
  let seenBody = false;
  for (const p of paras) {
    const ptext = text.slice(p.start, p.end);
    const pieces = byParagraph[p.index] as Token[][];
    let label = labels[p.index] ?? null;
    if (label && !label.strong && !transcript) label = null;
    const single = !endsWithStop(ptext);
    let role: SentenceRole = 'body';
    if (isFurniture(ptext)) role = 'furniture';
    else if (paras.length === 1) role = 'body';
    else if (single && p.index === 0) role = 'headline';
    else if (label) role = label.bodyAt >= p.end ? 'heading' : 'body';
    else if (turn) role = 'body';
    else if (single && p.lines > 1 && looksLikeByline(ptext, p.lines)) role = 'byline';
    else if (single && p.index <= 2 && looksLikeByline(ptext, p.lines) && wordCount(ptext) <= 5) role = 'byline';
    else if (single && (/:$/.test(ptext.trim()) ? ptext === ptext.toUpperCase() : wordCount(ptext) <= 12)) role = 'heading';
    // the dateline: on the first body sentence (a place wins over a weak label there), or a line of its own before it
    let found: ReturnType<typeof readDateline> = null;
    if (!dateline && !seenBody && role !== 'furniture' && !label?.strong && !turn) {
      const d = readDateline(text, p.start, p.end);
      if (d && d.bodyAt >= p.end) role = 'byline';
      if (d && (role === 'body' || role === 'byline')) {
        found = d;
        label = null;
      }
    }
    if (role === 'furniture') {
      turn = null;
      label = null;
    }
    if (label) {
      let t = label.turn;
      if (t === 'question' && label.key) interviewers.add(label.key);
      if (t === 'answer' && label.key && interviewers.has(label.key)) t = 'question';
      turn = { turn: t, speaker: label.speaker };
    }
    const merged = role === 'body' ? pieces : [pieces.flat()];
    // where the paragraph's own words start: after the dateline or the label, or a stage direction opening a turn's paragraph
    const cut = found
      ? found.bodyAt
      : label
        ? label.bodyAt
        : turn && merged[0]?.[0]
          ? skipStage(text, (merged[0][0] as Token).start, p.end)
          : -1;
    // a dateline or label that wink left as a sentence of its own goes with the words after it
    if (found || label) {
      while (merged.length > 1 && (merged[0] as Token[]).every((t) => t.start < cut)) {
        merged.splice(0, 2, (merged[0] as Token[]).concat(merged[1] as Token[]));
      }
    }
    if (role === 'body') seenBody = true;
    merged.forEach((tokens, k) => {
      if (tokens.length === 0) return;
      const first = tokens[0] as Token;
      const last = tokens[tokens.length - 1] as Token;
      let bodyFrom = 0;
      if (k === 0 && cut > first.start) {
        bodyFrom = tokenAt(tokens, cut);
        // a stage direction that is the whole sentence ("(Laughter.)") stays the sentence's words
        if (!found && !label && bodyFrom === tokens.length) bodyFrom = 0;
      }
      const d = k === 0 && found ? { cities: found.cities, agency: found.agency, start: found.start, end: found.end } : null;
      if (d) dateline = d;
      sentences.push({
        index: sentences.length,
        start: first.start,
        end: last.end,
        paragraph: p.index,
        inParagraph: k,
        role,
        headlineGrammar: role === 'headline' || (paras.length === 1 && single && role === 'body'),
        tokens,
        bodyFrom,
        agency: d?.agency ?? null,
        dateline: d,
        turn: turn?.turn ?? null,
        turnSpeaker: turn?.speaker ?? null,
      });
    });
  }
  return { sentences, paragraphs: paras, dateline };
}
