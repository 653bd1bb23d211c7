// Slack's workspace export (src/exports/slack.ts). Written here from Slack's
// documented export format (no Slack export is in the corpus): a channel's
// day as an array of messages, with subtypes, profiles and Slack's markup.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { slack, unmarked } from '../../src/exports/slack.js';
import { parseLog } from '../../src/pipeline.js';
import { invariantProblems } from '../support/invariants.js';

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'exports', 'slack-weekly', '2023-10-05.json');
const alice = { name: 'alice', real_name: 'Alice Smith', display_name: 'Alice' };

test('the markup reads as Slack shows it: mentions, channels, links, escapes', () => {
  const names = new Map([['U02BOB', 'bob']]);
  assert.is(unmarked('#action <@U02BOB> to tag', names), '#action @bob to tag');
  assert.is(unmarked('ping <@U09NOBODY> and <@U03|carol>', names), 'ping @U09NOBODY and @carol');
  assert.is(unmarked('see <#C012|general> <!here> <!subteam^S1|@ops> <!channel>'), 'see #general @here @ops @channel');
  assert.is(unmarked('#link <https://example.org/agenda|the agenda>'), '#link the agenda (https://example.org/agenda)');
  assert.is(unmarked('<https://example.org> <https://example.org/x|example.org/x> <mailto:a@b.org|a@b.org>'), 'https://example.org https://example.org/x a@b.org');
  assert.is(unmarked('a &lt;b&gt; &amp;amp; c'), 'a <b> &amp; c');
  assert.is(unmarked('on <!date^1697068800^{date}|Oct 12th>'), 'on Oct 12th');
});

test('a day of a channel: each message a line (each line of it), at its UTC time; subtypes are joins, /me, bots', () => {
  const lines = slack.read([
    { type: 'message', subtype: 'channel_join', ts: '1696514340.000100', user: 'U01', text: '<@U01> has joined the channel', user_profile: alice },
    { type: 'message', ts: '1696514400.000200', user: 'U01', text: '#topic One\n\n#info two', user_profile: alice },
    { type: 'message', subtype: 'me_message', ts: '1696514440.5', user: 'U01', text: 'waves' },
    { type: 'message', subtype: 'bot_message', ts: '1696514450', bot_id: 'B1', username: 'ci bot', text: 'passed' },
    { type: 'message', subtype: 'channel_topic', ts: '1696514460', user: 'U01', text: '<@U01> set the channel topic: Release' },
    { type: 'message', subtype: 'message_deleted', ts: '1696514470', deleted_ts: '1696514400.000200' },
    { type: 'message', ts: '1696514480', user: 'U01', text: '', files: [{ name: 'notes.pdf', title: 'Notes' }] },
    { type: 'message', ts: '1696514490', user: 'U04', text: 'who am I' },
    { type: 'message', ts: '1696514495', user: 'U05', text: 'blank name', user_profile: { name: '\u200b', display_name: 'erin' } },
  ])!;
  assert.equal(
    lines.map((l) => [l.kind, l.nick, l.text, `${l.clock.h}:${l.clock.m}:${l.clock.s}`]),
    [
      ['join', 'alice', 'has joined the channel', '13:59:0'],
      ['message', 'alice', '#topic One', '14:0:0'],
      ['message', 'alice', '#info two', '14:0:0'],
      // Its profile is on another message: the user id is the same person.
      ['action', 'alice', 'waves', '14:0:40'],
      ['message', 'ci_bot', 'passed', '14:0:50'],
      ['other', 'alice', 'set the channel topic: Release', '14:1:0'],
      ['message', 'alice', '[file: Notes]', '14:1:20'],
      ['message', 'U04', 'who am I', '14:1:30'],
      // A handle that shows nothing is passed over for the next name.
      ['message', 'erin', 'blank name', '14:1:35'],
    ],
  );
  assert.equal(lines[0].date, { y: 2023, m: 10, d: 5 });
});

test('not a Slack day: other JSON is left to the other readers', () => {
  assert.is(slack.read({ messages: [] }), null);
  assert.is(slack.read([]), null);
  assert.is(slack.read([{ id: 'U01', name: 'alice' }]), null, "users.json's shape");
  assert.is(slack.read([{ type: 'message', ts: 'yesterday', text: 'x' }]), null);
});

test('a Slack day with MeetBot commands makes its meeting, dated by its messages, in its channel\'s series', () => {
  const rel = 'slack-weekly/2023-10-05.json';
  const bytes = fs.readFileSync(FIXTURE);
  const result = parseLog(bytes, rel, { relPath: rel });
  assert.equal(invariantProblems(bytes, result), []);
  assert.is(result.format, 'slack');
  const [m] = result.meetings;
  assert.is(m.id, 'slack-weekly/2023/slack-weekly.2023-10-05-14.00');
  assert.is(m.title, 'Weekly sync');
  assert.is(m.end, '2023-10-05T14:01:10Z');
  assert.equal(
    m.items.map((i) => `${i.kind}: ${i.text}`),
    ['topic: Release <2.0>', 'link: the agenda (https://example.org/agenda)', 'action: @bob to tag the release', 'agreed: ship on Oct 12th'],
  );
  assert.equal(m.items[2].assignees, ['bob']);
  assert.is(m.items[1].url, 'https://example.org/agenda');
  assert.equal(m.people.map((p) => [p.nick, p.lines]), [['alice', 6], ['bob', 2], ['ci_bot', 1]]);
  // Lines are numbered in the export's order: line 5 is the second line of message 4.
  assert.is(m.lines[4].line, 5);
  assert.is(m.lines[4].text, '#link the agenda (https://example.org/agenda)');
});

test.run();
