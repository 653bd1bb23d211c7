// The command table (src/meeting/commands/), one behaviour per test, each on a
// tiny inline log run through the whole pipeline. See docs/meetbot-compatibility.md
// for the MeetBot semantics these pin down.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  JENKINS_START,
  OPENSTACK_START,
  UPSTREAM_START,
  infos,
  itemsOf,
  log,
  meeting,
  parse,
  peopleOf,
} from '../support/inline-log.js';
import { meetbotTitle } from '../../src/site/meetbot-text.js';

const start = (...said: [string, string][]) =>
  log(['alice', '#startmeeting Weekly'], ['meetbot', UPSTREAM_START], ...said, ['alice', '#endmeeting']);

test('a command is "#word" at the very start of the line; a "#" further on is talk', () => {
  const m = meeting(
    start(
      ['alice', 'the sheet is https://docs.example.com/ccc?key=1#gid=0'],
      ['alice', 'see #123 and #info not this'],
      ['alice', ' #info leading space is not a command'],
      ['alice', '#info this one'],
    ),
  );
  assert.equal(itemsOf(m), ['info: this one']);
});

test('command words are case-insensitive', () => {
  const m = meeting(start(['alice', '#TOPIC Budget'], ['alice', '#Info spent 3'], ['alice', '#aCtIoN bob to pay']));
  assert.equal(itemsOf(m), ['topic: Budget', 'info: spent 3', 'action: bob to pay']);
});

test('no separator is needed after the word: the rest is the argument as typed', () => {
  const m = meeting(start(['alice', '#topic: foo'], ['alice', '#action-item x'], ['alice', '#info.'], ['alice', '#idea\tTabbed']));
  assert.equal(itemsOf(m), ['topic: : foo', 'action: -item x', 'info: .', 'idea: Tabbed']);
});

test('unknown words and aliases MeetBot lacks are ordinary talk', () => {
  const m = meeting(start(['alice', '#topicfoo x'], ['alice', '#1 first'], ['alice', '#actions x'], ['alice', '#links x']));
  assert.equal(itemsOf(m), []);
  assert.equal(peopleOf(m).alice, 6);
});

test('the aliases MeetBot has: #agree, #accept, #reject, #halp', () => {
  const m = meeting(start(['alice', '#agree a'], ['alice', '#accept b'], ['alice', '#reject c'], ['alice', '#halp d']));
  assert.equal(itemsOf(m), ['agreed: a', 'accepted: b', 'rejected: c', 'help: d']);
});

test('an empty argument is allowed', () => {
  const m = meeting(start(['alice', '#topic'], ['alice', '#agreed']));
  assert.equal(itemsOf(m), ['topic: ', 'agreed: ']);
});

test('chair-only commands from a non-chair are ignored with an info diagnostic, the line still counts', () => {
  const m = meeting(start(['bob', '#topic Mine'], ['bob', '#agreed yes'], ['bob', '#info anyone may'], ['bob', '#endmeeting']));
  assert.equal(itemsOf(m), ['info: anyone may']);
  assert.equal(infos(m), [
    '#topic from bob, who is not a chair, ignored',
    '#agreed from bob, who is not a chair, ignored',
    '#endmeeting from bob, who is not a chair, ignored',
  ]);
  assert.equal(peopleOf(m).bob, 4);
  assert.is(m.ended, true);
});

test('a chair back under another nick (alice2, alice_) is not one, as in MeetBot; the info says how they would be', () => {
  const m = meeting(start(['alice2', '#topic Mine'], ['alice_', '#endmeeting'], ['alicia', '#agreed no']));
  assert.equal(itemsOf(m), []);
  assert.equal(infos(m), [
    '#topic from alice2, who is not a chair, ignored (alice is a chair; under this nick they need "#chair alice2")',
    '#endmeeting from alice_, who is not a chair, ignored (alice is a chair; under this nick they need "#chair alice_")',
    '#agreed from alicia, who is not a chair, ignored',
  ]);
});

test('the chair test is case-sensitive', () => {
  const m = meeting(start(['Alice', '#topic Not the owner']));
  assert.equal(itemsOf(m), []);
});

test('#chair splits on commas and spaces and adds 0-line attendees; #unchair removes, but never the owner', () => {
  const m = meeting(
    start(
      ['alice', '#chair bob, carol dave'],
      ['bob', '#topic By bob'],
      ['alice', '#unchair bob alice'],
      ['bob', '#topic Bob again'],
      ['alice', '#topic Alice still'],
    ),
  );
  assert.equal(m.items.map((i) => i.text), ['By bob', 'Alice still']);
  assert.equal(m.chairs, ['alice', 'carol', 'dave']);
  assert.equal(peopleOf(m), { alice: 5, bob: 2, meetbot: 1, carol: 0, dave: 0 });
});

