// Plain messages and /me lines written in each registered format are read back with
// the nick and text as written: by the format itself, and through the whole pipeline
// (where another format may win detection if it reads the lines the same: irssi with
// seconds is MeetBot's shape).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { FORMATS } from '../../src/lines/registry.js';
import { parseLog } from '../../src/pipeline.js';
import { params } from '../support/fuzz-config.js';
import { readBackLog } from '../support/fuzz-logs.js';

for (const { name } of FORMATS) {
  test(`${name}: plain lines are read back as written`, () => {
    fc.assert(
      fc.property(readBackLog(name), (g) => {
        const format = FORMATS.find((f) => f.name === name)!;
        const direct = g.raw.map((line) => {
          const p = format.parse(line);
          return p && { kind: p.kind, nick: p.nick, text: p.text };
        });
        assert.equal(direct, g.lines, 'each line, read by its own format');
        const result = parseLog(g.bytes, 'read-back.log');
        assert.ok(result.format, 'detected');
        const got = result.meetings.flatMap((m) => m.lines).map((l) => ({ kind: l.kind, nick: l.nick, text: l.text }));
        assert.equal(got, g.lines);
      }),
      params(0.5),
    );
  });
}

test.run();
