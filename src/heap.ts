// How much memory a build may take. V8 lets its heap grow well past what is
// alive (by default to about twice the live set after each full collection,
// up to its limit, 4 GB on a machine of 16 GB or more): a build whose live
// data peaks at 0.9 GB at 10,000 meetings reached 2.6 GB of resident memory.
// A smaller growing factor makes it collect sooner. 40%: 1.32-1.34 GB at that
// size (30%: 1.25-1.28 GB for 6-15% more CPU time, the collector's; 50%:
// 1.43 GB, too near the 1.5 GB the build must stay under; docs/performance.md).
// A factor, not a limit: a larger archive still builds, it takes more memory,
// and never runs out of heap earlier than V8 would have.
import v8 from 'node:v8';

/** The heap may grow to this many per cent over what was alive after the last full collection. */
export const HEAP_GROWING_PERCENT = 40;

/** For the commands that build; the rest of the process keeps V8's defaults. Idempotent. */
export function boundHeapGrowth(): void {
  if (process.execArgv.some((a) => a.startsWith('--heap-growing-percent'))) return;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
