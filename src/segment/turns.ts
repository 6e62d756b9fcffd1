/**
 * Speaker labels of transcripts: a paragraph that opens with a label and a colon starts a turn, which lasts
 * through the following paragraphs until the next label.
 *
 * How a label is read (words compared in upper case, without full stops):
 * - a role of the asking side (`QUESTION_ROLES`: "Q:", "QUESTION:", "MODERATOR:", "REPORTER:") opens a
 *   question turn with no speaker; "A:" and "ANSWER:" an answer turn with no speaker;
 * - a label in capitals with a title, honorific or office (`PERSON_WORDS`: "SECRETARY BLINKEN:", "MR PRICE:",
 *   "MS. PSAKI:", "THE PRESIDENT:", "SENIOR ADMINISTRATION OFFICIAL:") is a named speaker: an answer turn;
 * - a name followed by a comma and an interviewer's role ("STEVE INSKEEP, HOST:") is a question turn with
 *   its speaker named; later labels ending in the same word ("INSKEEP:") are that interviewer's questions
 *   too. A named interviewer is known only so: "NORAH O'DONNELL:" with nothing else is an answer;
 * - only in a transcript (a text with a label of the kinds above): a bare name in capitals of up to three
 *   words ("BLINKEN:", "BUI THANH SON:"), not in `NOT_LABELS` ("NOTE:"), is an answer turn; a news outlet
 *   ("AFP:", "Bloomberg:") a question turn; a name in mixed case of two words or more, or with a title
 *   ("Mao Ning:", "Secretary Blinken:") an answer turn;
 * - never: a label with a possessive, a digit or a small word ("PRESIDENT TRUMP ON TARIFFS:", "EDITOR'S
 *   NOTE:"), more than seven words, or a colon not followed by a space;
 * - in mixed case, "Q", "Question", "A", "Answer", "Moderator" and "Interviewer" are read anywhere, as before;
 *   in a transcript, a "Q" with no colon before a capital ("Q    Mr. President, ...") is a question too.
 * A stage direction just after the label or at the start of a paragraph of the turn ("(Via interpreter)",
 * "(Laughter.)") is skipped and does not end the turn.
 */
import { ANSWER_ROLES, INTERVIEWER_WORDS, NOT_IN_LABELS, NOT_LABELS, OUTLETS, PERSON_WORDS, QUESTION_ROLES } from './data/labels.js';

export type Turn = 'question' | 'answer';

export interface TurnSpeaker {
  /** The label's words as written, without the colon or a stage direction: "SECRETARY BLINKEN". */
  readonly text: string;
  /** Offsets of those words in the text: text.slice(start, end) === text. */
  readonly start: number;
  readonly end: number;
}

export interface Label {
  readonly turn: Turn;
  /** The named speaker, or null for a role label ("QUESTION:", "A:"). */
  readonly speaker: TurnSpeaker | null;
  /** A label read in any text; a weak one ("BLINKEN:", "Mao Ning:") only in a transcript. */
  readonly strong: boolean;
  /** The last word of a named label, upper case: how a later label names the same person. */
  readonly key: string | null;
  /** Where the words after the label begin: past the colon, a stage direction and spaces. */
  readonly bodyAt: number;
}

const LABEL = /^([A-Z][^:\n]{0,60}):/;

/** "Q    Mr. President, ...": the White House's question mark, a "Q" with no colon (read only in a transcript). */
const BARE_Q = /^Q\s+["'\u201c]?[A-Z]/;

/** A stage direction: "(Via interpreter)", "(Laughter.)", "(Inaudible)", "(As interpreted)". */
const STAGE =
  /^\((?:via|through|as|in|speaking|translated|translation|interpreted|interpretation|inaudible|laughter|applause|crosstalk|cross-talk|off[- ]mic|audio|video|begin|end|pause|technical)\b[^()\n]{0,40}\)/i;

/** Labels of the asking or answering side read in mixed case in any text. */
const MIXED_ROLES: ReadonlySet<string> = new Set(['Q', 'QUESTION', 'A', 'ANSWER', 'MODERATOR', 'INTERVIEWER']);

const norm = (w: string) => w.replace(/\.$/, '').toUpperCase();
const phraseOf = (words: readonly string[]) => words.map(norm).join(' ');

/** Words a label can hold: capitalised, no digit, no possessive, no small word but "of" and a first "the". */
function labelWords(part: string): string[] | null {
  const words = part.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 7) return null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const n = norm(w);
    if (n === 'THE' && i === 0 && words.length > 1) continue;
    if (n === 'OF' && i > 0 && i < words.length - 1) continue;
    if (!/^[A-Z][A-Za-z'\u2019.-]*$/.test(w) || /['\u2019]s$/i.test(w) || (words.length > 1 && NOT_IN_LABELS.has(n))) return null;
  }
  return words;
}

