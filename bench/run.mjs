#!/usr/bin/env node
// npm run bench: speed and memory of stances, as ratios against baselines measured in the same run.
// (a) wink-nlp readDoc alone, the floor; (a') wink with only the annotations stances reads; (b) compromise parsing,
// the naive alternative; (c) extractStances.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createExtractor } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const fixtureFiles = [
  ...fs.readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'fixtures', f)),
  ...fs.readdirSync(path.join(root, 'fixtures/samples')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'fixtures/samples', f)),
];
const fixtures = fixtureFiles.map((f) => fs.readFileSync(f, 'utf8'));
const corpus = [];
let bytes = 0;
while (bytes < 1_000_000) for (const d of fixtures) (corpus.push(d), (bytes += Buffer.byteLength(d)));
const MB = bytes / 1e6;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn, runs) {
  fn(); // warm-up
  const t = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return median(t);
}

const wink = winkNLP(model);
// (a') wink with only the annotations stances reads (sentences, POS): what extraction adds on top of its own tokenising
const winkLite = winkNLP(model, ['sbd', 'pos']);
let sentences = 0;
for (const d of corpus) sentences += wink.readDoc(d).sentences().length();
const extractor = createExtractor();
const runs = quick ? 3 : 7;
// (a) and (c) alternate, so that both see the same machine state; medians of the runs
const ta = [];
const tl = [];
const tc = [];
const once = (fn) => {
  const s = performance.now();
  fn();
  return performance.now() - s;
};
once(() => corpus.forEach((d) => wink.readDoc(d)));
once(() => corpus.forEach((d) => winkLite.readDoc(d)));
once(() => corpus.forEach((d) => extractor.extract(d)));
for (let i = 0; i < runs; i++) {
  ta.push(once(() => corpus.forEach((d) => wink.readDoc(d))));
  tl.push(once(() => corpus.forEach((d) => winkLite.readDoc(d))));
  tc.push(once(() => corpus.forEach((d) => extractor.extract(d))));
}
const a = median(ta);
const aLite = median(tl);
const c = median(tc);
const b = time(() => corpus.forEach((d) => nlp(d).json()), quick ? 1 : 3);

const rate = (ms) => ({ MBps: +(MB / (ms / 1000)).toFixed(2), sentencesPerSec: Math.round(sentences / (ms / 1000)) });
const line = (name, ms) => `${name.padEnd(34)} ${String(rate(ms).MBps).padStart(7)} MB/s ${String(rate(ms).sentencesPerSec).padStart(9)} sentences/s  (${ms.toFixed(0)} ms)`;

// cold start: a new process that imports the library and extracts 2 sentences, against one that only loads wink and reads them
const cold = (which) => {
  const s = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'bench/cold.mjs'), which]);
  if (r.status !== 0) throw new Error(r.stderr.toString());
  return performance.now() - s;
};
const coldRuns = { stances: [], wink: [] };
for (let i = 0; i < (quick ? 3 : 7); i++) {
  coldRuns.wink.push(cold('wink'));
  coldRuns.stances.push(cold('stances'));
}
const coldStances = median(coldRuns.stances);
const coldWink = median(coldRuns.wink);

// peak RSS of a process that extracts the whole corpus
// (a process's peak moves by about 10 MB from run to run with the timing of V8's background compiler: median of 3, and the max)
const rssRuns = Array.from({ length: 3 }, () =>
  JSON.parse(spawnSync(process.execPath, [path.join(root, 'bench/rss.mjs'), ...fixtureFiles]).stdout.toString()),
).map((r) => r.maxRssMB);

// 100,000 documents through one extractor: memory after the first 10,000 against after all of them
const small = ['China reiterated its opposition.', 'The ROK hopes for talks with Beijing.', 'Both sides agreed to meet again.'];
const many = quick ? 20_000 : 100_000;
const mem = () => {
  globalThis.gc?.();
  return process.memoryUsage();
};
for (let i = 0; i < 10_000; i++) extractor.extract(`${small[i % 3]} Item ${i}.`);
const m0 = mem();
for (let i = 10_000; i < many; i++) extractor.extract(`${small[i % 3]} Item ${i}.`);
const m1 = mem();
const rssGrowth = (m1.rss - m0.rss) / 1048576;
const heapGrowth = (m1.heapUsed - m0.heapUsed) / 1048576;

// scaling: one document of 1 MB against one of 10 MB
const big = (size) => {
  let s = '';
  let i = 0;
  while (s.length < size) s += `${fixtures[i++ % fixtures.length]}\n\n`;
  return s;
};
const one = big(1_000_000);
const ten = big(10_000_000);
const t1 = time(() => extractor.extract(one), 3);
const t10 = time(() => extractor.extract(ten), quick ? 1 : 3);

// a new pair after the first: only its own tables are built
const pairs = [['US', 'China'], ['Japan', 'ROK'], ['EU', 'Russia'], ['India', 'Pakistan'], ['France', 'Germany']];
const pairMs = pairs.map((p) => {
  const s = performance.now();
  createExtractor({ actors: p });
  return performance.now() - s;
});

// the command line over 2,000 NDJSON documents, --jobs 1 and --jobs 2
const paragraphs = fixtures.join('\n\n').split('\n\n');
const ndjson = `${Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: i, text: [0, 1, 2, 3].map((k) => paragraphs[(i * 7 + k * 3) % paragraphs.length]).join('\n\n') })).join('\n')}\n`;
const cli = (jobs) => {
  const s = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli/main.js'), '--ndjson-in', '--format', 'ndjson', '--jobs', String(jobs), '-'], { input: ndjson, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr.toString());
  return performance.now() - s;
};
const cli1 = median([cli(1), cli(1), cli(1)]);
const cli2 = median([cli(2), cli(2), cli(2)]);

