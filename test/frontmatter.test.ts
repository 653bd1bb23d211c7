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

/** A YAML alias bomb: `*i` names 9^9 "lol"s while the YAML itself stays a few hundred bytes. */
function aliasBomb(key: string): string[] {
  const names = 'abcdefghi'.split('');
  const lines = ['---', 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let k = 1; k < names.length; k++) lines.push(`${names[k]}: &${names[k]} [${Array(9).fill('*' + names[k - 1]).join(', ')}]`);
  return [...lines, `${key}: *i`, '---'];
}

test('fuzz regression: a YAML alias bomb as tags is ignored with a warning, not flattened (took 23 s and GBs)', () => {
  const began = Date.now();
  const r = readFrontMatter(aliasBomb('tags'), 'f');
  assert.ok(Date.now() - began < 2000, 'read at once');
  assert.equal(r.meta.tags, []);
  assert.equal(r.diagnostics.map((d) => [d.line, d.level, d.message]), [[1, 'warning', 'front matter tags: 9 that are not plain text ignored']]);
});

test('fuzz regression: a YAML alias bomb as date gives a short warning (JSON.stringify threw "Invalid string length")', () => {
  const r = readFrontMatter(aliasBomb('date'), 'f');
  assert.equal(r.diagnostics.map((d) => d.message), ['front matter date a list is not a YYYY-MM-DD date; ignored']);
});

test('tags keep text, numbers and booleans; a date string must be a calendar date', () => {
  assert.equal(readFrontMatter(['---', 'tags: [a, 2, true, null, {x: 1}]', '---'], 'f').meta.tags, ['a', '2', 'true']);
  const r = readFrontMatter(['---', 'date: "2024-13-45"', '---'], 'f');
  assert.is(r.meta.date, undefined);
  assert.match(r.diagnostics[0].message, /date "2024-13-45" is not a YYYY-MM-DD date/);
});

test('nicks that are names of Object\'s own properties are aliases like any other', () => {
  const r = readFrontMatter(['---', 'aliases:', '  alice: ["__proto__", constructor, toString]', '---'], 'f');
  assert.equal(Object.entries(r.meta.aliases), [['__proto__', 'alice'], ['constructor', 'alice'], ['toString', 'alice']]);
  assert.is(Object.getPrototypeOf(r.meta.aliases), Object.prototype);
});

test.run();
