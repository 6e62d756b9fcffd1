/**
 * Extraction in a fresh module state: each call starts a worker thread that loads the built library
 * (dist/) anew, so nothing another extraction did in this process (wink's lexicon, memos) can reach it.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../../src/index.js';

export interface Job {
  readonly text: string;
  readonly options?: ExtractOptions;
}

const script = new URL('./extract-worker.mjs', import.meta.url);

/** The stances of each job, as JSON.stringify gives them, extracted in order by one new worker. */
export function inFreshWorker(jobs: readonly Job[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(script, { workerData: { jobs } });
    w.once('message', resolve);
    w.once('error', reject);
    w.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker exited with code ${code}`));
    });
  });
}

/** `tasks` run with at most `limit` at a time (the machine has two cores); results in the tasks' order. */
export async function limited<T>(tasks: readonly (() => Promise<T>)[], limit = 2): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  return out;
}
