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
  // At the file's line, in the file's numbering, without js-yaml's own ("at line 3, column 4:").
  const indented = readFrontMatter(['---', 'title: x', '  tags: [a]', 'series: y', '---'], 'f').diagnostics[0];
  assert.equal([indented.line, indented.message], [3, 'front matter is not valid YAML: bad indentation of a mapping entry']);
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
  const tagged = r.diagnostics.filter((d) => !d.message.startsWith('unknown front matter key'));
  assert.equal(tagged.map((d) => [d.line, d.level, d.message]), [[11, 'warning', 'front matter tags: 9 that are not plain text ignored']], 'at the line of tags');
});

test('fuzz regression: a YAML alias bomb as date gives a short warning (JSON.stringify threw "Invalid string length")', () => {
  const r = readFrontMatter(aliasBomb('date'), 'f');
  assert.equal(r.diagnostics.map((d) => d.message).filter((m) => !m.startsWith('unknown front matter key')), ['front matter date a list is not a YYYY-MM-DD date; ignored']);
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

const at = (r: ReturnType<typeof readFrontMatter>) => r.diagnostics.map((d) => [d.line, d.level, d.message]);

test('an impossible date is no date: a warning at its line, as for "yesterday" (YAML rolled 2024-02-30 over to March 1st)', () => {
  for (const written of ['2024-02-30', '2024-13-45', '2023-02-29', '"2024-02-30"', '2024-04-31 10:00:00']) {
    const r = readFrontMatter(['---', 'title: x', `date: ${written}`, '---'], 'f');
    assert.is(r.meta.date, undefined, written);
    assert.equal(at(r), [[3, 'warning', `front matter date "${written.replace(/"/g, '').replace(/ .*/, written.includes(' ') ? ' 10:00:00' : '')}" is not a YYYY-MM-DD date (no such day); ignored`]], written);
  }
  assert.equal(readFrontMatter(['---', 'date: 2024-02-29', '---'], 'f').meta.date, { y: 2024, m: 2, d: 29 }, 'a leap day is a day');
});

test('a date with a time and an offset is the day written, not the day in UTC', () => {
  const r = readFrontMatter(['---', 'date: 2024-03-05T23:00:00-05:00   # the evening call', '---'], 'f');
  assert.equal([r.meta.date, r.diagnostics], [{ y: 2024, m: 3, d: 5 }, []]);
});

test('an unknown key is warned of at its line, with the key it probably meant', () => {
  const r = readFrontMatter(['---', 'title: Planning', 'titel: x', '# a comment', 'timezon: Europe/Berlin', 'colour: red', '---'], 'f');
  assert.equal(at(r), [
    [3, 'warning', 'unknown front matter key "titel" ignored (did you mean "title"?); known keys: title, series, date, timezone, tags, aliases'],
    [5, 'warning', 'unknown front matter key "timezon" ignored (did you mean "timezone"?); known keys: title, series, date, timezone, tags, aliases'],
    [6, 'warning', 'unknown front matter key "colour" ignored; known keys: title, series, date, timezone, tags, aliases'],
  ]);
  assert.is(r.meta.title, 'Planning');
  assert.equal(readFrontMatter(['---', 'nicks:', '  alice: [ali]', '---'], 'f').diagnostics, [], 'nicks, the old name of aliases, is still read');
  const post = ['---', 'layout: post', 'title: Dev meeting', 'summary: what we did', 'author: rehrar', 'json-ld: |', '    {"@context": "https://schema.org"}', '---'];
  assert.equal(readFrontMatter(post, 'f').diagnostics, [], "a Jekyll post's and scribejs minutes' own keys are theirs, not mistakes");
});

test('a key of the wrong type is warned of at its line, saying the shape it takes', () => {
  const r = readFrontMatter(['---', 'title: x', 'aliases: [alice, bob]', 'tags: {a: 1}', 'series: [a, b]', 'timezone: true', '---'], 'f');
  assert.equal(at(r), [
    [5, 'warning', 'front matter series must be text; a list ignored'],
    [6, 'warning', 'front matter timezone must be text; true ignored'],
    [4, 'warning', 'front matter tags must be a list such as [planning, q2]; a mapping ignored'],
    [3, 'warning', 'front matter aliases must be a mapping of each person\'s nick to their other nicks, such as "alice: [alice_, ali]"; a list ignored'],
  ]);
  assert.equal([r.meta.series, r.meta.timezone, r.meta.tags, r.meta.aliases], [undefined, undefined, [], {}]);
  const nested = readFrontMatter(['---', 'aliases:', '  alice: [ali, [x]]', '  "bob": {b: 1}', '---'], 'f');
  assert.equal(at(nested), [
    [3, 'warning', 'front matter aliases: "alice": 1 item that is not a nick ignored; give a nick or a list of nicks'],
    [4, 'warning', 'front matter aliases: "bob": 1 item that is not a nick ignored; give a nick or a list of nicks'],
  ]);
  assert.equal(nested.meta.aliases, { ali: 'alice' });
});

test('a title written as a date is the text written', () => {
  assert.is(readFrontMatter(['---', 'title: 2024-03-05', '---'], 'f').meta.title, '2024-03-05');
});

test('aliases that swap two people, chain, or give a nick to two people are warned of and left out, never fatal', () => {
  const swapped = readFrontMatter(['---', 'aliases:', '  alice: [bob, ali]', '  bob:', '    - alice', '---'], 'f');
  assert.equal(at(swapped), [
    [3, 'warning', 'front matter aliases: "bob" is listed under "alice" and has aliases of its own: give each person\'s nicks under one name; ignored'],
    [4, 'warning', 'front matter aliases: "alice" is listed under "bob" and has aliases of its own: give each person\'s nicks under one name; ignored'],
  ]);
  assert.equal(swapped.meta.aliases, { ali: 'alice' });
  const chain = readFrontMatter(['---', 'aliases: {alice: [bob], bob: [carol]}', '---'], 'f');
  assert.equal(chain.meta.aliases, { carol: 'bob' });
  assert.equal(chain.diagnostics.map((d) => d.line), [2]);
  const twice = readFrontMatter(['---', 'aliases:', '  alice: x', '  carol: [X, c]', '---'], 'f');
  assert.equal(at(twice), [[3, 'warning', 'front matter aliases: "x" is listed under both "alice" and "carol": a nick can be one person\'s only; ignored']]);
  assert.equal(twice.meta.aliases, { c: 'carol' });
});

test.run();
