/**
 * The attribution rules, in the order they are tried for each cue: the first that gives a verdict (a
 * holder, or "no claim") decides. Every rule is a module of its own family; none calls another. The
 * order is the policy, and each line says why a rule stands where it does.
 */
import type { Rule, SentenceRule } from '../context.js';
import { assertion } from './assertion.js';
import { conditional } from './conditional.js';
import { carried, coordinated } from './coordinated.js';
import { courtesy } from './courtesy.js';
import { experiencer } from './experiencer.js';
import { frame, frameModal } from './frame.js';
import { group } from './group.js';
import { jointNoun } from './joint-noun.js';
import { jointVoice } from './joint-voice.js';
import { listItem } from './list-item.js';
import { meetingOutcome } from './meeting-outcome.js';
import { bareNoun, hosting, insideStance, mayInNews, noAgent, stanceNounElsewhere, thirdParty } from './no-claim.js';
import { paragraphHolder } from './paragraph-holder.js';
import { pronoun } from './pronoun.js';
import { question } from './question.js';
import { fromActor } from './reaction.js';
import { relativeModal } from './relative-modal.js';
import { remarksHeadline } from './remarks-headline.js';
import { embeddedSubject, speaker, speakerContinues, speakerContinuesModal } from './speaker.js';
import { possessor, subject } from './subject.js';

export const RULES: readonly Rule[] = [
  // what holds no claim first: nothing after these may give the cue a holder
  question, // first: in a journalist's question only a named actor's stance verb, not asked itself, goes on
  hosting, // a cue about a visitor is never a stance, whoever its subject
  courtesy, // greetings, thanks for the time, pleasure at a meeting: never a stance
  mayInNews, // "may" in news is the writer's guess, whoever its subject
  noAgent, // a passive with no agent has no subject for the rules below to read
  thirdParty, // before inside-stance: a third party's words still frame the cues after them (they hold nothing)
  stanceNounElsewhere, // before possessor: a noun in another actor's clause is only mentioned
  fromActor, // before bare-noun: "a protest from Beijing" is Beijing's
  meetingOutcome, // before bare-noun: "Putin-Modi talks yield pledge" is the meeting's parties'
  bareNoun, // before joint-noun: a bare "the deal" is no claim; "a deal with China" goes on
  insideStance, // before speaker: inside "hopes that ...", the later cues add nothing
  conditional, // before speaker and the subject rules: "if the US side wants ..." is no US wish
  relativeModal, // before speaker and the subject rules: "principles that would advance", "a deal under which X would" describe a thing

  experiencer, // "the move angered Beijing": before everything that reads the subject, the object holds a reaction

  // reported speech: the speaker's frame decides before the content's own subject
  speaker, // modals, obligations and subjectless content inside "X said that ..." are X's
  embeddedSubject, // a stance act with its own subject inside reported speech is that subject's (X the source)
  frameModal, // before the subject rules: '"Both sides should ...," Wang said' and a quotation's modals are the speaker's
  speakerContinuesModal, // before the subject rules: "Both sides should ..." in Wang's paragraph is Wang's

  // the clause's own subject
  possessor, // before subject: for a stance noun the possessor is the subject
  subject, // a named actor
  group, // the meeting's parties, or the states the group names
  pronoun, // the latest actor of the pronoun's sort ("we" the speaker or the authors)
  coordinated, // a verb joined to an earlier one shares its subject
  jointNoun, // an agreement with no subject: its partners, or the parties

  // no subject of its own: what the sentence and the paragraph carry, nearest first
  carried, // the last holder with a subject in this sentence
  frame, // ", Wang said." or the quotation's closing frame
  speakerContinues, // the paragraph's speaker (and an obligation in its paragraph, whatever its subject)
  paragraphHolder, // a modal keeps the paragraph's last explicit holder
  listItem, // an item of a list opened by a colon
  jointVoice, // last: in a text in its authors' voice, whatever is left is theirs
];

/** Tried when a sentence gave no claim: the sentence as a whole may be somebody's assertion. */
export const SENTENCE_RULES: readonly SentenceRule[] = [
  remarksHeadline, // first: a headline is no body sentence for the assertion rule to read
  assertion, // in reported speech, a quotation, a list or the authors' text, the whole sentence is theirs
];
