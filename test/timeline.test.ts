import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ParsedLine } from '../src/types.js';
import { dateFromFileName, resolveTimes, zonedToUtc, dayNumber } from '../src/timeline.js';

const at = (h: number, m: number, s = 0, text = 'x'): ParsedLine => ({ kind: 'message', nick: 'a', text, clock: { h, m, s } });

test('the bot\'s "Meeting started" line dates the log, over the file name', () => {
  const t = resolveTimes({
    file: 'f',
    firstLine: 1,
    parsed: [at(16, 0, 59), at(16, 1, 0, 'Meeting started Mon Nov  7 16:00:59 2016 UTC and is due to finish in 60 minutes.')],
    fileDate: { y: 2000, m: 1, d: 1 },
  });
  assert.is(t.dateSource, 'bot');
  assert.equal(t.times, ['2016-11-07T16:00:59Z', '2016-11-07T16:01:00Z']);
});

test('times that run backwards by more than an hour roll over to the next day', () => {
  const t = resolveTimes({ file: 'f', firstLine: 1, parsed: [at(23, 59, 50), at(0, 0, 5)], fileDate: { y: 2016, m: 12, d: 31 } });
  assert.equal(t.times, ['2016-12-31T23:59:50Z', '2017-01-01T00:00:05Z']);
});

test('a small step back stays on the same day, with an info diagnostic', () => {
  const t = resolveTimes({ file: 'f', firstLine: 10, parsed: [at(12, 0, 5), at(12, 0, 1)], fileDate: { y: 2016, m: 1, d: 2 } });
  assert.equal(t.times, ['2016-01-02T12:00:05Z', '2016-01-02T12:00:01Z']);
  assert.equal(t.diagnostics.map((d) => [d.line, d.level]), [[11, 'info']]);
});

test('day lines (irssi) date the lines after them; lines before count back', () => {
  const dayChanged: ParsedLine = { kind: 'other', nick: null, text: 'Day changed', clock: null, date: { y: 2002, m: 8, d: 14 }, dayMarker: true };
  const t = resolveTimes({ file: 'f', firstLine: 1, parsed: [at(23, 58), dayChanged, at(0, 1)] });
  assert.is(t.dateSource, 'log');
  // 23:58 was the day before the day changed to (it was dated the 14th, after 00:01 on the 14th).
  assert.equal(t.times, ['2002-08-13T23:58:00Z', null, '2002-08-14T00:01:00Z']);
  assert.equal(t.diagnostics, [], 'time runs forward');
  const opened = resolveTimes({ file: 'f', firstLine: 1, parsed: [at(9, 58), dayChanged, at(10, 1)] });
  assert.equal(opened.times, ['2002-08-14T09:58:00Z', null, '2002-08-14T10:01:00Z'], 'a date line with earlier clocks before it: the same day');
});

test('front matter date dates a log; no date at all warns and uses 1970-01-01', () => {
  assert.equal(resolveTimes({ file: 'f', firstLine: 1, parsed: [at(9, 0)], frontMatterDate: { y: 2020, m: 2, d: 29 } }).times, ['2020-02-29T09:00:00Z']);
  const none = resolveTimes({ file: 'f', firstLine: 1, parsed: [at(9, 0)] });
  assert.equal(none.times, ['1970-01-01T09:00:00Z']);
  assert.match(none.diagnostics[0].message, /no date found/);
});

test("front matter's date comes before the file name's (it was silently ignored for it), and a summary's after it", () => {
  const fixed = resolveTimes({ file: 'f', firstLine: 1, parsed: [at(9, 0)], fileDate: { y: 2020, m: 1, d: 1 }, frontMatterDate: { y: 2024, m: 3, d: 5 } });
  assert.equal([fixed.dateSource, fixed.times, fixed.diagnostics], ['front matter', ['2024-03-05T09:00:00Z'], []]);
  const summary = resolveTimes({ file: 'f', firstLine: 1, parsed: [at(9, 0)], fileDate: { y: 2020, m: 1, d: 1 }, summaryDate: { y: 2024, m: 3, d: 5 } });
  assert.equal([summary.dateSource, summary.times], ['file name', ['2020-01-01T09:00:00Z']]);
});

test("front matter's date that the bot's line or the log's date lines overrule: a warning says it is not used", () => {
  const started = at(16, 1, 0, 'Meeting started Mon Nov  7 16:00:59 2016 UTC.');
  const bot = resolveTimes({ file: 'f', firstLine: 1, parsed: [at(16, 0, 59), started], frontMatterDate: { y: 2024, m: 3, d: 5 } });
  assert.equal([bot.dateSource, bot.times[0]], ['bot', '2016-11-07T16:00:59Z']);
  assert.equal(bot.diagnostics.map((d) => `${d.level}: ${d.message}`), ['warning: front matter date 2024-03-05 is not used: the bot\'s "Meeting started" line dates the meeting 2016-11-07']);
  assert.equal(resolveTimes({ file: 'f', firstLine: 1, parsed: [at(16, 0, 59), started], frontMatterDate: { y: 2016, m: 11, d: 7 } }).diagnostics, [], 'agreeing: nothing to say');
  const opened: ParsedLine = { kind: 'other', nick: null, text: 'Log opened', clock: null, date: { y: 2002, m: 8, d: 14 }, dayMarker: true };
  const lines = resolveTimes({ file: 'f', firstLine: 1, parsed: [opened, at(10, 0)], frontMatterDate: { y: 2024, m: 3, d: 5 } });
  assert.equal(lines.times, [null, '2002-08-14T10:00:00Z']);
  assert.equal(lines.diagnostics.map((d) => d.message), ["front matter date 2024-03-05 is not used: the log's own date lines date its lines (from 2002-08-14)"]);
});

