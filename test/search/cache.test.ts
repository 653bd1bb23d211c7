// The search index's cache (src/search/cache.ts): what it stores comes back
// as it was; a build with it gives the bytes of a build without; an
// unchanged part is not built again; a broken entry is a miss.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { searchCache, type SearchCache } from '../../src/search/cache.js';
import { searchFile, searchIndexFiles, searchIndexFilesPausing, type SearchFile } from '../../src/search/index-files.js';
import { MinutebookError } from '../../src/errors.js';
import { siteModel } from '../../src/site/model.js';
import { nicksOf } from '../../src/search/keys.js';
import type { Meeting } from '../../src/types.js';
import { log, meeting } from '../support/inline-log.js';

const held = (stamp: string, said: [string, string][], series = 'team'): Meeting =>
  meeting(log(['alice', '#startmeeting'], ...said, ['alice', '#endmeeting']), `${series}.${stamp}.log.txt`);
const archive = [
  held('2019-05-02-10.00', [['alice', '#topic etcd'], ['bob', 'etcd is down']]),
  held('2020-01-02-10.00', [['alice', '#topic release'], ['carol', 'release notes drafted']]),
  held('2020-02-06-10.00', [['dave', '#topic Infra backups'], ['erin', 'backups of etcd']], 'infra'),
];
const fresh = () => fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-search-cache-test-'));

/** A cache in memory that counts what it is asked. */
function counting() {
  const entries = new Map<string, SearchFile[]>();
  const seen = { hits: 0, misses: 0, sets: 0 };
  const cache: SearchCache = {
    get(key) {
      const files = entries.get(key);
      if (files) seen.hits++;
      else seen.misses++;
      return files;
    },
    set(key, files) {
      seen.sets++;
      entries.set(key, files);
    },
  };
  return { cache, seen, reset: () => Object.assign(seen, { hits: 0, misses: 0, sets: 0 }) };
}

