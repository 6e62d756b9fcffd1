/**
 * Validation of `extractStances` options: misuse throws {@link StanceError}
 * naming the call, what was expected and what was found.
 */

import { keyOf } from './actors/compile.js';
import { STATES } from './actors/data/states.js';
import { StanceError } from './errors.js';
import type { ExtractOptions, OfficialDef } from './types.js';

export interface Resolved {
  /** State ids of the pair, in the caller's order. */
  readonly pair: readonly [string, string];
  /** The labels stances carry: the strings the caller gave. */
  readonly labels: readonly [string, string];
  readonly officials: readonly OfficialDef[];
}

const KNOWN = new Set(['actors', 'officials']);

/** Finds a state by id, name, code, capital or demonym, in any case. */
export function lookupState(name: string): string | null {
  const key = keyOf(name);
  for (const s of STATES) {
    if ([s.id, ...s.names, ...s.codes].some((n) => keyOf(n) === key)) return s.id;
  }
  return null;
}

function suggestions(name: string): string {
  const key = keyOf(name);
  const scored = STATES.map((s) => ({ id: s.id, d: Math.min(...[s.id, ...s.names, ...s.codes].map((n) => distance(keyOf(n), key))) }));
  scored.sort((a, b) => a.d - b.d);
  return scored
    .slice(0, 3)
    .map((s) => s.id)
    .join(', ');
}

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

export function resolveOptions(options: unknown, call: string): Resolved {
  if (options === undefined || options === null) return { pair: ['China', 'ROK'], labels: ['China', 'ROK'], officials: [] };
  if (typeof options !== 'object' || Array.isArray(options))
    throw new StanceError('INVALID_OPTIONS', call, 'an options object or undefined', options);
  const o = options as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!KNOWN.has(k)) throw new StanceError('UNKNOWN_OPTION', call, `one of the options ${[...KNOWN].join(', ')}`, k);
  }
  let pair: [string, string] = ['China', 'ROK'];
  let labels: [string, string] = ['China', 'ROK'];
  if (o.actors !== undefined) {
    const a = o.actors;
    if (!Array.isArray(a) || a.length !== 2 || !a.every((x) => typeof x === 'string' && x.trim() !== '')) {
      throw new StanceError('INVALID_OPTIONS', `${call} options.actors`, 'an array of two state names', a);
    }
    const ids = a.map((name: string) => {
      const id = lookupState(name);
      if (!id) throw new StanceError('UNKNOWN_ACTOR', `${call} options.actors`, `a known state (closest: ${suggestions(name)})`, name);
      return id;
    });
    if (ids[0] === ids[1]) throw new StanceError('INVALID_OPTIONS', `${call} options.actors`, 'two different states', a);
    pair = [ids[0] as string, ids[1] as string];
    labels = [a[0] as string, a[1] as string];
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
      const id = lookupState(r.actor);
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
  return { pair, labels, officials };
}

export type { ExtractOptions };
