// Whole-log fixtures: test/fixtures/logs/GROUP/NAME → NAME.json beside it.
// `UPDATE=1 npm test` rewrites the .json files; review the diff.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { meetingLines, parseLog, spanOf } from '../src/pipeline.js';
import { invariantProblems } from './support/invariants.js';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'logs');
const update = process.env.UPDATE === '1';

function logsUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile() && !/\.(json|tsv)$/.test(f) && !f.endsWith('SEEDS.txt'))
    .sort();
}

for (const rel of logsUnder(ROOT)) {
  test(`fixture ${rel}`, () => {
    const bytes = fs.readFileSync(path.join(ROOT, rel));
    const result = parseLog(bytes, rel, { relPath: rel });
    assert.equal(invariantProblems(bytes, result), []);
    const actual = JSON.stringify({ format: result.format, meetings: result.meetings }, null, 1) + '\n';
    const expectedFile = path.join(ROOT, rel + '.json');
    if (update || !fs.existsSync(expectedFile)) fs.writeFileSync(expectedFile, actual);
    assert.fixture(actual, fs.readFileSync(expectedFile, 'utf8'));
  });
}

/** A day's client log: front matter, talk and a nick change before, between and after two meetings. */
const DAY = `---
series: infra
---
[2020-01-02 09:58:00] <bob> morning
[2020-01-02 09:59:00] *** bob is now known as bobby
[2020-01-02 10:00:00] <alice> #startmeeting One
[2020-01-02 10:00:01] <alice> #topic First
[2020-01-02 10:00:02] * bobby waves
[2020-01-02 10:00:03] <alice> #endmeeting
[2020-01-02 10:01:00] <bobby> between
[2020-01-02 10:02:00] <carol> #startmeeting Two
[2020-01-02 10:02:01] <carol> #action bobby write it down
[2020-01-02 10:02:02] <carol> #endmeeting
[2020-01-02 10:03:00] *** carol is now known as carol_away
[2020-01-02 10:04:00] <bobby> after
`;

test('meetingLines gives every meeting the lines parseLog gave it, from its span alone', () => {
  const logs = logsUnder(ROOT).map((rel) => ({ rel, bytes: fs.readFileSync(path.join(ROOT, rel)) }));
  logs.push({ rel: 'infra.2020-01-02.log', bytes: Buffer.from(DAY) });
  let outside = 0;
  let newNicks = 0;
  let files = 0;
  for (const { rel, bytes } of logs) {
    const { meetings } = parseLog(bytes, rel, { relPath: rel });
    const lines = meetingLines(bytes, rel, { relPath: rel }, meetings.map(spanOf));
    assert.equal(lines, meetings.map((m) => m.lines), rel);
    // Same keys in the same order: the data files are these lines' JSON.
    assert.is(JSON.stringify(lines), JSON.stringify(meetings.map((m) => m.lines)), rel);
    for (const m of meetings) for (const l of m.lines) if (l.outside) (outside++, l.newNick && newNicks++);
    if (meetings.length > 1) files++;
  }
  // What the spans must get right is there: lines outside meetings (one a nick change), a file of several meetings.
  assert.ok(outside >= 5 && newNicks === 2 && files >= 1, `${outside} outside lines (${newNicks} nick changes), ${files} files of several meetings`);
  // Some meetings of a file, in any order.
  const bytes = Buffer.from(DAY);
  const { meetings } = parseLog(bytes, 'day.log', {});
  const picked = [meetings[1], meetings[0]];
  assert.equal(meetingLines(bytes, 'day.log', {}, picked.map(spanOf)), picked.map((m) => m.lines));
  assert.equal(meetings.map(spanOf), [
    { first: 4, last: 10, inside: [6, 9] },
    { first: 11, last: 15, inside: [11, 13] },
  ]);
});

test('meetingLines over bytes that no longer hold the span is an error, not lines made up', () => {
  const rel = 'seeds/oslo.2016-11-07-16.00.log.txt';
  const bytes = fs.readFileSync(path.join(ROOT, rel));
  const spans = parseLog(bytes, rel, { relPath: rel }).meetings.map(spanOf);
  const cut = bytes.subarray(0, bytes.indexOf(0x0a, bytes.length / 2) + 1);
  assert.throws(() => meetingLines(cut, rel, { relPath: rel }, spans), /oslo\.2016-11-07-16\.00\.log\.txt: line \d+ is not in the log/);
});

