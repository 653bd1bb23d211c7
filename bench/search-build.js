#!/usr/bin/env node
// The search index's build time, clean and incremental, on the synthetic
// archives of bench/search-archive.js: a clean build without a cache; a
// clean build that fills a cache (src/search/cache.ts); the same meetings
// again (every part from the cache); one new meeting (the newest, as a new
// log adds it); one old meeting changed; and checks that each incremental
// result is byte for byte the clean build of the same meetings; and one new
// meeting with meetings known by a fingerprint (options.fingerprint). Also the
// peak memory the search phase adds (max RSS after it less RSS before it).
// Usage: node --expose-gc bench/search-build.js [--sizes 1000,10000] [--json]
// Profile: node --cpu-prof --cpu-prof-dir=/tmp/prof bench/search-build.js --sizes 10000 --only clean
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { createHash } from 'node:crypto';
import { syntheticArchive } from './search-archive.js';

const seconds = (since) => Number(((performance.now() - since) / 1000).toFixed(2));
const maxRssMB = () => process.resourceUsage().maxRSS / 1024;
const rssMB = () => process.memoryUsage().rss / 2 ** 20;
/** Seconds of garbage collection from now until the returned function is called. */
function gcSeconds() {
  let ms = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) ms += e.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const e of observer.takeRecords()) ms += e.duration;
    observer.disconnect();
    return Number((ms / 1000).toFixed(2));
  };
}

export async function searchBuildBench({ sizes = [1000, 10000], only = null, log = console.log } = {}) {
  const { siteModel } = await import('../dist/site/model.js');
  const { searchIndexFiles } = await import('../dist/search/index-files.js');
  const { searchCache } = await import('../dist/search/cache.js');
  const runs = [];
  for (const size of sizes) {
    // size + 1 meetings: the last (the newest) is the one a new log adds.
    const all = syntheticArchive({ meetings: size + 1 }).meetings;
    const before = all.slice(0, size);
    let model = siteModel(before);
    const run = { meetings: size, lines: before.reduce((n, m) => n + m.lines.length, 0) };
    // Each build's files are kept as hashes only: a build holds one index in memory, as build.ts does.
    const timed = (meetings, options = {}) => {
      globalThis.gc?.();
      const timings = {};
      const t = performance.now();
      const files = searchIndexFiles(meetings, model, { ...options, timings });
      const result = { seconds: seconds(t), stages: rounded(timings), ...summary(files) };
      return result;
    };

    const rss = rssMB();
    const gc = gcSeconds();
    const clean = timed(before);
    Object.assign(run, { cleanSec: clean.seconds, cleanGcSec: await gc(), peakRssMB: Math.round(maxRssMB() - rss), files: clean.files, indexBytes: clean.bytes, cleanStages: clean.stages });
    log(`search build, ${size.toLocaleString('en')} meetings (${run.lines.toLocaleString('en')} lines): clean ${run.cleanSec} s (${run.cleanGcSec} s of it collecting garbage), ${run.files.toLocaleString('en')} files, ${(run.indexBytes / 2 ** 20).toFixed(1)} MB, search phase peak +${run.peakRssMB} MB RSS`);
    log(`  clean, by stage (s): ${stages(run.cleanStages)}`);
    if (only === 'clean') {
      runs.push(run);
      continue;
    }

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-search-cache-'));
    try {
      const cache = searchCache(dir);
      const filled = timed(before, { cache });
      same(filled, clean, 'a build that fills the cache');
      const again = timed(before, { cache });
      same(again, clean, 'a build with every part cached');
      Object.assign(run, { cleanFillingCacheSec: filled.seconds, unchangedSec: again.seconds });

      model = siteModel(all);
      const added = timed(all, { cache });
      same(added, timed(all), 'one new meeting, incremental');
      Object.assign(run, { oneNewMeetingSec: added.seconds, oneNewMeetingStages: added.stages, filesChangedByNewMeeting: changed(clean, added) });

      // An old meeting (the first) gets one more line.
      const edited = all.map((m, k) => (k === 0 ? { ...m, lines: [...m.lines, { ...m.lines[1], line: m.lines.length + 1, text: 'a late correction about quarzite' }] } : m));
      model = siteModel(edited);
      const old = timed(edited, { cache });
      same(old, timed(edited), 'an old meeting changed, incremental');
      Object.assign(run, { oldMeetingChangedSec: old.seconds, filesChangedByOldMeeting: changed(added, old) });

      // As build.ts could run it: meetings known by a fingerprint (here: id and line count, standing for the log's
      // parse key), lines asked for only where a part is built again.
      const fresh = searchCache(fs.mkdtempSync(path.join(dir, 'fingerprint-')));
      const asked = [];
      const byFingerprint = { cache: fresh, fingerprint: (m) => `${m.id} ${m.lines.length}`, loadLines: (ms) => asked.push(...ms) };
      model = siteModel(before);
      timed(before, byFingerprint);
      asked.length = 0;
      model = siteModel(all);
      const quick = timed(all, byFingerprint);
      same(quick, added, 'one new meeting, by fingerprint');
      Object.assign(run, { oneNewMeetingByFingerprintSec: quick.seconds, oneNewMeetingByFingerprintStages: quick.stages, linesLoadedByFingerprint: asked.length });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    log(
      `  with a cache: clean ${run.cleanFillingCacheSec} s, nothing changed ${run.unchangedSec} s, one new meeting ${run.oneNewMeetingSec} s (${run.filesChangedByNewMeeting} files differ), an old meeting changed ${run.oldMeetingChangedSec} s (${run.filesChangedByOldMeeting} files differ); each the same bytes as a clean build`,
    );
    log(`  one new meeting, by stage (s): ${stages(run.oneNewMeetingStages)}`);
    log(`  one new meeting, meetings known by fingerprint: ${run.oneNewMeetingByFingerprintSec} s, the lines of ${run.linesLoadedByFingerprint} meetings asked for; by stage (s): ${stages(run.oneNewMeetingByFingerprintStages)}`);
    runs.push(run);
  }
  return { runs };
}

const rounded = (t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Number(v.toFixed(2))]));
const stages = (t) => Object.entries(t).map(([k, v]) => `${k} ${v}`).join(', ');

/** A build's files as hashes: one of the whole, one per path. */
function summary(files) {
  const whole = createHash('sha256');
  const byPath = new Map();
  let bytes = 0;
  for (const f of files) {
    whole.update(`${f.path}\0${f.content}\0`);
    byPath.set(f.path, createHash('sha1').update(f.content).digest('hex'));
    bytes += f.content.length;
  }
  return { digest: whole.digest('hex'), byPath, files: files.length, bytes };
}

function same(a, b, what) {
  if (a.digest !== b.digest) throw new Error(`${what}: not the same files as a clean build`);
}

/** Files added, removed or changed from a to b. */
function changed(a, b) {
  let n = 0;
  for (const [p, h] of b.byPath) if (a.byPath.get(p) !== h) n++;
  for (const p of a.byPath.keys()) if (!b.byPath.has(p)) n++;
  return n;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, only: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const result = await searchBuildBench({ sizes: values.sizes.split(',').map(Number), only: values.only ?? null });
  if (values.json) console.log(JSON.stringify(result));
}
