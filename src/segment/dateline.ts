/**
 * Datelines: the place (and date, and agency) that open a news report's first body line.
 *
 *   SEOUL, Oct. 31 (Yonhap) --        SEOUL, Oct 31 (Reuters) -       BEIJING, March 5 (Xinhua) --
 *   WASHINGTON (AP) —                 HANOI/BEIJING (Reuters) -       CANBERRA, Australia (AP) —
 *   TOKYO, Japan, May 3 (Kyodo) --    UNITED NATIONS (Reuters) -      Seoul, Oct. 31 (Yonhap) --
 *   BEIJING —                         NEW DELHI:
 *
 * One shape (places, an optional region, date and agency, then a dash or a colon) and what it must show
 * to be believed:
 * - places in capitals: with a date or an agency, any dash or a colon; with neither, an em dash, en dash or
 *   "--" (not a plain hyphen) and not a word of `NOT_PLACES` ("UPDATE —"); or a colon after a known place
 *   ("NEW DELHI:", not "ENHANCING COMMERCIAL TIES:");
 * - places in mixed case ("Seoul"): only with a date or an agency, so that "China, the ROK and Japan agreed"
 *   or "Russia, China — ..." are sentences;
 * - every word of a place in capitals has two capitals in a row, so "U.S." is never a place.
 */
import { isKnownPlace, NOT_PLACES } from './data/datelines.js';

export interface Dateline {
  /** The places as written, in order: ["HANOI", "BEIJING"]. */
  readonly cities: readonly string[];
  /** The agency in parentheses ("Yonhap", "Reuters", "AP"), or null. */
  readonly agency: string | null;
  /** Offsets of the dateline in the text, from its first place to its dash or colon: text.slice(start, end). */
  readonly start: number;
  readonly end: number;
}

/** A dateline found at the start of a stretch of text, and where the words after it begin. */
export interface DatelineMatch extends Dateline {
  /** Offset of the first character after the dateline and the spaces that follow it. */
  readonly bodyAt: number;
}

/** Places (up to four words each, several joined by "/"), a region, a date, an agency, a dash or colon. */
const DATELINE =
  /^([A-Z][A-Za-z'\u2019.-]*(?: [A-Z][A-Za-z'\u2019.-]*){0,3}(?: ?\/ ?[A-Z][A-Za-z'\u2019.-]*(?: [A-Z][A-Za-z'\u2019.-]*){0,3}){0,3})(?:, ([A-Z][A-Za-z'\u2019.-]*(?: [A-Z][A-Za-z'\u2019.-]*){0,2}))?(?:,? ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?)(?:,? \d{4})?)?(?: ?\(([^()\n]{2,40})\))?(?: ?(--|-|\u2013|\u2014)|(:))/;

/** The longest dateline looked at: the shape above cannot be longer. */
const LONGEST = 240;

const upperPlace = (city: string) => city.split(' ').every((w) => !/[a-z]/.test(w) && /[A-Z]{2}/.test(w));
const mixedPlace = (city: string) => city.split(' ').every((w) => /[a-z]/.test(w));

/** The dateline at `from` in `text` (not beyond `to`), or null. */
export function readDateline(text: string, from: number, to: number): DatelineMatch | null {
  const head = text.slice(from, Math.min(to, from + LONGEST));
  const m = DATELINE.exec(head);
  if (!m) return null;
  const cities = (m[1] ?? '').split('/').map((c) => c.trim());
  const dated = m[3] !== undefined;
  const agency = m[4]?.trim() || null;
  const dash = m[5];
  const colon = m[6] !== undefined;
  const after = head.charAt(m[0].length);
  // a hyphen or a colon is followed by a space (or ends the line): "SEOUL -based" is no dateline
  if ((dash === '-' || colon) && after !== '' && !/\s/.test(after)) return null;
  if (cities.every(upperPlace)) {
    if (!dated && !agency) {
      if (colon ? !cities.every(isKnownPlace) : dash === '-' || cities.some((c) => NOT_PLACES.has(c))) return null;
    }
  } else if (!cities.every(mixedPlace) || (!dated && !agency)) return null;
  let bodyAt = from + m[0].length;
  while (bodyAt < to && /\s/.test(text.charAt(bodyAt))) bodyAt++;
  return { cities, agency, start: from, end: from + m[0].length, bodyAt };
}
