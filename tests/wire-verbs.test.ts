/**
 * The verbs of wire news (shared/ANNOTATION.md, "The verbs of wire news") map onto the ten kinds; a verb's
 * complement can make it another entry ("warned that" states, "warned X not to" urges). Every sentence is
 * written for this table, with the holder the subject right before the verb; `others: true` so that any
 * state can hold. A row gives the one stance expected, [holder, kind, cue text], or none for narration.
 */
import { describe, expect, it } from 'vitest';
import { extractStances } from '../src/index.js';

type Row = readonly [text: string, expected: readonly [holder: string, kind: string, cue: string] | null];

const stancesOf = (text: string) => extractStances(text, { others: true }).map((s) => [s.holder, s.kind, s.cue.text]);

describe('oppose: accuse, blame, criticize, condemn, denounce, slam, complain, protest, reject, refuse, decline, deny, veto, dismiss', () => {
  const rows: Row[] = [
    ['Albania denounced the attack.', ['Albania', 'oppose', 'denounced']],
    ['Brazil accused the rebels of breaking the truce.', ['Brazil', 'oppose', 'accused']],
    ['Argentina accuses Britain of provocation.', ['Argentina', 'oppose', 'accuses']],
    ['Chile blamed the militia for the unrest.', ['Chile', 'oppose', 'blamed']],
    ['Bolivia is blaming the army for the unrest.', ['Bolivia', 'oppose', 'blaming']],
    ['Denmark criticized the verdict.', ['Denmark', 'oppose', 'criticized']],
    ['Estonia criticised the verdict.', ['Estonia', 'oppose', 'criticised']],
    ['Finland condemned the missile strikes.', ['Finland', 'oppose', 'condemned']],
    ['Greece slammed the proposal.', ['Greece', 'oppose', 'slammed']],
    ['Hungary complained about the new tariffs.', ['Hungary', 'oppose', 'complained']],
    ['Iceland protested the arrest of its diplomat.', ['Iceland', 'oppose', 'protested']],
    ['Tokyo rejected the proposal.', ['Japan', 'oppose', 'rejected']],
    ['Kenya refused to sign the accord.', ['Kenya', 'oppose', 'refused']],
    ['Latvia declined the invitation.', ['Latvia', 'oppose', 'declined']],
    ['Lithuania declined to join the pact.', ['Lithuania', 'oppose', 'declined']],
    ['Mexico denied the report.', ['Mexico', 'oppose', 'denied']],
    ['Morocco denied any involvement in the attack.', ['Morocco', 'oppose', 'denied']],
    ['France vetoed the resolution.', ['France', 'oppose', 'vetoed']],
    ['Ecuador vetoes the measure.', ['Ecuador', 'oppose', 'vetoes']],
    ['Oman dismissed the allegations.', ['Oman', 'oppose', 'dismissed']],
  ];
  it.each(rows)('%s', (text, expected) => expect(stancesOf(text)).toEqual([expected]));
});

describe('support: praise, hail, commend, applaud, welcome, congratulate', () => {
  const rows: Row[] = [
    ['Peru praised the mediators.', ['Peru', 'support', 'praised']],
    ['Qatar hailed the ceasefire.', ['Qatar', 'support', 'hailed']],
    ['Rwanda commended the peacekeepers.', ['Rwanda', 'support', 'commended']],
    ['Spain applauded the move.', ['Spain', 'support', 'applauded']],
    ['Sweden welcomed the announcement.', ['Sweden', 'support', 'welcomed']],
    ['Thailand congratulated the new government.', ['Thailand', 'support', 'congratulated']],
  ];
  it.each(rows)('%s', (text, expected) => expect(stancesOf(text)).toEqual([expected]));
});

describe('commit: offer, promise, vow, pledge, plan, threaten to, announce its own action', () => {
  const rows: Row[] = [
    ['Uganda offered to host the talks.', ['Uganda', 'commit', 'offered']],
    ['Paraguay offered its help.', ['Paraguay', 'commit', 'offered']],
    ['Vietnam promised to release the prisoners.', ['Vietnam', 'commit', 'promised']],
    ['Yemen vowed to continue the fight.', ['Yemen', 'commit', 'vowed']],
    ['Zambia pledged new aid.', ['Zambia', 'commit', 'pledged']],
    ['Canada plans to open an embassy.', ['Canada', 'commit', 'plans']],
    ['Iran threatened to close the strait.', ['Iran', 'commit', 'threatened']],
    ['Egypt announced new sanctions.', ['Egypt', 'commit', 'announced']],
  ];
  it.each(rows)('%s', (text, expected) => expect(stancesOf(text)).toEqual([expected]));
});

