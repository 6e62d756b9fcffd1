/**
 * Validation of `extractStances` options: misuse throws {@link StanceError}
 * naming the call, what was expected and what was found.
 */
import { type ActorDef, keyOf, lookupState } from './actors/compile.js';
import { STATES } from './actors/data/states.js';
import { type Lexicon, lexiconOf } from './clauses/lexicon.js';
import { StanceError } from './errors.js';
import type { ActorSpec, ExtractOptions, OfficialDef } from './types.js';

export interface Resolved {
  /** State ids of the pair, in the caller's order. */
  readonly pair: readonly [string, string];
  /** The labels stances carry: the strings (or custom ids) the caller gave. */
  readonly labels: readonly [string, string];
  readonly officials: readonly OfficialDef[];
  readonly actors: readonly ActorDef[];
  /** Also return the claims of recognised states outside the pair. */
  readonly others: boolean;
  readonly format: 'text' | 'html' | 'auto';
  readonly maxLength: number;
  /** The caller's cues on top of the built-in lexicon, or null for the built-in one alone. */
  readonly cues: Lexicon | null;
}

const KNOWN = ['actors', 'officials', 'others', 'format', 'maxLength', 'cues'];

/** The default longest text: about 20 MB of English, a few seconds and a few hundred MB of memory. */
export const DEFAULT_MAX_LENGTH = 20_000_000;

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] as number;
      row[j] = Math.min(cur + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] as number;
}

/** The closest known names to an unknown one: "Koreaa" -> "South Korea, North Korea, ...". */
export function suggestions(name: string): string {
  const key = keyOf(name);
  const scored = STATES.map((s) => {
    const names = [s.label, ...s.names, ...s.codes, s.id];
    let best = names[0] as string;
    let d = Number.POSITIVE_INFINITY;
    for (const n of names) {
      const dn = distance(keyOf(n), key);
      if (dn < d) [best, d] = [n, dn];
    }
    return { name: best === s.label ? best : `${best} (${s.label})`, d };
  });
  scored.sort((a, b) => a.d - b.d);
  return scored
    .slice(0, 3)
    .map((s) => s.name)
    .join(', ');
}

function isActorDef(x: unknown): x is ActorDef {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    r.id.trim() !== '' &&
    Array.isArray(r.names) &&
    r.names.every((n) => typeof n === 'string' && n.trim() !== '')
  );
}

function resolveActor(a: unknown, call: string, custom: ActorDef[]): { id: string; label: string } {
  if (typeof a === 'string' && a.trim() !== '') {
    const id = lookupState(a);
    if (!id) throw new StanceError('UNKNOWN_ACTOR', call, `a known state or entity (closest: ${suggestions(a)})`, a);
    return { id, label: a };
  }
  if (isActorDef(a)) {
    // a custom actor, or more names for a known state: { id: 'US', names: ['Uncle Sam'] }
    const id = lookupState(a.id) ?? a.id;
    custom.push({ ...a, id });
    return { id, label: a.id };
  }
  throw new StanceError('INVALID_OPTIONS', call, 'a state name or { id, names, demonyms?, capitals?, officials? }', a);
}

export function resolveOptions(options: unknown, call: string): Resolved {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options))
    throw new StanceError('INVALID_OPTIONS', call, 'an options object or undefined', options);
  const o = options as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!KNOWN.includes(k)) throw new StanceError('UNKNOWN_OPTION', call, `one of the options ${KNOWN.join(', ')}`, k);
  }
  const custom: ActorDef[] = [];
  let pair: [string, string] = ['CHN', 'KOR'];
  let labels: [string, string] = ['China', 'ROK'];
  if (o.actors !== undefined) {
    const a = o.actors;
    if (!Array.isArray(a) || a.length !== 2)
      throw new StanceError('INVALID_OPTIONS', `${call} options.actors`, 'an array of two state names', a);
    const [x, y] = [resolveActor(a[0], `${call} options.actors`, custom), resolveActor(a[1], `${call} options.actors`, custom)];
    if (x.id === y.id) throw new StanceError('INVALID_OPTIONS', `${call} options.actors`, 'two different states', a);
    pair = [x.id, y.id];
    labels = [x.label, y.label];
  }
  const officials: OfficialDef[] = [];
  if (o.officials !== undefined) {
    if (!Array.isArray(o.officials))
      throw new StanceError('INVALID_OPTIONS', `${call} options.officials`, 'an array of { name, actor }', o.officials);
    for (const off of o.officials as unknown[]) {
      const r = off as Record<string, unknown>;
      if (!r || typeof r !== 'object' || typeof r.name !== 'string' || typeof r.actor !== 'string' || r.name.trim() === '') {
        throw new StanceError('INVALID_OFFICIAL', `${call} options.officials`, 'an object { name: string, actor: string }', off);
      }
      const id = lookupState(r.actor) ?? custom.find((c) => c.id === r.actor)?.id;
      if (!id)
        throw new StanceError('UNKNOWN_ACTOR', `${call} options.officials`, `a known state (closest: ${suggestions(r.actor)})`, r.actor);
      officials.push({
        name: r.name,
        actor: id,
        ...(typeof r.title === 'string' ? { title: r.title } : {}),
        ...(typeof r.surname === 'string' ? { surname: r.surname } : {}),
      });
    }
  }
  if (o.others !== undefined && typeof o.others !== 'boolean')
    throw new StanceError('INVALID_OPTIONS', `${call} options.others`, 'true or false', o.others);
  if (o.format !== undefined && o.format !== 'text' && o.format !== 'html' && o.format !== 'auto')
    throw new StanceError('INVALID_OPTIONS', `${call} options.format`, "'text', 'html' or 'auto'", o.format);
  const format = (o.format ?? 'auto') as Resolved['format'];
  if (o.maxLength !== undefined && (typeof o.maxLength !== 'number' || !Number.isInteger(o.maxLength) || o.maxLength < 1))
    throw new StanceError('INVALID_OPTIONS', `${call} options.maxLength`, 'a whole number of characters, 1 or more', o.maxLength);
  const maxLength = (o.maxLength as number | undefined) ?? DEFAULT_MAX_LENGTH;
  const cues = o.cues === undefined ? null : lexiconOf(o.cues, `${call} options.cues`);
  return { pair, labels, officials, actors: custom, others: o.others === true, format, maxLength, cues };
}

export type { ActorSpec, ExtractOptions };
