// minutebook's own figures on an archive written by bench/synthetic.js: a
// full build (no cache), the site's bytes by kind of file, and a one-log
// incremental rebuild (build with the cache, add the next meeting of one
// series, build again; three times, each a new log: the median). Each build
// is `node bin/minutebook.js build` in a child process, so its wall time,
// CPU time and peak RSS are its own; its per-phase timings are read from the
// plain lines it prints on stderr.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runNode } from './measure.js';

const BIN = path.resolve(import.meta.dirname, '../bin/minutebook.js');

/** "parse    1000 logs (…) in 1.25 s" → { parse: 1.25, … } */
export function phasesOf(stderr) {
  const phases = {};
  for (const m of stderr.matchAll(/^(\w+)\s.*\bin (\d+(?:\.\d+)?) s$/gm)) phases[m[1]] = Number(m[2]);
  return phases;
}

/** Where a site's bytes go, by kind of file (site-relative paths). */
const KINDS = [
  ['log pages', /\.log\.html$/],
  ['raw logs', /\.log\.txt$/],
  ['minutes pages', /^[^/]+\/\d{4}\/[^/]+\.html$/],
  ['data files', /^data\//],
  ['text minutes', /\.txt$/],
  ['markdown minutes', /\.md$/],
  ['search index', /^search\//],
  ['people pages', /^people\//],
  ['other', /./],
];

export function siteBreakdown(dir) {
  const bytes = Object.fromEntries(KINDS.map(([k]) => [k, 0]));
  let files = 0;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath ?? e.path, e.name);
    const rel = path.relative(dir, full).split(path.sep).join('/');
    bytes[KINDS.find(([, re]) => re.test(rel))[0]] += fs.statSync(full).size;
    files++;
  }
  return { files, total: Object.values(bytes).reduce((a, b) => a + b, 0), bytes };
}

/** `work`: a scratch folder of this run (the cache and sites go there). */
export async function buildBench(archive, work, { incremental = true } = {}) {
  const site = path.join(work, 'site');
  fs.rmSync(site, { recursive: true, force: true });
  const full = await runNode(BIN, ['build', '--logs', archive.dir, '--out', site, '--no-cache'], { cwd: work });
  const result = {
    fullBuildSec: full.seconds,
    fullBuildCpuSec: full.cpuSeconds,
    peakRssMB: full.peakRssMB,
    phases: phasesOf(full.stderr),
    site: siteBreakdown(site),
  };
  result.searchIndexBytes = result.site.bytes['search index'];
  fs.rmSync(site, { recursive: true, force: true });
  if (!incremental) return result;

  // The cache lives in work/.cache/minutebook (relative to the working directory).
  const live = path.join(work, 'site-incremental');
  fs.rmSync(path.join(work, '.cache'), { recursive: true, force: true });
  const args = ['build', '--logs', archive.dir, '--out', live];
  const first = await runNode(BIN, args, { cwd: work });
  /** One-log rebuilds timed, each after a new log: on this kind of machine one rebuild's time varies by a third. */
  const REBUILDS = 3;
  const added = [];
  try {
    const runs = [];
    for (let k = 0; k < REBUILDS; k++) {
      added.push(archive.next());
      // The build before's writes (a gigabyte and a half at 10,000 meetings, the first time) on disk before the one
      // timed: a push that brings one log comes long after the last build, not while the kernel still writes it
      // back (about 1.5 s more, measured). Where there is no `sync` (Windows), nothing.
      spawnSync('sync', { stdio: 'ignore' });
      runs.push(await runNode(BIN, args, { cwd: work }));
    }
    const order = runs.map((r, k) => k).sort((a, b) => runs[a].seconds - runs[b].seconds);
    const median = order[Math.floor(REBUILDS / 2)];
    const again = runs[median];
    result.incremental = {
      added: added[median].rel,
      cachedBuildSec: first.seconds,
      seconds: again.seconds,
      runsSec: runs.map((r) => r.seconds),
      cpuSeconds: again.cpuSeconds,
      peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)),
      phases: phasesOf(again.stderr),
      summary: again.stderr.match(/^built .*$/m)?.[0] ?? '',
      // "model    1 of 10001 meetings changed": anything else means every page was rendered again
      // (the templates or the code changed between the builds, e.g. someone ran tsc). The most of the runs.
      changed: Math.max(...runs.map((r) => Number(r.stderr.match(/^model\s+(\d+) of \d+ meetings changed/m)?.[1] ?? NaN))),
    };
  } finally {
    // Leave the archive as it was, for whatever is measured next on it.
    for (const a of added.reverse()) {
      fs.rmSync(path.join(archive.dir, a.rel), { force: true });
      archive.files.pop();
      archive.bytes -= a.bytes;
      archive.lines -= a.lines;
    }
    fs.rmSync(live, { recursive: true, force: true });
    fs.rmSync(path.join(work, '.cache'), { recursive: true, force: true });
  }
  return result;
}
