// Progress of a build: phases with counts and timings. On a terminal one
// line is redrawn as a bar; elsewhere (CI, pipes) each phase prints one plain
// line when it ends; quiet prints nothing. Always to stderr: stdout is data.

export interface Progress {
  /** Starts a phase; `total` when the number of steps is known. */
  phase(name: string, total?: number, unit?: string): void;
  /** n more steps of the current phase done. */
  tick(n?: number): void;
  /** Ends the current phase, with what it did in a few words. */
  end(detail?: string): void;
  /** A line of its own (a summary, a note), never lost in the bar. */
  line(text: string): void;
  /** Seconds each phase took, in order. */
  readonly timings: { name: string; seconds: number }[];
}

export interface ProgressOptions {
  quiet?: boolean;
  /** Redraw a bar in place (stderr is a terminal and not CI). */
  live?: boolean;
  write?: (text: string) => void;
  now?: () => number;
}

const BAR = 24;
/** At most this often, the bar is redrawn: drawing costs more than a step. */
const REDRAW_MS = 100;
/** The bar says how long is left only after this long. */
const ETA_AFTER_MS = 1000;

export function createProgress(options: ProgressOptions = {}): Progress {
  const write = options.write ?? ((t: string) => process.stderr.write(t));
  const now = options.now ?? (() => performance.now());
  const live = !options.quiet && (options.live ?? false);
  const timings: { name: string; seconds: number }[] = [];
  let current: { name: string; total?: number; unit: string; done: number; began: number; drawn: number } | null = null;

  const draw = () => {
    if (!current) return;
    const { name, total, done, unit, began } = current;
    const at = now();
    const count = total ? `${done}/${total} ${unit}` : done ? `${done} ${unit}` : '…';
    const filled = total ? Math.min(BAR, Math.round((done / total) * BAR)) : 0;
    const bar = total ? `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ` : '';
    write(`\r\x1b[2K${name.padEnd(8)} ${bar}${count}${left(at - began, done, total)}`);
    current.drawn = at;
  };

  const progress: Progress = {
    timings,
    phase(name, total, unit = 'files') {
      if (current) progress.end();
      current = { name, total, unit, done: 0, began: now(), drawn: 0 };
      if (live) draw();
    },
    tick(n = 1) {
      if (!current) return;
      current.done += n;
      if (live && now() - current.drawn >= REDRAW_MS) draw();
    },
    end(detail) {
      if (!current) return;
      const seconds = (now() - current.began) / 1000;
      timings.push({ name: current.name, seconds });
      if (!options.quiet) {
        const what = detail ?? (current.done ? `${current.done} ${current.unit}` : '');
        write(`${live ? '\r\x1b[2K' : ''}${current.name.padEnd(8)} ${what}${what ? ' ' : ''}in ${seconds.toFixed(2)} s\n`);
      }
      current = null;
    },
    line(text) {
      if (options.quiet) return;
      write(`${live && current ? '\r\x1b[2K' : ''}${text}\n`);
      if (live) draw();
    },
  };
  return progress;
}

/** Time left at the pace so far, once there is a pace to go by (a second in, a tenth done): " · about 12 s left". */
function left(elapsedMs: number, done: number, total: number | undefined): string {
  if (!total || done >= total || elapsedMs < ETA_AFTER_MS || done < total / 10) return '';
  const seconds = Math.ceil(((elapsedMs / done) * (total - done)) / 1000);
  return ` · about ${seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`} left`;
}

/**
 * A promise to await now and then in a long loop of synchronous steps: one in
 * `ms` lets the event loop run, so a Ctrl-C (its handler aborts the build's
 * signal) is seen within a step, not when the phase ends: the search index of
 * 10,000 meetings was half a minute deaf to it. null when it is not yet time
 * (nothing to await). With a signal, a call after it is aborted throws its
 * reason, and so does the pause once the event loop has run.
 */
export function breather(ms = 100, signal?: AbortSignal): () => Promise<void> | null {
  let last = performance.now();
  const resume = () => {
    last = performance.now();
    signal?.throwIfAborted();
  };
  return () => {
    signal?.throwIfAborted();
    return performance.now() - last < ms ? null : new Promise<void>((resolve) => setImmediate(resolve)).then(resume);
  };
}

/** A live bar only where a person watches: a terminal, outside CI. */
export function wantsLiveProgress(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.CI && env.TERM !== 'dumb';
}

/** The same progress, but every step first checks the signal: a build stops within a step of being asked to. */
export function stoppable(progress: Progress, signal: AbortSignal | undefined): Progress {
  if (!signal) return progress;
  return {
    get timings() {
      return progress.timings;
    },
    phase(name, total, unit) {
      signal.throwIfAborted();
      progress.phase(name, total, unit);
    },
    tick(n) {
      signal.throwIfAborted();
      progress.tick(n);
    },
    end: (detail) => progress.end(detail),
    line: (text) => progress.line(text),
  };
}
