/**
 * The attribution rules one by one, in the manner of ESLint's RuleTester: per rule, rows on which it must
 * decide a cue (with the holders it gives; none for a rule that finds no claim) and rows on which another
 * rule decides instead. Each row is the smallest text written for it that shows the case.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, SENTENCE_RULES } from '../src/attribute/rules/index.js';
import type { ExtractOptions } from '../src/index.js';
import { decisions, type LabelledDecision } from './helpers/decisions.js';

/** A text, the cue (its words; '' for a sentence rule) and the holders the rule gives it. */
type Fires = readonly [title: string, text: string, cue: string, holders: readonly string[], options?: ExtractOptions];
/** A text and a cue that another rule (or none: null) decides. */
type Misses = readonly [title: string, text: string, cue: string, decidedBy: string | null, options?: ExtractOptions];

const US_CHINA: ExtractOptions = { actors: ['US', 'China'] };
const JAPAN_RUSSIA: ExtractOptions = { actors: ['Japan', 'Russia'] };
const RUSSIA_UKRAINE: ExtractOptions = { actors: ['Russia', 'Ukraine'] };
const INDIA_PAKISTAN: ExtractOptions = { actors: ['India', 'Pakistan'] };
const JOINT = 'Joint Statement of China and the ROK\n\n';
const REMARKS = 'Remarks by the Spokesperson of the Chinese Embassy in the ROK\n\n';

