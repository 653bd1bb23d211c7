// minutebook's own figures on an archive written by bench/synthetic.js: a
// full build (no cache), the site's bytes by kind of file, and a one-log
// incremental rebuild (build with the cache, add the next meeting of one
// series, build again). Each build is `node bin/minutebook.js build` in a
// child process, so its wall time, CPU time and peak RSS are its own; its
// per-phase timings are read from the plain lines it prints on stderr.
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
  const added = archive.next();
  try {
    // The first build's writes (a gigabyte and a half at 10,000 meetings) on disk before the one timed: a push that
    // brings one log comes long after the last build, not while the kernel still writes it back (about 1.5 s more,
    // measured). Where there is no `sync` (Windows), nothing.
    spawnSync('sync', { stdio: 'ignore' });
    const again = await runNode(BIN, args, { cwd: work });
    result.incremental = {
      added: added.rel,
      cachedBuildSec: first.seconds,
      seconds: again.seconds,
      cpuSeconds: again.cpuSeconds,
      peakRssMB: again.peakRssMB,
      phases: phasesOf(again.stderr),
      summary: again.stderr.match(/^built .*$/m)?.[0] ?? '',
      // "model    1 of 10001 meetings changed": anything else means every page was rendered again
      // (the templates or the code changed between the two builds, e.g. someone ran tsc).
      changed: Number(again.stderr.match(/^model\s+(\d+) of \d+ meetings changed/m)?.[1] ?? NaN),
    };
  } finally {
    // Leave the archive as it was, for whatever is measured next on it.
    fs.rmSync(path.join(archive.dir, added.rel));
    archive.files.pop();
    archive.bytes -= added.bytes;
    archive.lines -= added.lines;
    fs.rmSync(live, { recursive: true, force: true });
    fs.rmSync(path.join(work, '.cache'), { recursive: true, force: true });
  }
  return result;
}
