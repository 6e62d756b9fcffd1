import type { StanceKind } from '../../types.js';

/**
 * The stance cue lexicon. Each entry has a stable id (it appears in
 * `Stance.because` and `Stance.cue.id`), the lemmas that trigger it and the
 * kinds it signals. `speech`: a reporting verb whose complement is content
 * ("X said that ..."). `light`: a verb whose kind comes from its object
 * ("expressed concern", "raised objections").
 *
 * `complements`: what follows the verb can make it another entry. The key
 * names the complement, the value the id of the entry the verb is then read
 * as (its id, kinds and `speech`):
 * - `that`: a clause, with or without "that" ("denied (that) its troops had
 *   crossed", "warned the talks could collapse");
 * - `to`: an infinitive, "(not) to" + verb ("threatened to close");
 * - a preposition: "warned against";
 * - `object`: a noun phrase and nothing of the above ("declined the invitation");
 * - `object to`, `object that`, `object against`, ...: an object, then one of
 *   the above ("warned Pakistan not to escalate", "assured its allies that").
 * The most specific key is tried first: `object to`, then `to`. With no key
 * that matches, the entry's own `kinds` hold; an entry with no kinds is a cue
 * only through its complements ("threatened to" is a pledge, "threatens
 * peace" no claim). Negation still makes any of them a statement.
 */
export interface VerbCue {
  readonly id: string;
  readonly lemmas: readonly string[];
  readonly kinds: readonly StanceKind[];
  readonly speech?: boolean;
  readonly light?: boolean;
  readonly complements?: Readonly<Record<string, string>>;
}

export const VERB_CUES: readonly VerbCue[] = [
  { id: 'say', lemmas: ['say', 'tell', 'add', 'remark', 'reply', 'respond', 'told'], kinds: ['state'], speech: true },
  {
    id: 'state',
    lemmas: [
      'state',
      'declare',
      'assert',
      'affirm',
      'confirm',
      'explain',
      'indicate',
      'insist',
      'maintain',
      'argue',
      'clarify',
      'reveal',
      'inform',
      'convey',
      'claim',
      'assure',
      'reassure',
    ],
    kinds: ['state'],
    speech: true,
  },
  {
    id: 'stress',
    lemmas: ['stress', 'emphasize', 'emphasise', 'underscore', 'underline', 'highlight', 're-emphasize', 'reemphasize'],
    kinds: ['state'],
    speech: true,
  },
  // (a belief reports content: "I believe both leaders reiterated ..." is the leaders' reiteration)
  { id: 'believe', lemmas: ['believe', 'consider', 'think', 'deem'], kinds: ['state'], speech: true },
  // "He suggested that the two countries ...", "Seoul proposed a new round of talks": urging a course on others (or both)
  { id: 'propose', lemmas: ['propose', 'suggest', 'recommend'], kinds: ['urge', 'state'], speech: true },
  { id: 'express', lemmas: ['express', 'voice', 'share', 'register', 'lodge', 'raise'], kinds: ['state'], speech: true, light: true },
  { id: 'note', lemmas: ['note', 'observe'], kinds: ['state', 'acknowledge'], speech: true },
  {
    id: 'reaffirm',
    lemmas: ['reaffirm', 'reiterate', 'restate', 'reconfirm', 'renew', 'recall', 'reassert', 'repeat'],
    kinds: ['reaffirm'],
    speech: true,
  },
  { id: 'agree', lemmas: ['agree', 'concur', 'consent'], kinds: ['agree'], speech: true },
  {
    id: 'commit',
    lemmas: [
      'commit',
      'pledge',
      'vow',
      'promise',
      'undertake',
      'resolve',
      'decide',
      'intend',
      'plan',
      'task',
      'instruct',
      'endeavor',
      'endeavour',
      'guarantee',
      'offer',
    ],
    kinds: ['commit'],
  },
  // "announced sanctions", "announced a plan": its own action; "announced (that) it would ...": a statement of it
  { id: 'announce', lemmas: ['announce'], kinds: ['commit'], complements: { that: 'state' } },
  // "threatened to close the strait": a pledge; "threatens peace", "threatened the rules": no claim of the subject
  { id: 'threaten', lemmas: ['threaten'], kinds: [], complements: { to: 'commit' } },
  { id: 'acknowledge', lemmas: ['acknowledge', 'recognize', 'recognise', 'understand', 'accept', 'admit'], kinds: ['acknowledge'] },
  // "Tokyo sees the drills as a provocation", "seen by Seoul as a threat": a view of the one who sees; "saw the sights" no claim
  { id: 'view', lemmas: ['see', 'view', 'regard'], kinds: [], complements: { 'object as': 'state', as: 'state', by: 'state' } },
  // "called the move a provocation", "described it as reckless", "branded the vote illegal": a view of the one who names it;
  // "called a meeting", "described the visit" no claim
  {
    id: 'name-as',
    lemmas: ['call', 'describe', 'characterize', 'characterise', 'brand', 'label', 'term', 'dub'],
    kinds: [],
    complements: { 'object object': 'judgement', 'object as': 'judgement' },
  },
  // what a naming verb is read as: a statement of the namer's view whose complement is no reported content
  { id: 'judgement', lemmas: [], kinds: ['state'] },
  // reactions whose holder is the object ("the move has angered Beijing"): ids 'x:' + kind, read by the rule 'experiencer'
  { id: 'x:oppose', lemmas: ['anger', 'irritate', 'infuriate', 'outrage', 'upset', 'frustrate', 'dismay', 'alienate'], kinds: ['oppose'] },
  { id: 'x:concern', lemmas: ['alarm', 'unsettle', 'unnerve', 'trouble'], kinds: ['concern'] },
  { id: 'x:support', lemmas: ['please', 'delight', 'gratify'], kinds: ['support'] },
  {
    id: 'support',
    lemmas: [
      'support',
      'welcome',
      'value',
      'commend',
      'praise',
      'applaud',
      'hail',
      'laud',
      'appreciate',
      'endorse',
      'back',
      'favor',
      'favour',
      'embrace',
      'champion',
      'respect',
      'congratulate',
      'thank',
      'cherish',
    ],
    kinds: ['support'],
  },
  {
    id: 'oppose',
    lemmas: [
      'oppose',
      'reject',
      'protest',
      'object',
      'condemn',
      'denounce',
      'criticize',
      'criticise',
      'deplore',
      'decry',
      'refuse',
      'slam',
      'censure',
      'accuse',
      'blame',
      'complain',
      'veto',
      'dismiss',
    ],
    kinds: ['oppose'],
  },
  // "denied the report", "denied the request": opposition; "denied (that) its troops had crossed": a statement
  { id: 'deny', lemmas: ['deny'], kinds: ['oppose'], complements: { that: 'state' } },
  // "declined the invitation", "declined to sign": a refusal; "exports declined": no claim
  { id: 'decline', lemmas: ['decline'], kinds: [], complements: { to: 'oppose', object: 'oppose' } },
  { id: 'concern', lemmas: ['worry', 'fear', 'regret', 'lament'], kinds: ['concern'] },
  { id: 'hope', lemmas: ['hope', 'expect', 'wish', 'want', 'desire', 'aspire', 'anticipate', 'seek'], kinds: ['hope'] },
  {
    id: 'urge',
    lemmas: ['urge', 'demand', 'request', 'ask', 'press', 'implore', 'encourage', 'appeal', 'invite', 'exhort'],
    kinds: ['urge'],
  },
  // "warned Pakistan (not) to escalate", "warned against": urging; "warned (Seoul) that ...": a statement
  { id: 'warn', lemmas: ['warn', 'caution'], kinds: ['state'], speech: true, complements: { to: 'urge', against: 'urge', that: 'state' } },
];

