// A build on a thread of its own, for `minutebook serve`: every module the
// build loads (the templates, their includes, Eleventy) is read afresh, so a
// rebuild after a template edit renders every page with the edit. Run again
// in the same thread, a build would render the summary pages (Eleventy, in
// that thread) with the includes its first build imported, since the module
// cache keeps them, and the meetings' own pages (page workers, new each build)
// with the new ones; and the manifest, signed with the new templates, would
// keep those stale pages through every later build.
import { Worker } from 'node:worker_threads';
import type { BuildOptions } from './build.js';
import { MinutebookError } from './errors.js';
import { ours, TS_LOADER } from './thread-modules.js';

/** What a fresh build can be given: plain data (no progress, no signal), copied to its thread. */
export type FreshBuildOptions = Pick<BuildOptions, 'logsDir' | 'outDir' | 'config' | 'configFile' | 'cacheDir'>;

const THREAD = `
const { workerData, parentPort } = require('node:worker_threads');
const { options, buildModule, tsLoader } = workerData;
(async () => {
  if (tsLoader) (await import(tsLoader)).register();
  const { build, summaryLine } = await import(buildModule);
  const result = await build({ ...options, quiet: true });
  parentPort.postMessage({ summary: summaryLine(result, options.outDir) });
})().catch((err) => {
  // The error and its causes, each as plain data (a thread's message cannot carry an Error's name or cause).
  const chain = [];
  for (let e = err; e !== undefined && e !== null && !chain.some((c) => c.of === e) && chain.length < 20; e = e.cause) {
    chain.push({ of: e, name: e.name, message: String(e.message ?? e), stack: e.stack, code: e.code });
  }
  parentPort.postMessage({ error: chain.map(({ of, ...c }) => c) });
});
`;

/** One error of a failed build's chain, as its thread sends it. */
interface SentError {
  name?: string;
  message: string;
  stack?: string;
  code?: string;
}

/** The thread's error again, with its name, stack, code and causes, as DEBUG=1 prints them (cli.ts debugTrace). */
function revive(chain: SentError[]): Error {
  let cause: Error | undefined;
  for (const sent of [...chain].reverse()) {
    const e = sent.name === 'MinutebookError' ? new MinutebookError(sent.message, cause && { cause }) : new Error(sent.message, cause && { cause });
    if (sent.name && sent.name !== e.name) e.name = sent.name;
    if (sent.stack !== undefined) e.stack = sent.stack;
    if (sent.code !== undefined) (e as NodeJS.ErrnoException).code = sent.code;
    cause = e;
  }
  return cause ?? new Error('the build failed');
}

/** Builds on a new thread; resolves with the build's summary line (build.ts summaryLine). */
export function freshBuild(options: FreshBuildOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(THREAD, {
      eval: true,
      execArgv: [],
      workerData: { options, buildModule: ours('build'), tsLoader: TS_LOADER },
    });
    worker.on('message', (m: { summary?: string; error?: SentError[] }) => {
      if (m.summary !== undefined) resolve(m.summary);
      else if (m.error) reject(revive(m.error));
      // The build is over, whatever it left running (nothing should be): the thread goes.
      void worker.terminate();
    });
    worker.on('error', reject);
    // After an answer, a no-op.
    worker.on('exit', (code) => reject(new Error(`the build's thread stopped (exit code ${code})`)));
  });
}
