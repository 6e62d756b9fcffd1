/** A worker of the `--jobs` pool: one extractor per set of options, reused; documents come in batches. */
import { formatDoc, type OutputFormat } from '../format/index.js';
import { createExtractor, type ExtractOptions, type Extractor, type Stance } from '../index.js';

const extractors = new Map<string, Extractor>();

function extractor(options: ExtractOptions): Extractor {
  const key = JSON.stringify(options);
  let ex = extractors.get(key);
  if (!ex) {
    ex = createExtractor(options);
    extractors.set(key, ex);
  }
  return ex;
}

export interface Task {
  readonly docs: readonly { readonly id: string; readonly text: string; readonly html: boolean }[];
  readonly options: ExtractOptions;
  /** Format the output here, off the main thread; or return the stances themselves (for a summary). */
  readonly format: OutputFormat | 'stances';
}

export type Result = { readonly out: string } | { readonly stances: Stance[] } | { readonly error: string };

export default function extractBatch(task: Task): Result[] {
  // looked up once a batch: the key of options with custom cues is long
  let text: Extractor | undefined;
  let html: Extractor | undefined;
  return task.docs.map((d) => {
    try {
      if (d.html) html ??= extractor({ ...task.options, format: 'html' });
      else text ??= extractor(task.options);
      const stances = ((d.html ? html : text) as Extractor).extract(d.text);
      return task.format === 'stances' ? { stances } : { out: formatDoc(task.format, d.id, stances) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  });
}
