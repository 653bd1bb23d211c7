#!/usr/bin/env node
// npm run bench:search — the search index on synthetic archives of 1,000 and
// 10,000 meetings (bench/search-archive.js): index bytes (and per byte of
// log), bytes the first query loads (engine scripts, manifest, dictionary
// shards, postings, and the documents of the first page of results), and
// query time, cold (parsing and inflating what it loads, as the browser
// does once the files have arrived) and warm. Budget (the search issue):
// ≤ 1.5 MB and ≤ 150 ms for the first query at 10,000 meetings.
// Usage: node --expose-gc bench/search-bench.js [--sizes 1000,10000] [--compare 1000] [--json]
// bench/run.js may call searchBench() itself.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { syntheticArchive } from './search-archive.js';
import { engineBytes, memoryEngine, engineRealm } from './search-client.js';
import { compareLibraries } from './search-libraries.js';

const PAGE = 10;
const BUDGET = { firstQueryBytes: 1_500_000, firstQueryMs: 150 };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** What a person types: words of several frequencies, two words, a prefix being typed, and filters. */
function queriesFor(archive) {
  const v = archive.vocabulary;
  return [
    { name: 'common word', q: `${v[0]} ` },
    { name: 'mid word', q: `${v[300]} ` },
    { name: 'rare word', q: `${v[20000]} ` },
    { name: 'two words', q: `${v[2]} ${v[150]} ` },
    { name: 'prefix as typed', q: v[40].slice(0, 3) },
    { name: 'filtered', q: `${v[8]} `, series: archive.meetings[0].series, kind: 'line', from: '2012-03-01' },
  ];
}

/** One first query on a fresh engine: what it loads, and the time to results (parsing and inflating included). */
async function coldRun(files, query, realm) {
  globalThis.gc?.();
  const { engine, loaded } = memoryEngine(files, realm);
  const t = performance.now();
  const result = await engine.search(query);
  const shown = result.groups.slice(0, PAGE);
  await Promise.all(shown.map((g) => engine.meeting(g.meeting)));
  for (const g of shown) result.hitsOf(g);
  return { ms: performance.now() - t, engine, loaded, result };
}

async function firstQuery(files, query, realm) {
  // Median of three fresh engines: one stray garbage collection is not the query's time.
  const runs = [];
  for (let k = 0; k < 3; k++) runs.push(await coldRun(files, query, realm));
  const { engine, loaded, result } = runs[0];
  const warm = [];
  for (let k = 0; k < 5; k++) {
    const w = performance.now();
    const again = await engine.search(query);
    for (const g of again.groups.slice(0, PAGE)) again.hitsOf(g);
    warm.push(performance.now() - w);
  }
  const indexBytes = loaded.reduce((n, f) => n + f.bytes, 0);
  return {
    name: query.name,
    q: query.q,
    hits: result.total,
    meetings: result.groups.length,
    files: loaded.length,
    bytes: indexBytes + engineBytes(),
    coldMs: Number(median(runs.map((r) => r.ms)).toFixed(1)),
    warmMs: Number(median(warm).toFixed(1)),
  };
}

export async function searchBench({ sizes = [1000, 10000], compareAt = [1000], log = console.log } = {}) {
  const { siteModel } = await import('../dist/site/model.js');
  const { searchIndexFiles } = await import('../dist/search/index-files.js');
  const { meetingDocs } = await import('../dist/search/docs.js');
  const { fold } = await import('../dist/search/tokenize.js');
  const realm = engineRealm();
  const runs = [];
  for (const size of sizes) {
    let archive = syntheticArchive({ meetings: size });
    const lines = archive.meetings.reduce((n, m) => n + m.lines.length, 0);
    const { logBytes } = archive;
    let model = siteModel(archive.meetings);
    const t = performance.now();
    const files = searchIndexFiles(archive.meetings, model);
    const buildSeconds = (performance.now() - t) / 1000;
    const queries = queriesFor(archive);
    const libraryDocs = [];
    if (compareAt.includes(size)) for (const m of archive.meetings) for (const d of meetingDocs(m)) libraryDocs.push({ id: libraryDocs.length, text: d.text });
    // Queries run with the archive and model gone, as in a browser that holds only the index.
    archive = model = null;
    const bytesOf = (re) => files.filter((f) => re.test(f.path)).reduce((n, f) => n + Buffer.byteLength(f.content), 0);
    const parts = { manifest: bytesOf(/manifest\.js$/), dictionary: bytesOf(/\/t\//), postings: bytesOf(/\/p\//), documents: bytesOf(/\/d\//) };
    const total = Object.values(parts).reduce((a, b) => a + b, 0);
    const run = { meetings: size, lines, logBytes: logBytes, files: files.length, buildSeconds: Number(buildSeconds.toFixed(1)), indexBytes: total, perLogByte: Number((total / logBytes).toFixed(3)), parts, queries: [] };
    log(`search ${size} meetings, ${lines.toLocaleString('en')} lines, ${mb(logBytes)} of log: index ${mb(total)} in ${files.length} files (${run.perLogByte} byte per log byte; dictionary ${mb(parts.dictionary)}, postings ${mb(parts.postings)}, documents ${mb(parts.documents)}, manifest ${kb(parts.manifest)}), built in ${run.buildSeconds} s`);
    for (const query of queries) {
      const r = await firstQuery(files, query, realm);
      run.queries.push(r);
      log(`  ${r.name.padEnd(16)} ${String(r.hits).padStart(7)} hits in ${String(r.meetings).padStart(5)} meetings; first query loads ${kb(r.bytes).padStart(8)} in ${String(r.files).padStart(2)} files; ${r.coldMs} ms cold, ${r.warmMs} ms warm`);
    }
    run.worst = { bytes: Math.max(...run.queries.map((q) => q.bytes)), coldMs: Math.max(...run.queries.map((q) => q.coldMs)) };
    if (size >= 10000) {
      const ok = run.worst.bytes <= BUDGET.firstQueryBytes && run.worst.coldMs <= BUDGET.firstQueryMs;
      log(`  budget at 10,000 meetings (≤ ${kb(BUDGET.firstQueryBytes)}, ≤ ${BUDGET.firstQueryMs} ms): worst ${kb(run.worst.bytes)}, ${run.worst.coldMs} ms: ${ok ? 'met' : 'MISSED'}`);
    }
    if (compareAt.includes(size)) {
      run.libraries = compareLibraries(libraryDocs, queries.slice(0, 4).map((q) => q.q.trim()), { fold });
      for (const lib of run.libraries) {
        log(`  ${lib.library.padEnd(16)} hits ${lib.query.map((q) => q.hits).join(', ')}; index ${mb(lib.bytes)} (${(lib.bytes / logBytes).toFixed(3)} per log byte), all loaded by the first query; built in ${(lib.buildMs / 1000).toFixed(1)} s, loaded in ${lib.loadMs.toFixed(0)} ms; query ${lib.query.map((q) => `${q.ms.toFixed(1)} ms`).join(', ')}`);
      }
    }
    runs.push(run);
  }
  return { budget: BUDGET, runs };
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, compare: { type: 'string', default: '1000' }, json: { type: 'boolean', default: false } } });
  const list = (s) => s.split(',').filter(Boolean).map(Number);
  const result = await searchBench({ sizes: list(values.sizes), compareAt: list(values.compare) });
  if (values.json) console.log(JSON.stringify(result));
}
