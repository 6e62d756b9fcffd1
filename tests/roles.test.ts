/**
 * The roles stage: speaker, target, content, quote and negation of a stance. Each row is a small text of
 * its own (readouts, news, transcripts, joint statements), the pair it is read with, the cue of the stance
 * (the first stance whose cue reads so), and what that stance must carry.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, type Stance } from '../src/index.js';

const extractors = new Map<string, ReturnType<typeof createExtractor>>();
function stanceOf(text: string, actors: string, cue: string): Stance {
  const [a, b, others] = actors.split(',');
  const ex = extractors.get(actors) ?? createExtractor({ actors: [a as string, b as string], others: others === 'others' });
  extractors.set(actors, ex);
  const s = ex.extract(text).find((x) => x.cue.text === cue);
  if (!s) throw new Error(`no stance with the cue "${cue}" in: ${text}`);
  return s;
}

const CK = 'China,ROK';
const READOUT =
  'Chinese Foreign Minister Wang Yi met with ROK Foreign Minister Park Jin in Qingdao on Monday. Wang said China is ready to work with the ROK to deepen trade ties. Park said the ROK values its relations with China.';
const PRESSER =
  "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference\n\nQ: Seoul plans to expand its drills. What is your comment?\n\nA: China firmly opposes any move that escalates tensions on the Peninsula. We urge the ROK to act prudently.";
const JOINT =
  'Joint Statement of Japan and Australia\n\nThe two prime ministers reaffirmed their commitment to a free and open Indo-Pacific. They welcomed the progress of the trilateral dialogue with the United States.';
const SHIN =
  'Defense Minister Shin Won-sik spoke with his Japanese counterpart on Friday. "We will respond firmly to any provocation," Shin said.';
const HUA = 'Foreign Ministry Spokesperson Hua Chunying took questions on Monday. "We will not accept this," she said.';
const YOON = 'President Yoon Suk Yeol said: "Our alliance is stronger than ever."';
const LI = 'Premier Li Qiang said the report was "full of lies" and urged Washington to drop it.';
const KISHIDA = 'Prime Minister Kishida told President Biden that Japan will double its defense spending.';
const HEADLINE =
  'Xi to Visit Seoul for Trade Talks\n\nBEIJING — Chinese President Xi Jinping will visit Seoul next month, the foreign ministry said on Friday.';
const NOTE = 'China took note of the positions made clear by the ROK and hopes that the ROK properly handles the issue.';

describe('speaker: who voiced the claim, at its fullest naming, and its mention in the sentence', () => {
  it.each([
    [
      'a title and name',
      'Foreign Minister Wang Yi said that China supports the early resumption of the six-party talks.',
      CK,
      'supports',
      'Foreign Minister Wang Yi',
      'Foreign Minister Wang Yi',
    ],
    ['a surname after a narration sentence', READOUT, CK, 'ready', 'Chinese Foreign Minister Wang Yi', 'Wang'],
    ['the other side by surname', READOUT, CK, 'values', 'ROK Foreign Minister Park Jin', 'Park'],
    ['a quotation closed by a surname', SHIN, 'Japan,ROK', 'will', 'Defense Minister Shin Won-sik', 'Shin'],
    ['a quotation closed by a pronoun', HUA, CK, 'will', 'Foreign Ministry Spokesperson Hua Chunying', 'she'],
    ["a transcript's answer in the first person", PRESSER, CK, 'urge', 'Foreign Ministry Spokesperson Mao Ning', 'We'],
    ['a joint speaker', JOINT, 'Japan,Australia', 'reaffirmed their commitment', 'The two prime ministers', 'The two prime ministers'],
    ['a joint speaker by pronoun', JOINT, 'Japan,Australia', 'welcomed', 'The two prime ministers', 'They'],
    [
      'an office, with its determiner',
      'The Chinese Defense Ministry said it did not agree with the plan.',
      CK,
      'agree',
      'The Chinese Defense Ministry',
      'The Chinese Defense Ministry',
    ],
    ['the subject of "told"', KISHIDA, 'US,Japan', 'will', 'Prime Minister Kishida', 'Prime Minister Kishida'],
    ['a colon and a quotation', YOON, 'US,ROK', 'said', 'President Yoon Suk Yeol', 'President Yoon Suk Yeol'],
    ['a second verb of the same speaker', LI, 'US,China', 'urged', 'Premier Li Qiang', 'Premier Li Qiang'],
    [
      'reported speech that runs on',
      "Foreign Minister Wang Yi said China and the ROK are important neighbors. Both sides should respect each other's core concerns.",
      CK,
      'should',
      'Foreign Minister Wang Yi',
      'Foreign Minister Wang Yi',
    ],
    [
      'an unnamed official, then "the official said"',
      'A senior official at the South Korean presidential office said Seoul opposes the demand.\n\n"We will respond firmly," the official said.',
      CK,
      'will',
      'A senior official at the South Korean presidential office',
      'the official',
    ],
    [
      'an unnamed official from a ministry, then "The official added"',
      'An official from the Indian foreign ministry said Delhi rejects the claim. The official added that India hopes for calm.',
      'India,Pakistan',
      'hopes',
      'An official from the Indian foreign ministry',
      'The official',
    ],
    [
      'an inverted frame',
      '"The door remains open," said Foreign Minister Kang Kyung-wha, adding that Seoul would keep pushing for talks.',
      CK,
      'would',
      'Foreign Minister Kang Kyung-wha',
      'Foreign Minister Kang Kyung-wha',
    ],
  ])('%s', (_t, text, actors, cue, want, at) => {
    const s = stanceOf(text, actors, cue);
    expect(s.speaker?.text).toBe(want);
    expect(text.slice(s.speaker?.span.start, s.speaker?.span.end)).toBe(at);
  });

  it.each([
    ['a state named as itself', 'China reiterated its opposition to the deployment of THAAD in the ROK.', CK, 'reiterated its opposition'],
    ['a capital', 'Beijing called on Tokyo to stop its patrols near the islands.', 'China,Japan', 'called on'],
    ['a joint claim of the sides', 'The two sides agreed to hold the next round of talks in Seoul.', CK, 'agreed'],
    ['a joint claim of two capitals', 'Seoul and Beijing pledged to expand trade.', CK, 'pledged'],
    ['a state in a transcript answer', PRESSER, CK, 'opposes'],
    ['a state in a news sentence', 'The ROK did not agree to the Chinese proposal.', CK, 'agree'],
    ['a coordination of states', 'China and the ROK agreed to expand trade.', CK, 'agreed'],
    ['a government named by its state', 'The Government of Japan supports the new framework.', 'US,Japan', 'supports'],
  ])('none: %s', (_t, text, actors, cue) => {
    expect(stanceOf(text, actors, cue).speaker).toBeNull();
  });

  it('gives the title of the fullest naming', () => {
    expect(stanceOf(READOUT, CK, 'values').speaker?.title).toBe('ROK Foreign Minister');
    expect(stanceOf(HUA, CK, 'will').speaker?.title).toBe('Foreign Ministry Spokesperson');
    expect(stanceOf(JOINT, 'Japan,Australia', 'welcomed').speaker?.title).toBeUndefined();
  });
});

describe('target: the actor the claim is addressed to or aimed at', () => {
  it.each([
    ['urged X to', 'China urged the ROK to halt the drills.', CK, 'urged', 'ROK'],
    ['opposes a deployment in X', 'China opposes the deployment of THAAD in the ROK.', CK, 'opposes', 'ROK'],
    ["welcomed X's decision", "Japan welcomed India's decision to join the initiative.", 'Japan,India', 'welcomed', 'India'],
    ["acknowledged X's position", "The ROK has acknowledged China's position.", CK, 'acknowledged', 'China'],
    ['called on a capital', 'Beijing called on Tokyo to stop its patrols near the islands.', 'China,Japan', 'called on', 'Japan'],
    [
      "concern over a capital's drills",
      "Seoul expressed concern over Beijing's military drills near its waters.",
      CK,
      'expressed concern',
      'China',
    ],
    ['told X that', KISHIDA, 'US,Japan', 'will', 'US'],
    ['urged a capital', LI, 'US,China', 'urged', 'US'],
    ['a negated cue', 'China does not accept the unilateral sanctions imposed by the ROK.', CK, 'accept', 'ROK'],
    ['hopes that X', NOTE, CK, 'hopes', 'ROK'],
    ['took note of X', NOTE, CK, 'took note', 'ROK'],
    ['values relations with X', READOUT, CK, 'values', 'China'],
    ['work with X', READOUT, CK, 'ready', 'ROK'],
    ['a transcript answer', PRESSER, CK, 'urge', 'ROK'],
    ['a state outside the pair, with others', 'Japan protested to China over the survey ship.', 'US,Japan,others', 'protested', 'China'],
    ['a headline commitment', HEADLINE, CK, 'to Visit', 'ROK'],
    ['the pair member of a joint naming', 'China values China-ROK relations.', CK, 'values', 'ROK'],
  ])('%s', (_t, text, actors, cue, want) => {
    expect(stanceOf(text, actors, cue).target).toBe(want);
  });

  it.each([
    ['a joint claim', 'The two sides agreed to hold the next round of talks in Seoul.', CK, 'agreed'],
    ['no other actor', 'The ROK reaffirmed its commitment to the alliance.', CK, 'reaffirmed its commitment'],
    ['a state outside the pair, without others', 'Japan protested to China over the survey ship.', 'US,Japan', 'protested'],
    ['the holder itself', 'China said China will keep its word.', CK, 'will'],
  ])('none: %s', (_t, text, actors, cue) => {
    expect(stanceOf(text, actors, cue).target).toBeNull();
  });
});

describe('content: what is held, without the cue and the reporting frame', () => {
  it.each([
    [
      'a that-clause',
      'The ROK stated that the radar was deployed only for defensive purposes.',
      CK,
      'stated',
      'that the radar was deployed only for defensive purposes',
    ],
    ['a that-clause after a time', 'The ROK said on Tuesday that the drills were routine.', CK, 'said', 'that the drills were routine'],
    [
      "a stance noun's object",
      'China reiterated its opposition to the deployment of THAAD in the ROK.',
      CK,
      'reiterated its opposition',
      'the deployment of THAAD in the ROK',
    ],
    ['an infinitive after the addressee', 'China urged the ROK to halt the drills.', CK, 'urged', 'to halt the drills'],
    ['a quotation after a colon', YOON, 'US,ROK', 'said', 'Our alliance is stronger than ever'],
    [
      'inside reported speech',
      'Foreign Minister Wang Yi said that China supports the early resumption of the six-party talks.',
      CK,
      'supports',
      'the early resumption of the six-party talks',
    ],
    ['a quotation before its frame', SHIN, 'Japan,ROK', 'will', 'respond firmly to any provocation'],
    ['a quoted phrase kept whole', LI, 'US,China', 'said', 'the report was "full of lies"'],
    ['up to the next claim', NOTE, CK, 'took note', 'the positions made clear by the ROK'],
    ['the next claim', NOTE, CK, 'hopes', 'that the ROK properly handles the issue'],
    [
      "a possessor's noun phrase",
      "Japan welcomed India's decision to join the initiative.",
      'Japan,India',
      'welcomed',
      "India's decision to join the initiative",
    ],
    [
      'after "concern over"',
      "Seoul expressed concern over Beijing's military drills near its waters.",
      CK,
      'expressed concern',
      "Beijing's military drills near its waters",
    ],
    [
      'an infinitive of agreement',
      'The two sides agreed to hold the next round of talks in Seoul.',
      CK,
      'agreed',
      'to hold the next round of talks in Seoul',
    ],
    ['a commitment to a goal', JOINT, 'Japan,Australia', 'reaffirmed their commitment', 'a free and open Indo-Pacific'],
    ['before a trailing frame', 'China will never accept such provocations, the statement said.', CK, 'will', 'accept such provocations'],
    ['a news sentence before its frame', HEADLINE, CK, 'will', 'visit Seoul next month'],
    ['a that-clause after "told X"', KISHIDA, 'US,Japan', 'will', 'double its defense spending'],
    ['the object of a negated verb', 'The ROK did not agree to the Chinese proposal.', CK, 'agree', 'the Chinese proposal'],
    ['the object of coordinated verbs', 'The ROK praised and welcomed the new dialogue.', CK, 'praised', 'the new dialogue'],
  ])('%s', (_t, text, actors, cue, want) => {
    const s = stanceOf(text, actors, cue);
    expect(s.content?.text).toBe(want);
    expect(text.slice(s.content?.span.start, s.content?.span.end)).toBe(want);
  });

  it.each([
    ['a cue that ends its sentence', 'The ROK expressed concern.', CK, 'expressed concern'],
    ['a cue before a new clause', 'The two ministers agreed, and analysts said the deal was fragile.', CK, 'agreed'],
  ])('none: %s', (_t, text, actors, cue) => {
    const s = stanceOf(text, actors, cue);
    expect(s.content).toBeNull();
    expect(s.quote).toBeNull();
  });
});

describe('quote: direct, indirect, mixed or none', () => {
  it.each([
    ['a quotation after a colon', YOON, 'US,ROK', 'said', 'direct'],
    ['a quotation before its frame', SHIN, 'Japan,ROK', 'will', 'direct'],
    ['a quotation closed by a pronoun', HUA, CK, 'will', 'direct'],
    ["a transcript's answer", PRESSER, CK, 'opposes', 'direct'],
    ['a quoted phrase in reported speech', LI, 'US,China', 'said', 'mixed'],
    ['a quoted word in a that-clause', 'The ROK said that the drills were "purely defensive" in nature.', CK, 'said', 'mixed'],
    ['a that-clause', 'The ROK stated that the radar was deployed only for defensive purposes.', CK, 'stated', 'indirect'],
    [
      'reported speech of a speaker',
      'Foreign Minister Wang Yi said that China supports the early resumption of the six-party talks.',
      CK,
      'supports',
      'indirect',
    ],
    ['a clause without "that"', READOUT, CK, 'values', 'indirect'],
    ['"told X that"', KISHIDA, 'US,Japan', 'will', 'indirect'],
    ['a trailing frame', 'China will never accept such provocations, the statement said.', CK, 'will', 'indirect'],
    ['a stance, not words', 'China opposes the deployment of THAAD in the ROK.', CK, 'opposes', null],
    ['an urging', 'China urged the ROK to halt the drills.', CK, 'urged', null],
    ['an agreement', 'The two sides agreed to hold the next round of talks in Seoul.', CK, 'agreed', null],
    ['a welcome', "Japan welcomed India's decision to join the initiative.", 'Japan,India', 'welcomed', null],
  ])('%s', (_t, text, actors, cue, want) => {
    expect(stanceOf(text, actors, cue).quote).toBe(want);
  });
});

describe('negated: the cue is negated', () => {
  it.each([
    ['did not agree', 'The ROK did not agree to the Chinese proposal.', CK, 'agree', true],
    ['does not accept', 'China does not accept the unilateral sanctions imposed by the ROK.', CK, 'accept', true],
    ['will not, in a quotation', HUA, CK, 'will', true],
    ['will never', 'China will never accept such provocations, the statement said.', CK, 'will', true],
    ['an office that did not agree', 'The Chinese Defense Ministry said it did not agree with the plan.', CK, 'agree', true],
    ["doesn't support", "Seoul doesn't support the proposal.", CK, 'support', true],
    ['has never recognised', 'China has never recognized the so-called ruling.', CK, 'recognized', true],
    ['opposes', 'China opposes the deployment of THAAD in the ROK.', CK, 'opposes', false],
    ['urged', 'China urged the ROK to halt the drills.', CK, 'urged', false],
    ['agreed', 'The two sides agreed to hold the next round of talks in Seoul.', CK, 'agreed', false],
    ['welcomed', "Japan welcomed India's decision to join the initiative.", 'Japan,India', 'welcomed', false],
    ['said, in a quotation', YOON, 'US,ROK', 'said', false],
    ['a quoted pledge', SHIN, 'Japan,ROK', 'will', false],
    [
      'reported support',
      'Foreign Minister Wang Yi said that China supports the early resumption of the six-party talks.',
      CK,
      'supports',
      false,
    ],
    ['"no" in the object does not negate the cue', 'The ROK stated that the radar poses no threat.', CK, 'stated', false],
  ])('%s', (_t, text, actors, cue, want) => {
    const s = stanceOf(text, actors, cue);
    expect(s.negated).toBe(want);
    if (want) expect(s.kind).toBe('state');
  });
});

describe('bad input', () => {
  it.each([[''], ['"'], ['said that'], ['" , Wang said.'], ['China urged'], ['The two sides agreed to'], ['"""""'], ['China said: "']])(
    'never throws: %j',
    (text) => {
      for (const s of createExtractor().extract(text)) {
        if (s.content) expect(text.slice(s.content.span.start, s.content.span.end)).toBe(s.content.text);
      }
    },
  );
});