test('an entry comes back as it was stored: any text, any number of files', () => {
  const dir = fresh();
  try {
    const cache = searchCache(dir);
    const files = [
      searchFile('search/a.js', 'minutebookSearch("a","x");\n'),
      searchFile('#summary', '{"bounds":["café","会議","\\n"]}\u2028 \ud83d\ude00'),
      searchFile('search/empty.js', ''),
    ];
    cache.set('k1', files);
    assert.equal(cache.get('k1'), files);
    cache.set('k2', []);
    assert.equal(cache.get('k2'), []);
    assert.is(cache.get('nothing'), undefined);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("an entry's contents are read when first used; its digests come with its first line", () => {
  const dir = fresh();
  try {
    const cache = searchCache(dir);
    const stored = [searchFile('search/a.js', 'first'), searchFile('search/b.js', 'second, ünïcode')];
    cache.set('lazy', stored);
    const got = cache.get('lazy')!;
    assert.equal(got.map((f) => [f.path, f.digest]), stored.map((f) => [f.path, f.digest]));
    assert.is(got[1].content, 'second, ünïcode');
    fs.rmSync(path.join(dir, 'la', 'lazy'));
    assert.is(got[1].content, 'second, ünïcode', 'kept once read');
    assert.is(got[0].digest, stored[0].digest);
    assert.throws(() => got[0].content, (err: unknown) => err instanceof MinutebookError && /went away or changed during the build/.test((err as Error).message));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged entry, or a cache that cannot be read or written, is a miss and never an error', () => {
  const dir = fresh();
  try {
    const cache = searchCache(dir);
    cache.set('abc', [searchFile('x', 'hello')]);
    const file = path.join(dir, 'ab', 'abc');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, -2));
    assert.is(cache.get('abc'), undefined, 'cut short');
    fs.writeFileSync(file, 'not json\nhello');
    assert.is(cache.get('abc'), undefined, 'no header');
    const blocked = path.join(dir, 'file');
    fs.writeFileSync(blocked, '');
    const unusable = searchCache(path.join(blocked, 'below'));
    unusable.set('abc', [searchFile('x', 'y')]);
    assert.is(unusable.get('abc'), undefined);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('with a cache, the same bytes as without; the second build builds nothing', () => {
  const clean = searchIndexFiles(archive, siteModel(archive));
  const { cache, seen, reset } = counting();
  assert.equal(searchIndexFiles(archive, siteModel(archive), { cache }), clean);
  assert.is(seen.hits, 0);
  assert.ok(seen.sets > 0);
  reset();
  assert.equal(searchIndexFiles(archive, siteModel(archive), { cache }), clean);
  assert.is(seen.sets, 0, 'every part from the cache');
});

test('paused: the same files, a turn of the event loop between meetings, each meeting ticked once (cached or read)', async () => {
  const clean = searchIndexFiles(archive, siteModel(archive));
  const { cache } = counting();
  for (const round of ['built', 'from the cache']) {
    let ticks = 0;
    let turns = 0;
    let pending = false;
    const pause = () => {
      if (pending) return null;
      pending = true;
      // Counted only if the event loop really ran between two steps.
      return new Promise<void>((resolve) => setImmediate(() => (turns++, (pending = false), resolve())));
    };
    const files = await searchIndexFilesPausing(archive, siteModel(archive), { cache, tick: (n) => (ticks += n) }, pause);
    assert.equal(files, clean, round);
    assert.is(ticks, archive.length, `${round}: every meeting ticked once`);
    assert.ok(turns >= (round === 'built' ? archive.length : 1), `${round}: ${turns} turns of the event loop`);
  }
});

test('a new meeting builds only its segment and its month again, and gives the bytes of a clean build', () => {
  const { cache, seen, reset } = counting();
  searchIndexFiles(archive.slice(0, 2), siteModel(archive.slice(0, 2)), { cache });
  reset();
  const after = searchIndexFiles(archive, siteModel(archive), { cache });
  assert.equal(after, searchIndexFiles(archive, siteModel(archive)));
  assert.equal(seen, { hits: 4, misses: 2, sets: 2 }, '2019 and 2020-01 (segment and month each) from the cache; 2020-02 built');
});

test('who a nick is, the meeting\'s title, or the code changing: the parts that show it are built again', () => {
  const { cache, seen, reset } = counting();
  searchIndexFiles(archive, siteModel(archive), { cache });
  reset();
  // Carol becomes an alias of alice: the person postings of 2020-01 change, its document file does not.
  const aliased = siteModel(archive, [], { aliases: { alice: ['carol'] } });
  const files = searchIndexFiles(archive, aliased, { cache });
  assert.equal(files, searchIndexFiles(archive, aliased));
  assert.equal(seen, { hits: 5, misses: 1, sets: 1 });
  reset();
  const renamed = siteModel(archive, [], { seriesTitles: { infra: 'Infrastructure' } });
  assert.equal(searchIndexFiles(archive, renamed, { cache }), searchIndexFiles(archive, renamed));
});

test('an entry that is not what its key should hold is built again', () => {
  const clean = searchIndexFiles(archive, siteModel(archive));
  const junk: SearchCache = { get: () => [searchFile('#nicks', '[1')], set: () => {} };
  assert.equal(searchIndexFiles(archive, siteModel(archive), { cache: junk }), clean);
  const empty: SearchCache = { get: () => [], set: () => {} };
  assert.equal(searchIndexFiles(archive, siteModel(archive), { cache: empty }), clean);
});

test('with fingerprints, unchanged meetings need neither hashing nor their lines', () => {
  const { cache } = counting();
  const fingerprint = (m: Meeting) => `${m.source.file} ${JSON.stringify(m.items)} ${m.lines.length}`;
  const original = new Map(archive.map((m) => [m.id, m.lines]));
  // As build.ts has them: without their lines until asked for.
  const dropped = () => archive.map((m) => ({ ...m, lines: [] as Meeting['lines'] }));
  const loaded: string[] = [];
  const loadLines = (ms: Meeting[]) => {
    for (const m of ms) {
      loaded.push(m.id);
      m.lines = original.get(m.id)!;
    }
  };
  const fingerprints = new Map(archive.map((m) => [m.id, fingerprint(m)]));
  const options = { cache, fingerprint: (m: Meeting) => fingerprints.get(m.id)!, loadLines };
  const clean = searchIndexFiles(archive, siteModel(archive));
  const first = dropped().slice(0, 2);
  searchIndexFiles(first, siteModel(archive.slice(0, 2)), options);
  assert.equal(loaded.sort(), archive.slice(0, 2).map((m) => m.id).sort(), 'a first build reads every meeting');
  loaded.length = 0;
  assert.equal(searchIndexFiles(dropped().slice(0, 2), siteModel(archive.slice(0, 2)), options), searchIndexFiles(archive.slice(0, 2), siteModel(archive.slice(0, 2))));
  assert.equal(loaded, [], 'nothing changed: no lines read');
  assert.equal(searchIndexFiles(dropped(), siteModel(archive), options), clean);
  assert.equal(loaded, [archive[2].id], 'a new meeting: its lines only');
});

test("with dropLines and nicks, a meeting's lines are loaded once, a segment at a time, and let go", () => {
  const original = new Map(archive.map((m) => [m.id, m.lines]));
  const loaded: string[] = [];
  const held = new Set<string>();
  let most = 0;
  const options = {
    cache: counting().cache,
    fingerprint: (m: Meeting) => `${m.id} ${original.get(m.id)!.length} ${JSON.stringify(m.items)}`,
    loadLines: (ms: Meeting[]) => {
      for (const m of ms) {
        loaded.push(m.id);
        held.add(m.id);
        m.lines = original.get(m.id)!;
      }
      most = Math.max(most, held.size);
    },
    dropLines: (ms: Meeting[]) => {
      for (const m of ms) {
        held.delete(m.id);
        m.lines = [];
      }
    },
    nicks: (m: Meeting) => nicksOf({ ...m, lines: original.get(m.id)! }),
    lineCount: (m: Meeting) => original.get(m.id)!.length,
  };
  const dropped = archive.map((m) => ({ ...m, lines: [] as Meeting['lines'] }));
  assert.equal(searchIndexFiles(dropped, siteModel(archive), options), searchIndexFiles(archive, siteModel(archive)), 'the same files');
  assert.equal(loaded.sort(), archive.map((m) => m.id).sort(), 'each meeting once: its nicks came without its lines');
  assert.is(held.size, 0, 'every line let go');
  // 2019, then 2020 cut by month (the newest year): a meeting each.
  assert.is(most, 1, 'one segment at a time');
});

test('entries no build has used for a day are removed; used ones stay', () => {
  const dir = fresh();
  try {
    const cache = searchCache(dir);
    searchIndexFiles(archive, siteModel(archive), { cache });
    const entries = () => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes(path.sep));
    const used = entries();
    cache.set('0000old', [searchFile('x', 'y')]);
    cache.set('0000new', [searchFile('x', 'y')]);
    const old = path.join(dir, '00', '0000old');
    fs.utimesSync(old, new Date(Date.now() - 3 * 86_400_000), new Date(Date.now() - 3 * 86_400_000));
    searchIndexFiles(archive, siteModel(archive), { cache });
    assert.equal(entries().sort(), [...used, path.join('00', '0000new')].sort());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
