/**
 * The built command line, spawned as a user runs it: every format parsed back
 * and compared with the library's own answer, standard input, folders, errors
 * and exit codes, and the same output with one worker or two.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvCell, RECORD_FIELDS } from '../src/format/index.js';
import { type CueSource, extractStances } from '../src/index.js';
import { compileCues } from '../src/lexicon.js';
import { sharedCorpus } from './helpers/corpus.js';
import { readTexts, realDocs } from './helpers/real-docs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'dist/cli/main.js');
const fixture = path.join(root, 'fixtures/thaad-2017-china-daily.txt');
const text = fs.readFileSync(fixture, 'utf8');
const expected = extractStances(text);

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** RFC 4180: quoted fields, doubled quotes, CRLF records. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

/** One field of every NDJSON record in an output. */
const field = (out: string, name: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l)[name]);

const key = (holder: string, kind: string, start: number) => `${holder}|${kind}|${start}`;
const want = expected.map((s) => key(s.holder, s.kind, s.cue.span.start));

beforeAll(() => {
  expect(fs.existsSync(bin), 'run `npm run build` first').toBe(true);
});

describe('formats, parsed back', () => {
  it("ndjson: one stance a line, the library's own records", () => {
    const r = cli(['--format', 'ndjson', fixture]);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.doc)).toEqual(expected.map(() => fixture));
    expect(lines.map(({ doc: _d, ...s }) => s)).toEqual(JSON.parse(JSON.stringify(expected)));
  });
  it('json: one array', () => {
    const r = cli(['--format', 'json', fixture]);
    expect(
      JSON.parse(r.out).map((s: { holder: string; kind: string; cue: { span: { start: number } } }) =>
        key(s.holder, s.kind, s.cue.span.start),
      ),
    ).toEqual(want);
  });
  it('json: an empty array when nothing is found', () => {
    expect(JSON.parse(cli(['--format', 'json', '-'], 'The weather was fine.').out)).toEqual([]);
  });
  it('csv: RFC 4180 with a header', () => {
    const r = cli(['--format', 'csv', fixture]);
    const [head, ...rows] = parseCsv(r.out);
    expect(head?.slice(0, 4)).toEqual(['doc', 'sentenceIndex', 'holder', 'kind']);
    const col = (n: string) => head?.indexOf(n) ?? -1;
    expect(rows.map((x) => key(x[col('holder')] as string, x[col('kind')] as string, Number(x[col('cueStart')])))).toEqual(want);
    expect(rows.map((x) => x[col('sentence')])).toEqual(expected.map((s) => s.sentence));
  });
  it('markdown: a table row per stance', () => {
    const rows = cli(['--format', 'markdown', fixture]).out.trim().split('\n');
    expect(rows.length).toBe(expected.length + 2);
    expect(rows[2]).toContain('| both |');
  });
  it('table: a header and a row per stance', () => {
    const rows = cli(['--format', 'table', fixture]).out.trim().split('\n');
    expect(rows.length).toBe(expected.length + 1);
    expect(rows[0]).toMatch(/^doc\s+#\s+holder/);
  });
  it('summary: kinds and topics per holder', () => {
    const j = JSON.parse(cli(['--summary', '--format', 'json', fixture]).out);
    expect(j.documents).toBe(1);
    expect(Object.keys(j.holders).sort()).toEqual(['China', 'ROK', 'both']);
    expect(j.holders.China.kinds.reaffirm).toBe(1);
  });
  it('summary: kinds per holder and target, who takes which stance towards whom', () => {
    const j = JSON.parse(cli(['--summary', '--format', 'json', fixture]).out);
    expect(j.targets.China.ROK.reaffirm).toBe(1);
    expect(j.targets.ROK.China.acknowledge).toBe(1);
    expect(j.targets.both).toBeUndefined();
    const text = cli(['--summary', '--format', 'table', fixture]).out;
    expect(text).toMatch(/holder \\ target\s+China\s+ROK/);
    expect(text).toMatch(/\n {2}China\s+-\s+acknowledge 1, hope 1, reaffirm 1, state 1\n/);
  });
  it('csv: the roles come after the earlier columns', () => {
    const [head, ...rows] = parseCsv(cli(['--format', 'csv', fixture]).out);
    expect(head?.slice(0, 15)).toEqual([...RECORD_FIELDS.slice(0, 15)]);
    expect(head?.slice(15)).toEqual([
      'speaker',
      'speakerTitle',
      'speakerStart',
      'speakerEnd',
      'target',
      'content',
      'contentStart',
      'contentEnd',
      'quote',
      'negated',
    ]);
    const col = (n: string) => head?.indexOf(n) ?? -1;
    const row = rows.find((x) => x[col('cue')] === 'reiterated its opposition');
    expect(row?.[col('target')]).toBe('ROK');
    expect(row?.[col('content')]).toBe('the deployment of THAAD in the ROK');
    expect(row?.[col('speaker')]).toBe('');
    expect(row?.[col('negated')]).toBe('false');
  });
  it('markdown and table: speaker and target columns', () => {
    expect(cli(['--format', 'markdown', fixture]).out.split('\n')[0]).toContain('| speaker | target | content | quote | negated |');
    expect(cli(['--format', 'table', fixture]).out.split('\n')[0]).toMatch(/source\s+speaker\s+target\s+cue/);
  });
  it('csv cells that a spreadsheet would run are escaped', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM')).toBe("'@SUM");
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('inputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stances-'));
    fs.mkdirSync(path.join(dir, 'b/c'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a.txt'), 'China agreed to the plan.');
    fs.writeFileSync(path.join(dir, 'b/c/d.md'), 'The ROK hopes for talks.');
    fs.writeFileSync(path.join(dir, 'b/e.html'), '<html><body><p>Seoul and Beijing agreed &amp; signed.</p></body></html>');
    fs.writeFileSync(path.join(dir, 'b/skip.json'), '{"China": "agreed"}');
  });
  it('standard input', () => {
    const r = cli(['--format', 'ndjson', '-'], 'China agreed to the plan.');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ doc: '-', holder: 'China', kind: 'agree' });
  });
  it('folders, recursively, only text, Markdown and HTML, in a stable order', () => {
    const r = cli(['--format', 'ndjson', dir]);
    const docs = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .map((s) => [path.relative(dir, s.doc), s.holder]);
    expect(docs).toEqual([
      ['a.txt', 'China'],
      ['b/c/d.md', 'ROK'],
      ['b/e.html', 'both'],
    ]);
  });
  it('HTML offsets index the original file', () => {
    const file = path.join(dir, 'b/e.html');
    const s = JSON.parse(cli(['--format', 'ndjson', file]).out.trim());
    expect(fs.readFileSync(file, 'utf8').slice(s.cue.span.start, s.cue.span.end)).toBe('agreed');
  });
  it('--actors and --others', () => {
    const r = cli(['--format', 'ndjson', '--actors', 'US,Japan', '-'], 'Tokyo and Washington agreed. China objected.');
    expect(field(r.out, 'holder')).toEqual(['both']);
    const o = cli(['--format', 'ndjson', '--actors', 'US,Japan', '--others', '-'], 'Tokyo and Washington agreed. China objected.');
    expect(field(o.out, 'holder')).toEqual(['both', 'China']);
  });
});

