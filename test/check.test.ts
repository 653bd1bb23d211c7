// `minutebook check`'s own lint (src/check.ts): an action nobody owns, with
// the fix that fits: the attendee its first word misspells, "#nick" for
// someone who was not there, else the nick to start it with.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkLogs, lintMeetings, reportable, unknownAliases } from '../src/check.js';
import type { Diagnostic } from '../src/types.js';
import { log, meeting } from './support/inline-log.js';

const advice = (...lines: [string, string][]) => lintMeetings([meeting(log(...lines))]).map((d) => d.message.replace(/^.*has no owner: /, ''));

test('an action that misspells an attendee\'s nick names the attendee', () => {
  // A variant of the nick ("_" for "-") gives the action its owner here, not in MeetBot's minutes: an info says so.
  const variant = lintMeetings([meeting(log(['oleg-nenashev', '#startmeeting'], ['oleg-nenashev', '#action oleg_nenashev to write the post'], ['oleg-nenashev', '#endmeeting']))]);
  assert.equal(
    variant.map((d) => [d.level, d.message]),
    [['info', 'action "oleg_nenashev to write the post" goes to oleg-nenashev, named by a variant of the nick; MeetBot\'s minutes (and the .txt) leave it unassigned: "#action oleg-nenashev …" names them for both']],
  );
  assert.equal(advice(['oleg-nenashev', '#startmeeting'], ['oleg-nenashev', '#action olg-nenashev to write the post'], ['oleg-nenashev', '#endmeeting']), [
    '"olg-nenashev" is not an attendee\'s nick; did you mean oleg-nenashev? ("#action oleg-nenashev …")',
  ]);
  // A swap of two letters in a longer nick; the nearest of two close nicks.
  assert.match(advice(['rtyler', '#startmeeting'], ['rtyler', '#action rtlyer to file it'], ['rtyler', '#endmeeting'])[0], /did you mean rtyler\?/);
  assert.match(advice(['kohsuke', '#startmeeting'], ['kohsuke2', 'hi'], ['kohsuke', '#action kohsuke22 to file it'], ['kohsuke', '#endmeeting'])[0], /did you mean kohsuke2\?/);
});

test('someone who spoke at another meeting but not this one: "#nick" adds them', () => {
  const first = meeting(log(['alice', '#startmeeting'], ['bob', 'hello'], ['alice', '#endmeeting']));
  const second = meeting(log(['alice', '#startmeeting'], ['alice', '#action bob to send the notes'], ['alice', '#endmeeting']));
  const found = lintMeetings([first, second]).map((d) => d.message);
  assert.equal(found, ['action "bob to send the notes" has no owner: bob did not speak in this meeting, and MeetBot assigns actions to attendees only: "#nick bob" before the action adds them']);
});

test('otherwise: start the action with the nick of whoever does it; an owned action is no problem', () => {
  assert.equal(advice(['alice', '#startmeeting'], ['alice', '#action everyone to test the RC'], ['alice', '#action alice to tag'], ['alice', '#endmeeting']), [
    'no attendee is named in it; start it with the nick of whoever does it: "#action NICK everyone to test the…"',
  ]);
});

test('a short action is quoted whole in the advice, a long one cut between characters; one with no text says so', () => {
  assert.equal(advice(['alice', '#startmeeting'], ['alice', '#action blah'], ['alice', '#action ship 🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀'], ['alice', '#action'], ['alice', '#endmeeting']), [
    'no attendee is named in it; start it with the nick of whoever does it: "#action NICK blah"',
    'no attendee is named in it; start it with the nick of whoever does it: "#action NICK ship 🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀…"',
    'action with no text, and so no owner: "#action NICK what they will do" says who does what',
  ]);
  const long = lintMeetings([meeting(log(['alice', '#startmeeting'], ['alice', `#action ${'ü'.repeat(58)}🚀🚀🚀`], ['alice', '#endmeeting']))]);
  assert.match(long[0].message, new RegExp(`^action "${'ü'.repeat(58)}🚀…" has no owner`));
});

