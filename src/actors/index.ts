/**
 * Stage 3: actor mentions in a sentence and what they refer to.
 *
 * A mention is a state by name, code, capital or seat ("Beijing", "Cheong Wa
 * Dae"), an office of a state ("the Chinese side"), an official ("Foreign
 * Minister Wang Yi", later "Wang", "the minister"), a group of the meeting's
 * parties ("the two sides"), a pronoun, or a coordination of these
 * ("Beijing and Seoul"). Officials are kept in a per-document register.
 */
import { TIME_WORDS } from '../clauses/data/adverbials.js';
import { VERB_CUES } from '../clauses/data/cues.js';
import type { Token } from '../nlp/wink.js';
import type { Sentence } from '../segment/index.js';
import { own } from '../shared/record.js';
import { type Compiled, EITHER_ORDER, type Entry, FAMILY_NAME_FIRST, keyOf, surnameOf } from './compile.js';
import { CHINESE_SURNAMES, KOREAN_SURNAMES, NAME_FORM_SHARED, NAME_PARTICLES, ROYAL_STYLES } from './data/names.js';
import { THIRD_PARTIES } from './data/third-parties.js';
import { NAMED_GROUPS, NON_OFFICIALS, NOT_HOME_TITLES, TITLE_MODIFIERS, TITLE_STATES, UNNAMED_SPEAKERS } from './data/titles.js';

/** Every cue verb's lemma ("protest", "agree"): wink takes a base form after a joint subject for a noun now and then. */
const CUE_LEMMAS: ReadonlySet<string> = new Set(VERB_CUES.flatMap((v) => v.lemmas));

export type MentionKind = 'state' | 'office' | 'person' | 'group' | 'pronoun' | 'joint';

export interface Mention {
  /** Token indices in the sentence, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  /** The states referred to; empty when not yet known (a pronoun, a group of the meeting's parties, an official of unknown state). */
  readonly states: readonly string[];
  /** For a group: its states were named ("the leaders of Japan and the ROK"). */
  readonly explicit: boolean;
  readonly person: string | null;
  readonly pronoun: string | null;
  readonly plural: boolean;
  /** "China's position", "its opposition". */
  readonly possessive: boolean;
  /** "China-ROK relations", "U.S. soybeans": names a thing, not an agent. */
  readonly modifier: boolean;
  readonly text: string;
  /**
   * How the text told the mention's state when no nationality was written with it, recorded in
   * `Stance.because`: 'appositive' ("X, the Turkish foreign minister"), 'home-state' (the dateline's),
   * 'title-state' (a title only one state has), 'office-title' ("Unification Ministry spokesman X"),
   * 'counterpart' ("A and his Japanese counterpart B"), 'unnamed-official' ("officials in Seoul"),
   * 'named-later' (an official whose state a later sentence gives).
   */
  readonly via: StateVia | undefined;
}

export type StateVia = 'appositive' | 'home-state' | 'title-state' | 'office-title' | 'counterpart' | 'unnamed-official' | 'named-later';

export interface Person {
  readonly name: string;
  readonly state: string | null;
  readonly title: string | null;
  /** How the text told the state, when no nationality came with the name (see `Mention.via`). */
  readonly via?: StateVia;
}

/** Officials met so far in one document, by name, surname and title, and what the document tells of its own state. */
export class Register {
  private readonly byKey = new Map<string, Person>();
  private readonly byTitle: Person[] = [];

  /**
   * @param home the document's home state (its dateline's city: "SEOUL, Oct. 5 (Yonhap) --"), whose are the
   *   officials and offices it names without a nationality ("Foreign Minister X", "the presidential office")
   * @param pair the configured pair: a name whose form fits both of it tells no state ("Kim": ROK or DPRK)
   */
  constructor(
    readonly home: string | null = null,
    readonly pair: readonly string[] = [],
  ) {}

  add(p: Person, surname: string | null): void {
    this.byKey.set(keyOf(p.name), p);
    if (surname) this.byKey.set(keyOf(surname), p);
    if (p.title) this.byTitle.push(p);
  }

  find(key: string): Person | undefined {
    return this.byKey.get(key);
  }

  private readonly offices = new Map<string, string>();

  /** "the Chinese Foreign Ministry" ... "the ministry": the last body of that kind whose state was named. */
  addOffice(head: string, state: string): void {
    this.offices.set(head, state);
  }

  office(head: string): string | null {
    return this.offices.get(head) ?? null;
  }

  private readonly bare = new Map<string, Person>();

  /**
   * "The Prime Minister met India's Prime Minister Narendra Modi": a title named alone before any official
   * with it is someone else, whom the document's later "the Prime Minister" means too.
   */
  addBare(title: string, p: Person): void {
    this.bare.set(title.toLowerCase(), p);
    this.byKey.set(keyOf(p.name), p);
  }

  /**
   * An official of no known state beside one of the pair with the same title: the pair's other member's.
   * "The Prime Minister met Japanese Prime Minister Fumio Kishida" (a title named alone); "Foreign Minister
   * Kim Yong-chol met South Korean Foreign Minister X" in a text on the two Koreas (a name whose form fits
   * both). Once the document is read, so that every mention gets it.
   */
  resolveUnknown(): void {
    const [x, y] = this.pair;
    if (!x || !y) return;
    const unknown = new Set<Person>();
    for (const p of this.byKey.values()) if (!p.state && p.title && !NOT_HOME_TITLES.has(p.title)) unknown.add(p);
    for (const p of unknown) {
      const others = new Set(
        this.byTitle.filter((q) => q.title === p.title && q.name !== p.name && (q.state === x || q.state === y)).map((q) => q.state),
      );
      if (others.size !== 1) continue;
      const resolved: Person = { ...p, state: others.has(x) ? y : x, via: 'counterpart' };
      for (const [k, q] of this.byKey) if (q === p) this.byKey.set(k, resolved);
      for (const [t, q] of this.bare) if (q === p) this.bare.set(t, resolved);
    }
  }

