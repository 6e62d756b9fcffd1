/**
 * Any pair of states: names, official names, ISO codes, demonyms, capitals,
 * officials and custom actors, for many pairs; the world gazetteer itself.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseBuilds, compile, lookupState } from '../src/actors/compile.js';
import { WORLD } from '../src/actors/data/world.js';
import { type ActorSpec, createExtractor, extractStances } from '../src/index.js';
import { holdersBySentence } from './helpers/holders.js';

const last = (text: string, actors: readonly [ActorSpec, ActorSpec], others = false) =>
  holdersBySentence(text, { actors, others }).pop() ?? [];

describe('options.actors accepts names, official names and codes in any case', () => {
  const rows: readonly [string, string][] = [
    ['US', 'USA'],
    ['United States', 'USA'],
    ['usa', 'USA'],
    ['U.S.', 'USA'],
    ['Japan', 'JPN'],
    ['JPN', 'JPN'],
    ['jp', 'JPN'],
    ['DPRK', 'PRK'],
    ['North Korea', 'PRK'],
    ["Democratic People's Republic of Korea", 'PRK'],
    ['Russia', 'RUS'],
    ['Russian Federation', 'RUS'],
    ['ROK', 'KOR'],
    ['South Korea', 'KOR'],
    ['PRC', 'CHN'],
    ['Taiwan', 'TWN'],
    ['Hong Kong', 'HKG'],
    ['EU', 'EU'],
    ['Palestine', 'PSE'],
    ['Vatican City', 'VAT'],
  ];
  it.each(rows)('%s', (name, id) => expect(lookupState(name)).toBe(id));
});

describe('eight pairs', () => {
  const rows: readonly [string, readonly [string, string], string, readonly string[]][] = [
    ['US–China: demonym + office', ['US', 'China'], 'The American side reaffirmed its position.', ['US']],
    ['US–China: official by title and name', ['US', 'China'], 'U.S. Secretary of State Antony Blinken urged restraint.', ['US']],
    ['US–China: capital as subject', ['US', 'China'], 'Washington and Beijing agreed to resume talks.', ['both']],
    [
      'ROK–Japan: unknown official with demonym',
      ['ROK', 'Japan'],
      'Japanese Foreign Minister Yoshimasa Hayashi expressed regret.',
      ['Japan'],
    ],
    ['ROK–Japan: Tokyo and Seoul', ['South Korea', 'Japan'], 'Seoul and Tokyo agreed to restore the agreement.', ['both']],
    ['EU–Russia: organisation code', ['EU', 'Russia'], 'The EU condemned the attack.', ['EU']],
    ['EU–Russia: seat as metonym', ['EU', 'Russia'], 'The Kremlin rejected the accusation.', ['Russia']],
    ['India–Pakistan: official name', ['India', 'Pakistan'], 'The Islamic Republic of Pakistan protested the decision.', ['Pakistan']],
    ['India–Pakistan: New Delhi', ['India', 'Pakistan'], 'New Delhi said it hopes for calm.', ['India']],
    ['Germany–France: demonym + government', ['Germany', 'France'], 'The French government welcomed the plan.', ['France']],
    ['Germany–France: "of" state', ['DEU', 'FRA'], 'Chancellor Olaf Scholz of Germany called for unity.', ['DEU']],
    [
      'Brazil–Argentina: both countries',
      ['Brazil', 'Argentina'],
      'Brazil and Argentina signed the deal.\n\nBoth countries will cut tariffs.',
      ['both'],
    ],
    ['DPRK–ROK: the other Korea', ['DPRK', 'ROK'], 'North Korea denounced the drills.', ['DPRK']],
    ['Israel–Iran: capital in a place phrase is no actor', ['Israel', 'Iran'], 'Talks in Tehran ended, Israel said.', ['Israel']],
    ['US–China: a place after "in" is no actor', ['US', 'China'], 'The two presidents met in Washington.', []],
  ];
  it.each(rows)('%s', (_t, actors, text, expected) => expect(last(text, actors)).toEqual([...expected].sort()));

  it('carries the strings the caller gave', () => {
    expect(extractStances('Japan agreed to the plan.', { actors: ['jpn', 'ROK'] }).map((s) => s.holder)).toEqual(['jpn']);
  });
});

describe('officials of any state, later by surname or title', () => {
  const rows: readonly [string, readonly [string, string], string, readonly (readonly string[])[]][] = [
    [
      'surname after title and name',
      ['US', 'China'],
      'Secretary of State Antony Blinken met Wang Yi.\n\nBlinken said the US opposes coercion.',
      [[], ['US']],
    ],
    [
      '"the Secretary"',
      ['US', 'China'],
      'Secretary of State Antony Blinken met Wang Yi.\n\nThe Secretary stressed the need for guardrails.',
      [[], ['US']],
    ],
    ['the Japanese side', ['Japan', 'China'], 'The Japanese side expressed serious concern.', [['Japan']]],
    [
      '"Foreign Minister X of state"',
      ['Japan', 'China'],
      'Foreign Minister Wang Yi of China spoke.\n\nWang said China opposes the move.',
      [[], ['China']],
    ],
  ];
  it.each(rows)('%s', (_t, actors, text, expected) =>
    expect(holdersBySentence(text, { actors })).toEqual(expected.map((h) => [...h].sort())),
  );
});

describe('custom actors', () => {
  it('an alliance with its own names and officials', () => {
    const ex = createExtractor({
      actors: [{ id: 'NATO', names: ['NATO', 'the Alliance'], officials: [{ name: 'Mark Rutte', title: 'Secretary General' }] }, 'Russia'],
    });
    expect(ex.extract('Mark Rutte said the Alliance stands ready to defend every ally.').map((s) => s.holder)).toContain('NATO');
    expect(ex.extract('NATO and Russia agreed to talk.').map((s) => s.holder)).toEqual(['both']);
  });
  it('more names for a known state', () => {
    const ex = createExtractor({ actors: [{ id: 'US', names: ['Uncle Sam'] }, 'China'] });
    expect(ex.extract('Uncle Sam welcomed the decision.').map((s) => s.holder)).toEqual(['US']);
    expect(ex.extract('The United States welcomed the decision.').map((s) => s.holder)).toEqual(['US']);
  });
});

describe('options.others', () => {
  it('labels the claims of states outside the pair with their common names', () => {
    const text = 'Japan reaffirmed its position. The United States welcomed the talks. China agreed.';
    expect(holdersBySentence(text, { others: true })).toEqual([['Japan'], ['United States'], ['China']]);
    expect(holdersBySentence(text)).toEqual([[], [], ['China']]);
  });
  it('still gives a joint claim with an outside state to the configured one', () => {
    expect(holdersBySentence('The United States and the ROK reaffirmed the alliance.', { others: true })).toEqual([['ROK']]);
  });
});

describe('the world gazetteer', () => {
  it('holds every UN member and the observers and entities the news reports', () => {
    const ids = new Set(WORLD.map((l) => l.split('|')[0]));
    expect(ids.size).toBeGreaterThanOrEqual(199);
    for (const id of ['CHN', 'KOR', 'PRK', 'USA', 'JPN', 'TWN', 'HKG', 'PSE', 'VAT', 'UNK']) expect(ids.has(id)).toBe(true);
  });
  it('is a compact module: under 60 KB as built, before any minification', () => {
    const built = new URL('../dist/actors/data/world.js', import.meta.url);
    const size = fs.existsSync(built) ? fs.statSync(built).size : fs.statSync(new URL('../src/actors/data/world.ts', import.meta.url)).size;
    expect(size).toBeLessThan(60 * 1024);
  });
  it('builds its tables once per process: a new pair only adds its own actors', () => {
    compile();
    const before = baseBuilds();
    createExtractor({ actors: ['US', 'Japan'] });
    createExtractor({ actors: ['India', 'Pakistan'] });
    expect(baseBuilds()).toBe(before);
  });
});

describe('src/actors/data/world.ts', () => {
  it('is what scripts/build-gazetteer.mjs compiles from world-countries and CLDR today', async () => {
    // @ts-expect-error: a plain ESM script without types
    const { worldLines } = await import('../scripts/build-gazetteer.mjs');
    expect([...WORLD]).toEqual(worldLines());
  });
});
