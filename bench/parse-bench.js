// Parse speed: minutebook's pure pipeline (dist/pipeline.js, bytes → meetings)
// over a set of log files held in memory, repeated to about `target` lines,
// best of three runs after a warm-up (JIT, lazily built regexes), in wall
// and CPU time. No I/O is timed. Used by bench/run.js on the real logs and
// on the synthetic archive.
import fs from 'node:fs';
import path from 'node:path';
import { parseLog } from '../dist/pipeline.js';

/** Files under dir (recursively) that are logs: not fixtures' expected JSON, TSV or notes. */
export function logFilesUnder(dir) {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => !/\.(json|tsv)$|SEEDS\.txt$|\.series\.md$/.test(f) && fs.statSync(path.join(dir, f)).isFile())
    .sort()
    .map((f) => ({ file: path.join(dir, f), relPath: f }));
}

const linesIn = (bytes) => {
  let n = 1;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
};

/**
 * `files`: [{file, relPath}]. Reads them until `target` lines are in memory
 * (or all of them), then parses that set as many times as it takes to reach
 * `target` lines per run.
 */
export function parseSpeed(files, target = 1_000_000) {
  const inputs = [];
  let perPass = 0;
  for (const f of files) {
    if (perPass >= target) break;
    const bytes = fs.readFileSync(f.file);
    inputs.push({ ...f, bytes });
    perPass += linesIn(bytes);
  }
  const passes = Math.max(1, Math.ceil(target / perPass));
  const once = () => {
    const began = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    let meetings = 0;
    for (let p = 0; p < passes; p++) for (const { file, relPath, bytes } of inputs) meetings += parseLog(bytes, file, { relPath }).meetings.length;
    const used = process.cpuUsage(cpu);
    return { seconds: Number(process.hrtime.bigint() - began) / 1e9, cpuSeconds: (used.user + used.system) / 1e6, meetings };
  };
  once();
  const best = [once(), once(), once()].reduce((a, b) => (a.seconds < b.seconds ? a : b));
  const lines = perPass * passes;
  return {
    lines,
    files: inputs.length * passes,
    bytes: inputs.reduce((n, i) => n + i.bytes.length, 0) * passes,
    seconds: best.seconds,
    linesPerSec: Math.round(lines / best.seconds),
    // On a busy machine wall time counts other processes' turns too; CPU time (with GC threads) does not.
    linesPerCpuSec: Math.round(lines / best.cpuSeconds),
  };
}