/** Stance nouns: "its opposition", "China's position", "the latest consensus", "Chinese commitments". */
export interface NounCue {
  readonly id: string;
  readonly lemmas: readonly string[];
  readonly kinds: readonly StanceKind[];
  /** Held by the parties together when it has no possessor ("the consensus", "a deal"). */
  readonly joint?: boolean;
}

export const NOUN_CUES: readonly NounCue[] = [
  {
    id: 'n:opposition',
    lemmas: ['opposition', 'objection', 'protest', 'condemnation', 'rejection', 'criticism', 'censure', 'denunciation'],
    kinds: ['oppose'],
  },
  { id: 'n:concern', lemmas: ['concern', 'worry', 'alarm', 'anxiety'], kinds: ['concern'] },
  { id: 'n:position', lemmas: ['position', 'stance', 'view', 'belief', 'assessment', 'conviction'], kinds: ['state'] },
  {
    id: 'n:consensus',
    lemmas: ['consensus', 'agreement', 'deal', 'accord', 'understanding', 'arrangement'],
    kinds: ['agree'],
    joint: true,
  },
  {
    id: 'n:commitment',
    lemmas: ['commitment', 'pledge', 'determination', 'resolve', 'willingness', 'readiness', 'intention', 'promise'],
    kinds: ['commit'],
  },
  { id: 'n:support', lemmas: ['support', 'appreciation', 'welcome', 'backing', 'gratitude'], kinds: ['support'] },
  { id: 'n:hope', lemmas: ['hope', 'expectation', 'wish', 'desire'], kinds: ['hope'] },
  { id: 'n:call', lemmas: ['call', 'demand', 'appeal', 'request'], kinds: ['urge'] },
];