describe('urge: warn another (not) to act, warn against, demand, press, call for, call on', () => {
  const rows: Row[] = [
    ['India warned Pakistan not to escalate the conflict.', ['India', 'urge', 'warned']],
    ['Ireland warned Britain to respect the deal.', ['Ireland', 'urge', 'warned']],
    ['Malta warned against any escalation.', ['Malta', 'urge', 'warned']],
    ['Ghana demanded the release of the hostages.', ['Ghana', 'urge', 'demanded']],
    ['Japan pressed Seoul to resume the talks.', ['Japan', 'urge', 'pressed']],
    ['Poland called for a ceasefire.', ['Poland', 'urge', 'called for']],
    ['Austria called on both parties to show restraint.', ['Austria', 'urge', 'called on']],
  ];
  it.each(rows)('%s', (text, expected) => expect(stancesOf(text)).toEqual([expected]));
});

describe('state: warn that, claim, insist, argue, maintain, assure, deny that', () => {
  const rows: Row[] = [
    ['Russia denied that its troops had crossed the border.', ['Russia', 'state', 'denied']],
    ['Serbia denied its forces had entered the zone.', ['Serbia', 'state', 'denied']],
    ['Nigeria warned that the talks could collapse.', ['Nigeria', 'state', 'warned']],
    ['Belgium claimed that the vote was rigged.', ['Belgium', 'state', 'claimed']],
    ['Cuba insisted that the sanctions were illegal.', ['Cuba', 'state', 'insisted']],
    ['Nepal argued that the border was settled long ago.', ['Nepal', 'state', 'argued']],
    ['Croatia maintained that the deal remained valid.', ['Croatia', 'state', 'maintained']],
    ['Israel assured its neighbours that the drills were routine.', ['Israel', 'state', 'assured']],
    // the statement's content is a pledge of its own, which then says it all (as "said it would")
    ['Panama warned the United States that it would resist.', ['Panama', 'commit', 'would']],
  ];
  it.each(rows)('%s', (text, expected) => expect(stancesOf(text)).toEqual([expected]));
});

describe('concern: regret, fear', () => {
  const rows: Row[] = [
    ['Jordan regretted the decision.', ['Jordan', 'concern', 'regretted']],
    ['Kuwait feared a new wave of refugees.', ['Kuwait', 'concern', 'feared']],
  ];
  it.each(rows)('%s', (text, expected) => expect(stancesOf(text)).toEqual([expected]));
});

describe('negated: a statement, whatever the verb and its complement', () => {
  const rows: Row[] = [
    ['Tokyo did not reject the proposal.', ['Japan', 'state', 'reject']],
    ['Albania did not condemn the attack.', ['Albania', 'state', 'condemn']],
    ['Mexico never denied the report.', ['Mexico', 'state', 'denied']],
    ['Kenya did not refuse the offer.', ['Kenya', 'state', 'refuse']],
    ['Iran did not threaten to close the strait.', ['Iran', 'state', 'threaten']],
    ['Chile has not denied that its navy entered the strait.', ['Chile', 'state', 'denied']],
  ];
  it.each(rows)('%s', (text, expected) => expect(stancesOf(text)).toEqual([expected]));
});

describe('narration: an action with no position in it', () => {
  const rows: Row[] = [
    ['Turkey imposed a curfew.', null],
    ['Egypt jailed the journalist.', null],
    ['Saudi Arabia lifted the ban.', null],
    ['Syria held talks with Lebanon.', null],
    ['Germany visited the site.', null],
    // "threatens" with a noun object is no pledge: "threatened the stability", "threatens peace"
    ['Iran threatened the stability of the region.', null],
    // "declined" with no object and no infinitive: a number fell
    ["Japan's population declined.", null],
    // "dismissed" a person: an act, not a position
    ['Italy dismissed the minister.', null],
  ];
  it.each(rows)('%s', (text) => expect(stancesOf(text)).toEqual([]));
});
