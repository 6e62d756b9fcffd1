/** Extraction off the page's thread, so that a long article never freezes it. */
import { createExtractor, type ExtractOptions, StanceError, splitSentences } from 'stances';

export interface Request {
  readonly id: number;
  readonly text: string;
  readonly actors: readonly [string, string];
}

const extractors = new Map<string, ReturnType<typeof createExtractor>>();

self.onmessage = (e: MessageEvent<Request>) => {
  const { id, text, actors } = e.data;
  const started = performance.now();
  try {
    const key = actors.join('|');
    let ex = extractors.get(key);
    if (!ex) {
      const options: ExtractOptions = { actors: [actors[0], actors[1]] };
      ex = createExtractor(options);
      extractors.set(key, ex);
    }
    const stances = ex.extract(text);
    const sentences = splitSentences(text).map((s) => ({ index: s.index, start: s.start, end: s.end, role: s.role }));
    postMessage({ id, stances, sentences, ms: performance.now() - started });
  } catch (err) {
    postMessage({ id, error: err instanceof StanceError ? err.message : String(err) });
  }
};