test('the seeds: oslo has 6 topics, 8 links (1 auto-link) and the bot counted', () => {
  const rel = 'seeds/oslo.2016-11-07-16.00.log.txt';
  const [m] = parseLog(fs.readFileSync(path.join(ROOT, rel)), rel, { relPath: rel }).meetings;
  assert.is(m.id, 'oslo/2016/oslo.2016-11-07-16.00');
  assert.is(m.start, '2016-11-07T16:00:59Z');
  assert.is(m.end, '2016-11-07T17:00:10Z');
  assert.is(m.topics.length, 6);
  assert.is(m.items.filter((i) => i.kind === 'link').length, 8);
  assert.is(m.people.find((p) => p.nick === 'openstack')?.lines, 3);
  assert.ok(m.lines.some((l) => l.text.includes('espaƱol')), 'mojibake passes through unchanged');
  assert.is(m.lines.filter((l) => l.kind === 'action').length, 4);
});

test('the seeds: weekly-syncup never ended, so it ends at its last line', () => {
  const rel = 'seeds/weekly-syncup.2014-01-29-02.04.log.txt';
  const [m] = parseLog(fs.readFileSync(path.join(ROOT, rel)), rel, { relPath: rel }).meetings;
  assert.is(m.ended, false);
  assert.is(m.series, 'weekly-syncup');
  assert.is(m.end, m.lines.filter((l) => l.time).pop()?.time);
  assert.ok(m.diagnostics.some((d) => d.level === 'warning' && /never ended/.test(d.message)));
  assert.is(m.items.length, 0, 'the #gid=0 URL mid-line is neither a command nor a link');
});

test('each diagnostic is reported once, on the meeting holding its line', () => {
  const log = Buffer.from('10:00:00 <a> #startmeeting x\n10:00:01 <a> caf\xe9\n', 'latin1');
  const result = parseLog(log, 'x.log');
  const encoding = result.diagnostics.filter((d) => /not valid UTF-8/.test(d.message));
  assert.is(encoding.length, 1);
  assert.is(encoding[0].line, 2);
  assert.ok(result.meetings[0].diagnostics.includes(encoding[0]));
  assert.is(result.meetings[0].lines[1].text, 'café', 'decoded as Windows-1252');
});

test('fuzz regression: a meeting whose clock runs backwards never ends before it starts', () => {
  const log = Buffer.from('00:02:00 <alice> #startmeeting x\n00:01:59 <alice> #endmeeting\n');
  const [m] = parseLog(log, 'x.2016-11-07-00.00.log.txt').meetings;
  assert.is(m.start, '2016-11-07T00:02:00Z');
  assert.is(m.end, m.start);
  assert.equal(
    m.diagnostics.filter((d) => d.level === 'warning').map((d) => [d.line, d.message]),
    [[2, 'meeting would end (2016-11-07T00:01:59Z) before it starts (2016-11-07T00:02:00Z); its end is set to its start']],
  );
});

test('an HTML page is one positioned error, not a log of <li> and <p> "nicks"', () => {
  const page = '\n<!DOCTYPE html>\n<html lang="en">\n<body>\n<ul>\n<li> alice: hello</li>\n<p> some text</p>\n</body>\n</html>\n';
  const result = parseLog(Buffer.from(page), 'page.html');
  assert.equal(result.meetings, []);
  assert.equal(
    result.diagnostics.map((d) => [d.line, d.level, d.message]),
    [[2, 'error', "an HTML page, not a chat log: give the plain-text log (MeetBot's .log.txt) instead; skipped"]],
  );
});