  /** "the President": the official first named by the title alone, else the last official with that exact title; "the minister": with a title ending in it. */
  titled(title: string): Person | undefined {
    const t = title.toLowerCase();
    const bare = this.bare.get(t);
    if (bare) return bare;
    for (let i = this.byTitle.length - 1; i >= 0; i--) if (this.byTitle[i]?.title === t) return this.byTitle[i];
    for (let i = this.byTitle.length - 1; i >= 0; i--) {
      const pt = this.byTitle[i]?.title ?? '';
      // "the minister" ~ "foreign minister", "the Secretary" ~ "secretary of state"; "the President" is not the vice president
      if ((pt.endsWith(` ${t}`) || pt.startsWith(`${t} `)) && !/^(vice|deputy|assistant|under) /.test(pt)) return this.byTitle[i];
    }
    return undefined;
  }
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = { his: 'he', her: 'she', its: 'it', their: 'they', our: 'we', my: 'i' };
const OBJECT_PRONOUNS: Readonly<Record<string, string>> = { him: 'he', them: 'they', us: 'we', me: 'i' };
const PLURAL_PRONOUNS = new Set(['they', 'we']);
/** Every pronoun form to its subject form: "their" -> "they", "him" -> "he". */
const PRONOUN_BASE: ReadonlyMap<string, string> = new Map([
  ...[...SUBJECT_PRONOUNS].map((p) => [p, p] as const),
  ...Object.entries(POSSESSIVE_PRONOUNS),
  ...Object.entries(OBJECT_PRONOUNS),
]);

/** "the" alone makes a group only with these: "the leaders", "the Parties". */
const WEAK_GROUP = new Set([
  'sides',
  'leaders',
  'presidents',
  'parties',
  'heads',
  'national',
  'ministers',
  'foreign',
  'delegations',
  'advisors',
  'advisers',
  'top',
  'diplomats',
]);
const STRONG_DETERMINERS: readonly (readonly string[])[] = [
  ['the', 'two'],
  ['the', 'three'],
  ['the', 'four'],
  ['all', 'three'],
  ['all', 'the'],
  ['both'],
  ['all'],
];

/** Bodies that speak for a state and are named again by their head noun alone (not an embassy: one state's, in another's capital). */
const BODIES = new Set([
  'ministry',
  'government',
  'administration',
  'office',
  'cabinet',
  'delegation',
  'leadership',
  'official',
  'officials',
  'source',
  'sources',
]);
/** Bodies named without a state that are the home state's: "the government", "the presidential office", "the Foreign Office". */
const HOME_BODIES = new Set(['ministry', 'government', 'administration', 'office', 'cabinet']);
const HONORIFICS = new Set(['mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.']);
const FUNCTION_TAGS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'PUNCT']);
const isCap = (t: Token | undefined) => !!t && /^[A-Z]/.test(t.text);

