/**
 * stances: who holds which position, sentence by sentence.
 *
 * The stages run in this order, each reading what the one before produced:
 * normalize (a same-length working copy, so offsets stay the caller's) ->
 * segment (paragraphs, sentences, roles) -> actors + clauses + attribute
 * (mentions, cues, holders, with discourse state across sentences) ->
 * classify (kinds, topics) -> roles (speaker, target, content, quote, negation) -> assemble (typed records).
 */
import { type Compiled, compile } from './actors/compile.js';
import { assemble, holdersOf } from './assemble/index.js';
import { attribute } from './attribute/index.js';
import { withCues } from './clauses/lexicon.js';
import { StanceError } from './errors.js';
import { htmlToText, looksLikeHtml } from './normalize/html.js';
import { normalize } from './normalize/index.js';
import { type Resolved, resolveOptions } from './options.js';
import { roles } from './roles/index.js';
import { type SentenceRole, segment } from './segment/index.js';
import type { ExtractOptions, Stance } from './types.js';

export { StanceError, type StanceErrorCode } from './errors.js';
export {
  csvCell,
  csvHeader,
  csvRow,
  formatDoc,
  formatHead,
  markdownHeader,
  markdownRow,
  ndjsonLine,
  type OutputFormat,
  RECORD_FIELDS,
  type StanceRecord,
  Summary,
  tableRow,
  toRecord,
} from './format/index.js';
export type { SentenceRole } from './segment/index.js';
export type {
  ActorSpec,
  CompiledCues,
  CompiledVerb,
  Content,
  Cue,
  CueSource,
  CueSourceNoun,
  CueSourceVerb,
  CustomActor,
  ExtractOptions,
  Holder,
  OfficialDef,
  QuoteKind,
  Span,
  Speaker,
  Stance,
  StanceKind,
} from './types.js';
export { STANCE_KINDS } from './types.js';

/** A prepared extractor: options are checked and lexicons compiled once. */
export interface Extractor {
  readonly options: Readonly<{ actors: readonly [string, string] }>;
  extract(text: string): Stance[];
}

export function createExtractor(options?: ExtractOptions): Extractor {
  const resolved = resolveOptions(options, 'createExtractor');
  const compiled = compile(resolved.officials, resolved.actors);
  return {
    options: { actors: resolved.labels },
    extract: (text: string) => run(text, resolved, compiled, 'extract'),
  };
}

let defaultExtractor: { compiled: Compiled; resolved: Resolved } | undefined;

/** A sentence as the library splits it, with its role ("headline", "body", "byline", ...). */
export interface SentenceInfo {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly role: SentenceRole;
  readonly text: string;
}

/** The sentences of `text` as `extractStances` sees them; `sentenceIndex` of a stance indexes this list. */
export function splitSentences(text: string, options?: Pick<ExtractOptions, 'format' | 'maxLength'>): SentenceInfo[] {
  const resolved = resolveOptions(options, 'splitSentences');
  if (typeof text !== 'string') throw new StanceError('INVALID_TEXT', 'splitSentences', 'the text as a string', text);
  return segment(workingCopy(text, resolved, 'splitSentences')).sentences.map((s) => ({
    index: s.index,
    start: s.start,
    end: s.end,
    paragraph: s.paragraph,
    role: s.role,
    text: text.slice(s.start, s.end),
  }));
}

/** The stances of every configured actor in `text`, sorted by offset. */
export function extractStances(text: string, options?: ExtractOptions): Stance[] {
  if (options === undefined) {
    defaultExtractor ??= (() => {
      const resolved = resolveOptions(undefined, 'extractStances');
      return { resolved, compiled: compile() };
    })();
    return run(text, defaultExtractor.resolved, defaultExtractor.compiled, 'extractStances');
  }
  const resolved = resolveOptions(options, 'extractStances');
  return run(text, resolved, compile(resolved.officials, resolved.actors), 'extractStances');
}

/** Stage 1: the same-length working copy, from HTML when the text is a page. */
function workingCopy(text: string, resolved: Resolved, call: string): string {
  if (text.length > resolved.maxLength)
    throw new StanceError(
      'TEXT_TOO_LONG',
      call,
      `a text of at most ${resolved.maxLength} characters (options.maxLength)`,
      `${text.length} characters`,
    );
  const html = resolved.format === 'html' || (resolved.format === 'auto' && looksLikeHtml(text));
  return normalize(html ? htmlToText(text) : text);
}

function run(text: string, resolved: Resolved, compiled: Compiled, call: string): Stance[] {
  if (typeof text !== 'string') throw new StanceError('INVALID_TEXT', call, 'the text as a string', text);
  const work = workingCopy(text, resolved, call);
  const { sentences } = segment(work);
  const read = resolved.cues ? withCues(sentences, resolved.cues) : sentences;
  const { claims, mentionsOf } = attribute(read, work, compiled, resolved.pair);
  const labelOf = (id: string) => compiled.states.get(id)?.label ?? id;
  // roles after attribution: they read the holders and mentions it found and never change them;
  // before assembly, which reads their words from the caller's input (kinds and topics are classified there)
  const parts = roles(claims, read, mentionsOf, (states) => holdersOf(states, resolved, labelOf));
  return assemble(claims, parts, text, resolved, labelOf);
}