// the check of tests/cli.test.ts at bench scale: 20,000 real-text NDJSON documents (passages of ../shared/corpus and the
// fixtures, each changed a little: tests/helpers/real-docs.mjs) through --jobs 1 and --jobs 2, twice each, alternating:
// the speed-up, and whether every output is byte for byte the same (skipped with --quick)
let realCli = null;
if (!quick) {
  const { readTexts, realDocs } = await import('../tests/helpers/real-docs.mjs');
  const texts = readTexts([path.resolve(root, '../shared/corpus'), path.join(root, 'fixtures')]);
  const input = realDocs(texts, 20_000);
  const run = (jobs) => {
    const s = performance.now();
    const r = spawnSync(process.execPath, [path.join(root, 'dist/cli/main.js'), '--ndjson-in', '--format', 'ndjson', '--others', '--jobs', String(jobs), '-'], { input, maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(r.stderr.toString());
    return { ms: performance.now() - s, out: r.stdout };
  };
  const one = [];
  const two = [];
  for (let i = 0; i < 2; i++) {
    one.push(run(1));
    two.push(run(2));
  }
  const mean = (rs) => rs.reduce((t, r) => t + r.ms, 0) / rs.length;
  realCli = {
    documents: 20_000,
    texts: texts.length,
    MB: +(Buffer.byteLength(input) / 1e6).toFixed(1),
    msJobs1: one.map((r) => Math.round(r.ms)),
    msJobs2: two.map((r) => Math.round(r.ms)),
    docsPerSecJobs1: Math.round(20_000 / (mean(one) / 1000)),
    docsPerSecJobs2: Math.round(20_000 / (mean(two) / 1000)),
    speedup: +(mean(one) / mean(two)).toFixed(2),
    identical: [...one, ...two].every((r) => r.out.equals(one[0].out)),
  };
}

const report = {
  machine: `${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  corpus: { documents: corpus.length, MB: +MB.toFixed(2), sentences },
  wink: rate(a),
  compromise: rate(b),
  stances: rate(c),
  winkSbdPos: rate(aLite),
  ratio_c_over_a: +(a / c).toFixed(2),
  ratio_c_over_a_sbd_pos: +(aLite / c).toFixed(2),
  ratio_c_over_b: +(b / c).toFixed(2),
  coldStartMs: { stances: Math.round(coldStances), winkOnly: Math.round(coldWink), ratio: +(coldStances / coldWink).toFixed(2) },
  peakRssMB: median(rssRuns),
  peakRssRunsMB: rssRuns,
  scaling: { oneMBms: Math.round(t1), tenMBms: Math.round(t10), ratio: +(t10 / t1).toFixed(2) },
  newPairMs: { first: +pairMs[0].toFixed(1), laterMedian: +median(pairMs.slice(1)).toFixed(1) },
  memory: { documents: many, rssGrowthMB: +rssGrowth.toFixed(1), heapGrowthMB: +heapGrowth.toFixed(1) },
  cli: { docsPerSecJobs1: Math.round(2000 / (cli1 / 1000)), docsPerSecJobs2: Math.round(2000 / (cli2 / 1000)), speedup: +(cli1 / cli2).toFixed(2) },
  cliRealText: realCli,
};

console.log(`stances benchmark — ${report.machine}`);
console.log(`corpus: ${corpus.length} documents, ${MB.toFixed(2)} MB, ${sentences} sentences (fixtures, repeated; one call per document)\n`);
console.log(line('(a) wink-nlp readDoc (the floor)', a));
console.log(line("(a') wink-nlp readDoc, sbd+pos only", aLite));
console.log(line('(b) compromise nlp().json()', b));
console.log(line('(c) extractStances', c));
console.log(`\nc/a = ${report.ratio_c_over_a}   (target >= 0.5)`);
console.log(`c/a' = ${report.ratio_c_over_a_sbd_pos}   (extraction against the wink pipe it runs itself: the share of time that is wink's)`);
console.log(`c/b = ${report.ratio_c_over_b}`);
console.log(`cold start: ${report.coldStartMs.stances} ms vs wink only ${report.coldStartMs.winkOnly} ms = ${report.coldStartMs.ratio}x   (target <= 1.25x)`);
console.log(`peak RSS, whole corpus: ${report.peakRssMB} MB, median of 3 processes (${rssRuns.join(", ")})   (target <= 150 MB)`);
console.log(`one 1 MB document: ${report.scaling.oneMBms} ms; one 10 MB document: ${report.scaling.tenMBms} ms = ${report.scaling.ratio}x   (target <= 12x)`);
console.log(`createExtractor with a new pair: first ${report.newPairMs.first} ms, later median ${report.newPairMs.laterMedian} ms   (target < 50 ms after the first)`);
console.log(`${many} documents through one extractor: from document 10,000 to the last, RSS grew ${report.memory.rssGrowthMB} MB, heap ${report.memory.heapGrowthMB} MB`);
console.log(`CLI, 2,000 NDJSON documents: --jobs 1 ${report.cli.docsPerSecJobs1} docs/s, --jobs 2 ${report.cli.docsPerSecJobs2} docs/s, speed-up ${report.cli.speedup}x`);
console.log(
  realCli
    ? `CLI, 20,000 real-text NDJSON documents (${realCli.MB} MB from ${realCli.texts} texts, --others): --jobs 1 ${realCli.docsPerSecJobs1} docs/s, --jobs 2 ${realCli.docsPerSecJobs2} docs/s, speed-up ${realCli.speedup}x; outputs byte-identical: ${realCli.identical ? 'yes' : 'NO'}`
    : 'CLI, 20,000 real-text NDJSON documents: skipped (--quick)',
);
console.log(`\n${JSON.stringify(report)}`);
