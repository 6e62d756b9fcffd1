/**
 * Custom cues: verbs and nouns a caller adds (compileCues from stances/lexicon, then options.cues), per
 * extractor, checked up front; and the main entry never loading compromise. Every text is written here.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CompiledCues, createExtractor, extractStances, StanceError } from '../src/index.js';
import { compileCues } from '../src/lexicon.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const cues = compileCues({
  verbs: [
    { lemmas: ['rebuff', 'snub'], kinds: ['oppose'] },
    // a built-in verb under an entry of the caller's: the id tells which entry read it
    { lemmas: ['slam'], kinds: ['oppose'], id: 'rhetoric' },
    { lemmas: ['lash out at', 'hit out at'], kinds: ['oppose'], id: 'lash-out' },
  ],
  nouns: [{ lemmas: ['rebuke'], kinds: ['oppose'] }],
});

type Seen = [holder: string, kind: string, cue: string, id: string];
const seen = (text: string, options = {}): Seen[] => extractStances(text, options).map((s) => [s.holder, s.kind, s.cue.text, s.cue.id]);

describe('compileCues', () => {
  it('conjugates verbs with compromise (doubling a final consonant) and pluralizes nouns', () => {
    expect(cues.forms).toMatchObject({
      rebuffed: 'rebuff',
      rebuffs: 'rebuff',
      rebuffing: 'rebuff',
      snubbed: 'snub',
      snubbing: 'snub',
      slamming: 'slam',
      lashed: 'lash',
      hitting: 'hit',
    });
    expect(cues.particles).toContainEqual({ verb: 'lash', words: ['out', 'at'], id: 'lash-out', kinds: ['oppose'] });
    expect(cues.nouns).toEqual([{ id: 'n:rebuke', lemmas: ['rebuke', 'rebukes'], kinds: ['oppose'] }]);
  });

  it('gives plain JSON: the object read back from a file works the same', () => {
    const back = JSON.parse(JSON.stringify(cues)) as CompiledCues;
    const text = 'Chile rebuffed the offer. Poland lashed out at the court.';
    expect(extractStances(text, { cues: back, others: true })).toEqual(extractStances(text, { cues, others: true }));
  });
});

describe('a custom verb in all its inflections', () => {
  // the bare lemma right after its subject is often tagged a noun by wink ("China and the ROK slam the tariffs"),
  // for built-in verbs as for custom ones: the rows put an adverb between
  const rows: readonly [string, Seen][] = [
    ['Seoul and Beijing firmly rebuff the offer.', ['both', 'oppose', 'rebuff', 'cue:rebuff']],
    ['Chile rebuffs the offer.', ['Chile', 'oppose', 'rebuffs', 'cue:rebuff']],
    ['Kenya rebuffed the mediators.', ['Kenya', 'oppose', 'rebuffed', 'cue:rebuff']],
    ['Norway is rebuffing the proposal.', ['Norway', 'oppose', 'rebuffing', 'cue:rebuff']],
    ['Tokyo and Seoul openly snub the forum.', ['ROK', 'oppose', 'snub', 'cue:rebuff']],
    ['Hungary snubs the summit.', ['Hungary', 'oppose', 'snubs', 'cue:rebuff']],
    ['Greece snubbed the envoy.', ['Greece', 'oppose', 'snubbed', 'cue:rebuff']],
    ['Italy is snubbing the talks.', ['Italy', 'oppose', 'snubbing', 'cue:rebuff']],
    ['China and the ROK strongly slam the tariffs.', ['both', 'oppose', 'slam', 'cue:rhetoric']],
    ['Peru slams the ruling.', ['Peru', 'oppose', 'slams', 'cue:rhetoric']],
    ['Cuba slammed the embargo.', ['Cuba', 'oppose', 'slammed', 'cue:rhetoric']],
    ['Iran is slamming the sanctions.', ['Iran', 'oppose', 'slamming', 'cue:rhetoric']],
    // the passive: the agent holds it, as with built-in verbs
    ['The plan was rebuffed by Seoul.', ['ROK', 'oppose', 'rebuffed', 'cue:rebuff']],
  ];
  it.each(rows)('%s', (text, expected) => expect(seen(text, { cues, others: true })).toEqual([expected]));

  it.each(rows.filter(([t]) => !/sla/.test(t)))('%s: no stance with the built-in lexicon', (text) => {
    expect(seen(text, { others: true })).toEqual([]);
  });
});

describe('a custom particle verb', () => {
  const rows: readonly [string, Seen][] = [
    ['Poland lashed out at the ruling.', ['Poland', 'oppose', 'lashed out at', 'cue:lash-out']],
    ['Austria lashes out at the court.', ['Austria', 'oppose', 'lashes out at', 'cue:lash-out']],
    ['Beijing is lashing out at the report.', ['China', 'oppose', 'lashing out at', 'cue:lash-out']],
    ['Seoul hit out at the decision.', ['ROK', 'oppose', 'hit out at', 'cue:lash-out']],
    ['Ghana hits out at the new rules.', ['Ghana', 'oppose', 'hits out at', 'cue:lash-out']],
  ];
  it.each(rows)('%s', (text, expected) => expect(seen(text, { cues, others: true })).toEqual([expected]));
  it.each(rows)('%s: no stance with the built-in lexicon', (text) => expect(seen(text, { others: true })).toEqual([]));
  it('needs its particles: "lashed the boat" is no cue', () => expect(seen('Poland lashed the boat.', { cues, others: true })).toEqual([]));
});

describe('a custom noun', () => {
  const rows: readonly [string, Seen][] = [
    ["China's rebuke of the plan was sharp.", ['China', 'oppose', 'rebuke', 'cue:n:rebuke']],
    ["Seoul's rebukes of the drills grew louder.", ['ROK', 'oppose', 'rebukes', 'cue:n:rebuke']],
    ['Its rebuke came within hours, Chile said.', ['Chile', 'oppose', 'rebuke', 'cue:n:rebuke']],
  ];
  it.each(rows)('%s', (text, expected) => expect(seen(text, { cues, others: true })).toContainEqual(expected));
  it.each(rows.slice(0, 2))('%s: no stance with the built-in lexicon', (text) => expect(seen(text, { others: true })).toEqual([]));
});

describe('custom cues override built-in ones', () => {
  const over = compileCues({
    verbs: [
      // an event coder's reading of "maintain" and "warn"
      { lemmas: ['maintain'], kinds: ['reaffirm'] },
      { lemmas: ['warn'], kinds: ['concern'], id: 'alarm' },
      // a narration verb made a cue
      { lemmas: ['visit'], kinds: ['support'] },
      // complements of the caller's own, naming a built-in entry and one of its own
      { lemmas: ['advise'], kinds: ['state'], speech: true, complements: { to: 'urge', against: 'caution' } },
      { lemmas: ['caution'], kinds: ['concern'] },
    ],
    nouns: [{ lemmas: ['position'], kinds: ['reaffirm'], id: 'n:stand' }],
  });
  const rows: readonly [string, Seen, Seen][] = [
    [
      'Croatia maintained its neutrality.',
      ['Croatia', 'reaffirm', 'maintained', 'cue:maintain'],
      ['Croatia', 'state', 'maintained', 'cue:state'],
    ],
    ['India warned Pakistan not to escalate.', ['India', 'concern', 'warned', 'cue:alarm'], ['India', 'urge', 'warned', 'cue:urge']],
    ['Germany visited the site.', ['Germany', 'support', 'visited', 'cue:visit'], ['', '', '', '']],
    ['Tokyo advised Seoul to wait.', ['Japan', 'urge', 'advised', 'cue:urge'], ['', '', '', '']],
    ['Tokyo advised against the trip.', ['Japan', 'concern', 'advised', 'cue:caution'], ['', '', '', '']],
    ['Tokyo advised that the trip was unsafe.', ['Japan', 'state', 'advised', 'cue:advise'], ['', '', '', '']],
    ["Chile's position is clear.", ['Chile', 'reaffirm', 'position', 'cue:n:stand'], ['Chile', 'state', 'position', 'cue:n:position']],
  ];
  it.each(rows)('%s', (text, custom, builtIn) => {
    expect(seen(text, { cues: over, others: true })).toEqual([custom]);
    expect(seen(text, { others: true })).toEqual(builtIn[0] === '' ? [] : [builtIn]);
  });
});

describe('custom cues are per extractor', () => {
  it('two extractors with different cues in one process do not affect each other', () => {
    const opposing = createExtractor({ cues: compileCues({ verbs: [{ lemmas: ['rebuff'], kinds: ['oppose'] }] }), others: true });
    const welcoming = createExtractor({
      cues: compileCues({ verbs: [{ lemmas: ['rebuff'], kinds: ['support'], id: 'odd' }] }),
      others: true,
    });
    const plain = createExtractor({ others: true });
    const text = 'Chile rebuffed the offer.';
    const kinds = (ex: typeof plain) => ex.extract(text).map((s) => `${s.kind} ${s.cue.id}`);
    for (let round = 0; round < 2; round++) {
      expect(kinds(opposing)).toEqual(['oppose cue:rebuff']);
      expect(kinds(welcoming)).toEqual(['support cue:odd']);
      expect(kinds(plain)).toEqual([]);
      expect(extractStances(text, { others: true })).toEqual([]);
      expect(extractStances(text, { others: true, cues }).map((s) => s.cue.id)).toEqual(['cue:rebuff']);
    }
  });
});

describe('bad options.cues are typed errors', () => {
  const good = { version: 1, forms: {}, verbs: [], particles: [], nouns: [] };
  const verb = { id: 'x', lemmas: ['slap'], kinds: ['oppose'] };
  const rows: readonly [string, () => unknown, RegExp][] = [
    [
      'not an object',
      () => createExtractor({ cues: 'slam' as never }),
      /^createExtractor options.cues: expected the object compileCues\(\) returns.*found "slam"$/,
    ],
    [
      'the source form, not compiled',
      () => createExtractor({ cues: { verbs: [] } as never }),
      /options.cues version: expected 1 .*found undefined/,
    ],
    [
      'another version',
      () => extractStances('x', { cues: { ...good, version: 2 } as never }),
      /^extractStances options.cues version: expected 1/,
    ],
    [
      'an unknown field',
      () => createExtractor({ cues: { ...good, lexicon: [] } as never }),
      /options.cues: expected only the fields .*found "lexicon"/,
    ],
    [
      'a kind that is none',
      () => createExtractor({ cues: { ...good, verbs: [{ ...verb, kinds: ['opose'] }] } as never }),
      /options.cues verbs\[0\].kinds\[0\]: expected a stance kind \(agree, .*\), found "opose"/,
    ],
    [
      'no kinds and no complements',
      () => createExtractor({ cues: { ...good, verbs: [{ ...verb, kinds: [] }] } as never }),
      /verbs\[0\].kinds: expected a non-empty array of stance kinds/,
    ],
    [
      'no lemmas',
      () => createExtractor({ cues: { ...good, verbs: [{ ...verb, lemmas: [] }] } as never }),
      /verbs\[0\].lemmas: expected a non-empty array of lower-case words/,
    ],
    [
      'a lemma in capitals',
      () => createExtractor({ cues: { ...good, verbs: [{ ...verb, lemmas: ['Slap'] }] } as never }),
      /verbs\[0\].lemmas\[0\]: expected lower-case words .*found "Slap"/,
    ],
    [
      'an empty id',
      () => createExtractor({ cues: { ...good, verbs: [{ ...verb, id: ' ' }] } as never }),
      /verbs\[0\].id: expected a non-empty string id/,
    ],
    [
      'a complement to no entry',
      () => createExtractor({ cues: { ...good, verbs: [{ ...verb, complements: { that: 'nope' } }] } as never }),
      /verbs\[0\].complements.that: expected the id of a verb entry.*found "nope"/,
    ],
    [
      'a complement that is none',
      () => createExtractor({ cues: { ...good, verbs: [{ ...verb, complements: { 'to that': 'state' } }] } as never }),
      /verbs\[0\].complements: expected complements 'that', 'to', .*found "to that"/,
    ],
    [
      'a form of no verb given',
      () => createExtractor({ cues: { ...good, verbs: [verb], forms: { slammed: 'slam' } } as never }),
      /options.cues forms.slammed: expected the lemma of one of the verbs or particles given, found "slam"/,
    ],
    [
      'no forms',
      () => createExtractor({ cues: { ...good, forms: undefined } as never }),
      /options.cues forms: expected an object of inflected forms/,
    ],
    [
      'a particle verb in capitals',
      () => createExtractor({ cues: { ...good, particles: [{ verb: 'Lash', words: ['out'], id: 'l', kinds: ['oppose'] }] } as never }),
      /particles\[0\].verb: expected a lower-case verb lemma/,
    ],
    [
      'a noun with no kinds',
      () => createExtractor({ cues: { ...good, nouns: [{ id: 'n', lemmas: ['rebuke'], kinds: [] }] } as never }),
      /nouns\[0\].kinds: expected a non-empty array of stance kinds/,
    ],
    ['compileCues: not an object', () => compileCues('slam' as never), /^compileCues: expected \{ verbs\?/],
    [
      'compileCues: a lemma that is no word',
      () => compileCues({ verbs: [{ lemmas: [''], kinds: ['oppose'] }] }),
      /^compileCues verbs\[0\].lemmas\[0\]: expected lemmas: a verb, or a verb and the words after it/,
    ],
    [
      'compileCues: complements on a phrase',
      () => compileCues({ verbs: [{ lemmas: ['lash out at'], kinds: ['oppose'], complements: { to: 'urge' } }] }),
      /^compileCues verbs\[0\].lemmas: expected one-word verbs only in an entry with speech or complements/,
    ],
    [
      'compileCues: a noun of two words',
      () => compileCues({ nouns: [{ lemmas: ['sharp rebuke'], kinds: ['oppose'] }] }),
      /^compileCues nouns\[0\].lemmas\[0\]: expected nouns of one word/,
    ],
    [
      'compileCues: an unknown field',
      () => compileCues({ verbs: [{ lemmas: ['slap'], kinds: ['oppose'], kind: 'oppose' }] } as never),
      /^compileCues verbs\[0\]: expected only the fields lemmas, kinds, id, speech, complements, found "kind"/,
    ],
  ];
  it.each(rows)('%s', (_t, call, message) => {
    let caught: unknown;
    try {
      call();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(StanceError);
    expect((caught as StanceError).code).toBe('INVALID_OPTIONS');
    expect((caught as StanceError).message).toMatch(message);
  });
});

describe('the main entry never loads compromise', () => {
  // a resolve hook that fails any import of compromise, in a fresh process
  const hook = path.join(root, 'tests/helpers/no-compromise.mjs');
  const run = (code: string) =>
    spawnSync(process.execPath, ['--import', hook, '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  const compiled = JSON.stringify(compileCues({ verbs: [{ lemmas: ['rebuff'], kinds: ['oppose'] }] }));

  it('extracting, with and without custom cues, loads no compromise', () => {
    const r = run(
      `const { extractStances } = await import('./dist/index.js');
       const n = extractStances('Chile rebuffed the offer. China opposes it.', { others: true, cues: ${compiled} }).length;
       console.log(n + extractStances('China opposes it.').length);`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('3');
  }, 30000);

  it('the hook catches compromise: importing stances/lexicon fails under it', () => {
    const r = run(`await import('./dist/lexicon.js');`);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/compromise was imported by .*dist\/nlp\/compromise\.js/);
  }, 30000);
});
