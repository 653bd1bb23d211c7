#!/usr/bin/env node
// Memory of a build, phase by phase: the peak resident memory during each
// phase (sampled every 0.1 s from /proc, so Linux only) and the heap's live
// data at the end of each (after a forced collection). What
// docs/performance.md's table of memory by phase comes from.
// Usage: node bench/phase-memory.js --logs DIR [--out DIR] [--cache]
//   (without --cache: a clean build, as --no-cache)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(import.meta.url);
const { values } = parseArgs({ options: { logs: { type: 'string' }, out: { type: 'string' }, cache: { type: 'boolean' }, child: { type: 'boolean' } } });
if (!values.logs) throw new Error('usage: node bench/phase-memory.js --logs DIR [--out DIR] [--cache]');

if (values.child) {
  // In the build's own process: report the live heap at the end of each phase on stdout, one JSON line each.
  const { build } = await import('../dist/build.js');
  const { createProgress } = await import('../dist/progress.js');
  const { boundHeapGrowth } = await import('../dist/heap.js');
  boundHeapGrowth();
  const inner = createProgress({ quiet: true });
  const live = () => {
    globalThis.gc();
    return Math.round(process.memoryUsage().heapUsed / 1048576);
  };
  let current = '';
  const progress = {
    phase(name, total, unit) {
      current = name;
      console.log(JSON.stringify({ phase: name }));
      inner.phase(name, total, unit);
    },
    tick: (n) => inner.tick(n),
    end(detail) {
      console.log(JSON.stringify({ ended: current, liveMB: live() }));
      inner.end(detail);
    },
    line: (t) => inner.line(t),
    get timings() {
      return inner.timings;
    },
  };
  await build({ logsDir: values.logs, outDir: values.out, cacheDir: values.cache ? undefined : null, progress });
  process.exit(0);
}

if (!fs.existsSync('/proc/self/status')) throw new Error('needs /proc (Linux) to sample resident memory');
const out = values.out ?? fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-phase-memory-'));
const args = ['--expose-gc', HERE, '--child', '--logs', values.logs, '--out', out, ...(values.cache ? ['--cache'] : [])];
const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
const rows = [];
let row = { phase: 'start-up', peakMB: 0 };
const sample = () => {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]);
    row.peakMB = Math.max(row.peakMB, Math.round(kb / 1024));
  } catch {
    // The child has exited.
  }
};
const timer = setInterval(sample, 100);
let buffered = '';
child.stdout.on('data', (chunk) => {
  buffered += chunk;
  let nl;
  while ((nl = buffered.indexOf('\n')) >= 0) {
    const message = JSON.parse(buffered.slice(0, nl));
    buffered = buffered.slice(nl + 1);
    sample();
    if (message.phase) {
      rows.push(row);
      row = { phase: message.phase, peakMB: 0 };
    } else row.liveMB = message.liveMB;
  }
});
child.on('exit', (code) => {
  clearInterval(timer);
  rows.push(row);
  if (!values.out) fs.rmSync(out, { recursive: true, force: true });
  console.log('phase       peak RSS   live heap at its end');
  for (const r of rows) console.log(`${r.phase.padEnd(10)} ${String(r.peakMB).padStart(6)} MB   ${r.liveMB === undefined ? '' : `${String(r.liveMB).padStart(6)} MB`}`);
  process.exitCode = code ?? 1;
});
