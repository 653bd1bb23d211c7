// The .txt minutes, piece by piece, on small inline logs: MeetBot 0.1.4's
// layout (writers.py, class Text; items.py for each item's line) and the few
// places where we write something MeetBot never had to.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { linkText, meetbotText, meetbotTitle } from '../../src/site/meetbot-text.js';
import { OPENSTACK_START, UPSTREAM_START, log, meeting, parse } from '../support/inline-log.js';

const minutes = (...said: [string, string][]) => meetbotText(meeting(log(['alice', '#startmeeting Weekly sync'], ['meetbot', UPSTREAM_START], ...said)));

/** The lines of one section: from its heading's underline to the next blank line. */
function section(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const at = lines.indexOf(heading);
  const end = lines.indexOf('', at + 2);
  return lines.slice(at + 2, end < 0 ? undefined : end);
}

test('title block: "#series: title", or "#series Meeting" when the meeting has no title of its own', () => {
  assert.ok(minutes(['alice', '#endmeeting']).startsWith('==================\n#team: Weekly sync\n==================\n\n\n'));
  assert.is(meetbotTitle({ series: 'team', title: 'team' }), '#team Meeting');
  const untitled = meetbotText(meeting(log(['alice', '#startmeeting'], ['meetbot', UPSTREAM_START], ['alice', '#endmeeting'])));
  assert.ok(untitled.startsWith('=============\n#team Meeting\n=============\n'));
});

test('opening paragraph: wrapped at 72, one space after "UTC.", " ." after the log link', () => {
  const text = minutes(['alice', '#endmeeting']);
  assert.ok(
    text.includes('\n\n\nMeeting started by alice at 10:00:00 UTC. The full logs are available at\nteam/2020/team.2020-01-02-10.00.log.html .\n\n\n\nMeeting summary\n---------------\n'),
    text,
  );
});

test("the log's address: the site's url and the meeting's path, as MeetBot gives it with its logUrlPrefix (it was the path alone with a url set too); without a url, the path, as MeetBot writes it with none", () => {
  const m = meeting(log(['alice', '#startmeeting Weekly sync'], ['meetbot', UPSTREAM_START], ['alice', '#endmeeting']));
  assert.match(meetbotText(m, 'https://example.org/minutes/'), 'The full logs are available at\nhttps://example.org/minutes/team/2020/team.2020-01-02-10.00.log.html .\n');
  assert.match(meetbotText(m), 'The full logs are available at\nteam/2020/team.2020-01-02-10.00.log.html .\n');
});

test('summary: items before the first topic at the left, items under a topic indented, a blank line between topics', () => {
  const text = minutes(
    ['alice', '#info said early'],
    ['alice', '#topic First'],
    ['bob', '#action bob to write it'],
    ['alice', '#topic Second'],
    ['alice', '#agreed yes'],
    ['alice', '#endmeeting'],
  );
  assert.ok(
    text.includes(
      'Meeting summary\n---------------\n' +
        '* said early  (alice, 10:00:02)\n' +
        '* First  (alice, 10:00:03)\n' +
        '  * ACTION: bob to write it  (bob, 10:00:04)\n' +
        '\n' +
        '* Second  (alice, 10:00:05)\n' +
        '  * AGREED: yes  (alice, 10:00:06)\n' +
        '\n' +
        'Meeting ended at 10:00:07 UTC.\n\n\n\n\nAction Items\n------------\n* bob to write it\n\n\n\n\n',
    ),
    text,
  );
});

test('labels: every kind but #info and #topic is introduced by its name', () => {
  const kinds = ['action', 'agreed', 'idea', 'help', 'accepted', 'rejected', 'info', 'link'];
  const text = minutes(['alice', '#topic T'], ...kinds.map((k): [string, string] => ['alice', `#${k} ${k} text`]), ['alice', '#endmeeting']);
  assert.equal(section(text, 'Meeting summary').slice(1).map((l) => l.replace(/ {2}\(.*$/, '')), [
    '  * ACTION: action text',
    '  * AGREED: agreed text',
    '  * IDEA: idea text',
    '  * HELP: help text',
    '  * ACCEPTED: accepted text',
    '  * REJECTED: rejected text',
    '  * info text',
    '  * LINK: link text',
  ]);
});

test('links as MeetBot 0.1.4 prints them: first word, a space, the rest stripped', () => {
  assert.is(linkText('http://example.com'), 'http://example.com ');
  assert.is(linkText('http://example.com  is   good '), 'http://example.com is   good');
  assert.is(linkText('see http://example.com'), 'see http://example.com');
  assert.is(linkText(''), ' ');
  const text = minutes(['alice', '#topic T'], ['bob', 'https://example.org/x'], ['alice', '#endmeeting']);
  assert.ok(text.includes('\n  * LINK: https://example.org/x   (bob, 10:00:03)\n'), text);
});

test('votes (OpenStack) are VOTE items', () => {
  const m = meeting(
    log(['alice', '#startmeeting Weekly'], ['openstack', OPENSTACK_START], ['alice', '#startvote Ship it? yes, no'], ['bob', '#vote yes'], ['alice', '#endvote'], ['alice', '#endmeeting']),
  );
  assert.ok(meetbotText(m).includes('\n* VOTE: Voted on "Ship it?" Results are, yes: 1  (alice, 10:00:04)\n'));
});

test('by person: each named person, then UNASSIGNED, printed even with one action or none', () => {
  const one = minutes(['bob', 'hi'], ['alice', '#action bob to write it'], ['alice', '#action someone to test it'], ['alice', '#endmeeting']);
  assert.equal(section(one, 'Action Items, by person'), ['* bob', '  * bob to write it', '* **UNASSIGNED**', '  * someone to test it']);
  const none = minutes(['bob', 'hi'], ['alice', '#action bob to write it'], ['alice', '#endmeeting']);
  assert.equal(section(none, 'Action Items, by person'), ['* bob', '  * bob to write it', '* **UNASSIGNED**', '  * (none)']);
  assert.equal(section(none, 'People Present (lines said)'), ['* alice (3)', '* bob (1)', '* meetbot (1)']);
});

test('trailer: says who wrote it, keeps the ReST link target, ends with one newline', () => {
  const text = minutes(['alice', '#endmeeting']);
  assert.ok(text.endsWith('\n\n\n\n\nGenerated by minutebook in the layout of `MeetBot`_ 0.1.4\n\n.. _`MeetBot`: http://wiki.debian.org/MeetBot\n'));
});

test('beyond MeetBot: no #endmeeting, no #startmeeting, no times', () => {
  const open = minutes(['alice', '#topic T'], ['bob', 'still talking']);
  assert.ok(open.includes('* T  (alice, 10:00:02)\n\nMeeting never ended (no #endmeeting); the log stops at 10:00:03 UTC.\n'), open);
  const [logOnly] = parse(log(['alice', 'hello'], ['bob', 'hi'])).meetings;
  assert.ok(meetbotText(logOnly).includes('\n\n\nLog starting at 10:00:00 UTC, with no #startmeeting. The full logs are\n'));
  const untimed = meeting(['<alice> #startmeeting', '<alice> #topic T', '<alice> #endmeeting'], 'team.log');
  assert.ok(meetbotText(untimed).includes('\n* T  (alice, line 2)\n'), meetbotText(untimed));
});

test.run();