/** Do the tokens from `i` on read `words` (lower case)? */
function startsWithWords(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

function matchPhrase(tokens: readonly Token[], i: number, table: ReadonlyMap<string, readonly (readonly string[])[]>): number {
  const first = tokens[i];
  if (!first) return 0;
  const bucket = table.get(first.lower);
  if (!bucket) return 0;
  for (const words of bucket) if (startsWithWords(tokens, i, words)) return words.length;
  return 0;
}

interface Draft {
  start: number;
  end: number;
  kind: MentionKind;
  states: string[];
  explicit: boolean;
  person: string | null;
  pronoun: string | null;
  plural: boolean;
  demonym?: boolean;
  via?: StateVia;
  /** An official's title with its state and no name ("the Turkish foreign minister", "Japan's prime minister"): an appositive may name them. */
  title?: string;
}

/**
 * The state an official's name points to when nothing else does: "Park Soo-hyun" is Korean (the ROK),
 * "Le Yucheng" Chinese. A name that fits both, or neither, points nowhere.
 */
function nameOrigin(name: readonly Token[], pair: readonly string[]): string | null {
  const origin = nameForm(name);
  // (a Korean name in a text on the two Koreas, a Chinese one in a text on China and Taiwan: the rest of the document tells)
  return origin && NAME_FORM_SHARED[origin]?.some((s) => pair.includes(s)) ? null : origin;
}

function nameForm(name: readonly Token[]): string | null {
  const words: string[] = [];
  for (let k = 0; k < name.length; k++) {
    const t = name[k] as Token;
    if (t.text === '-' || (k > 0 && t.start === (name[k - 1] as Token).end && (name[k - 1] as Token).text === '-')) {
      if (t.text !== '-') words[words.length - 1] += `-${t.text}`;
      continue;
    }
    words.push(t.text);
  }
  if (words.length < 2 || words.length > 3) return null;
  const family = (words[0] as string).toLowerCase();
  const given = words.slice(1);
  const koreanGiven =
    (given.length === 1 && /^[A-Z][a-z]+-[a-z]+$/.test(given[0] as string)) ||
    (given.length === 2 && given.every((g) => /^[A-Z][a-z]{1,4}$/.test(g)));
  const chineseGiven = given.length === 1 && /^[A-Z][a-z]{1,8}$/.test(given[0] as string);
  // (a North Korean official is named with "North Korean", "of the DPRK", or is among the built-in officials)
  if (KOREAN_SURNAMES.has(family) && koreanGiven) return 'KOR';
  // "Kang Min": a family name of both, and a given name of one word, could be either
  if (CHINESE_SURNAMES.has(family) && chineseGiven && !KOREAN_SURNAMES.has(family)) return 'CHN';
  return null;
}

function personDraft(start: number, end: number, state: string | null, name: string, via?: StateVia): Draft {
  const d: Draft = { start, end, kind: 'person', states: state ? [state] : [], explicit: true, person: name, pronoun: null, plural: false };
  if (via && state) d.via = via;
  return d;
}

/**
 * Registers an official under the full name and the surname later mentions use: the last word, and the
 * first where the family name comes first ("Wang Yi"), may ("Ishiba Shigeru"), or the state is not known.
 */
function registerName(reg: Register, p: Person, words: readonly string[]): void {
  reg.add(p, words.length > 1 ? (words[words.length - 1] ?? null) : null);
  if (words.length > 1 && (!p.state || FAMILY_NAME_FIRST.has(p.state) || EITHER_ORDER.has(p.state))) reg.add(p, words[0] ?? null);
}

/** The state a title names when the text gives none: the document's home state, for a title held at home. */
function homeOf(reg: Register, title: string): string | null {
  return reg.home && !NOT_HOME_TITLES.has(title) ? reg.home : null;
}

export function findMentions(sent: Sentence, text: string, c: Compiled, reg: Register): Mention[] {
  const tokens = sent.tokens;
  const drafts: Draft[] = [];
  const ctx: Pass = {
    tokens,
    from: sent.bodyFrom,
    text,
    c,
    reg,
    covered: new Array(tokens.length),
    drafts,
    headline: sent.headlineGrammar,
  };
  // one function a pass (small functions, each optimised on its own): each reads what the passes before it covered
  gazetteerPass(ctx);
  describedPass(ctx);
  titlePass(ctx);
  appositivePass(ctx);
  officePass(ctx);
  counterpartPass(ctx);
  bodyPass(ctx);
  unnamedPass(ctx);
  surnamePass(ctx);
  groupPass(ctx);
  pronounPass(ctx);
  // (the passes add drafts out of order; sorting allocates, so only when needed)
  if (!inOrder(drafts)) drafts.sort((a, b) => a.start - b.start);
  // a bare demonym is not an actor ("Chinese retaliation"), but a possessor of a stance noun is: keep it, marked modifier
  const joined = coordinate(drafts, tokens, sent.headlineGrammar);
  return joined.map((d) => finish(d, tokens, text));
}

/** What the passes of findMentions share: the sentence, the tables, and the drafts so far with the tokens they cover. */
interface Pass {
  readonly tokens: readonly Token[];
  readonly from: number;
  readonly text: string;
  readonly c: Compiled;
  readonly reg: Register;
  readonly covered: (Draft | 'none' | undefined)[];
  readonly drafts: Draft[];
  /** Headline grammar capitalises every word: capitals tell no name there ("Moon Visit Shows ..."). */
  readonly headline: boolean;
}

function putDraft(ctx: Pass, d: Draft): void {
  for (let k = d.start; k < d.end; k++) ctx.covered[k] = d;
  ctx.drafts.push(d);
}

/** Names, codes, capitals, seats, demonyms and known officials, longest match first. */
function gazetteerPass(ctx: Pass): void {
  const { tokens, from, text, c, reg, covered } = ctx;
  for (let i = from; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    // "Korea" must start with a capital to be a name; "us" is never "US"
    const c0 = first.text.charCodeAt(0);
    // a name starts with a capital (A-Z, or À-Þ: "Élysée"), and not with "The", "In", "And" ("The Bahamas" is found from "Bahamas")
    if ((c0 < 65 || c0 > 90) && (c0 < 0xc0 || c0 > 0xde || c0 === 0xd7)) continue;
    if (FUNCTION_TAGS.has(first.pos)) continue;
    let key = '';
    let best: { end: number; entry: Entry } | null = null;
    for (let j = i; j < tokens.length && j < i + 12; j++) {
      const k = keyOf((tokens[j] as Token).text);
      key += k;
      if (!c.prefixes.has(key)) break;
      if (k === '') continue;
      const list = c.entries.get(key);
      if (!list) continue;
      const surface = text.slice(first.start, (tokens[j] as Token).end);
      const entry = list.find((e) => e.type !== 'code' || e.exact === surface);
      if (entry) best = { end: j + 1, entry };
    }
    if (!best) continue;
    // "Mr. Jordan", "Ms. Chad": after an honorific a state's name is a surname (the title pass reads the person)
    if ((best.entry.type === 'state' || best.entry.type === 'code') && i > from && HONORIFICS.has((tokens[i - 1] as Token).lower)) continue;
    const [a, b, entry] = [i, best.end, best.entry];
    // "Cho Hyun-dong" is not the official Cho Hyun: a name goes on after a hyphen ("Xi-Biden summit" names two)
    const glued = tokens[b]?.text === '-' && tokens[b]?.start === tokens[b - 1]?.end && /^[a-z]/.test(tokens[b + 1]?.text ?? '');
    if (entry.type === 'person' && glued) continue;
    i = b - 1;
    if (entry.type === 'none') {
      for (let k = a; k < b; k++) covered[k] = 'none';
      continue;
    }
    if (entry.type === 'person' && entry.person) {
      const p: Person = { name: entry.person.name, state: entry.state, title: entry.person.title?.toLowerCase() ?? null };
      putDraft(ctx, personDraft(a, b, entry.state, p.name));
      reg.add(p, surnameOf(entry.person));
      continue;
    }
    putDraft(ctx, {
      start: a,
      end: b,
      kind: 'state',
      states: entry.state ? [entry.state] : [],
      explicit: true,
      person: null,
      pronoun: null,
      plural: false,
      demonym: entry.type === 'demonym',
    });
  }
}

/**
 * A person described as no official speaks for no state: "A senior researcher at the Korean
 * government-funded Foundation, Lee Y, says", "analyst Kim Dong-yup", "Political scientist Wang Fan". The
 * whole phrase is one person of no state (the state named inside it holds nothing), registered so that a
 * later "Lee said" is them.
 */
function describedPass(ctx: Pass): void {
  const { tokens, from, text, reg, covered, drafts } = ctx;
  for (let i = from; i < tokens.length; i++) {
    const w = tokens[i]?.lower ?? '';
    if (
      covered[i] !== undefined ||
      !(THIRD_PARTIES.has(w) || NON_OFFICIALS.has(w)) ||
      (tokens[i]?.pos !== 'NOUN' && tokens[i]?.pos !== 'PROPN')
    )
      continue;
    let run: [number, number] | null = null;
    let end = i + 1;
    if (/^(at|of|from|with)$/.test(tokens[i + 1]?.lower ?? '')) {
      // "a researcher at X, NAME,": the name after the phrase's comma
      let k = i + 2;
      while (k < tokens.length && k < i + 16 && tokens[k]?.text !== ',') k++;
      if (tokens[k]?.text === ',') run = nameRunFrom(ctx, k + 1);
      if (run && tokens[run[1]]?.text !== ',') run = null;
    } else run = nameRunFrom(ctx, i + 1);
    if (!run) continue;
    end = run[1];
    const words = nameWords(tokens, run[0], run[1]);
    if (words.length < 2) continue;
    let start = i;
    while (
      start > from &&
      start > i - 4 &&
      covered[start - 1] === undefined &&
      /^(a|an|the|senior|junior|political|independent|leading|prominent|military|security|economic|chief|research|[a-z]+-based)$/.test(
        tokens[start - 1]?.lower ?? '',
      )
    )
      start--;
    for (let k = drafts.length - 1; k >= 0; k--)
      if ((drafts[k] as Draft).start >= start && (drafts[k] as Draft).start < end) drafts.splice(k, 1);
    for (let k = start; k < end; k++) covered[k] = undefined;
    const name = text.slice(tokens[run[0]]?.start, tokens[run[1] - 1]?.end);
    putDraft(ctx, personDraft(start, end, null, name));
    registerName(reg, { name, state: null, title: null }, words);
    i = end - 1;
  }
}

/** The run of name words that starts at `k`, or null. */
function nameRunFrom(ctx: Pass, k: number): [number, number] | null {
  const run = nameRun(ctx, k, k);
  return run && run[0] === k ? run : null;
}

/** Officials by title: "Foreign Minister Wang Yi", "Chinese President", "the minister". */
function titlePass(ctx: Pass): void {
  const { tokens, from, text, c, reg, covered, drafts } = ctx;
  for (let i = from; i < tokens.length; i++) {
    if (covered[i] !== undefined) continue;
    const n = matchPhrase(tokens, i, c.titles);
    if (n === 0) continue;
    const title = tokens
      .slice(i, i + n)
      .map((t) => t.lower)
      .join(' ');
    const j = i + n;
    const next = covered[j];
    const left = i > 0 ? covered[i - 1] : undefined;
    // "Chinese Foreign Minister", "Pakistan President"; "Ethiopia's foreign minister", "Qatar's Emir" (a state's possessive, not a demonym's)
    // (and with the office's name between: "Taiwan's Mainland Affairs Council chairman", "China's Taiwan Affairs Office head")
    // (a state inside the office's name is part of it: "China's Taiwan Affairs Office")
    const inner = (k: number) => {
      const m = covered[k];
      return m === undefined || (m !== 'none' && m.kind === 'state' && !m.demonym && m.end <= i);
    };
    let at = i - 1;
    while (
      !left &&
      at > from &&
      at > i - 5 &&
      inner(at) &&
      (isCap(tokens[at]) || TITLE_MODIFIERS.has(tokens[at]?.lower ?? '')) &&
      !isPossessive(tokens, at)
    )
      at--;
    const poss = !left && at > from && isPossessive(tokens, at) ? covered[at - 1] : undefined;
    if (poss && poss !== 'none' && poss.kind === 'state' && !poss.demonym && at < i - 1)
      for (let k = at + 1; k < i; k++) {
        const m = covered[k];
        if (m && m !== 'none') drafts.splice(drafts.indexOf(m), 1);
        covered[k] = undefined;
      }
    let owner = poss && poss !== 'none' && poss.kind === 'state' && !poss.demonym ? poss : undefined;
    // "Russian Foreign Ministry spokeswoman", "Pakistan Foreign Office spokesperson": a state and its office's name before the title
    for (let k = Math.max(at, from); !left && !owner && k < i - 1; k++) {
      const m = covered[k];
      if (m && m !== 'none' && m.kind === 'state' && m.end < i && m.end + matchPhrase(tokens, m.end, c.offices) === i) owner = m;
    }
    const leftState = left && left !== 'none' && left.kind === 'state' ? left : owner;
    // "Chinese Foreign Minister Wang Yi": the demonym before the title gives the state
    if (next && next !== 'none' && next.kind === 'person') {
      next.start = leftState ? leftState.start : i;
      if (leftState) drafts.splice(drafts.indexOf(leftState), 1);
      for (let k = next.start; k < j; k++) covered[k] = next;
      const known = next.person ? reg.find(keyOf(next.person)) : undefined;
      if (known) reg.add({ ...known, title }, null);
      continue;
    }
    // a name follows: capitalised words, hyphen pieces and initials
    let k = j;
    const name: Token[] = [];
    while (k < tokens.length && name.length < 5 && covered[k] === undefined) {
      const t = tokens[k] as Token;
      const attached = k > j && t.start === tokens[k - 1]?.end;
      // a name ends before a verb, even a capitalised one in a headline ("President Trump Strikes Deal")
      const hyphenNext = tokens[k + 1]?.text === '-' && tokens[k + 1]?.start === t.end; // "Sung-ho" is a name
      // (and before a function word a headline capitalises: "Foreign Minister Park Jin After Their Meeting")
      const verb =
        !attached &&
        !hyphenNext &&
        name.length > 0 &&
        (t.verbLemma !== null || t.pos === 'VERB' || FUNCTION_TAGS.has(t.pos) || t.pos === 'PRON');
      // ("Mohammed bin Salman", "Tamim bin Hamad Al Thani": a particle between capitalised words)
      const particle =
        ((name.length > 0 && NAME_PARTICLES.has(t.lower)) || (name.length === 0 && ROYAL_STYLES.has(t.lower))) &&
        isCap(tokens[k + 1]) &&
        covered[k + 1] === undefined;
      if (
        particle ||
        (!verb && ((isCap(t) && /^[A-Za-z][\w.]*$/.test(t.text) && !c.titles.has(t.lower)) || (attached && /^[-\w]+$/.test(t.text))))
      ) {
        name.push(t);
        k++;
      } else break;
    }
    while (name.length > 0 && name[name.length - 1]?.text === '-') {
      name.pop();
      k--;
    }
    // "Foreign Minister Wang Yi"; "presidential spokesman Park Soo-hyun" (a lower-case title before a full name)
    if (name.length > 0 && (isCap(tokens[i]) || name.length >= 2)) {
      const nameText = text.slice(name[0]?.start, name[name.length - 1]?.end);
      let state: string | null = leftState ? (leftState.states[0] ?? null) : null;
      let end = k;
      // "President Xi Jinping of the People's Republic of China"
      const of = tokens[k]?.lower === 'of' ? (tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1) : -1;
      const ofMention = of > 0 ? covered[of] : undefined;
      if (ofMention && ofMention !== 'none' && ofMention.kind === 'state' && !ofMention.demonym) {
        state ??= ofMention.states[0] ?? null;
        drafts.splice(drafts.indexOf(ofMention), 1);
        end = ofMention.end;
      }
      // (by surname only an official: "President Lee" is not the researcher Lee Y met before)
      const official = (p: Person | undefined) => (p && (p.state || p.title) ? p : undefined);
      const known =
        (name.length > 1 ? reg.find(keyOf(nameText)) : official(reg.find(keyOf(nameText)))) ??
        official(reg.find(keyOf(name[name.length - 1]?.text ?? ''))) ??
        official(reg.find(keyOf(name[0]?.text ?? '')));
      // a built-in official's surname names that official only when it stands alone ("Minister Kang"), not in another full name ("Kang Min")
      const builtin = name.length === 1 ? c.surnames.get(keyOf(name[0]?.text ?? '')) : undefined;
      // ("Unification Ministry spokesman Kim": the ministry the text named, "Chief Cabinet Secretary X": Japan's)
      const body = i > 0 && !left && BODIES.has(tokens[i - 1]?.lower ?? '') ? reg.office(tokens[i - 1]?.lower ?? '') : null;
      let via: StateVia | undefined = state ? undefined : known?.state ? known.via : undefined;
      state ??= known?.state ?? builtin?.actor ?? null;
      const only = own(TITLE_STATES, title);
      if (!state && body) [state, via] = [body, 'office-title'];
      if (!state && only) [state, via] = [only, 'title-state'];
      state ??= nameOrigin(name, reg.pair);
      const home = state ? null : homeOf(reg, title);
      if (home) [state, via] = [home, 'home-state'];
      const start = leftState ? leftState.start : i;
      if (leftState) drafts.splice(drafts.indexOf(leftState), 1);
      const personName = known?.name ?? nameText;
      putDraft(ctx, personDraft(start, end, state, personName, via));
      const isHonorific = /^(mr|ms|mrs|dr)\.?$/.test(title);
      registerName(
        reg,
        { name: personName, state, title: isHonorific ? (known?.title ?? null) : title, ...(via ? { via } : {}) },
        name.map((t) => t.text),
      );
      i = end - 1;
      continue;
    }
    if (/^(mr|ms|mrs|dr)\.?$/.test(title)) continue;
    if (leftState) {
      // "the Chinese Foreign Minister", "U.S. Secretary of State"
      leftState.end = j;
      leftState.kind = 'office';
      leftState.demonym = false;
      leftState.title = title;
      for (let q = leftState.start; q < j; q++) covered[q] = leftState;
      continue;
    }
    // "the foreign minister of Greece" (an appositive may name them: ", Giorgos Gerapetritis,")
    const of = tokens[j]?.lower === 'of' ? (tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1) : -1;
    const ofState = of > 0 ? covered[of] : undefined;
    if (ofState && ofState !== 'none' && ofState.kind === 'state' && !ofState.demonym && ofState.states.length === 1) {
      const start = tokens[i - 1]?.lower === 'the' ? i - 1 : i;
      drafts.splice(drafts.indexOf(ofState), 1);
      const d: Draft = { ...ofState, start, kind: 'office', demonym: false, title };
      putDraft(ctx, d);
      i = d.end - 1;
      continue;
    }
    if (tokens[i - 1]?.lower === 'the') {
      // "the President", "the minister": the last official with that title, else the home state's
      // (an official named later in this sentence is someone else: "The Prime Minister met Prime Minister Kishida")
      const named = reg.titled(title);
      const p = named && !drafts.some((d) => d.person === named.name && d.start > i) ? named : undefined;
      if (p) putDraft(ctx, personDraft(i - 1, j, p.state, p.name, p.via));
      else if (!NOT_HOME_TITLES.has(title) && (isCap(tokens[i]) || reg.home)) {
        const only = own(TITLE_STATES, title) ?? null;
        const via: StateVia = only ? 'title-state' : 'home-state';
        const bare: Person = { name: text.slice(tokens[i - 1]?.start, tokens[j - 1]?.end), state: only ?? homeOf(reg, title), title, via };
        reg.addBare(title, bare);
        putDraft(ctx, personDraft(i - 1, j, bare.state, bare.name, via));
      }
    }
  }
}

/** A word of a name: capitalised letters ("Fidan", "S.", "Jae-in"), not a title word, a verb, a time word or a function word. */
function nameWord(ctx: Pass, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || ctx.covered[k] !== undefined || !isCap(t) || !/^[A-Z\u00c0-\u00de][\w.\u00c0-\u024f]*$/.test(t.text)) return false;
  // ("Sang-hyun": a word before a hyphen is a name's, whatever wink tagged it)
  const next = ctx.tokens[k + 1];
  if (next?.text === '-' && next.start === t.end) return !ctx.c.titles.has(t.lower);
  return (
    (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'X') &&
    !ctx.c.titles.has(t.lower) &&
    t.verbLemma === null &&
    !TIME_WORDS.has(t.lower)
  );
}

