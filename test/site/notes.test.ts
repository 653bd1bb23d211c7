// Series notes (src/site/notes.ts): front matter read as a log's is, a
// misspelt key named at its line with the key it probably meant.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readSeriesNotes } from '../../src/site/notes.js';

const FILE = 'logs/ops.series.md';
const said = (text: string) => readSeriesNotes(text, FILE).diagnostics.map((d) => [d.file, d.line, d.level, d.message]);

test('an unknown front matter key in a notes file is a warning at its line, with the key it probably meant', () => {
  const notes = readSeriesNotes('---\n# the ops team\ntitel: Operations\n"owner": alice\n---\nWe meet on Mondays.\n', FILE);
  assert.is(notes.title, undefined);
  assert.is(notes.html, '<p>We meet on Mondays.</p>');
  assert.equal(said('---\n# the ops team\ntitel: Operations\n"owner": alice\n---\nWe meet on Mondays.\n'), [
    [FILE, 3, 'warning', 'unknown front matter key "titel" ignored (did you mean "title"?); known keys: title'],
    [FILE, 4, 'warning', 'unknown front matter key "owner" ignored; known keys: title'],
  ]);
});

test('a notes file with a title only, or no front matter, says nothing', () => {
  assert.equal(said('---\ntitle: Operations\n---\nWe meet on Mondays.\n'), []);
  assert.equal(said('We meet on Mondays.\n'), []);
  assert.equal(said('---\nlayout: page\npermalink: /ops/\ntitle: Operations\n---\nWe meet on Mondays.\n'), [], "Jekyll's keys, let be as in a log's front matter");
});

test('the same notes read twice warn twice: gray-matter\'s cache kept a text whose front matter failed as one without any', () => {
  const text = '---\ntitle: [unclosed\n---\nWe meet on Mondays.\n';
  assert.equal(said(text).map(([, line, level]) => [line, level]), [[3, 'warning']]);
  assert.equal(said(text).map(([, line, level]) => [line, level]), [[3, 'warning']]);
});

test.run();