test('#unchair splits on whitespace only, as MeetBot does', () => {
  const m = meeting(start(['alice', '#chair bob carol'], ['alice', '#unchair bob,carol']));
  assert.equal(m.chairs, ['alice', 'bob', 'carol']);
});

test('a chair added by #chair may use chair commands, including #chair', () => {
  const m = meeting(start(['alice', '#chair bob'], ['bob', '#chair carol'], ['carol', '#agreed done']));
  assert.equal(itemsOf(m), ['agreed: done']);
});

test('#undo pops the last item of any kind, one per #undo', () => {
  const m = meeting(
    start(
      ['alice', '#topic One'],
      ['bob', '#info kept'],
      ['alice', '#topic Two'],
      ['bob', 'http://example.com/auto'],
      ['alice', '#undo'],
      ['alice', '#undo'],
      ['alice', '#undo'],
    ),
  );
  assert.equal(itemsOf(m), ['topic: One']);
  assert.equal(m.topics.map((t) => t.title), ['One']);
});

test('#undo with nothing to remove is noted', () => {
  const m = meeting(start(['alice', '#undo']));
  assert.equal(infos(m), ['#undo with no item to remove']);
});

test('items stand under the latest topic; items before the first topic under none', () => {
  const m = meeting(start(['bob', '#info early'], ['alice', '#topic T'], ['bob', '#info late']));
  assert.equal(m.items.map((i) => [i.text, i.topic]), [['early', null], ['T', 0], ['late', 0]]);
});

test('#meetingname is for anyone and names the series', () => {
  const m = meeting(start(['bob', '#meetingname Weekly Sync']));
  assert.is(m.series, 'weekly_sync');
  assert.is(m.id, 'weekly_sync/2020/weekly_sync.2020-01-02-10.00');
});

test('an empty #meetingname clears the name, as in MeetBot (the file\'s series names it again)', () => {
  const m = meeting(start(['bob', '#meetingname Weekly Sync'], ['carol', '#meetingname']));
  assert.is(m.series, 'team');
});

test('#meetingtopic sets the title, trimmed; "none" clears it', () => {
  assert.is(meeting(start(['alice', '#meetingtopic  Budget day  '])).title, 'Budget day');
  assert.is(meeting(start(['alice', '#meetingtopic Budget day'])).title, 'Budget day');
  assert.is(meeting(start(['alice', '#meetingtopic none'])).title, 'team');
  assert.is(meeting(start()).title, 'Weekly');
});

test('#startmeeting none (or unset) leaves the meeting untitled, as its text goes through #meetingtopic in MeetBot', () => {
  for (const text of ['#startmeeting none', '#startmeeting  UNSET ']) {
    const m = meeting(log(['alice', text], ['meetbot', UPSTREAM_START], ['alice', '#endmeeting']));
    assert.equal([m.title, m.series, meetbotTitle(m)], ['team', 'team', '#team Meeting'], text);
  }
});

test('#link takes the first URL anywhere, without a trailing "." or ")"', () => {
  const m = meeting(
    start(
      ['bob', '#link the docs (https://example.com/a.b/c). read them'],
      ['bob', '#link https://example.com/x.'],
      ['bob', '#link ftp://example.com/f) and more'],
      ['bob', '#link no url here'],
    ),
  );
  assert.equal(
    m.items.map((i) => [i.text, i.url]),
    [
      ['the docs (https://example.com/a.b/c). read them', 'https://example.com/a.b/c'],
      ['https://example.com/x.', 'https://example.com/x'],
      ['ftp://example.com/f) and more', 'ftp://example.com/f'],
      ['no url here', 'no'],
    ],
  );
});

test('#link never gives a url with a scheme MeetBot does not link: the text keeps what was said', () => {
  const said = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'jav&#x09;ascript:alert(1)',
    '&#106;avascript:alert(1)',
    '<javascript:alert(1)>',
    '',
  ];
  const m = meeting(start(...said.map((text): [string, string] => ['bob', `#link ${text}`])));
  assert.equal(m.items.map((i) => [i.text, 'url' in i]), said.map((text) => [text, false]));
  const safe = meeting(start(['bob', '#link MAILTO:a@example.com'], ['bob', '#link www.example.com/x'], ['bob', '#link HTTPS://Example.com']));
  assert.equal(safe.items.map((i) => i.url), ['MAILTO:a@example.com', 'www.example.com/x', 'HTTPS://Example.com']);
});

