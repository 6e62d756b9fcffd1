/**
 * Compiles the gazetteer, officials and titles once per extractor into
 * matchers: one case-insensitive regular expression of literal alternatives
 * (linear in the text: no nested quantifiers) and lookup tables.
 */

import { escapeRegExp } from '../shared/regex.js';
import type { OfficialDef } from '../types.js';
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

export interface Compiled {
  readonly states: ReadonlyMap<string, StateDef>;
  readonly pattern: RegExp;
  readonly entries: ReadonlyMap<string, readonly Entry[]>;
  /** Built-in surnames that name one state only ("Wang" -> China; "Kim" is ambiguous and absent). */
  readonly surnames: ReadonlyMap<string, OfficialDef>;
  readonly titles: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly offices: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly groupNouns: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** "Lee Jae-myung" and "Lee Jae Myung" share the key "leejaemyung". */
export function keyOf(s: string): string {
  return s.toLowerCase().replace(/[\s\-.']+/g, '');
}

function literal(name: string, person: boolean): string {
  const parts = name.split(/[\s-]+/).map(escapeRegExp);
  // names: "Jae-in" / "Jae in" / "Jaein"; places: "South  Korea"
  return parts.join(person ? '[\\s-]?' : '[\\s-]+').replace(/'/g, "'?");
}

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
]);

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

export function compile(extraOfficials: readonly OfficialDef[] = []): Compiled {
  const entries = new Map<string, Entry[]>();
  const alternatives: string[] = [];
  const add = (name: string, entry: Entry) => {
    const key = keyOf(name);
    const list = entries.get(key) ?? [];
    list.push(entry);
    entries.set(key, list);
    alternatives.push(literal(name, entry.type === 'person'));
  };
  for (const n of NOT_ACTORS) add(n, { type: 'none', state: null });
  for (const s of STATES) {
    for (const n of [...s.names, ...s.capitals, ...s.seats]) add(n, { type: 'state', state: s.id });
    for (const c of s.codes) add(c, { type: 'code', state: s.id, exact: c });
    for (const d of s.demonyms) add(d, { type: 'demonym', state: s.id });
  }
  const officials = [...OFFICIALS, ...extraOfficials];
  const bySurname = new Map<string, OfficialDef[]>();
  for (const o of officials) {
    add(o.name, { type: 'person', state: o.actor, person: o });
    const surname = keyOf(surnameOf(o));
    if (NOT_SURNAMES.has(surname)) continue;
    const list = bySurname.get(surname) ?? [];
    list.push(o);
    bySurname.set(surname, list);
  }
  const surnames = new Map<string, OfficialDef>();
  for (const [k, list] of bySurname) {
    const actors = new Set(list.map((o) => o.actor));
    if (actors.size === 1) surnames.set(k, list[list.length - 1] as OfficialDef);
  }
  // longest first, so that "Republic of Korea" wins over "Korea" where both start
  const unique = [...new Set(alternatives)].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![A-Za-z0-9])(?:${unique.join('|')})(?![A-Za-z0-9])`, 'gi');
  return {
    states: new Map(STATES.map((s) => [s.id, s])),
    pattern,
    entries,
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
  const eastAsian = o.actor === 'China' || o.actor === 'ROK' || o.actor === 'DPRK';
  return (eastAsian ? words[0] : words[words.length - 1]) ?? o.name;
}
