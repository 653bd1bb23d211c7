// A parse result as the parse cache keeps it (src/cache.ts entryJson: JSON,
// the meetings without their lines), read back, is the parse result: the
// build reads every log's meetings so (a fresh parse too, keepLines false),
// `check` and the tests from the parse itself. For generated logs of every
// format: front matter, odd encodings, lone surrogates, control characters.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { FORMATS } from '../../src/lines/registry.js';
import { parseLog, spanOf } from '../../src/pipeline.js';
import { entryJson, type CacheEntry } from '../../src/cache.js';
import { nicksOf } from '../../src/search/keys.js';
import { params } from '../support/fuzz-config.js';
import { generatedLog } from '../support/fuzz-logs.js';

for (const { name } of FORMATS) {
  test(`${name}: a cache entry read back is the parse result, but for the lines`, () => {
    fc.assert(
      fc.property(generatedLog(name), (g) => {
        const result = parseLog(g.bytes, 'x.log', { relPath: g.relPath, timezone: g.timezone });
        const entry: CacheEntry = { result, lineCounts: result.meetings.map((m) => m.lines.length), spans: result.meetings.map(spanOf), nicks: result.meetings.map(nicksOf) };
        const back = JSON.parse(entryJson(entry)) as CacheEntry;
        assert.equal(back.result, { ...result, meetings: result.meetings.map((m) => ({ ...m, lines: [] })) });
        assert.equal([back.lineCounts, back.spans, back.nicks], [entry.lineCounts, entry.spans, entry.nicks]);
      }),
      params(0.2),
    );
  });
}

test.run();
