// Summaries people wrote beside their logs (src/written-summary.ts): I2P's
// NNN.rst beside NNN.log (test/fixtures/summaries/, from the corpus; see
// SOURCES.tsv there). The summary is not a log; its title and the date in it
// stand in for the log's front matter.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dateInTitle, readWrittenSummary, summariesAmong, utcTimeInTitle } from '../src/written-summary.js';
import { listLogs, logContextOf, readAndParse } from '../src/read-logs.js';
import { parseCache } from '../src/cache.js';
import { lineStore } from '../src/line-store.js';
import { parseLog } from '../src/pipeline.js';

const DIR = path.join(import.meta.dirname, 'fixtures', 'summaries');

test('a date in a title: month first or day first, with or without a comma, or ISO; a day its month has', () => {
  assert.equal(dateInTitle('I2P dev meeting, August 13, 2002 @ 23:00 UTC'), { y: 2002, m: 8, d: 13 });
  assert.equal(dateInTitle('I2P dev meeting, October 04, 2022 @ 20:00 UTC'), { y: 2022, m: 10, d: 4 });
  assert.equal(dateInTitle('Meeting of 3rd Sept. 2019'), { y: 2019, m: 9, d: 3 });
  assert.equal(dateInTitle('Team sync 2019-09-03'), { y: 2019, m: 9, d: 3 });
  assert.is(dateInTitle('I2P dev meeting, DATE'), undefined);
  assert.is(dateInTitle('February 30, 2020'), undefined, 'no such day');
  assert.is(dateInTitle('Mayday 12, 2020'), undefined, 'no month name');
});

test('a time in UTC in a title: "@ 20:00 UTC", "at 9:30 GMT"; not another zone\'s', () => {
  assert.equal(utcTimeInTitle('I2P dev meeting, October 04, 2022 @ 20:00 UTC'), { h: 20, m: 0, s: 0 });
  assert.equal(utcTimeInTitle('Sync at 9:30 GMT'), { h: 9, m: 30, s: 0 });
  assert.is(utcTimeInTitle('I2P dev meeting, May 18, 2004 @ 14:00 PDT'), undefined);
  assert.is(utcTimeInTitle('@ 25:00 UTC'), undefined);
});

test("a summary's title is its first line of text, over or under its adornment", () => {
  assert.equal(readWrittenSummary('\uFEFF=====\n Weekly, 2 May 2020 \n=====\n\nRecap\n-----\n', 's.rst'), { file: 's.rst', title: 'Weekly, 2 May 2020', date: { y: 2020, m: 5, d: 2 } });
  assert.equal(readWrittenSummary('Recap\n=====\n', 's.rst'), { file: 's.rst', title: 'Recap' });
  assert.equal(readWrittenSummary('\n\n', 's.rst'), { file: 's.rst' });
});

test('NAME.rst beside NAME.log is a summary, not a log; beside nothing, or MeetBot\'s NAME.log.txt, it is left as it is', () => {
  assert.equal([...summariesAmong(['a/105.log', 'a/105.rst', 'b/x.rst', 'c/m.log.txt', 'c/m.rst'])], ['a/105.rst']);
});

