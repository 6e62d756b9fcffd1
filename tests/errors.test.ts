import { describe, expect, it } from 'vitest';
import { createExtractor, extractStances, StanceError } from '../src/index.js';

describe('misuse throws StanceError with a stable code', () => {
  const rows: readonly [string, () => unknown, string, RegExp][] = [
    [
      'text is not a string',
      () => extractStances(42 as unknown as string),
      'INVALID_TEXT',
      /extractStances: expected the text as a string, found number 42/,
    ],
    ['options is not an object', () => extractStances('x', 'China' as never), 'INVALID_OPTIONS', /expected an options object/],
    ['unknown option key', () => extractStances('x', { actor: ['China', 'ROK'] } as never), 'UNKNOWN_OPTION', /found "actor"/],
    ['actors of wrong length', () => extractStances('x', { actors: ['China'] } as never), 'INVALID_OPTIONS', /two state names/],
    [
      'unknown actor suggests names',
      () => createExtractor({ actors: ['China', 'Koreaa'] }),
      'UNKNOWN_ACTOR',
      /closest: Korea \(South Korea\)/,
    ],
    ['same actor twice', () => createExtractor({ actors: ['China', 'PRC'] }), 'INVALID_OPTIONS', /two different states/],
    [
      'official without actor',
      () => createExtractor({ officials: [{ name: 'Kim' } as never] }),
      'INVALID_OFFICIAL',
      /name: string, actor: string/,
    ],
  ];
  it.each(rows)('%s', (_t, call, code, message) => {
    let caught: unknown;
    try {
      call();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(StanceError);
    expect((caught as StanceError).code).toBe(code);
    expect((caught as StanceError).message).toMatch(message);
  });
});

describe('doubtful input is data, not an error', () => {
  it.each(['', '   \n\n  ', '....', '\u200b\u200b', 'china china china'])('%j gives no stance and no throw', (text) => {
    expect(extractStances(text)).toEqual([]);
  });
});

describe('createExtractor', () => {
  it('gives the same answer as extractStances and keeps no state between documents', () => {
    const ex = createExtractor();
    const a = 'Foreign Minister Wang Yi spoke.\n\nWang said China opposes the plan.';
    const b = 'Kang said the ROK hopes for talks.';
    const first = ex.extract(b);
    ex.extract(a);
    expect(ex.extract(b)).toEqual(first);
    expect(ex.extract(a)).toEqual(extractStances(a));
  });

  it('adds officials given in the options', () => {
    const ex = createExtractor({ officials: [{ name: 'Zhou Anming', actor: 'China' }] });
    expect(ex.extract('Zhou Anming said the plan harms trust.').map((s) => s.holder)).toEqual(['China']);
  });

  it('labels holders with the names the caller gave', () => {
    const ex = createExtractor({ actors: ['Korea', 'PRC'] });
    expect(ex.extract('Seoul and Beijing agreed to meet.').map((s) => s.holder)).toEqual(['both']);
    expect(ex.extract('Seoul hopes for calm.').map((s) => s.holder)).toEqual(['Korea']);
  });
});

describe('words that are names of Object.prototype members', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])('%s is an ordinary word', (w) => {
    expect(extractStances(`The ${w} of ${w}. ${w} ${w}s. &${w}; <${w}>`)).toEqual([]);
    expect(extractStances(`China agreed to the ${w} plan.`).map((s) => s.holder)).toEqual(['China']);
  });
});

describe('options.maxLength', () => {
  it('refuses a longer text with a clear error instead of running out of memory', () => {
    let caught: unknown;
    try {
      extractStances('China agreed. '.repeat(10), { maxLength: 50 });
    } catch (e) {
      caught = e;
    }
    expect((caught as StanceError).code).toBe('TEXT_TOO_LONG');
    expect((caught as StanceError).message).toMatch(
      /expected a text of at most 50 characters \(options.maxLength\), found "140 characters"/,
    );
  });
  it.each([0, -1, 1.5, '10'])('rejects %j', (v) => {
    expect(() => createExtractor({ maxLength: v as number })).toThrow(/options.maxLength: expected a whole number/);
  });
  it('accepts a text of exactly that length', () => {
    expect(extractStances('China agreed.', { maxLength: 13 })).toHaveLength(1);
  });
});
