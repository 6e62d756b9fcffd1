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

export type SentenceRole = 'headline' | 'body' | 'heading' | 'byline' | 'furniture';

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** Position of the sentence in its paragraph, from 0. */
  readonly inParagraph: number;
  readonly role: SentenceRole;
  readonly tokens: readonly Token[];
  /** Token index where the body starts after a dateline ("SEOUL, Oct. 31 (Yonhap) --"), else 0. */
  readonly bodyFrom: number;
  /** The news agency named in a dateline, if any. */
  readonly agency: string | null;
  /** In a press-conference transcript: a journalist's question ("Q:") or the spokesperson's answer ("A:"). */
  readonly turn: 'question' | 'answer' | null;
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

const DATELINE =
  /^([A-Z][A-Z .'-]{1,40}(?:, [A-Z][A-Za-z .'-]{1,30})?),? (?:[A-Z][a-z]{2,4}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:, \d{4})? ?(?:\(([^)]{2,40})\))? ?(?:--|-|\u2013|\u2014|:)\s*/;

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

/** wink ends "Amb." as a sentence of its own: join such pieces to what follows. */
function repair(sentences: Token[][]): Token[][] {
  const out: Token[][] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && endsWithAbbreviation(prev)) {
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

export function segment(text: string): { sentences: Sentence[]; paragraphs: Paragraph[] } {
  const paras = paragraphs(text);
  const sentences: Sentence[] = [];
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
  let si = 0;
  let ti = 0;
  for (const p of paras) {
    const ptext = text.slice(p.start, p.end);
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
    const pieces = repair(inPara);
    const single = !/[.!?]["')\]]?$/.test(ptext.trim());
    let role: SentenceRole = 'body';
    if (isFurniture(ptext)) role = 'furniture';
    else if (single && p.index === 0) role = 'headline';
    else if (single && p.lines > 1 && looksLikeByline(ptext, p.lines)) role = 'byline';
    else if (single && p.index <= 2 && looksLikeByline(ptext, p.lines) && wordCount(ptext) <= 5) role = 'byline';
    else if (single && (/:$/.test(ptext.trim()) ? ptext === ptext.toUpperCase() : wordCount(ptext) <= 12)) role = 'heading';
    const merged = role === 'body' ? pieces : [pieces.flat()];
    // "Q: ..." / "A: ..." in a press-conference transcript
    const turnMark = /^(Q|Question|A|Answer)\s*:/.exec(ptext);
    const turn = turnMark ? (turnMark[1]?.startsWith('Q') ? 'question' : 'answer') : null;
    merged.forEach((tokens, k) => {
      if (tokens.length === 0) return;
      const first = tokens[0] as Token;
      const last = tokens[tokens.length - 1] as Token;
      let bodyFrom = 0;
      let agency: string | null = null;
      if (k === 0 && role === 'body') {
        const d = DATELINE.exec(text.slice(first.start, last.end));
        if (d) {
          const cut = first.start + d[0].length;
          bodyFrom = Math.max(
            0,
            tokens.findIndex((t) => t.start >= cut),
          );
          agency = d[2] ?? null;
        }
      }
      if (k === 0 && turn) bodyFrom = Math.max(0, tokens.findIndex((t) => t.text === ':') + 1);
      sentences.push({
        index: sentences.length,
        start: first.start,
        end: last.end,
        paragraph: p.index,
        inParagraph: k,
        role,
        tokens,
        bodyFrom,
        agency,
        turn,
      });
    });
  }
  return { sentences, paragraphs: paras };
}