const TABLES: Readonly<Record<string, { readonly fires: readonly Fires[]; readonly misses: readonly Misses[] }>> = {
  question: {
    fires: [
      ["the journalist's own question", 'Q: Does China oppose the plan?', 'oppose', []],
      ['an asked clause', 'Q: Will Japan support the plan?', 'support', [], JAPAN_RUSSIA],
      ['a pronoun in a question', 'Q: They said they hope for talks. What is your comment?', 'said', []],
    ],
    misses: [
      [
        "a named actor's claim in a question",
        'Q: Japan said that the islands are its own. What is your comment?',
        'said',
        'subject',
        JAPAN_RUSSIA,
      ],
    ],
  },
  hosting: {
    fires: [
      ['a leader welcomes a leader', 'President Xi welcomed President Moon to Beijing.', 'welcomed', []],
      ['a delegation is received', 'Seoul welcomed the delegation from China.', 'welcomed', []],
      ['another pair', 'The US welcomed President Xi to the White House.', 'welcomed', [], US_CHINA],
    ],
    misses: [
      ['a decision is welcomed', 'China welcomed the decision of the ROK.', 'welcomed', 'subject'],
      ['a visit is no visitor', 'Seoul welcomed the visit of President Xi.', 'welcomed', 'subject'],
      ["a visitor's view is welcomed", "Seoul welcomed President Xi's proposal for talks.", 'welcomed', 'subject'],
    ],
  },
  courtesy: {
    fires: [
      ['thanks for the time', 'Foreign Minister Wang Yi: Thank you for joining us today.', 'Thank', []],
      ['a greeting before thanks', 'Wang Yi said: thank you so much, and good afternoon.', 'thank', []],
      ['pleasure at a visit', 'Kang said she is pleased to be in Beijing.', 'pleased', []],
      ['thanks to a friend', 'Blinken: Well, thank you very, very much to my friend, Foreign Minister Son.', 'thank', []],
    ],
    misses: [
      ['thanks for support', 'The ROK thanked China for its support of the talks.', 'thanked', 'subject'],
      ['thanks to a state for support', 'Wang Yi said: thank you to the ROK for its firm support of the talks.', 'thank', 'speaker'],
    ],
  },
  'may-in-news': {
    fires: [
      ['a guess in news', 'China may raise the issue at the summit.', 'may', []],
      ['another pair', 'Tokyo may impose new sanctions.', 'may', [], JAPAN_RUSSIA],
    ],
    misses: [['a pledge in a joint statement', `${JOINT}The two sides may expand cooperation.`, 'may', 'group']],
  },
  'no-agent': {
    fires: [
      ['expected of someone', 'China is expected to announce the plan.', 'expected', []],
      ['a passive with no agent', "China's position was reiterated.", 'reiterated', []],
      ['another pair', 'India is expected to respond soon.', 'expected', [], INDIA_PAKISTAN],
    ],
    misses: [
      ['the agent after "by"', 'The plan was welcomed by Seoul.', 'welcomed', 'subject'],
      ['an active verb', 'Pakistan expected a reply.', 'expected', 'subject', INDIA_PAKISTAN],
    ],
  },
  'third-party': {
    fires: [
      ['analysts', 'Analysts said China will not back down.', 'said', []],
      ['experts', 'Experts warned that the US will act.', 'warned', [], US_CHINA],
      ['observers', 'Observers believe the ROK will respond.', 'believe', []],
    ],
    misses: [['a state says it', 'Seoul said China will not back down.', 'said', 'subject']],
  },
  'stance-noun-elsewhere': {
    fires: [
      ["another's support in a narration", "The ROK discussed China's support for the plan.", 'support', []],
      ['another pair', "Ukraine discussed Russia's position on the talks.", 'position', [], RUSSIA_UKRAINE],
    ],
    misses: [["the position is the subject's own", "China's support for the plan is firm.", 'support', 'possessor']],
  },
  'from-actor': {
    fires: [
      ['a protest from a capital', 'The visit drew a protest from Beijing.', 'protest', ['China']],
      ['opposition from a state after "the"', 'The plan drew strong opposition from the ROK.', 'opposition', ['ROK']],
    ],
    misses: [['a possessor of its own', "The visit drew China's protest.", 'protest', 'possessor']],
  },
  'bare-noun': {
    fires: [
      ['commitments with no possessor', 'China made commitments to:', 'commitments', []],
      ['a deal with no partners', 'The deal was discussed by Seoul at length.', 'deal', []],
    ],
    misses: [['a deal with a partner', 'The deal with China was signed.', 'deal', 'joint-noun']],
  },
  'inside-stance': {
    fires: [
      ['inside a hope', 'China hopes that the ROK will handle the issue properly.', 'will', []],
      ['another pair', 'Japan hopes Russia will return the islands.', 'will', [], JAPAN_RUSSIA],
    ],
    misses: [['inside reported speech', 'Wang Yi said both sides should restore trust.', 'should', 'speaker']],
  },
  conditional: {
    fires: [
      ['a condition in reported speech', 'Wang Yi said that if the ROK truly wants good ties, it should stop.', 'wants', ['China']],
      ['a condition on its own', 'If Japan wants peace, it must apologise.', 'wants', [], JAPAN_RUSSIA],
    ],
    misses: [['no condition', 'Wang Yi said that the ROK truly wants good ties.', 'wants', 'embedded-subject']],
  },
  speaker: {
    fires: [
      ['an obligation inside reported speech', 'Wang Yi said both sides should restore trust.', 'should', ['China']],
      ["a modal of another's", 'Kang said China will respond.', 'will', ['ROK']],
      ["a third party's content holds nothing", 'Analysts said China will not back down.', 'will', []],
      ['another pair', 'Lavrov said Ukraine must withdraw.', 'must', ['Russia'], RUSSIA_UKRAINE],
      ['a "they" with no antecedent inside reported speech', 'Kang said they have urged China to act.', 'urged', ['ROK']],
    ],
    misses: [["a stance act of another's", "Wang Yi said the ROK has acknowledged China's concerns.", 'acknowledged', 'embedded-subject']],
  },
  'embedded-subject': {
    fires: [
      ["the ROK's act reported by Wang", "Wang Yi said the ROK has acknowledged China's concerns.", 'acknowledged', ['ROK']],
      ["Ukraine's act reported by Lavrov", 'Lavrov said Ukraine rejected the offer.', 'rejected', ['Ukraine'], RUSSIA_UKRAINE],
    ],
    misses: [["the speaker's own state", 'Wang said that China values its ties with the ROK.', 'values', 'subject']],
  },
  'meeting-outcome': {
    fires: [
      [
        "leaders' talks",
        'Putin-Modi talks yield pledge on energy\n\nThe talks ended.',
        'pledge',
        ['both'],
        { actors: ['Russia', 'India'] },
      ],
      ["states' talks", 'China-ROK talks yield agreement on fisheries.', 'agreement', ['both']],
      ['a summit', 'The Xi-Biden summit produced a consensus on climate.', 'consensus', ['both'], US_CHINA],
    ],
    misses: [
      ['no parties named', 'The talks produced a deal.', 'deal', 'bare-noun', US_CHINA],
      ['a protest from a side', 'The Putin visit drew a protest from Kyiv.', 'protest', 'from-actor', RUSSIA_UKRAINE],
    ],
  },
  'relative-modal': {
    fires: [
      ['a subject relative', 'The two leaders discussed principles that would advance these goals.', 'would', [], US_CHINA],
      ['"under which" with its own subject', 'Talks on a deal under which Russia would provide gas stalled.', 'would', [], JAPAN_RUSSIA],
      ['"which" after a noun', 'The ROK will take steps which will ease tensions.', 'will', []],
    ],
    misses: [
      ['a modal of the main clause', 'China said it would help.', 'would', 'pronoun'],
      ['a noun complement with its own subject', 'China voiced the hope that the ROK would respond.', 'would', 'speaker'],
    ],
  },
  experiencer: {
    fires: [
      ['anger felt by a capital', 'The move has angered Beijing.', 'angered', ['China']],
      ['alarm felt by another pair', 'The launch alarmed Tokyo.', 'alarmed', ['Japan'], JAPAN_RUSSIA],
      ['no actor felt it', 'The move angered many observers.', 'angered', []],
    ],
    misses: [['no reaction verb', 'Beijing angrily rejected the move.', 'rejected', 'subject']],
  },
  'frame-modal': {
    fires: [
      ["a demand of another's before a frame", 'The ROK must withdraw the system, Wang Yi said.', 'must', ['China']],
      ['a modal of the parties inside a quotation', '"Both sides should show restraint," Kang said.', 'should', ['ROK']],
      ['another pair', '"Kyiv will have to accept the terms," Lavrov said.', 'will', ['Russia'], RUSSIA_UKRAINE],
    ],
    misses: [["the speaker's own state", 'Beijing will be ready to talk, Wang Yi said.', 'will', 'subject']],
  },
  'speaker-continues-modal': {
    fires: [
      ["both sides in Wang's paragraph", 'Wang Yi said that China values ties. Both sides should restore trust.', 'should', ['China']],
      ["the other side in Wang's paragraph", 'Wang Yi said that China values ties. The ROK will join the talks.', 'will', ['China']],
    ],
    misses: [['a new paragraph', 'Wang Yi said that China values ties.\n\nThe two sides will keep talking.', 'will', 'group']],
  },
  possessor: {
    fires: [
      ["a state's position", "The PRC's position is clear.", 'position', ['China']],
      ["a capital's concern", "Seoul's concern is growing.", 'concern', ['ROK']],
    ],
    misses: [['the object of a verb cue', 'China reiterated its firm opposition.', 'reiterated its firm opposition', 'subject']],
  },
  subject: {
    fires: [
      ['a capital', 'Beijing firmly opposes the deployment.', 'opposes', ['China']],
      ['an official', 'Foreign Minister Wang Yi said the two countries are close neighbours.', 'said', ['China']],
      ['the agent of a passive', 'The plan was welcomed by Seoul.', 'welcomed', ['ROK']],
      ['another pair', 'Pakistan rejected the claim.', 'rejected', ['Pakistan'], INDIA_PAKISTAN],
    ],
    misses: [['a pronoun', "The ROK has acknowledged China's position.\n\nIt has clearly stated its view.", 'stated its view', 'pronoun']],
  },
  group: {
    fires: [
      ['the two sides', 'The two sides agreed to keep in close communication.', 'agreed', ['both']],
      ['leaders of named states', 'The leaders of Japan and the ROK agreed to meet.', 'agreed', ['ROK']],
    ],
    misses: [['states named by name', 'China and the ROK will hold talks.', 'will', 'subject']],
  },
  pronoun: {
    fires: [
      ['"it" after a state', "The ROK has acknowledged China's position.\n\nIt has clearly stated its view.", 'stated its view', ['ROK']],
      ['"she" after an official', 'Kang said that the ROK hopes for calm. She added that the two sides must talk.', 'added', ['ROK']],
      ['"we" in a joint statement', `${JOINT}We will deepen cooperation.`, 'will', ['both']],
    ],
    misses: [['"it" with nobody before it', 'It has clearly stated its view.', 'stated its view', null]],
  },
  coordinated: {
    fires: [
      ['a second verb', 'China reaffirmed its stance and stressed the need for talks.', 'stressed', ['China']],
      ['a joint subject', 'China and the ROK agreed to cooperate and pledged to meet again.', 'pledged', ['both']],
    ],
    misses: [
      ['a new subject after ", and"', 'China expressed its opposition, and the ROK stated its concern.', 'stated its concern', 'subject'],
    ],
  },
  'joint-noun': {
    fires: [
      ['a deal with a state', 'The deal with China was signed.', 'deal', ['China']],
      ['a deal after a pronoun', 'They signed a deal with the ROK.', 'deal', ['ROK']],
    ],
    misses: [['consensus with a subject', 'The two sides reached consensus on the matter.', 'reached consensus', 'group']],
  },
  'coordinated-carried': {
    fires: [['a second clause with no actor', 'The ROK will cut tariffs; imports will rise.', 'will', ['ROK']]],
    misses: [['a pronoun subject', 'The ROK will act; it should also talk.', 'should', 'pronoun']],
  },
  frame: {
    fires: [
      ['a trailing frame', 'Relations will improve, Wang Yi said.', 'will', ['China']],
      ['a frame of another pair', 'Talks must resume, Lavrov said.', 'must', ['Russia'], RUSSIA_UKRAINE],
    ],
    misses: [['a subject of its own', 'China will not retreat, the spokesperson said.', 'will', 'subject']],
  },
  'speaker-continues': {
    fires: [
      ['an obligation in the paragraph', 'Wang Yi stressed that trade matters. Dialogue should continue.', 'should', ['China']],
      ['a modal in the paragraph', 'Kang stressed that the ROK values ties. Relations will deepen.', 'will', ['ROK']],
    ],
    misses: [['a new paragraph', 'Kang stressed that the ROK values ties.\n\nRelations with China will deepen.', 'will', null]],
  },
  'paragraph-holder': {
    fires: [
      ['a modal after an explicit holder', 'The ROK will cut the tariff. For such products of China, no duty will apply.', 'will', ['ROK']],
    ],
    misses: [['a new paragraph', 'The ROK will cut the tariff.\n\nFor such products of China, no duty will apply.', 'will', null]],
  },
  'list-item': {
    fires: [
      [
        'an item opening with a verb',
        'The ROK committed to the following:\n\nReaffirm its support for free trade.',
        'Reaffirm its support',
        ['ROK'],
      ],
    ],
    misses: [['an item with a subject of its own', 'The ROK committed to the following:\n\nThe tariffs will fall.', 'will', null]],
  },
  'joint-voice': {
    fires: [
      ['a joint statement', `${JOINT}The two sides discussed trade.\n\nRegional stability will be strengthened.`, 'will', ['both']],
      ['remarks in one voice', `${REMARKS}The relationship should not be harmed.`, 'should', ['China']],
    ],
    misses: [['no authors', 'The two sides discussed trade.\n\nRegional stability will be strengthened.', 'will', null]],
  },
  'remarks-headline': {
    fires: [
      [
        "a spokesperson's remarks on a decision",
        "Spokesperson Hua Chunying's Remarks on the ROK's Decision to Deploy THAAD\n\nHua said China opposes it.",
        '',
        ['China'],
      ],
      [
        "a minister's statement regarding strikes",
        "Russian Foreign Minister Lavrov's Statement regarding Ukraine's Strikes\n\nLavrov said Russia rejects the claims.",
        '',
        ['Russia'],
        RUSSIA_UKRAINE,
      ],
      [
        "a ministry's response to a report",
        "The Indian Foreign Ministry's Response to Pakistan's Claims\n\nThe ministry said India rejects them.",
        '',
        ['India'],
        INDIA_PAKISTAN,
      ],
    ],
    misses: [
      ['a joint statement on a matter', 'Joint Statement on China-ROK Economic Cooperation\n\nQ: What is your comment?', '', null],
      ['remarks before a meeting', 'Remarks by President Moon Before Meeting President Xi\n\nQ: What is your comment?', '', null],
      ['remarks on no matter', "Spokesperson Hua Chunying's Remarks\n\nQ: What is your comment?", '', null],
    ],
  },
  assertion: {
    fires: [
      ['before a frame', 'The situation is tense, Wang Yi said.', '', ['China']],
      ['a joint statement', `${JOINT}Regional peace is vital to both countries.`, '', ['both']],
      ['remarks in one voice', `${REMARKS}The relationship faces difficulties.`, '', ['China']],
    ],
    misses: [
      ['narration with its own subject', `${JOINT}The two sides discussed trade.`, '', null],
      ["a third party's doing", 'Wang Yi said that China values ties. Some media have reported otherwise.', '', null],
    ],
  },
};