/** The run of name words (with hyphen pieces: "Jae-in") around token `k`: [start, end), or null. */
function nameRun(ctx: Pass, k: number, lo: number): [number, number] | null {
  const { tokens } = ctx;
  const glued = (q: number) => q > 0 && q < tokens.length && (tokens[q] as Token).start === (tokens[q - 1] as Token).end; // "Jae" "-" "in"
  // (a run may be found from its last piece: "jong" of "Kim Yo-jong")
  if (!nameWord(ctx, k) && !(glued(k) && ctx.covered[k] === undefined && /^[-\w]+$/.test(tokens[k]?.text ?? ''))) return null;
  let a = k;
  while (
    a > lo &&
    a > k - 6 &&
    (nameWord(ctx, a - 1) || (glued(a) && ctx.covered[a - 1] === undefined && /^[-\w]+$/.test(tokens[a - 1]?.text ?? '')))
  )
    a--;
  let b = k + 1;
  while (
    b < tokens.length &&
    b < k + 6 &&
    (nameWord(ctx, b) || (glued(b) && ctx.covered[b] === undefined && /^[-\w]+$/.test(tokens[b]?.text ?? '')))
  )
    b++;
  while (b > a && tokens[b - 1]?.text === '-') b--;
  while (a < b && tokens[a]?.text === '-') a++;
  return a < b ? [a, b] : null;
}