/** Predicate adjectives after "be": "is willing to", "are concerned about". */
export const ADJ_CUES: Readonly<Record<string, readonly StanceKind[]>> = {
  willing: ['commit', 'hope'],
  ready: ['commit'],
  prepared: ['commit'],
  committed: ['commit'],
  determined: ['commit'],
  resolute: ['commit'],
  resolved: ['commit'],
  dedicated: ['commit'],
  united: ['state', 'commit'],
  eager: ['hope'],
  keen: ['hope'],
  hopeful: ['hope'],
  confident: ['state'],
  convinced: ['state'],
  concerned: ['concern'],
  worried: ['concern'],
  alarmed: ['concern'],
  troubled: ['concern'],
  opposed: ['oppose'],
  against: ['oppose'],
  pleased: ['support'],
  grateful: ['support'],
  supportive: ['support'],
};

/** Particles that complete a verb cue: "call on", "look forward", "point out". */
export const PARTICLE_CUES: Readonly<Record<string, Readonly<Record<string, { id: string; kinds: readonly StanceKind[] }>>>> = {
  call: { on: { id: 'urge', kinds: ['urge'] }, for: { id: 'urge', kinds: ['urge'] }, upon: { id: 'urge', kinds: ['urge'] } },
  look: { forward: { id: 'hope', kinds: ['hope'] } },
  point: { out: { id: 'state', kinds: ['state'] } },
  lay: { out: { id: 'state', kinds: ['state'] } },
  make: { clear: { id: 'state', kinds: ['state'] } },
  take: { note: { id: 'acknowledge', kinds: ['acknowledge'] } },
  attach: { importance: { id: 'support', kinds: ['support'] } },
  stand: { ready: { id: 'commit', kinds: ['commit'] }, firm: { id: 'state', kinds: ['state'] } },
  reach: {
    consensus: { id: 'agree', kinds: ['agree'] },
    agreement: { id: 'agree', kinds: ['agree'] },
    understanding: { id: 'agree', kinds: ['agree'] },
    deal: { id: 'agree', kinds: ['agree'] },
    a: { id: 'agree', kinds: ['agree'] },
  },
  strike: { deal: { id: 'agree', kinds: ['agree'] }, a: { id: 'agree', kinds: ['agree'] } },
  // "the two Koreas exchanged blame": each side's accusation of the other (see the rule 'reciprocal')
  exchange: {
    blame: { id: 'oppose', kinds: ['oppose'] },
    accusations: { id: 'oppose', kinds: ['oppose'] },
    criticism: { id: 'oppose', kinds: ['oppose'] },
    threats: { id: 'oppose', kinds: ['oppose'] },
    barbs: { id: 'oppose', kinds: ['oppose'] },
  },
  trade: {
    blame: { id: 'oppose', kinds: ['oppose'] },
    accusations: { id: 'oppose', kinds: ['oppose'] },
    barbs: { id: 'oppose', kinds: ['oppose'] },
    insults: { id: 'oppose', kinds: ['oppose'] },
  },
};

/** Modals of intent or obligation: "will", "should". */
export const MODALS: Readonly<Record<string, { id: string; kinds: readonly StanceKind[]; obligation: boolean }>> = {
  will: { id: 'will', kinds: ['commit'], obligation: false },
  "'ll": { id: 'will', kinds: ['commit'], obligation: false },
  shall: { id: 'will', kinds: ['commit'], obligation: false },
  would: { id: 'would', kinds: ['commit'], obligation: false },
  should: { id: 'should', kinds: ['urge'], obligation: true },
  must: { id: 'should', kinds: ['urge'], obligation: true },
  ought: { id: 'should', kinds: ['urge'], obligation: true },
  // "the two sides may conduct consultations": a pledge in an agreement's text, speculation elsewhere (see attribute)
  may: { id: 'may', kinds: ['commit', 'agree'], obligation: false },
};

/** Verbs that narrate a meeting rather than take a position ("held talks", "discussed"). */
export const NARRATION: ReadonlySet<string> = new Set([
  'discuss',
  'meet',
  'exchange',
  'review',
  'visit',
  'host',
  'attend',
  'travel',
  'receive',
  'speak',
  'talk',
  'brief',
  'chair',
  'hold',
  'spend',
  'join',
  'arrive',
  'depart',
  'sign',
  'consult',
  'negotiate',
]);

/**
 * Verbs that are no stance when their object is a person: hosting ("welcomed President Trump", "received the
 * delegation") or an act done to the person ("dismissed the minister").
 */
export const HOSTING_VERBS: ReadonlySet<string> = new Set(['welcome', 'receive', 'host', 'greet', 'dismiss']);

/** Verbs that report in a frame set off by commas (", the release said", ", according to ..."). */
export const SPEECH_FRAME: ReadonlySet<string> = new Set([
  'say',
  'add',
  'state',
  'note',
  'confirm',
  'report',
  'announce',
  'explain',
  'tell',
  'stress',
  'emphasize',
  'indicate',
  'write',
  'show',
  'read',
]);
