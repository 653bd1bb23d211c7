// How much and from where the property tests of test/fuzz/ run. `npm test` runs a
// few of each with a fixed seed, so CI is reproducible; `npm run fuzz` runs many.
//   FUZZ_RUNS=20000   runs per property (each property scales it by its own weight)
//   FUZZ_SEED=123     another seed; a failure prints the seed and path to replay it
import fc from 'fast-check';

const DEFAULT_SEED = 20240917;
const DEFAULT_RUNS = 100;

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`${name}=${raw} is not an integer`);
  return n;
}

export const SEED = intFromEnv('FUZZ_SEED', DEFAULT_SEED);
export const RUNS = Math.max(1, intFromEnv('FUZZ_RUNS', DEFAULT_RUNS));

let announced = false;

/** fast-check parameters: the seed, and RUNS scaled by a property's weight (slow properties run fewer). */
export function params<T>(weight = 1): fc.Parameters<T> {
  if (!announced) {
    announced = true;
    console.log(`fuzz: seed ${SEED}, ${RUNS} runs per property (set FUZZ_SEED / FUZZ_RUNS to change)`);
  }
  return { seed: SEED, numRuns: Math.max(1, Math.round(RUNS * weight)), includeErrorInReport: true };
}
