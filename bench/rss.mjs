// Peak RSS of a process that extracts a whole corpus: `node bench/rss.mjs FILE...` (documents are the files, repeated to 1 MB).
import fs from 'node:fs';
import { createExtractor } from '../dist/index.js';
const docs = process.argv.slice(2).map((f) => fs.readFileSync(f, 'utf8'));
const ex = createExtractor();
let bytes = 0;
let n = 0;
let peak = 0;
while (bytes < 1e6) {
  const d = docs[n++ % docs.length];
  ex.extract(d);
  bytes += d.length;
  if (n % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
peak = Math.max(peak, process.memoryUsage().rss);
process.stdout.write(JSON.stringify({ docs: n, peakRssMB: +(peak / 1048576).toFixed(1), maxRssMB: +(process.resourceUsage().maxRSS / 1024).toFixed(1) }));
