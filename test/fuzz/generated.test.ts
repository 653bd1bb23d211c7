// Generated logs in every registered line format, with MeetBot commands, hostile
// names, front matter, odd encodings and clocks that jump about: parsing never
// throws and every invariant of test/support/invariants.ts holds.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { FORMATS } from '../../src/lines/registry.js';
import { params } from '../support/fuzz-config.js';
import { assertSound } from '../support/fuzz-check.js';
import { generatedLog, unrendered } from '../support/fuzz-logs.js';

test('every registered line format has a renderer in the fuzz logs', () => {
  assert.equal(unrendered, []);
});

for (const { name } of FORMATS) {
  test(`generated ${name} logs: no throw, every line once, sound meetings, same result twice`, () => {
    fc.assert(
      fc.property(generatedLog(name), (g) => {
        assertSound(g.bytes, g.relPath, { relPath: g.relPath, timezone: g.timezone });
      }),
      params(0.5),
    );
  });
}

test.run();
