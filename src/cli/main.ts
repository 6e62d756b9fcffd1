#!/usr/bin/env node
/**
 * stances [FILE|DIR|-]... : who holds which position, for one article or a corpus.
 * Lives apart from the core: it is the only part that reads files and spawns workers.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatHead, Summary } from '../format/index.js';
import { type CompiledCues, type CueSource, createExtractor, type ExtractOptions, StanceError } from '../index.js';
import { documents, expand } from './inputs.js';
import { Progress } from './progress.js';
import type { Result } from './worker.js';

const FORMATS = ['table', 'ndjson', 'json', 'csv', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: stances [options] [FILE|DIR|-]...

Reads articles (files, folders with *.txt, *.md, *.html, or standard input) and prints
who holds which position, sentence by sentence.

Options:
  -f, --format FORMAT  table (default on a terminal), ndjson (default when piped),
                       json, csv, markdown
      --ndjson-in      read one JSON object per line: {"id": ..., "text": ...}
  -a, --actors A,B     the pair of states (default China,ROK): names or ISO codes
      --others         also report states outside the pair
      --cues FILE      custom cues, a JSON file: verbs and nouns to compile,
                       {"verbs": [{"lemmas": ["rebuff", "lash out at"], "kinds": ["oppose"]}],
                        "nouns": [{"lemmas": ["rebuke"], "kinds": ["oppose"]}]},
                       or what compileCues() from stances/lexicon returns ({"version": 1, ...})
      --summary        print kinds and topics per holder instead of every stance,
                       and the kinds per holder and target (who opposes whom)
  -j, --jobs N         worker threads (default 1); output is the same, in input order
      --progress       show progress on stderr even when it is not a terminal
  -q, --quiet          no progress
  -h, --help           this help
  -v, --version        the version

Examples:
  stances article.txt
  stances corpus/ --format csv > stances.csv
  cat docs.ndjson | stances --ndjson-in --jobs 4 > stances.ndjson
  stances --actors US,China --summary readouts/
  stances --cues my-cues.json --others wire/

Exit codes: 0 all read; 1 some documents could not be read (each named on stderr); 2 usage error.
`;

class UsageError extends Error {
  /** Whether to point at --help: not for a file that cannot be read or used, which the message names. */
  constructor(
    message: string,
    readonly hint = true,
  ) {
    super(message);
  }
}

interface Config {
  readonly paths: string[];
  readonly format: Format;
  readonly ndjsonIn: boolean;
  readonly options: ExtractOptions;
  readonly summary: boolean;
  readonly jobs: number;
  readonly progress: boolean;
}