/** The words of a name as written: "Jae" "-" "in" is one word. */
function nameWords(tokens: readonly Token[], a: number, b: number): string[] {
  const words: string[] = [];
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (k > a && t.start === (tokens[k - 1] as Token).end) words[words.length - 1] += t.text;
    else words.push(t.text);
  }
  return words;
}

/**
 * An appositive names the official of a title that has a state and no name: "Hakan Fidan, the Turkish
 * foreign minister, said", "the foreign minister of Greece, Giorgos Gerapetritis, said", "Kishida Fumio,
 * Japan's prime minister". The name and the title become one official, registered for later "Fidan said".
 */
function appositivePass(ctx: Pass): void {
  const { tokens, from, text, reg, covered, drafts } = ctx;
  // (the drafts change as they are read: a copy, only for a sentence that has a title with no name)
  if (!drafts.some((d) => d.title)) return;
  for (const d of [...drafts]) {
    if (!d.title || d.kind !== 'office' || d.states.length !== 1) continue;
    const a = tokens[d.start - 1]?.lower === 'the' ? d.start - 1 : d.start;
    let run: [number, number] | null = null;
    // the name before: "NAME, the Turkish foreign minister"
    if (tokens[a - 1]?.text === ',' && a - 2 >= from) {
      const before = covered[a - 2];
      if (before && before !== 'none' && before.kind === 'person' && before.states.length === 0) run = [before.start, before.end];
      else if (before === undefined) run = nameRun(ctx, a - 2, from);
      // (the name opens its phrase: "Kishida Fumio, Japan's ...", not "said Tuesday, the Turkish ...")
      if (run && run[1] !== a - 1) run = null;
    } else if (tokens[d.end]?.text === ',') {
      // the name after: "the foreign minister of Greece, Giorgos Gerapetritis"
      run = nameRun(ctx, d.end + 1, d.end + 1);
      if (run && run[0] !== d.end + 1) run = null;
    }
    if (!run) continue;
    const [ra, rb] = run;
    const words = nameWords(tokens, ra, rb);
    // one word is a surname only if the register knows it; a name is two words or more
    if (words.length < 2 && !reg.find(keyOf(words[0] ?? '')) && tokens[ra]?.pos !== 'PROPN') continue;
    const state = d.states[0] as string;
    const nameText = text.slice(tokens[ra]?.start, tokens[rb - 1]?.end);
    const known = reg.find(keyOf(nameText));
    const name = known?.name ?? nameText;
    const prior = covered[ra];
    if (prior && prior !== 'none') drafts.splice(drafts.indexOf(prior), 1);
    drafts.splice(drafts.indexOf(d), 1);
    putDraft(ctx, personDraft(Math.min(ra, a), Math.max(rb, d.end), state, name, 'appositive'));
    registerName(reg, { name, state, title: d.title, via: 'appositive' }, words);
  }
}

