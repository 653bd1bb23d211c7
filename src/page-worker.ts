// Each meeting's own files, made on a thread of their own: its minutes and
// log pages (the templates' render functions, called as Eleventy calls them),
// its data file and downloads. They are two thirds of a clean build's files
// and most of its rendering; made here, they are made while the main thread
// renders the summary pages through Eleventy, on the second core. The main
// thread hands over each meeting without its lines and its page's view; the
// worker reads the lines back from the log (line-store.ts), as the main
// thread would, and writes the files into the staging folder.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Meeting } from './types.js';
import type { MeetingPage, SiteModel } from './site/site-view.js';
import type { LineSource } from './line-store.js';
import type { DownloadKind } from './site/paths.js';
import { PUT_SOURCE } from './file-writer.js';
import { MinutebookError } from './errors.js';
import { ours, TS_LOADER } from './thread-modules.js';

/** One meeting's files: its two pages when `page` is given, its data file and downloads when `downloads`. */
export interface MeetingJob {
  meeting: Meeting;
  source: LineSource;
  page: MeetingPage | null;
  downloads: boolean;
}

export interface PageWorker {
  /** Hands the jobs over, a run at a time (at most `inFlight` runs wait on each worker); resolves once all are written. */
  make(jobs: MeetingJob[]): Promise<void>;
  /** Stops the workers (a write under way lands first); call it in a finally. */
  close(): Promise<void>;
}

interface Thread {
  worker: Worker;
  /** Runs handed over and not yet done. */
  waiting: number;
}

/**
 * Page workers at most: one per core, two at least (with the main thread's
 * Eleventy and the file writer, what keeps two cores busy: measured on 2),
 * four at most (each holds a heap of its own).
 */
export const THREADS = Math.min(4, Math.max(2, availableParallelism()));

/** The fields of the model the layout reads (templates/_includes/layouts/base.js): all of it a worker is handed. */
const LAYOUT_FIELDS = ['title', 'timeZone', 'metaDescription', 'url'] as const;
type LayoutField = (typeof LAYOUT_FIELDS)[number];

export interface PageWorkerOptions {
  /** The staging folder. */
  dir: string;
  /** What the layout reads of the model besides the page (the templates take it as `minutebook`): LAYOUT_FIELDS. */
  site: Pick<SiteModel, LayoutField>;
  /** The IANA zone of the log pages' and the .md downloads' times (undefined: UTC). */
  timezone: string | undefined;
  /** Called as each meeting's pages are written (2 each). */
  pagesDone?: (pages: number) => void;
  /** Meetings per message. */
  perRun?: number;
  /** Runs handed over to a worker and not yet done, at most. */
  inFlight?: number;
  /** Workers at most (default THREADS); another starts only when every one has work waiting. */
  threads?: number;
  /** The kinds of download written for a meeting whose `downloads` is true (default all: settings `downloads`). */
  downloadKinds?: readonly DownloadKind[];
}

const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const template = (name: string) => pathToFileURL(path.join(PACKAGE_ROOT, 'templates', name)).href;

/**
 * The worker, as CommonJS source started with `eval` (as file-writer.ts's),
 * importing the modules by their full URLs: it runs the same from dist/ and
 * from src/.
 */
