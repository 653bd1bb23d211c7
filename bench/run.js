#!/usr/bin/env node
// npm run bench: minutebook against its targets, on synthetic archives of
// 1,000 and 10,000 meetings (bench/synthetic.js, shaped like the real corpus
// by bench/shapes.json), beside a plain-Node lower bound (bench/baseline.js)
// and Debian's irclog2html (when installed) on the same logs. Prints a table
// of figures and ratios per size; with --json, one JSON object on the last
// line. See docs/performance.md.
// Usage: npm run bench [-- --meetings N[,M]] [-- --json] [-- --seed S] [-- --lines N] [-- --dir DIR --keep]
//        [-- --skip baseline,irclog2html,incremental,search,real]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeArchive } from './synthetic.js';
import { logFilesUnder, parseSpeed } from './parse-bench.js';
import { buildBench } from './build-bench.js';
import { runNode } from './measure.js';
import { irclog2htmlBench, irclog2htmlInstalled } from './irclog2html.js';
import { printRun, TARGETS } from './report.js';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string' },
    json: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    lines: { type: 'string', default: '1000000' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
    skip: { type: 'string', default: '' },
  },
});
const sizes = values.meetings ? values.meetings.split(',').map(Number) : [1000, 10000];
const skip = new Set(values.skip.split(',').filter(Boolean));
const root = path.resolve(import.meta.dirname, '..');
const scratch = values.dir ? path.resolve(values.dir) : fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-bench-'));
const say = (text) => console.log(text);

const machine = {
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown'}`,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.type()} ${os.release()}`,
};
say(`machine: ${machine.cpus}, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.platform}; load average ${os.loadavg()[0].toFixed(1)}`);

// The parse figure as it always was: the real logs the repository holds, repeated to about a million lines.
let realParse = null;
if (!skip.has('real')) {
  realParse = parseSpeed([...logFilesUnder(path.join(root, 'logs')), ...logFilesUnder(path.join(root, 'test/fixtures/logs'))], Number(values.lines));
  say(`parse, real logs (logs/ and test/fixtures/logs/): ${realParse.linesPerSec.toLocaleString('en')} lines/s (${realParse.linesPerCpuSec.toLocaleString('en')} per CPU second) over ${realParse.lines.toLocaleString('en')} lines, best of 3`);
}

const runs = [];
try {
  for (const meetings of sizes) {
    const work = path.join(scratch, String(meetings));
    fs.rmSync(work, { recursive: true, force: true });
    const generated = performance.now();
    const archive = writeArchive(path.join(work, 'logs'), { meetings, seed: Number(values.seed) });
    const generateSec = (performance.now() - generated) / 1000;
    say(`\n${meetings.toLocaleString('en')} meetings: ${archive.lines.toLocaleString('en')} lines, ${(archive.bytes / 2 ** 20).toFixed(1)} MB of logs in ${archive.series} series, generated in ${generateSec.toFixed(1)} s (seed ${values.seed})`);
    const run = { meetings, lines: archive.lines, logBytes: archive.bytes, generateSec, loadAverage: os.loadavg()[0] };

    // Every k-th log, so that the lines parsed are a sample of the whole archive.
    const stride = Math.max(1, Math.floor(archive.lines / Number(values.lines)));
    const sample = archive.files.filter((_, k) => k % stride === 0).map((rel) => ({ file: path.join(archive.dir, rel), relPath: rel }));
    run.parse = parseSpeed(sample, Number(values.lines));
    say('  parse: done');
    if (!skip.has('baseline')) {
      const out = path.join(work, 'baseline');
      const b = await runNode(path.join(import.meta.dirname, 'baseline.js'), ['--logs', archive.dir, '--out', out], { cwd: work });
      run.baseline = { seconds: b.seconds, cpuSeconds: b.cpuSeconds, peakRssMB: b.peakRssMB, ...JSON.parse(b.stdout) };
      fs.rmSync(out, { recursive: true, force: true });
      say(`  plain Node lower bound: done`);
    }
    if (!skip.has('irclog2html')) {
      run.irclog2html = await irclog2htmlBench(archive.dir, path.join(work, 'irclog2html'));
      say(`  irclog2html: ${run.irclog2html ? 'done' : 'not installed (apt-get install irclog2html)'}`);
    }
    run.build = await buildBench(archive, work, { incremental: !skip.has('incremental') });
    say(`  minutebook: done`);
    if (!skip.has('search')) run.search = await searchFigures(meetings);
    runs.push(run);
    printRun(run, say);
    fs.rmSync(archive.dir, { recursive: true, force: true });
  }
} finally {
  if (!values.keep) fs.rmSync(scratch, { recursive: true, force: true });
}

/** The search helper's own benchmark (bench/search-bench.js), on its own archive of the same size: first-query cost. */
async function searchFigures(meetings) {
  const bench = path.join(import.meta.dirname, 'search-bench.js');
  if (!fs.existsSync(bench)) return null;
  const { searchBench } = await import('./search-bench.js');
  if (typeof searchBench !== 'function') return null;
  const lines = [];
  try {
    const { runs: [r] } = await searchBench({ sizes: [meetings], compareAt: [], log: (l) => lines.push(l) });
    return { indexBytes: r.indexBytes, perLogByte: r.perLogByte, firstQueryBytes: r.worst.bytes, firstQueryColdMs: r.worst.coldMs, lines };
  } catch (err) {
    // The search benchmark is another module's; its failure is reported, not ours to stop on.
    say(`  search: bench/search-bench.js failed: ${err.message}`);
    return null;
  }
}

if (values.json) {
  const flat = runs.map((r) => ({
    meetings: r.meetings,
    lines: r.lines,
    parseLinesPerSec: r.parse.linesPerSec,
    parseLinesPerCpuSec: r.parse.linesPerCpuSec,
    fullBuildSec: round(r.build.fullBuildSec),
    incrementalSec: r.build.incremental ? round(r.build.incremental.seconds) : null,
    incrementalMeetingsRendered: r.build.incremental?.changed ?? null,
    incrementalRunsSec: r.build.incremental ? r.build.incremental.runsSec.map(round) : null,
    peakRssMB: Math.round(r.build.peakRssMB),
    siteBytesPerLogByte: round(r.build.site.total / r.logBytes),
    searchIndexBytes: r.build.searchIndexBytes,
    baselineSec: r.baseline ? round(r.baseline.seconds) : null,
    irclog2htmlSec: r.irclog2html ? round(r.irclog2html.seconds) : null,
    fullBuildCpuSec: round(r.build.fullBuildCpuSec),
    baselineCpuSec: r.baseline ? round(r.baseline.cpuSeconds) : null,
    logBytes: r.logBytes,
    siteBytes: r.build.site.total,
    phases: r.build.phases,
    loadAverage: round(r.loadAverage),
  }));
  console.log(JSON.stringify({ ...flat[flat.length - 1], realLogsParseLinesPerSec: realParse?.linesPerSec ?? null, machine, targets: TARGETS, runs: flat }));
}

function round(x) {
  return x === null || x === undefined ? null : Number(x.toFixed(2));
}