test('a line that starts with scheme:// is a link from anyone; elsewhere in the line it is not', () => {
  const m = meeting(
    start(
      ['bob', 'https://example.com/page see this'],
      ['bob', 'see http://example.com/not'],
      ['bob', 'mailto:a@example.com'],
      ['bob', 'HTTP://example.com/upper'],
    ),
  );
  assert.equal(
    m.items.map((i) => [i.kind, i.text, i.url]),
    [['link', 'https://example.com/page see this', 'https://example.com/page']],
  );
});

test('votes on the OpenStack fork: last vote per person counts, only options with votes are listed', () => {
  const m = meeting(
    log(
      ['alice', '#startmeeting weekly'],
      ['openstack', OPENSTACK_START],
      ['alice', '#startvote Ship it? Yes, No, Maybe'],
      ['bob', '#vote yes'],
      ['carol', '#vote no'],
      ['carol', '#vote Yes'],
      ['dave', '#vote perhaps'],
      ['bob', '#endvote'],
      ['alice', '#endvote'],
      ['alice', '#endmeeting'],
    ),
  );
  assert.equal(itemsOf(m), ['vote: Voted on "Ship it?" Results are, Yes: 2']);
  assert.equal(infos(m), ['vote "perhaps" from dave is not one of the options; ignored', '#endvote from bob, who is not a chair, ignored']);
});

test('#startvote with nothing after "?" votes Yes/No; without "?" it is refused', () => {
  const m = meeting(
    log(
      ['alice', '#startmeeting weekly'],
      ['openstack', OPENSTACK_START],
      ['alice', '#startvote no question mark'],
      ['alice', '#startvote Agreed?'],
      ['bob', '#vote no'],
      ['alice', '#endvote'],
      ['alice', '#endmeeting'],
    ),
  );
  assert.equal(itemsOf(m), ['vote: Voted on "Agreed?" Results are, No: 1']);
});

test('outside the OpenStack fork the vote commands are ordinary talk', () => {
  const m = meeting(start(['alice', '#startvote Ship it? yes, no'], ['bob', '#vote yes'], ['alice', '#endvote']));
  assert.equal(itemsOf(m), []);
});

test('actions go to every attendee named as a whole word, case-insensitively', () => {
  const m = meeting(
    start(
      ['bob', 'hi'],
      ['carol', 'hi'],
      ['bobby', 'hi'],
      ['alice', '#action Bob and CAROL: fix the build'],
      ['alice', '#action bobby writes docs'],
      ['alice', '#action someone else'],
    ),
  );
  assert.equal(
    m.items.map((i) => i.assignees),
    [['bob', 'carol'], ['bobby'], []],
  );
});

test('#nick and #chair make 0-line attendees actions can go to; a nick never seen cannot', () => {
  const m = meeting(
    start(['alice', '#nick dave, erin'], ['alice', '#chair frank'], ['alice', '#action dave: call frank, and zed too']),
  );
  assert.equal(m.items[0].assignees, ['dave', 'frank']);
  assert.equal(peopleOf(m), { alice: 5, meetbot: 1, dave: 0, erin: 0, frank: 0 });
});

test('the bot is an attendee: counted, and named actions go to it', () => {
  const m = meeting(start(['alice', '#action ask meetbot to behave']));
  assert.equal(m.items[0].assignees, ['meetbot']);
  assert.is(peopleOf(m).meetbot, 1);
});

test('the bot never gives commands, even "#topic" or "#endmeeting"', () => {
  const m = meeting(
    log(
      ['alice', '#startmeeting'],
      ['meetbot', UPSTREAM_START],
      ['meetbot', '#topic from the bot'],
      ['meetbot', 'http://example.com/bot'],
      ['meetbot', '#endmeeting'],
      ['alice', '#endmeeting'],
    ),
  );
  assert.equal(itemsOf(m), []);
  assert.equal(peopleOf(m), { meetbot: 4, alice: 2 });
  assert.is(m.bot, 'meetbot');
});

test('/me lines count as lines said but are never commands', () => {
  const m = meeting(start(['* bob', '#info not a command'], ['* bob', 'http://example.com/']));
  assert.equal(itemsOf(m), []);
  assert.is(peopleOf(m).bob, 2);
});

test('a second #startmeeting during a meeting is refused and not counted; #StartMeeting is talk', () => {
  const m = meeting(start(['bob', '#startmeeting Other'], ['bob', '#StartMeeting Other']));
  assert.is(m.title, 'Weekly');
  assert.is(peopleOf(m).bob, 1);
  assert.equal(infos(m), ['#startmeeting while a meeting is running; ignored']);
});