/** `--cues FILE`: a compiled lexicon as it is, or verbs and nouns compiled here (which loads compromise). */
async function readCues(file: string): Promise<CompiledCues> {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`--cues: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, false);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new UsageError(`--cues ${file}: expected JSON, found malformed JSON (${(e as Error).message})`, false);
  }
  if (json !== null && typeof json === 'object' && !Array.isArray(json) && 'version' in json) return json as CompiledCues;
  const { compileCues } = await import('../lexicon.js');
  try {
    return compileCues(json as CueSource);
  } catch (e) {
    if (e instanceof StanceError) throw new UsageError(`--cues ${file}: ${e.message}`, false);
    throw e;
  }
}

async function config(argv: string[]): Promise<Config | 'help' | 'version'> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  if (v.version) return 'version';
  const format = (v.format ?? (process.stdout.isTTY ? 'table' : 'ndjson')) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: expected one of ${FORMATS.join(', ')}, found "${v.format}"`);
  const jobs = v.jobs === undefined ? 1 : Number(v.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
    throw new UsageError(`--jobs: expected a whole number from 1 to 256, found "${v.jobs}"`);
  const options: { actors?: [string, string]; others?: boolean; cues?: CompiledCues } = {};
  if (v.actors !== undefined) {
    const a = v.actors.split(',').map((x) => x.trim());
    if (a.length !== 2 || a.some((x) => x === ''))
      throw new UsageError(`--actors: expected two states separated by a comma (US,China), found "${v.actors}"`);
    options.actors = [a[0] as string, a[1] as string];
  }
  if (v.others) options.others = true;
  if (v.cues !== undefined) options.cues = await readCues(v.cues);
  try {
    createExtractor(options);
  } catch (e) {
    if (e instanceof StanceError && v.cues !== undefined && e.message.includes('options.cues'))
      throw new UsageError(`--cues ${v.cues}: ${e.message}`, false);
    if (e instanceof StanceError) throw new UsageError(e.message);
    throw e;
  }
  const progress = v.quiet ? false : v.progress ? true : process.stderr.isTTY === true;
  return { paths: parsed.positionals, format, ndjsonIn: v['ndjson-in'] === true, options, summary: v.summary === true, jobs, progress };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      'ndjson-in': { type: 'boolean' },
      actors: { type: 'string', short: 'a' },
      others: { type: 'boolean' },
      cues: { type: 'string' },
      summary: { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      progress: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

/** Writes to stdout and waits when the pipe is full, so memory stays bounded. */
async function write(s: string): Promise<void> {
  if (s === '') return;
  if (!process.stdout.write(s)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

type Batch = { id: string; text: string; html: boolean }[];
type Job = (batch: Batch) => Promise<Result[]>;

/** Documents go to workers in batches, so the cost of a message is shared by many documents. */
const BATCH = 32;

async function pool(cfg: Config): Promise<{ job: Job; close: () => Promise<void> }> {
  const format = cfg.summary ? 'stances' : cfg.format;
  if (cfg.jobs === 1) {
    const { default: extractBatch } = await import('./worker.js');
    return { job: async (docs) => extractBatch({ docs, options: cfg.options, format }), close: async () => {} };
  }
  const { Piscina } = await import('piscina');
  const p = new Piscina({ filename: fileURLToPath(new URL('./worker.js', import.meta.url)), minThreads: cfg.jobs, maxThreads: cfg.jobs });
  return { job: (docs) => p.run({ docs, options: cfg.options, format }) as Promise<Result[]>, close: () => p.destroy() };
}

async function main(argv: string[]): Promise<number> {
  let cfg: Awaited<ReturnType<typeof config>>;
  try {
    cfg = await config(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`stances: ${e.message}\n${e.hint ? "Try 'stances --help'.\n" : ''}`);
      return 2;
    }
    throw e;
  }
  if (cfg === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (cfg === 'version') {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (cfg.paths.length === 0 && process.stdin.isTTY) {
    process.stderr.write("stances: no input: name files or folders, or pipe text to standard input.\nTry 'stances --help'.\n");
    return 2;
  }
  const total = cfg.ndjsonIn || cfg.paths.includes('-') || cfg.paths.length === 0 ? null : expand(cfg.paths).files.length;
  const progress = new Progress(cfg.progress, total);
  let jsonItems = 0;
  const summary = new Summary();
  const { job, close } = await pool(cfg);
  let failed = 0;
  const window = cfg.jobs * 4;
  const queue: { ids: string[]; result: Promise<Result[] | Error> }[] = [];
  let batch: Batch = [];
  const send = () => {
    if (batch.length === 0) return;
    queue.push({ ids: batch.map((d) => d.id), result: job(batch).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))) });
    batch = [];
  };
  const flush = async () => {
    const head = queue.shift();
    if (!head) return;
    const r = await head.result;
    for (let k = 0; k < head.ids.length; k++) {
      progress.tick();
      const one: Result = r instanceof Error ? { error: r.message } : (r[k] ?? { error: 'no result' });
      if ('error' in one) {
        failed++;
        progress.clear();
        process.stderr.write(`stances: ${head.ids[k]}: ${one.error}\n`);
      } else if ('stances' in one) summary.add(one.stances);
      else if (cfg.format === 'json' && one.out !== '') await write(`${jsonItems++ === 0 ? '\n' : ',\n'}${one.out}`);
      else await write(one.out);
    }
  };
  try {
    if (!cfg.summary) await write(formatHead(cfg.format));
    for await (const item of documents(cfg.paths, cfg.ndjsonIn, process.stdin)) {
      if (item.kind === 'error') {
        failed++;
        progress.clear();
        process.stderr.write(`stances: ${item.message}\n`);
        continue;
      }
      batch.push({ id: item.id, text: item.text, html: item.html });
      if (batch.length >= BATCH) send();
      while (queue.length >= window) await flush();
    }
    send();
    while (queue.length > 0) await flush();
    progress.done();
    if (cfg.summary)
      await write(cfg.format === 'table' || cfg.format === 'markdown' ? summary.toText() : `${JSON.stringify(summary.toJSON())}\n`);
    else if (cfg.format === 'json') await write(jsonItems === 0 ? ']\n' : '\n]\n');
  } finally {
    await close();
  }
  return failed > 0 ? 1 : 0;
}

// "stances ... | head": the reader has gone; stop quietly, as command-line tools do
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`stances: internal error: ${(e as Error).message}\n`);
    process.exitCode = 70;
  },
);