test('times in a front matter time zone are stored in UTC, across DST', () => {
  const t = resolveTimes({ file: 'f', firstLine: 1, parsed: [at(10, 0)], fileDate: { y: 2024, m: 7, d: 1 }, timezone: 'Europe/Berlin' });
  assert.equal(t.times, ['2024-07-01T08:00:00Z']);
  assert.is(zonedToUtc(dayNumber({ y: 2024, m: 1, d: 15 }), { h: 10, m: 0, s: 0 }, 'America/New_York'), '2024-01-15T15:00:00Z');
});

test('dates in file names: MeetBot, ISO and ZNC compact', () => {
  assert.equal(dateFromFileName('oslo.2016-11-07-16.00.log.txt'), { y: 2016, m: 11, d: 7 });
  assert.equal(dateFromFileName('#qtox_20160604.log.txt'), { y: 2016, m: 6, d: 4 });
  assert.is(dateFromFileName('008.log'), undefined);
  assert.is(dateFromFileName('x.2016-13-40.log'), undefined);
});

test('fuzz regression: a date line earlier than the file name\'s date makes time run backwards, and a diagnostic says so', () => {
  const dayLine: ParsedLine = { kind: 'message', nick: 'a', text: 'x', clock: { h: 0, m: 0, s: 2 }, date: { y: 1995, m: 1, d: 1 } };
  const t = resolveTimes({ file: 'f', firstLine: 1, parsed: [at(23, 59, 59), dayLine], fileDate: { y: 2016, m: 11, d: 7 } });
  assert.equal(t.times, ['2016-11-07T23:59:59Z', '1995-01-01T00:00:02Z']);
  assert.equal(t.diagnostics.map((d) => [d.line, d.message]), [[2, "time runs backwards (the log's own date for this line is earlier than the line above); kept in file order"]]);
});

test('steps back on many lines: the first five on their lines, then one count for the file', () => {
  const parsed = Array.from({ length: 20 }, (_, k) => at(12, 0, k % 2 ? 0 : 5));
  const t = resolveTimes({ file: 'f', firstLine: 1, parsed, fileDate: { y: 2016, m: 1, d: 2 } });
  assert.equal(t.diagnostics.map((d) => d.line), [2, 4, 6, 8, 10, 0]);
  assert.is(t.diagnostics[5].message, 'time runs backwards on 10 lines in all; kept in file order');
});

test('fuzz regression: a rollover past 9999-12-31 leaves the line without a time (was "+010000-01-01:00:00Z")', () => {
  const started = at(23, 59, 1, 'Meeting started Fri Dec 31 23:59:00 9999 UTC.');
  const t = resolveTimes({ file: 'f', firstLine: 1, parsed: [at(23, 59, 0), started, at(1, 0, 0), at(1, 0, 1)] });
  assert.equal(t.times, ['9999-12-31T23:59:00Z', '9999-12-31T23:59:01Z', null, null]);
  assert.equal(t.diagnostics.map((d) => [d.line, d.level]), [[3, 'warning']]);
  assert.match(t.diagnostics[0].message, /outside the years 0000-9999/);
});

test('years 0-99 stay themselves (Date.UTC reads them as 1900-1999)', () => {
  assert.is(new Date(dayNumber({ y: 50, m: 3, d: 1 }) * 86400000).toISOString().slice(0, 10), '0050-03-01');
  assert.is(new Date(dayNumber({ y: 2016, m: 11, d: 7 }) * 86400000).toISOString().slice(0, 10), '2016-11-07');
});

test('a leap second sorts as its string does: "10:00:60" is before "10:01:00", not the same time', () => {
  const t = resolveTimes({ file: 'f', firstLine: 1, parsed: [at(10, 1, 0), at(10, 0, 60), at(10, 0, 60), at(10, 1, 0)], fileDate: { y: 2016, m: 1, d: 2 } });
  assert.equal(t.times, ['2016-01-02T10:01:00Z', '2016-01-02T10:00:60Z', '2016-01-02T10:00:60Z', '2016-01-02T10:01:00Z']);
  assert.equal(t.diagnostics.map((d) => d.line), [2]);
});

test('a clock out of range is compared as its string', () => {
  const t = resolveTimes({ file: 'f', firstLine: 1, parsed: [at(10, 75, 0), at(11, 5, 0)], fileDate: { y: 2016, m: 1, d: 2 } });
  assert.equal(t.times, ['2016-01-02T10:75:00Z', '2016-01-02T11:05:00Z']);
  assert.equal(t.diagnostics, []);
});

test.run();