/** The decision on the last occurrence of `cue` in the text's last sentence that has one. */
function decisionOn(text: string, cue: string, options?: ExtractOptions): LabelledDecision | undefined {
  const all = decisions(text, options).filter((d) => d.cue === cue);
  return all[all.length - 1];
}

describe('the table of rules', () => {
  it('is the only module that imports the rule modules: a rule never calls another', () => {
    const dir = new URL('../src/attribute/rules/', import.meta.url);
    const modules = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect(modules.length).toBeGreaterThan(8);
    for (const f of modules) expect(fs.readFileSync(new URL(f, dir), 'utf8')).not.toMatch(/from '\.\/[^']+'/);
  });

  it('has rows here for every rule, and every rule id once', () => {
    const ids = [...RULES, ...SENTENCE_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(TABLES).sort()).toEqual([...ids].sort());
  });
});

for (const rule of [...RULES, ...SENTENCE_RULES]) {
  const table = TABLES[rule.id] ?? { fires: [], misses: [] };
  describe(`${rule.id}: ${rule.description}`, () => {
    it.each(table.fires.map((row) => ({ title: row[0], row })))('decides: $title', ({ row }) => {
      const [, text, cue, holders, options] = row;
      const d = decisionOn(text, cue, options);
      expect(d?.rule).toBe(rule.id);
      expect(d?.holders).toEqual(holders);
    });
    it.each(table.misses.map((row) => ({ title: row[0], row })))('leaves it to another: $title', ({ row }) => {
      const [, text, cue, decidedBy, options] = row;
      const all = decisions(text, options).filter((d) => d.cue === cue);
      expect(all.every((d) => d.rule !== rule.id)).toBe(true);
      // a sentence rule with no verdict leaves no decision at all
      expect(all[all.length - 1]?.rule ?? null).toBe(decidedBy);
    });
  });
}