/** A demonym or name with an office: "the Chinese side", "South Korean officials", "the ROK government". */
function officePass(ctx: Pass): void {
  const { tokens, c, reg, covered, drafts } = ctx;
  // (this pass changes drafts in place and adds none)
  for (const d of drafts) {
    // also an official's office: "President Yoon Suk Yeol's office", "Wang's spokesperson"
    if (d.kind !== 'state' && d.kind !== 'person') continue;
    let j = d.end;
    const possessive = tokens[j]?.lower === "'s" || tokens[j]?.lower === "'";
    if (possessive) j++;
    if (d.kind === 'person' && (!possessive || d.states.length === 0)) continue;
    // "Chinese Foreign Ministry", "the Chinese Ministry of Foreign Affairs"
    let n = covered[j] === undefined ? matchPhrase(tokens, j, c.offices) : 0;
    // "a South Korean government official", "a Russian foreign ministry spokesman": the office's speaker
    if (n > 0 && covered[j + n] === undefined && UNNAMED_SPEAKERS.has(tokens[j + n]?.lower ?? '')) n++;
    if (n > 0) {
      const plural = /s$/.test(tokens[j + n - 1]?.lower ?? '') && tokens[j + n - 1]?.lower !== 'authorities';
      d.end = j + n;
      d.kind = 'office';
      d.plural = plural;
      d.demonym = false;
      for (let q = d.start; q < d.end; q++) covered[q] = d;
      const head = tokens[d.end - 1]?.lower ?? '';
      if (d.states[0] && BODIES.has(head)) reg.addOffice(head, d.states[0]);
    }
  }

  // "South Korean and Chinese officials": a demonym coordinated with a demonym + office shares the office
  for (const d of drafts) {
    if (d.kind !== 'state' || !d.demonym) continue;
    const glue = tokens[d.end]?.lower;
    const next = glue === 'and' || glue === ',' ? covered[d.end + 1] : undefined;
    if (next && next !== 'none' && next.kind === 'office' && next.start === d.end + 1) {
      d.kind = 'office';
      d.demonym = false;
      d.plural = true;
    }
  }
}

/**
 * "A and his Japanese counterpart B", "Penny Wong and her Indonesian counterpart": the counterpart (and the
 * name after it) is one official of the demonym's state, joined to A (the pronoun is A's, no mention of its
 * own); an A of no known state is the pair's other member when the counterpart is one of the pair.
 */
function counterpartPass(ctx: Pass): void {
  const { tokens, text, reg, covered, drafts } = ctx;
  if (!drafts.some((d) => d.kind === 'office' && /^counterparts?$/.test(tokens[d.end - 1]?.lower ?? ''))) return;
  for (const d of [...drafts]) {
    if (d.kind !== 'office' || d.states.length !== 1 || !/^counterparts?$/.test(tokens[d.end - 1]?.lower ?? '')) continue;
    // (the pronoun pass comes later: the pronoun is still a bare token)
    const pronoun = covered[d.start - 1] === undefined && /^(his|her|their|its)$/.test(tokens[d.start - 1]?.lower ?? '');
    const a = pronoun && tokens[d.start - 2]?.lower === 'and' ? joinedOfficial(ctx, d.start - 3) : undefined;
    if (pronoun) d.start--;
    const state = d.states[0] as string;
    const run = nameRunFrom(ctx, d.end);
    const after = covered[d.end];
    if (after && after !== 'none' && after.kind === 'person') {
      // "his South Korean counterpart Cho Tae-yul": a known official
      drafts.splice(drafts.indexOf(after), 1);
      d.kind = 'person';
      d.person = after.person;
      d.end = after.end;
    } else if (run) {
      // "met his Turkish counterpart Hakan Fidan": registered for a later "Fidan said"
      const name = text.slice(tokens[run[0]]?.start, tokens[run[1] - 1]?.end);
      d.kind = 'person';
      d.person = name;
      d.end = run[1];
      registerName(reg, { name, state, title: 'counterpart' }, nameWords(tokens, run[0], run[1]));
    }
    for (let k = d.start; k < d.end; k++) covered[k] = d;
    const [x, y] = reg.pair;
    if (a && a.states.length === 0 && x && y && (state === x || state === y)) {
      a.states = [state === x ? y : x];
      a.via = 'counterpart';
      d.via = 'counterpart';
      if (a.person)
        registerName(reg, { name: a.person, state: a.states[0] as string, title: null, via: 'counterpart' }, a.person.split(/\s+/));
    }
  }
}

/** The official that ends at `k` before "and his ... counterpart": a mention, or a full name of no title ("Penny Wong"), made one. */
function joinedOfficial(ctx: Pass, k: number): Draft | undefined {
  const { tokens, text, reg, covered } = ctx;
  const m = covered[k];
  if (m === 'none') return undefined;
  if (m) return m.kind === 'person' || m.kind === 'office' || m.kind === 'state' ? m : undefined;
  const named = nameRun(ctx, k, ctx.from);
  if (!named || named[1] !== k + 1 || named[1] - named[0] < 2) return undefined;
  const name = text.slice(tokens[named[0]]?.start, tokens[named[1] - 1]?.end);
  const a = personDraft(named[0], named[1], reg.find(keyOf(name))?.state ?? null, name);
  putDraft(ctx, a);
  return a;
}

/** An office named by its state after it, or named again: "the foreign ministry of China", "the ministry in Seoul", "the ministry" (the last ministry whose state was named). */
function bodyPass(ctx: Pass): void {
  const { tokens, from, c, reg, covered, drafts } = ctx;
  for (let i = from; i < tokens.length; i++) {
    if (covered[i] !== undefined || tokens[i]?.lower !== 'the') continue;
    const n = covered[i + 1] === undefined ? matchPhrase(tokens, i + 1, c.offices) : 0;
    const head = tokens[i + n]?.lower ?? '';
    if (n === 0 || !BODIES.has(head)) continue;
    let end = i + 1 + n;
    const prep = tokens[end]?.lower;
    const after = prep === 'of' || prep === 'in' ? (tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1) : -1;
    const named = after > 0 ? covered[after] : undefined;
    let state: string | null = null;
    let via: StateVia | undefined;
    if (named && named !== 'none' && named.kind === 'state' && !named.demonym) {
      state = named.states[0] ?? null;
      drafts.splice(drafts.indexOf(named), 1);
      end = named.end;
    } else {
      // "the official Xinhua news agency" is no official
      if (head === 'official' || head === 'source') {
        const next = tokens[i + 1 + n];
        if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) continue;
      }
      // "the presidential office", "the Foreign Office": the last such body named, else the home state's
      state = reg.office(head);
      if (head === 'official' || head === 'source') via = 'unnamed-official';
      else if (!state && HOME_BODIES.has(head) && reg.home) [state, via] = [reg.home, 'home-state'];
    }
    if (!state) continue;
    putDraft(ctx, {
      start: i,
      end,
      kind: 'office',
      states: [state],
      explicit: true,
      person: null,
      pronoun: null,
      plural: false,
      ...(via ? { via } : {}),
    });
    reg.addOffice(head, state);
    i = end - 1;
  }
}