describe('errors', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stances-err-'));
    fs.writeFileSync(path.join(dir, 'good.txt'), 'China agreed.');
    fs.writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0x43, 0x68, 0xff, 0xfe, 0x61]));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '  \n');
  });
  it('an unreadable file is named, the rest is read, exit 1', () => {
    const r = cli(['--format', 'ndjson', path.join(dir, 'missing.txt'), path.join(dir, 'good.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing\.txt: cannot read: ENOENT/);
    expect(r.out).toContain('"holder":"China"');
    expect(r.err).not.toMatch(/\n\s+at /);
  });
  it('invalid UTF-8 is named', () => {
    const r = cli(['--format', 'ndjson', path.join(dir, 'bad.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.txt: expected UTF-8 text, found invalid UTF-8 bytes/);
  });
  it('an empty document is named', () => {
    const r = cli(['--format', 'ndjson', path.join(dir, 'empty.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty\.txt: expected a document with text, found an empty document/);
  });
  it('a malformed NDJSON line is named by its number, the other lines are read', () => {
    const r = cli(
      ['--ndjson-in', '--format', 'ndjson', '-'],
      '{"id":"a","text":"China agreed."}\n{oops\n{"id":"c"}\n{"id":"d","text":"The ROK agreed."}\n',
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/<stdin>:2: expected a JSON object/);
    expect(r.err).toMatch(/<stdin>:3: expected a JSON object with "id"/);
    expect(field(r.out, 'doc')).toEqual(['a', 'd']);
  });
  it.each([
    [['--format', 'xml', fixture], /--format: expected one of table, ndjson, json, csv, markdown, found "xml"/],
    [['--jobs', '0', fixture], /--jobs: expected a whole number from 1 to 256, found "0"/],
    [['--actors', 'US', fixture], /--actors: expected two states separated by a comma/],
    [['--actors', 'US,Narnia', fixture], /expected a known state or entity \(closest: /],
    [['--bogus', fixture], /Unknown option '--bogus'/],
  ])('usage error %j exits 2 with a hint', (args, message) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message as RegExp);
    expect(r.err).toContain("Try 'stances --help'.");
  });
  it('--help and --version', () => {
    expect(cli(['--help']).out).toContain('Examples:');
    expect(cli(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('--cues', () => {
  let dir: string;
  const source: CueSource = {
    verbs: [{ lemmas: ['rebuff', 'lash out at'], kinds: ['oppose'] }],
    nouns: [{ lemmas: ['rebuke'], kinds: ['oppose'] }],
  };
  const input = "Chile rebuffed the offer. Poland lashed out at the court. China's rebuke was sharp. Peru praised the deal.";
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stances-cues-'));
    fs.writeFileSync(path.join(dir, 'source.json'), JSON.stringify(source));
    fs.writeFileSync(path.join(dir, 'compiled.json'), JSON.stringify(compileCues(source)));
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"verbs": [');
    fs.writeFileSync(path.join(dir, 'bad-kind.json'), JSON.stringify({ verbs: [{ lemmas: ['rebuff'], kinds: ['opose'] }] }));
    fs.writeFileSync(path.join(dir, 'bad-compiled.json'), JSON.stringify({ ...compileCues(source), version: 3 }));
  });
  it.each(['source.json', 'compiled.json'])(
    '%s: the custom verbs, particle verbs and nouns, as the library finds them',
    (file) => {
      const r = cli(['--format', 'ndjson', '--others', '--cues', path.join(dir, file), '-'], input);
      expect(r.code).toBe(0);
      expect(field(r.out, 'holder')).toEqual(['Chile', 'Poland', 'China', 'Peru']);
      expect(field(r.out, 'cue').map((c: { text: string }) => c.text)).toEqual(['rebuffed', 'lashed out at', 'rebuke', 'praised the deal']);
      expect(field(r.out, 'kind')).toEqual(['oppose', 'oppose', 'oppose', 'support']);
    },
    30000,
  );
  it('without --cues, only the built-in lexicon', () => {
    expect(field(cli(['--format', 'ndjson', '--others', '-'], input).out, 'holder')).toEqual(['Peru']);
  });
  it('with --jobs 2 as with one', () => {
    const many = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, text: input })).join('\n');
    const args = ['--ndjson-in', '--format', 'csv', '--others', '--cues', path.join(dir, 'compiled.json'), '-'];
    const one = cli([...args, '--jobs', '1'], many);
    expect(one.out.split('\r\n').length).toBeGreaterThan(160);
    expect(cli([...args, '--jobs', '2'], many).out).toBe(one.out);
  }, 60000);
  it.each([
    ['missing.json', /^stances: --cues: cannot read .*missing\.json: ENOENT\n$/],
    ['broken.json', /^stances: --cues .*broken\.json: expected JSON, found malformed JSON \(.*\)\n$/],
    ['bad-kind.json', /^stances: --cues .*bad-kind\.json: compileCues verbs\[0\]\.kinds\[0\]: expected a stance kind .*found "opose"\n$/],
    ['bad-compiled.json', /^stances: --cues .*bad-compiled\.json: createExtractor options\.cues version: expected 1 .*found number 3\n$/],
  ])(
    '%s: one line on stderr, exit 2',
    (file, message) => {
      const r = cli(['--cues', path.join(dir, file), '-'], 'China agreed.');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
    },
    30000,
  );
});

describe('--jobs', () => {
  it('2,000 generated documents: --jobs 2 prints exactly what --jobs 1 prints', () => {
    const paragraphs = text.split('\n\n');
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const parts = [0, 1, 2, 3].map((k) => paragraphs[(i * 7 + k * 3) % paragraphs.length]);
      lines.push(JSON.stringify({ id: `doc-${i}`, text: parts.join('\n\n') }));
    }
    const input = `${lines.join('\n')}\n`;
    const one = cli(['--ndjson-in', '--format', 'ndjson', '--jobs', '1', '-'], input);
    const two = cli(['--ndjson-in', '--format', 'ndjson', '--jobs', '2', '-'], input);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(one.out.length).toBeGreaterThan(100000);
    expect(two.out).toBe(one.out);
    const ids = [...new Set(field(one.out, 'doc'))];
    expect(ids[0]).toBe('doc-0');
    expect(ids[ids.length - 1]).toBe('doc-1999');
  }, 60000);
  it('5,000 real-text documents (corpus and fixture passages, changed a little): --jobs 2 prints exactly what --jobs 1 prints', () => {
    // with two workers each extractor reads a different history of documents than the one of --jobs 1 (issue 11)
    const input = realDocs(readTexts([sharedCorpus, path.join(root, 'fixtures')]), 5000);
    const one = cli(['--ndjson-in', '--format', 'ndjson', '--others', '--jobs', '1', '-'], input);
    const two = cli(['--ndjson-in', '--format', 'ndjson', '--others', '--jobs', '2', '-'], input);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const ids = new Set(field(one.out, 'doc'));
    expect(ids.size).toBeGreaterThan(2500);
    expect(Math.max(...[...ids].map((id) => Number(String(id).slice(4))))).toBeGreaterThan(4900);
    expect(two.out).toBe(one.out);
  }, 120000);
});

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasParallel)('the GNU parallel recipe of the README (needs the Debian package "parallel")', () => {
  it('cat docs.ndjson | parallel --pipe --keep-order -N 100 stances --ndjson-in gives the output of one process', () => {
    const lines = Array.from({ length: 250 }, (_, i) =>
      JSON.stringify({ id: i, text: i % 2 ? 'China agreed to the plan.' : 'Seoul hopes for talks.' }),
    );
    const input = `${lines.join('\n')}\n`;
    const single = cli(['--ndjson-in', '--format', 'ndjson', '-'], input);
    const r = spawnSync('parallel', ['--pipe', '--keep-order', '-N', '100', process.execPath, bin, '--ndjson-in', '--format', 'ndjson'], {
      input,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(single.out);
    expect(r.stdout.trim().split('\n')).toHaveLength(250);
  }, 60000);
});

describe('progress', () => {
  it('--progress draws documents, rate and time left on stderr; --quiet draws nothing', () => {
    const withBar = cli(['--progress', '--format', 'ndjson', fixture, fixture]);
    expect(withBar.err).toMatch(/\[#+\.*\] 2\/2 docs\s+\d+ docs\/s\s+\d+s left/);
    expect(cli(['--quiet', '--format', 'ndjson', fixture]).err).toBe('');
    expect(cli(['--format', 'ndjson', fixture]).err).toBe('');
  });
});

describe('a reader that goes away', () => {
  it('"stances ... | head -1" stops quietly', () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: i, text: 'China agreed to the plan. The ROK hopes for talks.' }),
    ).join('\n');
    const r = spawnSync('sh', ['-c', `node "${bin}" --ndjson-in --format ndjson - | head -1`], { input: lines, encoding: 'utf8' });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });
});