test("I2P's logs: the summaries are not read as logs, and date and title the logs that have no date of their own", async () => {
  const { files } = await listLogs(DIR);
  assert.equal(files, ['057.log', '105.log', '316.log', 'SOURCES.tsv']);
  const read = await readAndParse(DIR, files.filter((f) => f.endsWith('.log')));
  const byFile = new Map(read.meetings.map((m) => [path.basename(m.source.file), m]));
  const m105 = byFile.get('105.log')!;
  assert.equal([m105.title, m105.start.slice(0, 16), m105.undated ?? false], ['I2P dev meeting, August 31, 2004', '2004-08-31T14:04', false]);
  assert.ok(
    read.diagnostics.some((d) => d.file.endsWith('105.log') && d.level === 'info' && d.message === `the log gives no date; dated 2004-08-31 by the title of the summary beside it (${path.join(DIR, '105.rst')})`),
  );
  const m316 = byFile.get('316.log')!;
  assert.equal([m316.title, m316.start.slice(0, 10)], ['I2P dev meeting, October 04, 2022 @ 20:00 UTC', '2022-10-04']);
  // Its summary says 20:00 UTC, its log's clock 16:00: a hint, the times left as the log gives them.
  assert.is(m316.start, '2022-10-04T16:00:08Z');
  const hints = (f: string) => read.diagnostics.filter((d) => d.file.endsWith(f) && d.message.includes(' UTC, and the log'));
  assert.equal(hints('316.log').map((d) => [d.level, d.message]), [
    [
      'info',
      `the summary beside the log (${path.join(DIR, '316.rst')}) says 20:00 UTC, and the log's first line reads 16:00: if the log's times are local, give it front matter (\`timezone: Etc/GMT+4\` if its clock was 4 h behind UTC, or the zone it was in)`,
    ],
  ]);
  assert.equal(hints('105.log'), [], 'no time in its title');
  // "I2P dev meeting, DATE": a title, but no date; the log stays undated, with its warning.
  const m057 = byFile.get('057.log')!;
  assert.equal([m057.title, m057.undated], ['I2P dev meeting, DATE', true]);
  assert.ok(read.diagnostics.some((d) => d.file.endsWith('057.log') && d.level === 'warning' && d.message.startsWith('no date found')));
  // `minutebook parse FILE` finds the summary too.
  const one = parseLog(fs.readFileSync(path.join(DIR, '105.log')), path.join(DIR, '105.log'), { logContext: logContextOf(path.join(DIR, '105.log'), []) });
  assert.is(one.meetings[0].start, m105.start);
});

test("a log's own front matter wins over its summary; an edited summary parses the log again, its lines read back alike", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-summary-test-'));
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-summary-cache-'));
  try {
    const logs = path.join(dir, 'logs');
    fs.mkdirSync(logs);
    fs.copyFileSync(path.join(DIR, '105.log'), path.join(logs, '105.log'));
    fs.writeFileSync(path.join(logs, '105.rst'), 'Dev meeting, 31 August 2004 @ 14:00 UTC\n===\n');
    fs.writeFileSync(path.join(logs, '200.log'), `---\ntitle: Own title\ndate: 2010-01-02\n---\n${fs.readFileSync(path.join(DIR, '105.log'), 'utf8')}`);
    fs.writeFileSync(path.join(logs, '200.rst'), 'Dev meeting, 31 August 2004\n');
    const read = async () => readAndParse(logs, (await listLogs(logs)).files, parseCache(cacheDir), undefined, { keepLines: false });
    const first = await read();
    assert.equal(first.meetings.map((m) => [m.title, m.start.slice(0, 10)]), [['Dev meeting, 31 August 2004 @ 14:00 UTC', '2004-08-31'], ['Own title', '2010-01-02']]);
    assert.not.ok(first.diagnostics.some((d) => d.message.includes(' UTC, and the log')), 'the log starts at 14:04: its clock agrees');
    assert.is((await read()).cached, 2, 'unchanged: from the cache');
    fs.writeFileSync(path.join(logs, '105.rst'), 'Dev meeting, 7 September 2004\n===\n');
    const again = await read();
    assert.is(again.parsed, 1, 'the edited summary: its log parsed again');
    assert.equal(again.meetings[0].start.slice(0, 10), '2004-09-07');
    // The line store reads the log back with its summary: the same times as parsed.
    const store = lineStore(again.sources, again.meetings);
    store.load(again.meetings);
    assert.ok(again.meetings[0].lines.every((l) => l.time === null || l.time.startsWith('2004-09-0')));
    assert.is(again.meetings[0].lines.find((l) => l.time)!.time!.slice(0, 10), '2004-09-07');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
});

test.run();