/**
 * Unnamed officials take the state of the office or place named with them: "a senior official at the
 * presidential office", "an official from the ministry", "officials in Seoul", "sources in Beijing"; the
 * document's later "the official said" is the same speaker.
 */
function unnamedPass(ctx: Pass): void {
  const { tokens, from, reg, covered, drafts } = ctx;
  for (let i = from; i < tokens.length; i++) {
    const w = tokens[i]?.lower ?? '';
    if (covered[i] !== undefined || !UNNAMED_SPEAKERS.has(w)) continue;
    const prep = tokens[i + 1]?.lower;
    if (prep !== 'at' && prep !== 'from' && prep !== 'in' && prep !== 'with') continue;
    const at = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
    const m = covered[at];
    if (!m || m === 'none' || (m.kind !== 'state' && m.kind !== 'office') || m.demonym || m.states.length !== 1) continue;
    // the phrase opens with its determiner and modifiers: "a senior official", "two government officials"
    let start = i;
    while (
      start > from &&
      start > i - 4 &&
      covered[start - 1] === undefined &&
      /^(a|an|the|one|two|three|several|some|senior|junior|top|high-ranking|ranking|government|diplomatic|military|security|unnamed|another|other|-|high|ranking)$/.test(
        tokens[start - 1]?.lower ?? '',
      )
    )
      start--;
    drafts.splice(drafts.indexOf(m), 1);
    const state = m.states[0] as string;
    putDraft(ctx, {
      start,
      end: m.end,
      kind: 'office',
      states: [state],
      explicit: true,
      person: null,
      pronoun: null,
      plural: w.endsWith('s'),
      via: 'unnamed-official',
    });
    reg.addOffice(w, state);
    i = m.end - 1;
  }
}

/** Later mentions of officials by surname: "Wang said", "Mr. Sullivan". */
function surnamePass(ctx: Pass): void {
  const { tokens, from, text, c, reg, covered } = ctx;
  for (let i = from; i < tokens.length; i++) {
    if (covered[i] !== undefined) continue;
    const t = tokens[i] as Token;
    if (!isCap(t) || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'PUNCT') continue;
    const key = keyOf(t.text);
    const p = reg.find(key);
    const builtin = p ? undefined : t.pos === 'PROPN' ? c.surnames.get(key) : undefined;
    if (!p && !builtin) continue;
    // a surname inside another full name is another person ("Political scientist Wang Fan" is not Wang Yi):
    // the full name is known, or it is a person of no state, registered so that a later "Wang" is them
    // ("Xi-Biden summit", "Lavrov-Fidan talks": two known surnames joined by a hyphen are two people)
    const known2 = (q: number) => {
      const u = tokens[q];
      return !!u && isCap(u) && (reg.find(keyOf(u.text)) !== undefined || c.surnames.has(keyOf(u.text)));
    };
    const glue = (q: number) =>
      tokens[q]?.text === '-' && tokens[q]?.start === tokens[q - 1]?.end && tokens[q]?.end === tokens[q + 1]?.start;
    const hyphenPair = (glue(i + 1) && known2(i + 2)) || (glue(i - 1) && known2(i - 2));
    const run = ctx.headline || hyphenPair ? null : nameRun(ctx, i, from);
    if (run && run[1] - run[0] > 1) {
      const [a, b] = run;
      const runKey = keyOf(text.slice(tokens[a]?.start, tokens[b - 1]?.end));
      // ("Le Drian" is Jean-Yves Le Drian)
      const known = p ?? (builtin ? { name: builtin.name, state: builtin.actor, title: null } : undefined);
      const full = reg.find(runKey) ?? (known && keyOf(known.name).endsWith(runKey) ? known : undefined);
      const words = nameWords(tokens, a, b);
      if (full) putDraft(ctx, personDraft(a, b, full.state, full.name));
      else if (words.length > 1) {
        const name = text.slice(tokens[a]?.start, tokens[b - 1]?.end);
        putDraft(ctx, personDraft(a, b, null, name));
        registerName(reg, { name, state: null, title: null }, words);
      } else continue;
      i = b - 1;
      continue;
    }
    // "Taiwan's Wang", "Japan's Abe": the state's possessive tells whose (and which Wang)
    const owner = i > from + 1 && isPossessive(tokens, i - 1) ? covered[i - 2] : undefined;
    if (owner && owner !== 'none' && owner.kind === 'state' && !owner.demonym && owner.states.length === 1) {
      const state = owner.states[0] as string;
      const same = p?.state === state ? p : builtin?.actor === state ? { name: builtin.name } : undefined;
      ctx.drafts.splice(ctx.drafts.indexOf(owner), 1);
      putDraft(ctx, personDraft(owner.start, i + 1, state, same?.name ?? t.text));
      continue;
    }
    if (p) putDraft(ctx, personDraft(i, i + 1, p.state, p.name, p.via));
    else if (builtin) putDraft(ctx, personDraft(i, i + 1, builtin.actor, builtin.name));
  }
}

