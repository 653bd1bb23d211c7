// The topic index of an incremental build, made on a thread of its own
// (site/topic-plan.ts) while the main thread makes the rest of the model and
// signs its pages: the second core is idle then. The thread is handed what
// the index reads of each meeting and the last build's signatures of its
// pages, and answers with the topics page, every topic page's signature and
// the pages to render (few in a rebuild: a clean build makes the index on
// the main thread, which would otherwise be handed every page back).
import { Worker } from 'node:worker_threads';
import type { TopicInput, TopicPlan } from './site/topic-plan.js';
import { MinutebookError } from './errors.js';
import { ours, TS_LOADER } from './thread-modules.js';

export interface TopicWorker {
  plan: Promise<TopicPlan>;
  /** Stops the thread if it is still at work (a build that failed or was interrupted); call it in a finally. */
  stop(): Promise<void>;
}

const THREAD = `
const { workerData, parentPort } = require('node:worker_threads');
const { input, module, tsLoader } = workerData;
(async () => {
  if (tsLoader) (await import(tsLoader)).register();
  const { planTopics } = await import(module);
  parentPort.postMessage({ plan: planTopics(JSON.parse(input)) });
})().catch((err) => parentPort.postMessage({ error: { message: String((err && err.stack) || err) } }));
`;

export function topicWorker(input: TopicInput): TopicWorker {
  let done = false;
  let worker: Worker;
  const plan = new Promise<TopicPlan>((resolve, reject) => {
    worker = new Worker(THREAD, {
      eval: true,
      // Not the process's flags: with --input-type=module (node -e in ESM) the source would not be CommonJS.
      execArgv: [],
      // As one JSON string: copied to the thread in a third of the time of the objects (0.2 s at 10,000 meetings).
      workerData: { input: JSON.stringify(input), module: ours('site/topic-plan'), tsLoader: TS_LOADER },
    });
    worker.on('message', (m: { plan?: TopicPlan; error?: { message: string } }) => {
      done = true;
      if (m.plan) resolve(m.plan);
      else reject(new MinutebookError(`making the topic index failed: ${m.error?.message}`));
      void worker.terminate();
    });
    worker.on('error', (err) => {
      done = true;
      reject(err);
    });
    // After an answer, a no-op.
    worker.on('exit', (code) => reject(new Error(`the topic index's thread stopped (exit code ${code})`)));
  });
  // Awaited by the build, or let go by stop(): a failure meanwhile is no unhandled rejection.
  plan.catch(() => {});
  return {
    plan,
    async stop() {
      if (!done) await worker.terminate();
    },
  };
}
