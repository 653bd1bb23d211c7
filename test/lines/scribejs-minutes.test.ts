// scribejs's Markdown minutes (test/fixtures/scribejs/, from w3c/scribejs's
// tests; see SOURCES.tsv there) are minutes, not a log: skipped with a
// warning, where they made meetings of Markdown and people of list markers.
// A Markdown log (monero's, test/fixtures/logs/monero-md/) is still a log.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { parseLog } from '../../src/pipeline.js';
import { isScribejsMinutes } from '../../src/lines/scribejs-minutes.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');

test("scribejs's minutes, with front matter or without: no meeting, one warning", () => {
  for (const name of ['2023-11-01-vcwg.md', 'did-issue-title-expected.md', 'poe-test.md']) {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'scribejs', name));
    const result = parseLog(bytes, name, { relPath: name });
    assert.equal([result.format, result.meetings.length], [null, 0], name);
    assert.equal(
      result.diagnostics.map((d) => [d.level, d.message]),
      [['warning', 'W3C minutes as scribejs writes them ("**Date:**", "## Attendees"), not a chat log: give the IRC log they were made from (linked under "See also"); skipped']],
      name,
    );
  }
});

test('a Markdown log is no minutes; both marks are needed, near the top', () => {
  const dir = path.join(FIXTURES, 'logs', 'monero-md');
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const result = parseLog(fs.readFileSync(path.join(dir, name)), name, { relPath: name });
    assert.ok(result.meetings.length > 0, name);
    assert.not.ok(result.diagnostics.some((d) => d.message.startsWith('W3C minutes')), name);
  }
  assert.not.ok(isScribejsMinutes(['**Date:** 2020-01-02', 'talk']));
  assert.not.ok(isScribejsMinutes([...Array(40).fill('**\\<alice>** hi'), '**Date:** 2020-01-02', '## Attendees']));
  assert.ok(isScribejsMinutes(['# Meeting', '**Date:** 2020-01-02', '## Attendees']));
});

test.run();
