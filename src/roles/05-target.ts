/**
 * Whom a claim is addressed to or aimed at: the first actor named from the cue to the end of its content
 * that is not the holder ("China urged the ROK to ...", "opposes the deployment of THAAD in the ROK",
 * "welcomed Japan's decision", "has acknowledged China's position"), as stances label holders: a pair
 * member, or with `others` any recognised state. A pronoun is passed over; so are the holder's own states
 * ("China-ROK relations" is the ROK for China, nobody for both).
 */
import type { Claim } from '../attribute/index.js';

/** The labels a set of states gets as holders (the assemble stage's reading, handed in). */
export type LabelsOf = (states: readonly string[]) => readonly string[];

export function targetOf(c: Claim, from: number, to: number, labelsOf: LabelsOf): string | null {
  const holders = labelsOf(c.states);
  const first = Math.min(c.cue.start, from);
  const last = Math.max(c.cue.end, to);
  for (const m of c.mentions) {
    if (m.start < first || m === c.holder.mention || m.kind === 'pronoun') continue;
    if (m.start >= last) break;
    const others = m.states.filter((s) => !c.states.includes(s));
    if (others.length === 0) continue;
    for (const label of labelsOf(others)) if (label !== 'both' && !holders.includes(label)) return label;
  }
  return null;
}
