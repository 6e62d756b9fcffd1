/**
 * Names of states and bodies: every UN member's CLDR English name, variant and short form as an
 * actor and in text; the forms of news text (no diacritics, curly apostrophes, "St." for "Saint",
 * "&" for "and", a leading "the", parentheses); intergovernmental bodies; and the traps of names
 * inside other names ("Papua New Guinea", "Mr. Jordan", "National Security Council").
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { keyOf, lookupState, nameForms } from '../src/actors/compile.js';
import { STATES } from '../src/actors/data/states.js';
import { type ActorSpec, createExtractor, type ExtractOptions, extractStances, StanceError } from '../src/index.js';
import { holdersBySentence } from './helpers/holders.js';

const require = createRequire(import.meta.url);
const CLDR: Record<string, string> = require('cldr-localenames-full/main/en/territories.json').main.en.localeDisplayNames.territories;
const COUNTRIES: { cca2: string; cca3: string; unMember: boolean; name: { common: string } }[] = require('world-countries');

/** Every UN member's CLDR English names: [form, ISO3, CLDR key] ("Turkey", "TUR", "TR-alt-variant"). */
const cldrRows: [string, string, string][] = COUNTRIES.filter((c) => c.unMember).flatMap((c) =>
  Object.keys(CLDR)
    .filter((k) => k === c.cca2 || k.startsWith(`${c.cca2}-alt-`))
    .map((k): [string, string, string] => [CLDR[k] as string, c.cca3, k]),
);

describe('every UN member state by each of its CLDR English names', () => {
  it('the rows come from the CLDR data: the 193 members, their variants and short forms', () => {
    // (world-countries also counts the Holy See, an observer, as a member)
    expect(new Set(cldrRows.map((r) => r[1])).size).toBeGreaterThanOrEqual(193);
    expect(cldrRows.length).toBeGreaterThan(200);
    for (const k of ['TR-alt-variant', 'CZ-alt-variant', 'CI-alt-variant', 'MM-alt-short', 'GB-alt-short'])
      expect(cldrRows.map((r) => r[2])).toContain(k);
  });
  it.each(cldrRows)('%s (%s, %s) is accepted as an actor and found in text', (name, id) => {
    expect(lookupState(name)).toBe(id);
    const partner = id === 'JPN' ? 'China' : 'Japan';
    const stances = createExtractor({ actors: [name, partner] }).extract(`${name} said it opposes the plan.`);
    expect(stances.map((s) => s.holder)).toEqual(stances.map(() => name));
    expect(stances.map((s) => `${s.kind} ${s.cue.text}`)).toContain('oppose opposes');
  });
});

