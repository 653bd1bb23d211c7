import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFrontMatter } from '../src/frontmatter.js';

test('reads title, series, date, timezone, tags and aliases', () => {
  const lines = ['---', 'title: Release planning', 'series: release', 'date: 2024-03-05', 'timezone: Europe/Berlin', 'tags: [a, b]', 'aliases:', '  alice: [alice_, "alice|away"]', '---', '10:00:00 <a> hi'];
  const r = readFrontMatter(lines, 'f');
  assert.is(r.lineCount, 9);
  assert.equal(r.meta, {
    title: 'Release planning',
    series: 'release',
    date: { y: 2024, m: 3, d: 5 },
    timezone: 'Europe/Berlin',
    tags: ['a', 'b'],
    aliases: { alice_: 'alice', 'alice|away': 'alice' },
  });
  assert.equal(r.diagnostics, []);
});

test('irssi "--- Log opened" is not front matter', () => {
  assert.is(readFrontMatter(['--- Log opened Tue Aug 13 23:58:45 2002', '23:58 <a> x'], 'f').lineCount, 0);
});

test('bad YAML and an unknown time zone give positioned errors, not exceptions', () => {
  const bad = readFrontMatter(['---', 'title: [unclosed', '---'], 'f');
  assert.is(bad.diagnostics[0].level, 'error');
  assert.match(bad.diagnostics[0].message, /not valid YAML/);
  const tz = readFrontMatter(['---', 'timezone: Mars/Olympus', '---'], 'f');
  assert.match(tz.diagnostics[0].message, /unknown time zone "Mars\/Olympus"/);
  assert.is(tz.meta.timezone, undefined);
});

test('an unclosed block is read as log lines with a warning', () => {
  const r = readFrontMatter(['---', 'title: x'], 'f');
  assert.is(r.lineCount, 0);
  assert.match(r.diagnostics[0].message, /never closed/);
});

test.run();
