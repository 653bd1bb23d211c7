// Long pure computations written as generators of steps (yield between
// steps, return the result), so one code runs both at once (tests,
// benchmarks) and with a pause between steps (the build: progress.ts
// breather lets the event loop run, and a Ctrl-C be seen).

/** The generator run through: its result. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The generator run with `pause()` after each step, awaited when it gives a promise. */
export async function runPausing<T>(steps: Generator<void, T, void>, pause: () => Promise<void> | null): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const p = pause();
    if (p) await p;
  }
}
