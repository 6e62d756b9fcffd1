import type { StanceKind } from '../../types.js';

/**
 * The stance cue lexicon. Each entry has a stable id (it appears in
 * `Stance.because` and `Stance.cue.id`), the lemmas that trigger it and the
 * kinds it signals. `speech`: a reporting verb whose complement is content
 * ("X said that ..."). `light`: a verb whose kind comes from its object
 * ("expressed concern", "raised objections").
 */
export interface VerbCue {
  readonly id: string;
  readonly lemmas: readonly string[];
  readonly kinds: readonly StanceKind[];
  readonly speech?: boolean;
  readonly light?: boolean;
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
      'announce',
      'inform',
      'convey',
      'warn',
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
  { id: 'believe', lemmas: ['believe', 'consider', 'think', 'deem'], kinds: ['state'] },
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
    ],
    kinds: ['commit'],
  },
  { id: 'acknowledge', lemmas: ['acknowledge', 'recognize', 'recognise', 'understand', 'accept', 'admit'], kinds: ['acknowledge'] },
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
    ],
    kinds: ['oppose'],
  },
  { id: 'concern', lemmas: ['worry', 'fear', 'regret', 'lament'], kinds: ['concern'] },
  { id: 'hope', lemmas: ['hope', 'expect', 'wish', 'want', 'desire', 'aspire', 'anticipate', 'seek'], kinds: ['hope'] },
  {
    id: 'urge',
    lemmas: ['urge', 'demand', 'request', 'ask', 'press', 'implore', 'encourage', 'appeal', 'invite', 'exhort'],
    kinds: ['urge'],
  },
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
  { id: 'n:opposition', lemmas: ['opposition', 'objection', 'protest', 'condemnation', 'rejection'], kinds: ['oppose'] },
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

/** Objects of "welcome"/"receive" that make it hosting, not support: a person ("welcomed President Trump"). */
export const HOSTING_VERBS: ReadonlySet<string> = new Set(['welcome', 'receive', 'host', 'greet']);

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