/** Groups of the meeting's parties: "the two sides", "both leaders", "the leaders of Japan, the ROK and the US". */
function groupPass(ctx: Pass): void {
  const { tokens, from, c, covered, drafts } = ctx;
  for (let i = from; i < tokens.length; i++) {
    if (covered[i] !== undefined) continue;
    const w0 = tokens[i]?.lower;
    if (w0 !== 'the' && w0 !== 'both' && w0 !== 'all' && w0 !== 'participants') continue;
    let det = 0;
    let strong = false;
    for (const words of STRONG_DETERMINERS) {
      if (startsWithWords(tokens, i, words)) {
        det = words.length;
        strong = true;
        break;
      }
    }
    if (!strong && tokens[i]?.lower === 'the') det = 1;
    const n = covered[i + det] === undefined ? matchPhrase(tokens, i + det, c.groupNouns) : 0;
    // "Both agreed that ...": "both" alone before its verb is the meeting's parties
    const bothAlone =
      n === 0 && w0 === 'both' && det === 1 && isSubjectVerb(tokens[i + 1]) && (i === from || /^[;:"]$/.test(tokens[i - 1]?.text ?? ''));
    const bare = (det === 0 && i === from && tokens[i]?.lower === 'participants') || bothAlone;
    if (n === 0 && !bare) continue;
    if (!strong && !bare && (det === 0 || !WEAK_GROUP.has(tokens[i + det]?.lower ?? ''))) continue;
    let end = bare ? i + 1 : i + det + n;
    const states: string[] = [];
    if (tokens[end]?.lower === 'of') {
      // "the leaders of Japan, the Republic of Korea, and the United States"
      let k = end + 1;
      while (k < tokens.length) {
        const m = covered[k];
        if (m && m !== 'none' && (m.kind === 'state' || m.kind === 'office') && !m.demonym) {
          states.push(...m.states);
          drafts.splice(drafts.indexOf(m), 1);
          k = m.end;
          end = k;
        } else if (/^(,|and|the)$/.test(tokens[k]?.lower ?? '')) k++;
        else break;
      }
    }
    // "the two Koreas"
    const named = own(NAMED_GROUPS, tokens[end - 1]?.lower ?? '');
    if (named && states.length === 0) states.push(...named);
    putDraft(ctx, { start: i, end, kind: 'group', states, explicit: states.length > 0, person: null, pronoun: null, plural: true });
    i = end - 1;
  }
}

/** A verb that can follow its subject: "agreed", "said", "will", "also" ("Both also agreed"). */
function isSubjectVerb(t: Token | undefined): boolean {
  return (
    !!t && (t.verbLemma !== null || t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'also' || t.lower === 'have' || t.lower === 'had')
  );
}

/** Pronouns. */
function pronounPass(ctx: Pass): void {
  const { tokens, from, covered } = ctx;
  for (let i = from; i < tokens.length; i++) {
    if (covered[i] !== undefined) continue;
    const t = tokens[i] as Token;
    const lower = t.lower;
    const base = PRONOUN_BASE.get(lower);
    if (!base || (t.text === 'US' && lower === 'us')) continue;
    putDraft(ctx, {
      start: i,
      end: i + 1,
      kind: 'pronoun',
      states: [],
      explicit: false,
      person: null,
      pronoun: lower,
      plural: PLURAL_PRONOUNS.has(base),
    });
  }
}

function inOrder(drafts: readonly Draft[]): boolean {
  for (let k = 1; k < drafts.length; k++) if ((drafts[k] as Draft).start < (drafts[k - 1] as Draft).start) return false;
  return true;
}

/** "Beijing and Seoul", "President Biden and President Xi", "Japan, the ROK, and the US". Headlines also join by comma ("Beijing, Seoul agree"). */
function coordinate(drafts: Draft[], tokens: readonly Token[], headline: boolean): Draft[] {
  const out: Draft[] = [];
  const agentive = (d: Draft) =>
    (d.kind === 'state' && !d.demonym) || d.kind === 'office' || d.kind === 'person' || d.kind === 'group' || d.kind === 'joint';
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && agentive(prev) && agentive(d) && !isPossessive(tokens, prev.end)) {
      let hasAnd = false;
      let onlyGlue = d.start > prev.end;
      for (let k = prev.end; k < d.start && onlyGlue; k++) {
        const w = (tokens[k] as Token).lower;
        if (w === 'and' || w === '&') hasAnd = true;
        else if (w !== ',' && w !== 'the') onlyGlue = false;
      }
      // "Japan, the ROK, and the US": a comma joins too when an "and" closes the list
      const closes = !hasAnd && onlyGlue && listClosesWithAnd(drafts, drafts.indexOf(d), tokens);
      const comma = d.start === prev.end + 1 && tokens[prev.end]?.lower === ',';
      if (onlyGlue && (hasAnd || closes || (headline && comma))) {
        out[out.length - 1] = {
          start: prev.start,
          end: d.end,
          kind: 'joint',
          states: [...prev.states, ...d.states],
          explicit: prev.explicit && d.explicit,
          person: null,
          pronoun: null,
          plural: true,
          ...(prev.via || d.via ? { via: (prev.via ?? d.via) as StateVia } : {}),
        };
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

/** After the draft at `at`, do the next drafts continue the list and end it with "and"? */
function listClosesWithAnd(drafts: readonly Draft[], at: number, tokens: readonly Token[]): boolean {
  for (let k = at; k + 1 < drafts.length && k < at + 6; k++) {
    const from = (drafts[k] as Draft).end;
    const to = (drafts[k + 1] as Draft).start;
    if (to <= from) return false;
    let and = false;
    for (let q = from; q < to; q++) {
      const w = (tokens[q] as Token).lower;
      if (w === 'and') and = true;
      else if (w !== ',' && w !== 'the') return false;
    }
    if (and) return true;
  }
  return false;
}

function isPossessive(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]?.lower;
  return t === "'s" || t === "'";
}

/** The mention with the state the rest of the document told it ("named-later"), in the one shape of mentions. */
export function withState(m: Mention, state: string, via: StateVia): Mention {
  return {
    start: m.start,
    end: m.end,
    kind: m.kind,
    states: [state],
    explicit: m.explicit,
    person: m.person,
    pronoun: m.pronoun,
    plural: m.plural,
    possessive: m.possessive,
    modifier: m.modifier,
    text: m.text,
    via,
  };
}

function finish(d: Draft, tokens: readonly Token[], text: string): Mention {
  const pron = d.pronoun;
  const possessive = isPossessive(tokens, d.end) || (pron !== null && pron in POSSESSIVE_PRONOUNS);
  const next = tokens[d.end];
  const prev = tokens[d.start - 1];
  const hyphenAfter = next?.text === '-' && next.start === tokens[d.end - 1]?.end;
  const hyphenBefore = prev?.text === '-' && prev.end === tokens[d.start]?.start;
  // "China-ROK relations", "U.S. soybeans"; but "China states" is a verb, whatever wink tagged it, and "China today" a subject
  const nounAfter =
    !!next &&
    next.verbLemma === null &&
    !TIME_WORDS.has(next.lower) &&
    // ("US, Japan Protest China Zone", "Seoul and Tokyo agree": a cue verb's base form after a joint subject is its verb)
    !(d.kind === 'joint' && CUE_LEMMAS.has(next.lower)) &&
    (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM' || next.pos === 'ADJ') &&
    d.kind !== 'pronoun';
  const modifier = !possessive && (hyphenAfter || hyphenBefore || nounAfter || d.demonym === true);
  return {
    start: d.start,
    end: d.end,
    kind: d.kind,
    states: d.states.length < 2 ? d.states : [...new Set(d.states)],
    explicit: d.explicit,
    person: d.person,
    pronoun: pron,
    plural: d.plural,
    possessive,
    modifier,
    text: text.slice(tokens[d.start]?.start ?? 0, tokens[d.end - 1]?.end ?? 0),
    // (always present, so that every mention has one shape: the rules read mentions everywhere)
    via: d.via && d.states.length > 0 ? d.via : undefined,
  };
}
