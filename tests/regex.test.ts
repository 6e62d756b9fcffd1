/**
 * Every regular expression in src/ is checked for super-linear backtracking by
 * recheck (its attack search is the adversarial worst case of each pattern),
 * and fed a long adversarial input through the public API.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { extractStances, splitSentences } from '../src/index.js';

const src = fileURLToPath(new URL('../src', import.meta.url));
const files: string[] = [];
const walk = (d: string) => {
  for (const f of fs.readdirSync(d)) {
    const p = path.join(d, f);
    if (fs.statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.ts')) files.push(p);
  }
};
walk(src);

const literals: [string, string, string][] = [];
for (const f of files) {
  const sf = ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true);
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = n.getText(sf);
      const end = text.lastIndexOf('/');
      literals.push([
        `${path.relative(src, f)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`,
        text.slice(1, end),
        text.slice(end + 1),
      ]);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}

describe('regular expressions in src', () => {
  it('are found', () => expect(literals.length).toBeGreaterThan(30));
  it.each(literals)('%s /%s/%s is linear-time', (_where, source, flags) => {
    const r = checkSync(source, flags.replace(/[gy]/g, ''), { timeout: 10000 });
    expect(r.status, r.status === 'vulnerable' ? `attack: ${JSON.stringify(r.attack?.pattern)}` : '').toBe('safe');
  });
});

describe('adversarial text through the whole pipeline finishes', () => {
  const long = 100_000;
  const cases: [string, string][] = [
    ['a run without spaces', 'x'.repeat(long)],
    ['ampersands', `${'&'.repeat(long)}amp;`],
    ['angle brackets', `<p>${'<'.repeat(long)}`],
    ['open parentheses', '('.repeat(long)],
    ['commas', `China said${', '.repeat(long / 2)}`],
    ['dots', '. '.repeat(long / 2)],
    ['quotes', '" '.repeat(long / 2)],
    ['colons', 'Q: '.repeat(long / 3)],
    ['dateline-like', `SEOUL, ${'A'.repeat(long)}`],
    ['capitals', 'A '.repeat(long / 2)],
    ['hyphens', `Lee${'-'.repeat(long)}`],
  ];
  it.each(cases)('%s', (_t, text) => {
    expect(Array.isArray(extractStances(text))).toBe(true);
    expect(splitSentences(text).every((s) => s.start >= 0 && s.end <= text.length)).toBe(true);
  });
});