describe('names as news text writes them', () => {
  // [text, options, holder and cue of each stance]
  const rows: readonly [string, ExtractOptions, readonly string[]][] = [
    ['Turkey opposed the plan.', { others: true }, ['Türkiye: opposed']],
    ['Turkey opposed the plan.', { actors: ['Turkey', 'Japan'] }, ['Turkey: opposed']],
    ['Turkiye welcomed the decision.', { actors: ['Türkiye', 'Greece'] }, ['Türkiye: welcomed']],
    ['The Holy See expressed concern.', { others: true }, ['Vatican City: expressed concern']],
    ['The Holy See expressed concern.', { actors: ['Holy See', 'Italy'] }, ['Holy See: expressed concern']],
    // an actor outside the pair: not the assertion of the speaker before it
    ['Türkiye said it opposes the plan. The Holy See expressed concern.', { actors: ['Türkiye', 'Japan'] }, ['Türkiye: opposes']],
    ['Ivory Coast said it opposes the plan.', { actors: ['Côte d’Ivoire', 'France'] }, ['Côte d’Ivoire: opposes']],
    ['Côte d’Ivoire rejected the proposal.', { others: true }, ['Ivory Coast: rejected']],
    ["Cote d'Ivoire rejected the proposal.", { actors: ['CIV', 'France'] }, ['CIV: rejected']],
    ['The Gambia welcomed the decision.', { actors: ['The Gambia', 'Senegal'] }, ['The Gambia: welcomed']],
    ['On Monday, the Bahamas rejected the proposal.', { others: true }, ['Bahamas: rejected']],
    ['Czechia supports the sanctions.', { actors: ['Czech Republic', 'Slovakia'] }, ['Czech Republic: supports']],
    ['The Czech Republic supports the sanctions.', { others: true }, ['Czechia: supports']],
    ['St. Lucia opposed the plan.', { others: true }, ['Saint Lucia: opposed']],
    ['Saint Kitts and Nevis opposed the plan.', { actors: ['St. Kitts & Nevis', 'Japan'] }, ['St. Kitts & Nevis: opposed']],
    ['Trinidad & Tobago welcomed the decision.', { others: true }, ['Trinidad and Tobago: welcomed']],
    ['Sao Tome and Principe welcomed the decision.', { actors: ['São Tomé & Príncipe', 'Portugal'] }, ['São Tomé & Príncipe: welcomed']],
    ['Myanmar (Burma) rejected the report.', { others: true }, ['Myanmar: rejected']],
    ['Hong Kong SAR China opposed the bill.', { others: true }, ['Hong Kong: opposed']],
    ['Congo (DRC) rejected the report.', { others: true }, ['DR Congo: rejected']],
    ['The GCC condemned the attack.', { others: true }, ['GCC: condemned']],
    [
      'The Gulf Cooperation Council condemned the attack.',
      { actors: ['Gulf Cooperation Council', 'Iran'] },
      ['Gulf Cooperation Council: condemned'],
    ],
    ['The Arab League rejected the plan.', { others: true }, ['Arab League: rejected']],
    ['The League of Arab States rejected the plan.', { actors: ['Arab League', 'Israel'] }, ['Arab League: rejected']],
    // one mention, the Security Council's, not the UN's and the council's
    ['The UN Security Council expressed concern.', { others: true }, ['UN Security Council: expressed concern']],
    ['The U.N. Security Council expressed concern.', { actors: ['UNSC', 'Iran'] }, ['UNSC: expressed concern']],
    ['The Security Council condemned the launch.', { others: true }, ['UN Security Council: condemned']],
    ['The UN welcomed the truce.', { others: true }, ['United Nations: welcomed']],
    ['The G-7 urged restraint.', { others: true }, ['G7: urged']],
    ['The Group of Seven urged restraint.', { actors: ['G7', 'Russia'] }, ['G7: urged']],
    ['The G20 agreed to cut tariffs.', { others: true }, ['G20: agreed']],
    ['OPEC agreed to cut output.', { others: true }, ['OPEC: agreed']],
    ['The IAEA expressed concern.', { others: true }, ['IAEA: expressed concern']],
    ['The International Atomic Energy Agency expressed concern.', { actors: ['IAEA', 'Iran'] }, ['IAEA: expressed concern']],
    ['The African Union condemned the coup.', { others: true }, ['African Union: condemned']],
    ['ASEAN welcomed the talks.', { others: true }, ['ASEAN: welcomed']],
  ];
  it.each(rows)('%s %j', (text, options, expected) => {
    expect(extractStances(text, options).map((s) => `${s.holder}: ${s.cue.text}`)).toEqual(expected);
  });
});

describe('names inside other names, and states that share a word, are told apart', () => {
  // [text, holders of each sentence, with options.others]
  const rows: readonly [string, readonly string[]][] = [
    ['Papua New Guinea opposed the plan.', ['Papua New Guinea']],
    ['Equatorial Guinea opposed the plan.', ['Equatorial Guinea']],
    ['Guinea-Bissau opposed the plan.', ['Guinea-Bissau']],
    ['Guinea opposed the plan.', ['Guinea']],
    ['New Guinea is an island.', []],
    ['Nigeria opposed the plan.', ['Nigeria']],
    ['Niger opposed the plan.', ['Niger']],
    ['Sudan opposed the plan.', ['Sudan']],
    ['South Sudan opposed the plan.', ['South Sudan']],
    ['Dominica opposed the plan.', ['Dominica']],
    ['The Dominican Republic opposed the plan.', ['Dominican Republic']],
    // "Congo" alone is the Republic of the Congo, as world-countries has it; "Congo (DRC)" makes no "Congo" of the DR Congo
    ['Congo-Brazzaville opposed the plan.', ['Republic of the Congo']],
    ['Congo - Kinshasa opposed the plan.', ['DR Congo']],
    ['The Democratic Republic of the Congo opposed the plan.', ['DR Congo']],
    ['North Korea opposed the plan.', ['North Korea']],
    // "Korea" alone is the ROK, by the hand-written list (here one of the default pair)
    ['Korea opposed the plan.', ['ROK']],
    ['Chad Smith said he opposes the plan.', []],
    ['Mr. Jordan said he opposes the plan.', []],
    ['Ms. Chad said she opposes the plan.', []],
    ['Mr. Turkey said he opposes the plan.', []],
    ['Jordan Peterson said he opposes the plan.', []],
    ['Voters in Georgia opposed the plan.', []],
    ['Lake Chad shrank, the ministry said.', []],
    ['Turkey prices rose, farmers said.', []],
    ['The National Security Council said it opposes the plan.', []],
    ['The Russian Security Council said it opposes the plan.', ['Russia']],
    ['The Security Council of the Russian Federation opposed the plan.', ['Russia']],
  ];
  it.each(rows)('%s', (text, expected) => expect(holdersBySentence(text, { others: true })).toEqual([[...expected].sort()]));
});

