// Which nick is the meeting's bot (src/meeting/bot.ts, interpret.ts): the one
// who replies to #startmeeting as MeetBot does. A person is never taken for
// it, so their commands count (each case here lost them).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { itemsOf, log, meeting, parse, UPSTREAM_START, OPENSTACK_START } from '../support/inline-log.js';

test('one who once pasted a bot\'s "Minutes:  …" reply still starts a meeting, and is not its bot', () => {
  const m = meeting([
    '09:50:00 <alice> Minutes:        http://example.org/team.2019-12-25-10.00.html',
    ...log(['alice', '#startmeeting'], ['bot', UPSTREAM_START], ['alice', '#topic one'], ['alice', '#endmeeting']),
  ]);
  assert.is(m.bot, 'bot');
  assert.is(m.owner, 'alice');
  assert.equal(itemsOf(m), ['topic: one']);
});

test('a person who said such a reply before the meeting and speaks first in it is not its bot: their #topic counts', () => {
  const m = meeting([
    '09:59:00 <bob> Minutes:        http://example.org/team.2019-12-25-10.00.html',
    ...log(['alice', '#startmeeting'], ['bob', 'hi'], ['alice', '#chair bob'], ['bob', '#topic one'], ['alice', '#topic two'], ['alice', '#endmeeting']),
  ]);
  assert.is(m.bot, null);
  assert.equal(itemsOf(m), ['topic: one', 'topic: two']);
});

test('"Meeting started late, sorry" is a person speaking, not MeetBot\'s reply: their #info counts', () => {
  const m = meeting(log(['alice', '#startmeeting'], ['carol', 'Meeting started late, sorry'], ['alice', '#topic one'], ['carol', '#info carol info'], ['alice', '#endmeeting']));
  assert.is(m.bot, null);
  assert.equal(itemsOf(m), ['topic: one', 'info: carol info']);
});

test('the one who started the meeting is never its bot, whatever they pasted', () => {
  const m = meeting(log(['alice', '#startmeeting'], ['alice', UPSTREAM_START], ['alice', '#topic one'], ['alice', '#endmeeting']));
  assert.is(m.bot, null);
  assert.equal(itemsOf(m), ['topic: one']);
});

test("joins between #startmeeting and the bot's reply do not close the window: OpenStack's bot and its votes are found", () => {
  const joins = Array.from({ length: 20 }, (_, k) => `10:00:00 -!- user${k} [u@h] has joined #openstack-oslo`);
  const { meetings } = parse([
    '10:00:00 <dims> #startmeeting oslo',
    ...joins,
    `10:00:59 <openstack> ${OPENSTACK_START}`,
    '10:01:00 <dims> #startvote Go? yes, no',
    '10:01:01 <bob> #vote yes',
    '10:01:02 <dims> #endvote',
    '10:02:00 <dims> #endmeeting',
  ]);
  const [m] = meetings;
  assert.is(m.bot, 'openstack');
  assert.is(m.series, 'oslo');
  assert.ok(m.items.some((i) => i.kind === 'vote'), itemsOf(m).join('\n'));
});

test.run();
