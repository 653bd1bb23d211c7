// Files among logs that are not chat logs (src/lines/not-logs.ts): minutes
// made from a log (scribejs's Markdown, MeetBot's text and page), and a
// symbolic link checked out as a file. Each is skipped with a warning that
// says what it is, where it used to make meetings of Markdown and people of
// list markers. Real files: test/fixtures/scribejs/, test/fixtures/not-logs/
// (SOURCES.tsv in each) and MeetBot's minutes beside the logs in
// test/fixtures/meetbot/. Every real log among the fixtures is still a log.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { parseLog } from '../../src/pipeline.js';
import { notALog } from '../../src/lines/not-logs.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const NOT_LOGS = path.join(FIXTURES, 'not-logs');

const parsed = (file: string) => parseLog(fs.readFileSync(file), path.basename(file), { relPath: path.basename(file) });
const said = (file: string) => parsed(file).diagnostics.map((d) => [d.level, d.message]);

test("scribejs's minutes, with front matter or without: no meeting, one warning", () => {
  for (const name of ['2023-11-01-vcwg.md', 'did-issue-title-expected.md', 'poe-test.md']) {
    const result = parsed(path.join(FIXTURES, 'scribejs', name));
    assert.equal([result.format, result.meetings.length], [null, 0], name);
    assert.equal(
      result.diagnostics.map((d) => [d.level, d.message]),
      [['warning', 'W3C minutes as scribejs writes them ("**Date:**", "## Attendees"), not a chat log: give the IRC log they were made from (linked under "See also"); skipped']],
      name,
    );
  }
});

test("MeetBot's text minutes without their log: skipped, naming the raw log to give (and the address the minutes give it)", () => {
  assert.equal(said(path.join(NOT_LOGS, 'asbroker.2018-06-26-13.34.txt')), [
    ['warning', "MeetBot's minutes (text), not a chat log: give the raw log they were made from (asbroker.2018-06-26-13.34.log.txt); skipped"],
  ]);
  // Fedora's name the full logs' address, wrapped onto the next line.
  assert.equal(said(path.join(FIXTURES, 'meetbot', 'fedora_iot_working_group_meeting.2020-06-10-14.10.txt')), [
    [
      'warning',
      "MeetBot's minutes (text), not a chat log: give the raw log they were made from (fedora_iot_working_group_meeting.2020-06-10-14.10.log.txt; they name https://meetbot.fedoraproject.org/fedora-meeting/2020-06-10/fedora_iot_working_group_meeting.2020-06-10-14.10.log.txt); skipped",
    ],
  ]);
});

test("MeetBot's minutes page without its log: skipped with a warning, not an error", () => {
  for (const name of ['asbroker.2018-05-29-13.30.html', 'fedora_iot_working_group_meeting.2020-06-10-14.10.html']) {
    const result = parsed(path.join(NOT_LOGS, name));
    assert.equal([result.format, result.meetings.length], [null, 0], name);
    assert.equal(
      result.diagnostics.map((d) => [d.level, d.message]),
      [['warning', `MeetBot's minutes (page), not a chat log: give the raw log they were made from (${name.replace(/\.html$/, '.log.txt')}); skipped`]],
    );
  }
});

test("every MeetBot minutes file among the fixtures is minutes, and every log is a log", () => {
  const minutes = fg.sync('meetbot/*.txt', { cwd: FIXTURES }).filter((f) => !f.endsWith('.log.txt'));
  assert.ok(minutes.length > 100, `${minutes.length} minutes`);
  for (const f of minutes) assert.is(notALog(fs.readFileSync(path.join(FIXTURES, f), 'utf8').split(/\r?\n/))?.name, 'meetbot-minutes', f);
  const logs = fg.sync(['**/*.log.txt', '**/*.log', 'logs/**/*.md', 'formats/**', 'meetbot-html/**/*.log.html', 'hcoop/**/*.html'], { cwd: FIXTURES });
  assert.ok(logs.length > 150, `${logs.length} logs`);
  for (const f of logs) assert.is(notALog(fs.readFileSync(path.join(FIXTURES, f), 'utf8').split(/\r?\n/)), null, f);
});

test('a symbolic link checked out as a file (one line, a file name) is skipped with a warning; a one-line log is still a log', () => {
  assert.equal(said(path.join(NOT_LOGS, 'jenkins-meeting.2018-08-01.18.00.html')), [
    ['warning', 'holds only the name "jenkins-meeting.2018-08-01-18.00.html": a symbolic link checked out as a file, not a chat log; skipped (the file it names is read on its own)'],
  ]);
  assert.is(notALog(['../2019/x.log.txt', ''])?.name, 'symlink', 'a path with a folder is a link too');
  assert.is(notALog(['12:00 <alice> hi']), null);
  assert.is(notALog(['notes.txt', 'more']), null, 'two lines');
  assert.is(notALog(['8739468.81925444']), null, 'a number (fuzz: JSON of one number)');
  assert.is(parsed(path.join(NOT_LOGS, 'asbroker.2018-06-26-13.34.txt')).meetings.length, 0);
});

test('hand-written minutes whose only chat-like lines are "* item" bullets are not an untimed log: no people named "Question"', () => {
  const result = parsed(path.join(NOT_LOGS, '20170119-minutes.txt'));
  assert.equal([result.format, result.meetings.length], [null, 0]);
  assert.equal(result.diagnostics.map((d) => d.level), ['error']);
  // An untimed log with "<nick> text" lines reads its "* nick action" lines as before.
  const log = parseLog(Buffer.from('<alice> hi\n* bob waves\n<bob> hello\n'), 'x.log', { relPath: 'x.log' });
  assert.is(log.format, 'untimed');
  assert.equal(log.meetings[0].lines.map((l) => [l.kind, l.nick]), [['message', 'alice'], ['action', 'bob'], ['message', 'bob']]);
});

test('a Markdown log is no minutes; both marks are needed, near the top', () => {
  const dir = path.join(FIXTURES, 'logs', 'monero-md');
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const result = parseLog(fs.readFileSync(path.join(dir, name)), name, { relPath: name });
    assert.ok(result.meetings.length > 0, name);
    assert.not.ok(result.diagnostics.some((d) => d.message.startsWith('W3C minutes')), name);
  }
  assert.is(notALog(['**Date:** 2020-01-02', 'talk']), null);
  assert.is(notALog([...Array(40).fill('**\\<alice>** hi'), '**Date:** 2020-01-02', '## Attendees']), null);
  assert.is(notALog(['# Meeting', '**Date:** 2020-01-02', '## Attendees'])?.name, 'scribejs-minutes');
  // MeetBot's: the "started by" line and the summary's heading, both.
  assert.is(notALog(['Meeting started by alice at 12:00:00 UTC.', '', 'Meeting summary', '---------------'])?.name, 'meetbot-minutes');
  assert.is(notALog(['12:00:00 <alice> Meeting started by alice at 12:00:00 UTC.', 'Meeting summary']), null);
  assert.is(notALog(['Meeting started by alice at 12:00:00 UTC.', 'talk']), null);
});

test.run();
