// Search, end to end: every document of a generated archive (an item, a
// line) is found by its own words, through the index files as the build
// writes them and the browser's engine (run in Node as the benchmark runs
// it), whatever the text holds: the indexer's and the browser's tokenizers,
// the shards and the segments agree.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { searchIndexFiles } from '../../src/search/index-files.js';
import { meetingDocs } from '../../src/search/docs.js';
import { siteModel } from '../../src/site/model.js';
import { uniqueIds } from '../../src/site/summary.js';
import { params } from '../support/fuzz-config.js';
import { datedLogName, nick, talkLine } from '../support/fuzz-logs.js';
import { log, parse } from '../support/inline-log.js';
import { memoryEngine } from '../../bench/search-client.js';

const oneLine = talkLine(300);
const said = fc.tuple(nick, fc.oneof(oneLine, fc.tuple(fc.constantFrom('#topic ', '#info ', '#action ', '#agreed '), oneLine).map(([c, t]) => c + t)));
const held = fc.record({
  name: datedLogName,
  said: fc.array(said, { minLength: 1, maxLength: 6 }),
});

test('every item and line is found by its own words', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(held, { minLength: 1, maxLength: 4 }), fc.nat(), async (logs, pick) => {
      const meetings = uniqueIds(logs.flatMap((l) => parse(log(['alice', '#startmeeting'], ...l.said, ['alice', '#endmeeting']), l.name).meetings));
      const docs = meetings.flatMap((m) => meetingDocs(m).map((d) => ({ id: m.id, line: d.line, words: [...new Set(d.words)] })));
      if (docs.length === 0) return;
      const doc = docs[pick % docs.length];
      const { engine } = memoryEngine(searchIndexFiles(meetings, siteModel(meetings, [], { logs: 'none', brief: true })));
      const result = await engine.search({ q: `${doc.words.join(' ')} ` });
      const found: string[] = [];
      for (const g of result.groups) {
        const d = await engine.meeting(g.meeting);
        for (const h of result.hitsOf(g)) found.push(`${d.id} ${d.docs[h.local][0]}`);
      }
      assert.ok(found.includes(`${doc.id} ${doc.line}`), `"${doc.words.join(' ')}" should find ${doc.id} line ${doc.line}; found ${found.slice(0, 5).join(', ')}`);
      assert.not.ok(result.any, 'every word of it is in that document');
    }),
    params(0.2),
  );
});

test.run();