test('checkLogs: what the settings ignore is not read; the notes\' problems are said; a series title or notes no meeting uses is a warning', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-check-'));
  try {
    const put = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    put('jenkins/jenkins-meeting.2016-01-20-19.03.log.txt', '19:03:00 <alice> #startmeeting\n19:04:00 <alice> #action alice to tag\n19:05:00 <alice> #endmeeting\n');
    put('jenkins/jenkins-meeting.series.md', '---\ntitle: [unclosed\n---\nWe meet on Wednesdays.\n');
    put('jenkins/jenkins-meetings.series.md', '# Jenkins\n');
    put('infra.series.md', '---\ntitel: Infrastructure\n---\n');
    put('agenda.md', '# Agenda\n\n- the release\n');
    put('TODO.txt', 'Fix the wiki.\n');
    const said = (r: { diagnostics: Diagnostic[] }) => reportable(r.diagnostics, 'warning').map((d) => [d.file.startsWith(dir) ? path.relative(dir, d.file) : d.file, d.line, d.level, d.message]);

    const plain = await checkLogs(dir);
    assert.is(plain.files, 3);
    assert.equal(said(plain).filter(([, , level]) => level === 'error').map(([file]) => file), ['TODO.txt', 'agenda.md']);

    const config = { ignore: ['agenda.md', '/TODO.txt'], series: { infra: { title: 'Infrastructure' }, 'jenkins-meeting': { title: 'Jenkins' } } };
    const checked = await checkLogs(dir, config, 'minutebook.config.json');
    assert.is(checked.files, 1);
    assert.is(checked.meetings.length, 1);
    assert.equal(said(checked), [
      ['infra.series.md', 0, 'warning', 'notes for series "infra", which no meeting is in (the series are "jenkins-meeting"); not shown: name the file SERIES.series.md after its series'],
      ['infra.series.md', 2, 'warning', 'unknown front matter key "titel" ignored (did you mean "title"?); known keys: title'],
      ['jenkins/jenkins-meeting.series.md', 3, 'warning', 'front matter is not valid YAML (unexpected end of the stream within a flow collection); shown as text'],
      ['jenkins/jenkins-meetings.series.md', 0, 'warning', 'notes for series "jenkins-meetings", which no meeting is in (did you mean "jenkins-meeting"?); not shown: name the file SERIES.series.md after its series'],
      ['minutebook.config.json', 0, 'warning', '"series" names "infra", a series no meeting is in (the series are "jenkins-meeting"); its settings are not used'],
    ]);
    // Without the settings file's name: "settings".
    assert.ok((await checkLogs(dir, config)).diagnostics.some((d) => d.file === 'settings' && d.message.startsWith('"series" names "infra"')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("an alias in the settings no one goes by: a warning naming the nick it may misspell, else an info; the person's own nicks are no such hint", () => {
  const m = meeting(log(['alice', '#startmeeting'], ['ally', 'hi'], ['robert', 'hi'], ['alice', '#endmeeting']));
  const said = (aliases: Record<string, string[]>) => unknownAliases([m], aliases, 'minutebook.config.json').map((d) => [d.level, d.message]);
  assert.equal(said({ alice: ['ally'] }), [], 'ally is seen');
  assert.equal(said({ bob: ['roberts'] }), [['warning', '"aliases" lists "roberts" under "bob", a nick no one in any meeting goes by (did you mean "robert"?)']]);
  assert.equal(said({ alice: ['alice_', 'ALLY'] }), [['info', '"aliases" lists "alice_" under "alice", a nick no one in any meeting goes by yet']], 'not alice herself; any case');
  assert.equal(said({ zed: ['zeta'] }), [['info', '"aliases" lists "zeta" under "zed", a nick no one in any meeting goes by yet']]);
  assert.equal(unknownAliases([], { zed: ['zeta'] }), [], 'no meetings: nothing to say');
});

test.run();
