/**
 * `npm run eval` scores like the shared scorer, and the scoring itself is right
 * on a small gold file made here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emptyCounts, type GoldFile, scoreDocument, summarize } from '../src/eval/score.js';
import { extractStances } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const hasShared = fs.existsSync(`${shared}tools/score.mjs`) && fs.existsSync(`${shared}corpus`);
const built = fs.existsSync(`${root}dist/index.js`);

describe('scoreDocument', () => {
  const text = 'China agreed.\n\nThe ROK hopes so.\n\nThe meeting ended.';
  const gold: GoldFile = {
    text: 'x.txt',
    sentences: [
      { anchor: 'China agreed.', holders: ['China'], kinds: { China: ['agree'] } },
      { anchor: 'The ROK hopes', holders: ['both'] },
      { anchor: 'The meeting ended.', holders: [] },
    ],
  };
  it('counts (sentence, holder) pairs, exact sentences and kinds', () => {
    const c = emptyCounts();
    scoreDocument(c, gold, text, extractStances(text));
    const s = summarize(c);
    expect([c.tp, c.fp, c.fn, c.exact]).toEqual([1, 1, 1, 2]);
    expect(s.precision).toBe(0.5);
    expect(s.kindAccuracy).toBe(1);
    expect(c.mistakes).toEqual([{ doc: 'x.txt', anchor: 'The ROK hopes', gold: ['both'], pred: ['ROK'] }]);
  });
  it('rejects a gold anchor that is not in the text', () => {
    expect(() => scoreDocument(emptyCounts(), { text: 'x', sentences: [{ anchor: 'nowhere', holders: [] }] }, text, [])).toThrow(/anchor/);
  });
});

describe.skipIf(!hasShared || !built)('npm run eval on ../shared/corpus (needs the shared folder and a build)', () => {
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: root, encoding: 'utf8' }).trim().split('\n').pop() ?? '';
  const ours = JSON.parse(run('node', ['dist/bin/eval.js', `${shared}corpus`]));
  it('prints the same figures as the shared scorer', () => {
    const theirs = JSON.parse(run('node', [`${shared}tools/score.mjs`, 'dist/index.js', `${shared}corpus`]));
    expect(ours).toEqual(theirs);
  });
  it('keeps holder F1 at 0.95 or more over the folder (0.988 when written)', () => {
    expect(ours.f1).toBeGreaterThanOrEqual(0.95);
    expect(ours.errors).toBe(0);
  });
  it('keeps holder F1 at 0.90 or more on the configured pairs (0.933 when written)', () => {
    const pairs = JSON.parse(run('node', ['dist/bin/eval.js', `${shared}corpus/pairs`]));
    expect(pairs.f1).toBeGreaterThanOrEqual(0.9);
    expect(pairs.errors).toBe(0);
  });
});
