/**
 * Prints who holds which position in an article, as a table.
 *   npm run example                      # the reference article
 *   npm run example -- path/to/article.txt
 *   npm run example -- article.txt --actors US,China
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { extractStances, type Stance, StanceError } from 'stances';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { actors: { type: 'string' } } });
const file = positionals[0] ?? new URL('../fixtures/thaad-2017-china-daily.txt', import.meta.url);

let text: string;
try {
  text = fs.readFileSync(file, 'utf8');
} catch (e) {
  process.stderr.write(`print-stances: cannot read ${String(file)}: ${(e as Error).message}\n`);
  process.exit(1);
}

let stances: Stance[];
try {
  const actors = values.actors?.split(',').map((a) => a.trim());
  stances = extractStances(text, actors ? { actors: actors as [string, string] } : undefined);
} catch (e) {
  if (e instanceof StanceError) {
    process.stderr.write(`print-stances: ${e.message}\n`);
    process.exit(2);
  }
  throw e;
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const rows = stances.map((s) => [
  String(s.sentenceIndex + 1),
  s.holder,
  s.kinds.join('+'),
  cut(s.topics.join(', ') || '-', 26),
  cut(s.source ?? '-', 24),
  cut(s.cue.text, 28),
]);
const head = ['#', 'holder', 'kind', 'topics', 'source', 'cue'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
const line = (r: readonly string[]) =>
  r
    .map((c, i) => c.padEnd(widths[i] ?? 0))
    .join('  ')
    .trimEnd();
console.log(line(head));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
console.log(`\n${stances.length} stances in ${new Set(stances.map((s) => s.sentenceIndex)).size} sentences.`);
