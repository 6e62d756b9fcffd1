#!/usr/bin/env node
// Compiles the world gazetteer into the compact module src/actors/data/world.ts: one line per UN
// member or observer state and the commonly reported entities, with only what the library matches.
// Two maintained data sets are merged:
//   - world-countries (ODbL 1.0): ISO codes, common and official names, alternative spellings,
//     capitals, demonyms, UN membership;
//   - the Unicode CLDR English territory names (cldr-localenames-full, Unicode License v3): the
//     name, variant and short form of every territory ("Türkiye" / "Turkey", "Czechia" / "Czech
//     Republic", "Myanmar (Burma)" / "Myanmar", "Hong Kong SAR China" / "Hong Kong").
// A name that only differs from another of the same state in case, spaces, dots, hyphens,
// apostrophes, diacritics or "&" for "and" is written once (the matcher ignores those: see keyOf in
// src/actors/compile.ts). A name in parentheses form ("Holy See (Vatican City State)") also gives
// the name before the parenthesis ("Holy See") unless another state has that name ("Congo (DRC)"
// does not make "Congo", the Republic of the Congo's, a name of the DR Congo).
// Run by `npm run gazetteer` and `npm run build`; tests/actors.test.ts fails when the committed
// module is out of date.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const CLDR = require('cldr-localenames-full/main/en/territories.json').main.en.localeDisplayNames.territories;

const ENTITIES = new Set(['Palestine', 'Vatican City', 'Taiwan', 'Hong Kong', 'Macau', 'Kosovo']);
// capitals that are also common words or given names ("Male", "Victoria"): never read as a state
const RISKY_CAPITALS = new Set(['Male', 'Victoria', 'City of Victoria', 'Kingston', "Saint John's", 'Castries', 'Roseau', 'Basseterre']);
// world-countries' alternative spellings include names in other languages: only those written in ASCII are kept
const latin = (s) => /^[A-Za-z][A-Za-z .,'()&-]*$/.test(s);
// CLDR's English names are English: letters with diacritics and curly apostrophes are kept ("Côte d’Ivoire")
const english = (s) => /^\p{Script=Latin}[\p{Script=Latin}\p{M} .,'\u2019()&-]*$/u.test(s);
const clean = (list, ok = latin) => [...new Set(list.filter((s) => s && ok(s)).map((s) => s.trim()))];

/** The same key as keyOf in src/actors/compile.ts (tests/actors.test.ts checks they agree). */
export function keyOf(s) {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[\s\-.'\u2018\u2019\u02bc]+/g, '')
    .replace(/&/g, 'and');
}

/** The CLDR English names of a territory: its name, then its variant and short forms ("TR", "TR-alt-variant"). */
export function cldrNames(cca2) {
  return Object.keys(CLDR)
    .filter((k) => k === cca2 || k.startsWith(`${cca2}-alt-`))
    .map((k) => CLDR[k]);
}

const isCode = (s) => /^[A-Z]{2,5}$/.test(s);

function selected() {
  return countries.filter((c) => c.unMember || ENTITIES.has(c.name.common)).sort((a, b) => (a.cca3 < b.cca3 ? -1 : 1));
}

/** For each state, the names it is known by in either data set, before any derived form. */
function primaryNames(c) {
  const cldr = cldrNames(c.cca2);
  return {
    names: [
      c.name.common,
      ...clean([c.name.official], english),
      ...clean(
        cldr.filter((n) => !isCode(n)),
        english,
      ),
      ...clean(c.altSpellings.filter((a) => a.length > 3 && !/^[A-Z]+$/.test(a) && !a.includes(','))),
    ],
    codes: [
      ...clean(c.altSpellings.filter((a) => /^[A-Z]{3,5}$/.test(a) && a !== c.cca3)),
      ...cldr.filter((n) => isCode(n) && n !== c.cca2 && n !== c.cca3),
    ],
  };
}

export function worldLines() {
  const states = selected();
  const primary = new Map(states.map((c) => [c.cca3, primaryNames(c)]));
  // who has which key: a derived form that is another state's name is not added
  const owners = new Map();
  for (const [id, p] of primary) {
    for (const n of [...p.names, ...p.codes]) {
      const k = keyOf(n);
      owners.set(k, new Set([...(owners.get(k) ?? []), id]));
    }
  }
  const derived = new Map();
  for (const [id, p] of primary) {
    for (const n of p.names) {
      const base = n.replace(/\s*\([^()]*\)$/, '');
      if (base === n || base === '') continue;
      const k = keyOf(base);
      if ([...(owners.get(k) ?? [])].some((o) => o !== id)) continue;
      derived.set(k, new Set([...(derived.get(k) ?? []), id]));
    }
  }
  return states.map((c) => {
    const p = primary.get(c.cca3);
    const bases = p.names
      .map((n) => n.replace(/\s*\([^()]*\)$/, ''))
      .filter((b) => b !== '' && derived.get(keyOf(b))?.size === 1 && derived.get(keyOf(b)).has(c.cca3));
    const seen = new Set([keyOf(c.name.common)]);
    const names = [];
    for (const n of [...p.names.slice(1), ...bases]) {
      const k = keyOf(n);
      if (seen.has(k)) continue;
      seen.add(k);
      names.push(n);
    }
    const codes = [...new Set(p.codes)];
    const capitals = clean(c.capital ?? []).filter((x) => !RISKY_CAPITALS.has(x));
    const dem = c.demonyms?.eng ?? {};
    const demonyms = clean([dem.m, dem.f].flatMap((d) => (d ? d.split(/,\s*/) : [])));
    return [c.cca3, c.cca2, c.name.common, names.join(';'), codes.join(';'), capitals.join(';'), demonyms.join(';')].join('|');
  });
}

export function worldSource() {
  const lines = worldLines().map((l) => `  ${JSON.stringify(l)},`);
  return [
    '// Generated by scripts/build-gazetteer.mjs from the world-countries package (data: ODbL 1.0) and the',
    '// Unicode CLDR English territory names (cldr-localenames-full; Unicode License v3); do not edit by hand.',
    '// One state a line: ISO3|ISO2|common name|other names|codes|capitals|demonyms (lists joined by ";").',
    'export const WORLD: readonly string[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = new URL('../src/actors/data/world.ts', import.meta.url);
  fs.writeFileSync(out, worldSource());
  if (!process.argv.includes('--quiet')) console.log(`wrote ${out.pathname} (${worldLines().length} states)`);
}