const hasPerson = (words: readonly string[]) =>
  words.some((w) =>
    norm(w)
      .split('-')
      .some((part) => PERSON_WORDS.has(part)),
  );

/** The label that opens the paragraph at `from` (ending at `to`), or null. */
export function readLabel(text: string, from: number, to: number): Label | null {
  const head = text.slice(from, Math.min(to, from + 80));
  if (BARE_Q.test(head)) return { turn: 'question', speaker: null, strong: false, key: null, bodyAt: skipSpaces(text, from + 1, to) };
  const m = LABEL.exec(head);
  if (!m) return null;
  const colonEnd = from + m[0].length;
  const after = text.charAt(colonEnd);
  if (colonEnd < to && !/\s/.test(after)) return null;
  let raw = (m[1] as string).trimEnd();
  // "FOREIGN MINISTER WANG (via interpreter):": the stage direction is not the speaker's name
  if (raw.endsWith(')')) {
    const open = raw.lastIndexOf('(');
    if (open <= 0) return null;
    raw = raw.slice(0, open).trimEnd();
  }
  if (raw.includes('(') || raw.includes(')')) return null;
  const comma = raw.indexOf(', ');
  const namePart = comma < 0 ? raw : raw.slice(0, comma);
  const rolePart = comma < 0 ? null : raw.slice(comma + 2);
  const words = labelWords(namePart);
  const roleWords = rolePart === null ? [] : labelWords(rolePart);
  if (!words || !roleWords) return null;
  const phrase = phraseOf(words);
  const speaker: TurnSpeaker = { text: raw, start: from, end: from + raw.length };
  const key = norm(words[words.length - 1] as string);
  const bodyAt = skipStage(text, skipSpaces(text, colonEnd, to), to);
  const make = (turn: Turn, named: boolean, strong: boolean): Label => ({
    turn,
    speaker: named ? speaker : null,
    strong,
    key: named ? key : null,
    bodyAt,
  });
  const upper = !/[a-z]/.test(raw);
  if (rolePart === null && (QUESTION_ROLES.has(phrase) || ANSWER_ROLES.has(phrase))) {
    const turn = ANSWER_ROLES.has(phrase) ? 'answer' : 'question';
    return upper || MIXED_ROLES.has(phrase) ? make(turn, false, true) : make(turn, false, false);
  }
  if (rolePart !== null) {
    // "STEVE INSKEEP, HOST", "ANTONY BLINKEN, SECRETARY OF STATE", "JOHN SMITH, REUTERS"
    if (!upper) return null;
    const role = phraseOf(roleWords);
    if (roleWords.some((w) => INTERVIEWER_WORDS.has(norm(w))) || OUTLETS.has(role)) return make('question', true, true);
    return make('answer', true, hasPerson(words) || hasPerson(roleWords));
  }
  if (upper) {
    if (hasPerson(words)) return make('answer', true, true);
    if (OUTLETS.has(phrase)) return make('question', true, false);
    if (words.length <= 3 && !words.some((w) => NOT_LABELS.has(norm(w)))) return make('answer', true, false);
    return null;
  }
  // mixed case, only in a transcript: "Mao Ning", "Secretary Blinken", "Bloomberg"
  if (words.some((w) => NOT_LABELS.has(norm(w)))) return null;
  if (OUTLETS.has(phrase)) return make('question', true, false);
  if (hasPerson(words) || words.length >= 2) return make('answer', true, false);
  return null;
}

function skipSpaces(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && /\s/.test(text.charAt(i))) i++;
  return i;
}

/** Past a stage direction at `at` ("(Via interpreter) The alliance ...") and the spaces after it; `at` if there is none. */
export function skipStage(text: string, at: number, to: number): number {
  const m = STAGE.exec(text.slice(at, Math.min(to, at + 60)));
  return m ? skipSpaces(text, at + m[0].length, to) : at;
}
