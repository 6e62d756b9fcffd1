/**
 * Compiles the gazetteer, officials and titles into lookup tables: names are
 * matched on tokens by a key that ignores case, spaces, hyphens, dots and
 * apostrophes ("Lee Jae-myung" = "Lee Jae Myung", "U.S." = "US"), walking a
 * prefix set, so matching is linear in the text. The world tables are built
 * once per process; an extractor adds only its own officials and actors.
 */
import type { CustomActor, OfficialDef } from '../types.js';
import { OFFICIALS } from './data/officials.js';
import { NOT_ACTORS, STATES, type StateDef } from './data/states.js';
import { GROUP_NOUNS, OFFICES, TITLES } from './data/titles.js';

export type EntryType = 'state' | 'code' | 'demonym' | 'person' | 'none';

export interface Entry {
  readonly type: EntryType;
  readonly state: string | null;
  /** For codes: the exact spelling that must match. */
  readonly exact?: string;
  readonly person?: OfficialDef;
}

/** A custom actor as the caller gave it, its `id` resolved to a known state's where it names one. */
export type ActorDef = CustomActor;

export interface Compiled {
  readonly states: ReadonlyMap<string, StateDef>;
  /** Every key and every prefix of a key, so a walk over tokens can stop early. */
  readonly prefixes: { has(key: string): boolean };
  readonly entries: { get(key: string): readonly Entry[] | undefined };
  /** Built-in surnames that name one state only ("Wang" -> China; "Kim" is ambiguous and absent). */
  readonly surnames: ReadonlyMap<string, OfficialDef>;
  readonly titles: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly offices: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly groupNouns: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/**
 * The key a name is matched by: lower case, without spaces, hyphens, dots, apostrophes (straight or
 * curly) and diacritics, "&" read as "and". "Lee Jae-myung" and "Lee Jae Myung" share the key
 * "leejaemyung"; "U.S." and "US" the key "us"; "Côte d’Ivoire" and "Cote d'Ivoire" "cotedivoire";
 * "Trinidad & Tobago" and "Trinidad and Tobago" one key. (Offsets are never computed from a key.)
 */
export function keyOf(s: string): string {
  let k = KEYS.get(s);
  if (k === undefined) {
    k = s.toLowerCase();
    // (only Latin letters with diacritics are folded; other scripts come back composed as they were)
    if (LATIN_DIACRITIC.test(k)) k = k.normalize('NFD').replace(COMBINING, '').normalize('NFC');
    k = k.replace(/[\s\-.'\u2018\u2019\u02bc]+/g, '').replace(/&/g, 'and');
    // a bounded memo: words repeat, and a key is the same whatever document it is met in
    if (KEYS.size > 50_000) KEYS.clear();
    KEYS.set(s, k);
  }
  return k;
}

const LATIN_DIACRITIC = /[\u00c0-\u024f\u1e00-\u1eff]/;
const COMBINING = /[\u0300-\u036f]/g;

/**
 * The forms a name is known by beyond its own: without a leading "the" (text is matched from the
 * word after "The": "The Gambia", "the Holy See"), and with "Saint" for "St." and "St." for "Saint"
 * ("St. Lucia", "Saint Kitts and Nevis").
 */
export function nameForms(name: string): string[] {
  const bare = name.replace(/^the\s+/i, '');
  const forms = [bare];
  if (/\bSaint\s/.test(bare)) forms.push(bare.replace(/\bSaint\s/g, 'St. '));
  if (/\bSt\.?\s/.test(bare)) forms.push(bare.replace(/\bSt\.?\s/g, 'Saint '));
  return forms;
}

const KEYS = new Map<string, string>();

/** Words that are English before they are surnames ("He Lifeng": "He said" is a pronoun). */
const NOT_SURNAMES = new Set([
  'he',
  'an',
  'so',
  'do',
  'no',
  'to',
  'it',
  'us',
  'me',
  'we',
  'on',
  'or',
  'in',
  'as',
  'at',
  'be',
  'by',
  'go',
  'my',
  'of',
  'up',
  'sun',
  'long',
  'young',
  'moon',
  'may',
  'bishop',
  'son',
  'ma',
]);

/** The state ids whose officials write the family name first ("Wang Yi" -> "Wang"). */
export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(['CHN', 'KOR', 'PRK', 'TWN', 'HKG', 'MAC', 'VNM']);

/** The state ids whose officials are written in either order ("Ishiba Shigeru", "Shigeru Ishiba"): both ends of the name are its surname. */
export const EITHER_ORDER: ReadonlySet<string> = new Set(['JPN', 'HUN']);

function phraseTable(list: readonly string[]): Map<string, string[][]> {
  const table = new Map<string, string[][]>();
  for (const t of list) {
    const words = t.toLowerCase().split(/\s+/);
    const first = words[0] as string;
    const bucket = table.get(first) ?? [];
    bucket.push(words);
    table.set(first, bucket);
  }
  for (const bucket of table.values()) bucket.sort((a, b) => b.length - a.length);
  return table;
}

class Tables {
  readonly entries = new Map<string, Entry[]>();
  readonly prefixes = new Set<string>();

  add(name: string, entry: Entry): void {
    const key = keyOf(name);
    if (key === '') return;
    const list = this.entries.get(key) ?? [];
    list.push(entry);
    this.entries.set(key, list);
    for (let n = 1; n <= key.length; n++) this.prefixes.add(key.slice(0, n));
  }
}

/** Finds a state by id, ISO code, name, code, capital or demonym, in any case ("The Gambia", "St. Lucia", "Turkiye"). */
export function lookupState(name: string): string | null {
  const keys = new Set(nameForms(name.trim()).map(keyOf));
  lookup ??= lookupIndex();
  for (const tier of lookup) {
    for (const k of keys) {
      const id = tier.get(k);
      if (id !== undefined) return id;
    }
  }
  return null;
}

/** Keys to state ids, in the order lookupState tries them: ids and ISO2 codes, then names and codes, then capitals and demonyms. */
function lookupIndex(): Map<string, string>[] {
  const tiers = [new Map<string, string>(), new Map<string, string>(), new Map<string, string>()];
  const put = (tier: Map<string, string>, n: string, id: string) => {
    for (const f of nameForms(n)) {
      const k = keyOf(f);
      if (!tier.has(k)) tier.set(k, id);
    }
  };
  for (const s of STATES) {
    put(tiers[0] as Map<string, string>, s.id, s.id);
    if (s.iso2) put(tiers[0] as Map<string, string>, s.iso2, s.id);
    for (const n of [...s.names, ...s.codes]) put(tiers[1] as Map<string, string>, n, s.id);
    for (const n of [...s.capitals, ...s.demonyms]) put(tiers[2] as Map<string, string>, n, s.id);
  }
  return tiers;
}

let lookup: Map<string, string>[] | undefined;

interface Base {
  readonly tables: Tables;
  readonly states: Map<string, StateDef>;
  readonly officials: readonly OfficialDef[];
}

let base: Base | undefined;
let builds = 0;

/** How many times the world tables were built in this process (once, however many extractors). */
export function baseBuilds(): number {
  return builds;
}

function addState(t: Tables, s: StateDef): void {
  for (const n of [...s.names, ...s.capitals, ...s.seats]) for (const f of nameForms(n)) t.add(f, { type: 'state', state: s.id });
  for (const c of s.codes) t.add(c, { type: 'code', state: s.id, exact: c });
  for (const d of s.demonyms) t.add(d, { type: 'demonym', state: s.id });
}

function addOfficial(t: Tables, o: OfficialDef): void {
  t.add(o.name, { type: 'person', state: o.actor, person: o });
}

function buildBase(): Base {
  builds++;
  const tables = new Tables();
  for (const n of NOT_ACTORS) tables.add(n, { type: 'none', state: null });
  for (const s of STATES) addState(tables, s);
  // the built-in officials name their state as people write it ("China", "ROK"); store its id
  const officials = OFFICIALS.map((o) => ({ ...o, actor: lookupState(o.actor) ?? o.actor }));
  for (const o of officials) addOfficial(tables, o);
  return { tables, states: new Map(STATES.map((s) => [s.id, s])), officials };
}

export function compile(extraOfficials: readonly OfficialDef[] = [], actors: readonly ActorDef[] = []): Compiled {
  base ??= buildBase();
  const b = base;
  const overlay = new Tables();
  const states = new Map(b.states);
  const officials = [...b.officials, ...extraOfficials];
  for (const o of extraOfficials) addOfficial(overlay, o);
  for (const a of actors) {
    const known = states.get(a.id);
    const def: StateDef = {
      id: a.id,
      label: known?.label ?? a.id,
      iso2: known?.iso2 ?? null,
      names: a.names,
      codes: a.names.filter((n) => /^[A-Z.]{2,}$/.test(n)),
      capitals: a.capitals ?? [],
      seats: [],
      demonyms: a.demonyms ?? [],
    };
    addState(overlay, def);
    if (!known) states.set(a.id, def);
    for (const o of a.officials ?? []) {
      const off: OfficialDef = {
        name: o.name,
        actor: a.id,
        ...(o.title ? { title: o.title } : {}),
        ...(o.surname ? { surname: o.surname } : {}),
      };
      officials.push(off);
      addOfficial(overlay, off);
    }
  }
  const bySurname = new Map<string, OfficialDef[]>();
  for (const o of officials) {
    const surname = keyOf(surnameOf(o));
    if (NOT_SURNAMES.has(surname)) continue;
    const list = bySurname.get(surname) ?? [];
    list.push(o);
    bySurname.set(surname, list);
  }
  const surnames = new Map<string, OfficialDef>();
  for (const [k, list] of bySurname) {
    if (new Set(list.map((o) => o.actor)).size === 1) surnames.set(k, list[list.length - 1] as OfficialDef);
  }
  // the default extractor adds nothing: it reads the world tables directly
  const plain = overlay.entries.size === 0;
  return {
    states,
    prefixes: plain ? b.tables.prefixes : { has: (k) => overlay.prefixes.has(k) || b.tables.prefixes.has(k) },
    entries: plain
      ? b.tables.entries
      : {
          get: (k) => {
            const mine = overlay.entries.get(k);
            return mine ? [...mine, ...(b.tables.entries.get(k) ?? [])] : b.tables.entries.get(k);
          },
        },
    surnames,
    titles: phraseTable(TITLES),
    offices: phraseTable(OFFICES),
    groupNouns: phraseTable(GROUP_NOUNS),
  };
}

/** The family name used on later mentions: given, or the first word of an East Asian name, else the last. */
export function surnameOf(o: OfficialDef): string {
  if (o.surname) return o.surname;
  const words = o.name.split(/\s+/).filter((w) => !/\.$/.test(w));
  return (FAMILY_NAME_FIRST.has(o.actor) ? words[0] : words[words.length - 1]) ?? o.name;
}
