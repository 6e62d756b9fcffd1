// A worker thread with module state of its own (a fresh wink instance, fresh memos): it extracts
// `workerData.jobs` ({ text, options }) in order with the built library and posts back each result
// as JSON.stringify of the stances, or { error } when an extraction throws.
import { parentPort, workerData } from 'node:worker_threads';
import { extractStances } from '../../dist/index.js';

const out = workerData.jobs.map((job) => {
  try {
    return JSON.stringify(extractStances(job.text, job.options));
  } catch (e) {
    return JSON.stringify({ error: String(e?.message ?? e) });
  }
});
parentPort?.postMessage(out);