const THREAD = `
const { workerData, parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const { dir, site, timezone, modules, tsLoader, downloadKinds } = workerData;
const loaded = (async () => {
  if (tsLoader) (await import(tsLoader)).register();
  return Promise.all(modules.map((href) => import(href)));
})();
${PUT_SOURCE}
const out = { write: (file, content) => put(file, content), copy: (from, file) => put(file, fs.readFileSync(from)) };
let failed = false;
parentPort.on('message', async (jobs) => {
  if (failed) return;
  // The meeting whose files were being made: a failure names its log.
  let current = null;
  try {
    const [lines, meetingPage, clocks, writeSite, minutes, log] = await loaded;
    const ctx = { siteTitle: site.title, clock: clocks.clockIn(timezone) };
    const meetings = jobs.map((j) => j.meeting);
    lines.lineStore(new Map(jobs.map((j) => [j.meeting.id, j.source])), meetings).load(meetings);
    let pages = 0;
    for (const { meeting, source, page, downloads } of jobs) {
      current = meeting.source.file;
      if (page) {
        meetingPage.attachLog(page, meeting, ctx);
        put(path.join(dir, minutes.data.permalink({ m: page })), minutes.render({ minutebook: site, m: page }));
        put(path.join(dir, log.data.permalink({ m: page })), log.render({ minutebook: site, m: page }));
        pages += 2;
      }
      // The .md gives its times by the pages' clock (undefined kinds: all of them).
      if (downloads) writeSite.writeMeetingFiles(out, dir, meeting, source.relPath, downloadKinds, ctx.clock, site.url);
    }
    parentPort.postMessage({ pages });
  } catch (err) {
    failed = true;
    const message = String((err && err.message) || err);
    const named = current === null || message.includes(current) ? message : current + ': ' + message;
    parentPort.postMessage({ error: { message: named, code: err && err.code, name: err && err.name } });
  }
});
`;

export function pageWorker(options: PageWorkerOptions): PageWorker {
  const perRun = options.perRun ?? 50;
  const inFlight = options.inFlight ?? 3;
  const most = options.threads ?? THREADS;
  const threads: Thread[] = [];
  let closed = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const settle = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const fail = (err: Error) => {
    failure ??= err;
    settle();
  };
  const start = (): Thread => {
    const worker = new Worker(THREAD, {
      eval: true,
      // Not the process's flags: with --input-type=module (node -e in ESM) the source would not be CommonJS.
      execArgv: [],
      workerData: {
        dir: options.dir,
        site: Object.fromEntries(LAYOUT_FIELDS.map((k) => [k, options.site[k]])),
        timezone: options.timezone,
        downloadKinds: options.downloadKinds,
        tsLoader: TS_LOADER,
        modules: [ours('line-store'), ours('site/meeting-page'), ours('site/clock'), ours('write-site'), template('meeting.11ty.js'), template('log.11ty.js')],
      },
    });
    const thread: Thread = { worker, waiting: 0 };
    worker.on('message', (m: { pages?: number; error?: { message: string; code?: string; name?: string } }) => {
      if (m.error) return fail(workerError(m.error));
      thread.waiting--;
      try {
        options.pagesDone?.(m.pages ?? 0);
      } catch (err) {
        // An interrupt (progress.ts's stoppable): make() throws it.
        return fail(err as Error);
      }
      settle();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!closed) fail(new Error(`a page worker stopped (exit code ${code})`));
    });
    threads.push(thread);
    return thread;
  };
  /** Resolves once `ready()` holds, or a failure is known. */
  const until = (ready: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (failure || closed || ready()) resolve();
        else wake = check;
      };
      check();
    });
  const thrown = () => {
    if (failure) throw failure;
    if (closed) throw new Error('the page workers were closed');
  };
  /** The thread with the fewest runs waiting; a new one while there may be more and every one has some. */
  const pick = (): Thread => {
    const idlest = threads.reduce<Thread | null>((best, t) => (best === null || t.waiting < best.waiting ? t : best), null);
    return idlest && (idlest.waiting === 0 || threads.length >= most) ? idlest : start();
  };
  return {
    async make(jobs) {
      for (let k = 0; k < jobs.length; k += perRun) {
        await until(() => threads.length < most || threads.some((t) => t.waiting < inFlight));
        thrown();
        const thread = pick();
        thread.waiting++;
        thread.worker.postMessage(jobs.slice(k, k + perRun));
      }
      await until(() => threads.every((t) => t.waiting === 0));
      thrown();
    },
    async close() {
      closed = true;
      settle();
      await Promise.all(threads.splice(0).map((t) => t.worker.terminate()));
    },
  };
}

/**
 * A worker's failure as the command line reports it: ours as they were (a
 * log changed meanwhile: build again), anything else (a disk full, a bug in
 * a template) as the rendering's, with its code.
 */
function workerError({ message, code, name }: { message: string; code?: string; name?: string }): Error {
  const error = name === 'MinutebookError' ? new MinutebookError(message) : new MinutebookError(`making the meetings' pages failed: ${message}`);
  return Object.assign(error, code ? { code } : {});
}
