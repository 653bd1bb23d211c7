// The search index built with its cache (src/search/cache.ts), through any
// run of edits to an archive (a meeting added, removed, or said differently,
// a nick that becomes someone else's by the settings' aliases), gives the bytes of the index built
// from nothing: no part of it is taken from the cache that the edit changed.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { searchIndexFiles, type SearchCache, type SearchFile } from '../../src/search/index-files.js';
import { siteModel } from '../../src/site/model.js';
import { uniqueIds } from '../../src/site/summary.js';
import type { Meeting } from '../../src/types.js';
import { params } from '../support/fuzz-config.js';
import { nick, talkLine } from '../support/fuzz-logs.js';
import { log, parse } from '../support/inline-log.js';

interface Held {
  series: string;
  stamp: string;
  said: [string, string][];
}

/** Nicks that are one person's by case or by IRC's variant endings, beside the generated ones. */
const someone = fc.oneof(fc.constantFrom('alice', 'Alice', 'alice_', 'bob', 'bob|away', 'BOB', 'carol`', 'carol'), nick);
const oneLine = talkLine(200);
const held: fc.Arbitrary<Held> = fc.record({
  series: fc.constantFrom('team', 'infra'),
  stamp: fc.tuple(fc.constantFrom(2019, 2020), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-0${m}-${String(d).padStart(2, '0')}-10.00`),
  said: fc.array(fc.tuple(someone, oneLine), { minLength: 1, maxLength: 5 }),
});

type Edit =
  | { kind: 'add'; log: Held }
  | { kind: 'remove'; at: number }
  | { kind: 'say'; at: number; line: [string, string] }
  | { kind: 'alias'; aliases: Record<string, string[]> };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.dictionary(fc.constantFrom('alice', 'bob'), fc.array(someone, { maxLength: 2 }), { maxKeys: 2 }).map((aliases) => ({ kind: 'alias' as const, aliases })),
  held.map((l) => ({ kind: 'add' as const, log: l })),
  fc.nat().map((at) => ({ kind: 'remove' as const, at })),
  fc.tuple(fc.nat(), someone, oneLine).map(([at, n, t]) => ({ kind: 'say' as const, at, line: [n, t] as [string, string] })),
);

function meetingsOf(logs: Held[]): Meeting[] {
  return uniqueIds(logs.flatMap((l) => parse(log(['alice', '#startmeeting'], ...l.said, ['alice', '#endmeeting']), `${l.series}.${l.stamp}.log.txt`).meetings));
}

function memoryCache(): SearchCache {
  const entries = new Map<string, SearchFile[]>();
  return { get: (key) => entries.get(key), set: (key, files) => void entries.set(key, files) };
}

test('with its cache, through any edits, the index is the one built from nothing', () => {
  fc.assert(
    fc.property(fc.array(held, { minLength: 1, maxLength: 5 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (start, edits) => {
      const cache = memoryCache();
      let logs = start;
      let aliases: Record<string, string[]> = {};
      const check = (what: string) => {
        const meetings = meetingsOf(logs);
        const model = siteModel(meetings, [], { aliases, logs: 'none', brief: true });
        assert.equal(searchIndexFiles(meetings, model, { cache }), searchIndexFiles(meetings, siteModel(meetings, [], { aliases })), what);
      };
      check('first build');
      for (const e of edits) {
        if (e.kind === 'alias') aliases = e.aliases;
        else if (e.kind === 'add') logs = [...logs, e.log];
        else if (logs.length === 0) continue;
        else if (e.kind === 'remove') logs = logs.filter((_, k) => k !== e.at % logs.length);
        else logs = logs.map((l, k) => (k === e.at % logs.length ? { ...l, said: [...l.said, e.line] } : l));
        check(`after ${e.kind}`);
      }
    }),
    params(0.1),
  );
});

test.run();