describe('options.actors by any form of a name', () => {
  const rows: readonly [string, string][] = [
    ['Turkey', 'TUR'],
    ['Türkiye', 'TUR'],
    ['Turkiye', 'TUR'],
    ['Holy See', 'VAT'],
    ['the Holy See', 'VAT'],
    ['The Gambia', 'GMB'],
    ['the Bahamas', 'BHS'],
    ['Cote d’Ivoire', 'CIV'],
    ['St Vincent and the Grenadines', 'VCT'],
    ['Saint Vincent & Grenadines', 'VCT'],
    ['Congo (DRC)', 'COD'],
    ['Congo (Republic)', 'COG'],
    ['Myanmar (Burma)', 'MMR'],
    ['Gulf Cooperation Council', 'GCC'],
    ['GCC', 'GCC'],
    ['League of Arab States', 'LAS'],
    ['G-7', 'G7'],
    ['Group of Twenty', 'G20'],
    ['Security Council', 'UNSC'],
    ['UN Security Council', 'UNSC'],
    ['International Atomic Energy Agency', 'IAEA'],
    ['OPEC', 'OPEC'],
  ];
  it.each(rows)('%s', (name, id) => expect(lookupState(name)).toBe(id));
  it('a territory that is not among the states is unknown, with the closest names', () => {
    expect(lookupState('Curaçao')).toBeNull();
    expect(() => createExtractor({ actors: ['Curaçao', 'Japan'] })).toThrow(StanceError);
  });
  it.each([
    ['Turky', /closest: Turkey \(Türkiye\)/],
    ['Holy Sea', /closest: Holy See \(Vatican City\)/],
    ['G8', /closest: G7/],
  ])('an unknown name %s lists the closest known names', (name, message) => {
    expect(() => createExtractor({ actors: [name, 'Japan'] })).toThrow(message);
  });
  it('a custom actor is found by its names with or without diacritics and a leading "the"', () => {
    const actors: [ActorSpec, ActorSpec] = [{ id: 'Curaçao', names: ['Curaçao', 'the Island Council'] }, 'Netherlands'];
    const ex = createExtractor({ actors });
    expect(ex.extract('Curacao opposed the plan.').map((s) => s.holder)).toEqual(['Curaçao']);
    expect(ex.extract('The Island Council opposed the plan.').map((s) => s.holder)).toEqual(['Curaçao']);
  });
});

describe('keys', () => {
  it('no name or code, in any of its forms, names two states or bodies', () => {
    const owners = new Map<string, Set<string>>();
    for (const s of STATES)
      for (const n of [...s.names, ...s.codes])
        for (const f of nameForms(n)) owners.set(keyOf(f), new Set([...(owners.get(keyOf(f)) ?? []), s.id]));
    expect([...owners].filter(([, ids]) => ids.size > 1).map(([k, ids]) => `${k}: ${[...ids].join(', ')}`)).toEqual([]);
  });
  it.each([
    ['Côte d’Ivoire', "Cote d'Ivoire"],
    ['São Tomé & Príncipe', 'Sao Tome and Principe'],
    ['Türkiye', 'TURKIYE'],
    ['Curaçao', 'Curacao'],
  ])('%s and %s share a key', (a, b) => expect(keyOf(a)).toBe(keyOf(b)));
  it('fold only Latin diacritics: other scripts keep their letters', () => {
    expect(keyOf('대한민국')).toBe('대한민국');
    expect(keyOf('中国')).toBe('中国');
  });
  it('the build script computes the same keys as the matcher', async () => {
    // @ts-expect-error: a plain ESM script without types
    const { keyOf: scriptKey } = await import('../scripts/build-gazetteer.mjs');
    const names = [...cldrRows.map((r) => r[0]), 'Lee Jae-myung', 'U.S.', 'Trinidad & Tobago', '대한민국'];
    expect(names.map(scriptKey)).toEqual(names.map((n) => keyOf(n)));
  });
});
