import { compile } from '../../src/actors/compile.js';
import { holdersOf } from '../../src/assemble/index.js';
import { attribute, type Decision } from '../../src/attribute/index.js';
import type { ExtractOptions } from '../../src/index.js';
import { normalize } from '../../src/normalize/index.js';
import { resolveOptions } from '../../src/options.js';
import { segment } from '../../src/segment/index.js';

/** A rule's decision on one cue, with the holders it gives as the stances would label them. */
export interface LabelledDecision extends Decision {
  readonly holders: readonly string[];
}

/** Every cue of `text` with the id of the attribution rule that decided it (or null), in order. */
export function decisions(text: string, options?: ExtractOptions): LabelledDecision[] {
  const resolved = resolveOptions(options, 'decisions');
  const compiled = compile(resolved.officials, resolved.actors);
  const work = normalize(text);
  const trace: Decision[] = [];
  attribute(segment(work).sentences, work, compiled, resolved.pair, trace);
  const label = (id: string) => compiled.states.get(id)?.label ?? id;
  return trace.map((d) => ({ ...d, holders: holdersOf(d.states, resolved, label) }));
}
