// A meeting's lines read again from its log by its span (src/pipeline.ts
// meetingLines: what the line store, the page workers and the search index
// use, since the parse cache keeps no lines) are the lines the parse gave
// it, for generated logs of every format: front matter, odd encodings,
// several meetings, unterminated ones.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { FORMATS } from '../../src/lines/registry.js';
import { meetingLines, parseLog, spanOf } from '../../src/pipeline.js';
import { params } from '../support/fuzz-config.js';
import { generatedLog } from '../support/fuzz-logs.js';

for (const { name } of FORMATS) {
  test(`${name}: lines read again by span are the parse's`, () => {
    fc.assert(
      fc.property(generatedLog(name), (g) => {
        const options = { relPath: g.relPath, timezone: g.timezone };
        const parsed = parseLog(g.bytes, 'x.log', options);
        const again = meetingLines(g.bytes, 'x.log', options, parsed.meetings.map(spanOf));
        assert.equal(again, parsed.meetings.map((m) => m.lines));
      }),
      params(0.2),
    );
  });
}

test.run();