test('several meetings in one file, with the lines between them kept outside', () => {
  const result = parse(
    log(
      ['bob', 'before'],
      ['alice', '#startmeeting One'],
      ['alice', '#topic First'],
      ['alice', '#endmeeting'],
      ['bob', 'between'],
      ['carol', '#startmeeting Two'],
      ['carol', '#topic Second'],
      ['carol', '#endmeeting'],
      ['bob', 'after'],
    ),
  );
  const [one, two] = result.meetings;
  assert.is(result.meetings.length, 2);
  assert.equal([one.title, one.owner, one.start, one.end], ['One', 'alice', '2020-01-02T10:00:01Z', '2020-01-02T10:00:03Z']);
  assert.equal([two.title, two.owner, two.start, two.end], ['Two', 'carol', '2020-01-02T10:00:05Z', '2020-01-02T10:00:07Z']);
  assert.equal(one.topics.map((t) => t.title), ['First']);
  assert.equal(two.topics.map((t) => t.title), ['Second']);
  assert.equal(one.lines.map((l) => [l.text, l.outside ?? false]), [
    ['before', true],
    ['#startmeeting One', false],
    ['#topic First', false],
    ['#endmeeting', false],
    ['between', true],
  ]);
  assert.equal(two.lines.map((l) => l.outside ?? false), [false, false, false, true]);
  assert.equal(peopleOf(one), { alice: 3 });
});

test('a meeting with no #endmeeting ends at its last line, with a warning', () => {
  const m = meeting(log(['alice', '#startmeeting'], ['alice', '#topic Open'], ['bob', 'bye']));
  assert.is(m.ended, false);
  assert.is(m.end, '2020-01-02T10:00:02Z');
  assert.equal(
    m.diagnostics.filter((d) => d.level === 'warning').map((d) => [d.line, d.message]),
    [[1, 'meeting never ended (no #endmeeting); it ends at its last line']],
  );
});

test('#endmeeting: chairs only, but on OpenStack anyone once 60 minutes have passed', () => {
  const lines = [
    '10:00:00 <alice> #startmeeting weekly',
    `10:00:00 <openstack> ${OPENSTACK_START}`,
    '10:30:00 <bob> #endmeeting',
    '11:00:00 <bob> #endmeeting',
    '11:00:05 <alice> still here',
  ];
  const m = parse(lines).meetings[0];
  assert.equal([m.ended, m.end], [true, '2020-01-02T11:00:00Z']);
  assert.equal(infos(m).filter((d) => d.startsWith('#endmeeting')), ['#endmeeting from bob, who is not a chair, ignored']);
});

test('OpenStack: #startmeeting needs a name, and the name names the series', () => {
  const unnamed = parse(log(['alice', '#startmeeting'], ['openstack', OPENSTACK_START], ['alice', '#endmeeting']));
  assert.is(unnamed.meetings[0].owner, null, 'no meeting: the file is kept as a log');
  const named = meeting(log(['alice', '#startmeeting Edge Case / Test!'], ['openstack', OPENSTACK_START], ['alice', '#endmeeting']));
  assert.equal([named.series, named.title], ['edge_case___test_', 'Edge Case / Test!']);
});

test('a #startmeeting the bot refuses ("A meeting name is required") starts nothing, even before its fork is known', () => {
  // The OpenStack greeting comes more than 15 lines after the nameless start, so the fork is not known there.
  const chatter = Array.from({ length: 30 }, (_, k): [string, string] => ['bob', `chatter ${k}`]);
  for (const refusal of ['alice: A meeting name is required', 'alice: Error: A meeting name is required to start a meeting.']) {
    const { meetings } = parse(
      log(['alice', '#startmeeting'], ['openstack', refusal], ...chatter, ['alice', '#startmeeting nova'], ['openstack', OPENSTACK_START], ['alice', '#topic t'], ['alice', '#endmeeting']),
      'openstack-meeting.2020-01-02-10.00.log.txt',
    );
    assert.is(meetings.length, 1);
    const [m] = meetings;
    assert.equal([m.series, m.title, m.start, m.owner], ['nova', 'nova', '2020-01-02T10:00:32Z', 'alice'], refusal);
    assert.equal(itemsOf(m), ['topic: t']);
    assert.equal(peopleOf(m), { alice: 3, openstack: 1 }, 'the chatter before the real start is not counted');
    assert.equal(infos(m), ['#startmeeting refused by openstack (line 2); no meeting started']);
  }
});

test('Jenkins\' robobutler, which never says "Meeting started", is found as the bot; it has no votes', () => {
  const jenkins = meeting(log(['alice', '#startmeeting'], ['robobutler', JENKINS_START], ['bob', '#startvote A? b'], ['alice', '#endmeeting']));
  assert.is(jenkins.bot, 'robobutler');
  assert.equal(itemsOf(jenkins), []);
});

test.run();