test('a binary file is "not a recognized chat log" and why (NUL bytes), without the "not valid UTF-8" warnings that buried it', () => {
  // Bytes of no text (a fixed pseudo-random run, the same each time), and an ELF program's head and NULs.
  let seed = 7;
  const noise = Uint8Array.from({ length: 4000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23);
  const elf = Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0', 'latin1'), Buffer.alloc(64), Buffer.from('\xff\xfe\x80 ld-linux.so.2\n\x90\x90\xc3\n', 'latin1')]);
  for (const [name, bytes] of [['noise.log', noise], ['a.out.log', elf]] as const) {
    const result = parseLog(bytes, name);
    assert.equal(result.meetings, [], name);
    assert.equal(
      result.diagnostics.map((d) => [d.level, d.message.replace(/[:;].*/, '')]),
      [
        ['warning', 'NUL bytes (first on this line)'],
        ['error', 'not a recognized chat log'],
      ],
      name,
    );
  }
  // A log that is read keeps what decoding said of its lines.
  const read = parseLog(Buffer.from('10:00:00 <a> caf\xe9\x00\n', 'latin1'), 'x.log');
  assert.equal(
    read.diagnostics.filter((d) => /not valid UTF-8|NUL bytes/.test(d.message)).map((d) => [d.line, d.level, d.message.replace(/[;:].*/, '')]),
    [[1, 'warning', 'line is not valid UTF-8'], [1, 'warning', 'NUL bytes (first on this line)']],
  );
});

test('an unknown time zone option is an error diagnostic, not an exception; times are read as UTC', () => {
  const result = parseLog(Buffer.from('10:00:00 <a> hi\n'), 'x.2020-01-02.log', { timezone: 'Mars/Olympus' });
  assert.is(result.meetings[0].lines[0].time, '2020-01-02T10:00:00Z');
  assert.ok(result.diagnostics.some((d) => d.level === 'error' && d.line === 0 && /unknown time zone "Mars\/Olympus"/.test(d.message)));
});

test('fuzz regression: a line with an empty or invisible nick ("<> …") is no one\'s: kept as text, not counted, not obeyed', () => {
  // The last three: the blank letters taken for "invisible names" (Hangul filler, blank Braille pattern) and a mark alone.
  const said = ['<> #action alice does it', '<> hello', '<\u00a0> hi', '<\u200b> hi', '<\u200e\u200f> hi', '<\u3164> hi', '<\u2800\u2800> hi', '<\u034f> hi'];
  const log = Buffer.from(['00:00:00 <alice> #startmeeting x', ...said.map((l) => `00:00:01 ${l}`), '00:00:02 <alice> #endmeeting', ''].join('\n'));
  const result = parseLog(log, 'x.2016-11-07-00.00.log.txt');
  const [m] = result.meetings;
  assert.equal(m.people.map((p) => p.nick), ['alice']);
  assert.equal(m.items, []);
  assert.equal(
    m.lines.slice(1, 1 + said.length).map((l) => [l.kind, l.nick, l.text]),
    said.map((l) => ['other', null, `00:00:01 ${l}`]),
  );
  assert.equal(
    result.diagnostics.filter((d) => d.line >= 2 && d.line <= 1 + said.length).map((d) => [d.line, d.level, d.message]),
    // The first five are named, as for any unrecognized lines.
    said.slice(0, 5).map((_, k) => [2 + k, 'info', 'line names no one (an empty or invisible nick); kept as text']),
  );
  // A nick with something to show around its invisible characters is a nick.
  const [kept] = parseLog(Buffer.from('00:00:00 <\u200bbob> #startmeeting y\n'), 'y.2016-11-07-00.00.log.txt').meetings;
  assert.equal(kept.people.map((p) => p.nick), ['\u200bbob']);
});

test('a command in a line the log\'s format does not read is a warning on its line, not an info check hides (the action it would have made is lost)', () => {
  const file = 'mixed.2020-02-08-10.00.log.txt';
  const lines = ['--- Log opened Sat Feb 08 10:00:00 2020', '10:00 <@alice> #startmeeting', '10:01 <bob> hi', '[10:02:20] <bob> #action bob from bracketed', '[10:02:21] <bob> just talk', '10:03 <@alice> #endmeeting'];
  const { meetings } = parseLog(Buffer.from(lines.join('\n') + '\n'), file, { relPath: file });
  const told = meetings[0].diagnostics.filter((d) => d.line === 4 || d.line === 5).map((d) => [d.level, d.line, d.message]);
  assert.equal(told, [
    ['warning', 4, "a command (#action) in a line not recognized as irssi: kept as text, the command not obeyed (a line from another client's log?)"],
    ['info', 5, 'line not recognized as irssi; kept as text'],
  ]);
  // Many such lines: twenty warnings, then one that counts them all.
  const pair = (k: number) => [`10:02 <carol> irssi line ${k}`, `10:02 <dave> and another ${k}`, `[10:02:${String(k).padStart(2, '0')}] <bob> #info item ${k}`];
  const many = ['10:00 <@alice> #startmeeting', ...Array.from({ length: 25 }, (_, k) => pair(k)).flat(), '10:03 <@alice> #endmeeting'];
  const warned = parseLog(Buffer.from(many.join('\n') + '\n'), file, { relPath: file }).meetings[0].diagnostics.filter((d) => d.level === 'warning' && /command/.test(d.message));
  assert.is(warned.length, 21);
  assert.equal([warned[20].line, warned[20].message], [0, '25 lines in all not recognized as irssi hold a command; kept as text, their commands not obeyed']);
});

test.run();
