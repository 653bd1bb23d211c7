// Writing a build's files on a thread of their own. A clean build at 10,000
// meetings writes 78,000 files (1.8 GB): through writeFileSync on the main
// thread, the kernel's part of it (making each file, copying its bytes into
// the page cache, waiting on writeback once a gigabyte is dirty) held up the
// rendering for 10-20 s while the second core was mostly idle. Here the main
// thread hands each file's content over and goes on; one worker writes them,
// in order. Synchronous to its callers on purpose (write-site.ts, and
// Eleventy's transforms): a queue of at most QUEUE_BYTES waits, blocking the
// main thread (Atomics.wait) only while the worker catches up.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** Bytes handed over and not yet written, at most; then write() waits. */
export const QUEUE_BYTES = 32 * 1024 * 1024;
/** How long write() or flush() waits for the worker to write anything before it gives up. */
const STALL_MS = 120_000;

export interface FileWriter {
  /** Writes content to file (an absolute path), making its folder when missing. Throws a failed earlier write's error. */
  write(file: string, content: string | Uint8Array): void;
  /** Writes the bytes of the file `from` (read by the worker) to `file`. */
  copy(from: string, file: string): void;
  /** Returns once every file handed over is written; throws the first failure. */
  flush(): void;
  /** Waits for the writes handed over (unless one failed: flush() throws that) and stops the worker; call it in a finally. */
  close(): Promise<void>;
}

// The shared state: bytes and files queued, and whether a write failed.
const BYTES = 0;
const FILES = 1;
const FAILED = 2;

/**
 * `put(file, data)` for a worker's CommonJS source (with `fs` and `path` in
 * scope): the folder is made when the write finds it missing, not before each
 * write (1.5 s of mkdir at 10,000 meetings). This writer's, and the page
 * workers' (page-worker.ts).
 */
export const PUT_SOURCE = `
const put = (file, data) => {
  try {
    fs.writeFileSync(file, data);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
  }
};`;

/**
 * The worker, as CommonJS source: it is started with `eval`, so it runs the
 * same from dist/ and from src/ under the tests' TypeScript loader.
 */
const THREAD = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const state = new Int32Array(workerData.state);
const errors = workerData.errors;
${PUT_SOURCE}
let failed = false;
workerData.port.on('message', ([file, content, from, size]) => {
  if (!failed) {
    try {
      put(file, from === null ? content : fs.readFileSync(from));
    } catch (err) {
      failed = true;
      errors.postMessage({ message: String(err && err.message), code: err && err.code, file });
      Atomics.store(state, ${FAILED}, 1);
    }
  }
  Atomics.sub(state, ${BYTES}, size);
  Atomics.sub(state, ${FILES}, 1);
  Atomics.notify(state, ${BYTES});
  Atomics.notify(state, ${FILES});
});
`;

interface Thread {
  worker: Worker;
  port: MessagePort;
  errors: MessagePort;
}

export function fileWriter(queueBytes = QUEUE_BYTES): FileWriter {
  const state = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  let thread: Thread | null = null;
  let failure: Error | null = null;
  // Started by the first write: a build that writes nothing starts no thread.
  const start = (): Thread => {
    const work = new MessageChannel();
    const errors = new MessageChannel();
    const worker = new Worker(THREAD, {
      eval: true,
      // Not the process's flags: with --input-type=module (node -e in ESM) the source would not be CommonJS.
      execArgv: [],
      workerData: { state: state.buffer, port: work.port2, errors: errors.port2 },
      transferList: [work.port2, errors.port2],
    });
    // Never what keeps the process alive; close() stops it.
    worker.unref();
    return { worker, port: work.port1, errors: errors.port1 };
  };
  const check = () => {
    if (failure) throw failure;
    if (!Atomics.load(state, FAILED)) return;
    const sent = thread && receiveMessageOnPort(thread.errors)?.message;
    const { message, code, file } = sent ?? { message: 'a file could not be written', code: undefined, file: '' };
    failure = Object.assign(new Error(`${message}${file && !String(message).includes(file) ? ` (${file})` : ''}`), code ? { code } : {});
    throw failure;
  };
  /** Waits while state[at] is over `most`. */
  const waitFor = (at: number, most: number) => {
    let since = Date.now();
    for (let now = Atomics.load(state, at); now > most; now = Atomics.load(state, at)) {
      if (Atomics.wait(state, at, now, 1000) !== 'timed-out') since = Date.now();
      else if (Date.now() - since > STALL_MS) throw new Error(`writing the site's files stalled: nothing written for ${STALL_MS / 1000} s`);
    }
  };
  const send = (file: string, content: string | Uint8Array | null, from: string | null) => {
    check();
    thread ??= start();
    // Encoded here and moved, not copied, to the worker (a string would be copied: as costly as encoding it). Most
    // of the cost is V8 making the string flat (pages and JSON are built in pieces), whatever reads it first. Under
    // 4 kB, Buffer.from gives a slice of Node's pool: that is copied.
    const bytes = content === null ? null : typeof content === 'string' ? Buffer.from(content) : content;
    const size = bytes === null ? 0 : bytes.byteLength;
    Atomics.add(state, BYTES, size);
    Atomics.add(state, FILES, 1);
    // Only a buffer made here, and of its own (not a slice of the pool), is moved: the caller's stay theirs.
    const own = typeof content === 'string' && bytes!.byteOffset === 0 && bytes!.buffer.byteLength === size;
    thread.port.postMessage([file, bytes, from, size], own ? [bytes!.buffer as ArrayBuffer] : []);
    if (Atomics.load(state, BYTES) > queueBytes) waitFor(BYTES, queueBytes / 2);
  };
  const flush = () => {
    waitFor(FILES, 0);
    check();
  };
  return {
    write: (file, content) => send(file, content, null),
    copy: (from, file) => send(file, null, from),
    flush,
    async close() {
      try {
        if (!failure) waitFor(FILES, 0);
      } finally {
        const t = thread;
        thread = null;
        if (t) {
          t.port.close();
          t.errors.close();
          await t.worker.terminate();
        }
      }
    },
  };
}
