import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pidgin } from '../../src/lines/pidgin.js';

const p = (line: string) => pidgin.parse(line);

test('message with a 12-hour clock (i2p 311)', () => {
  assert.equal(p('(04:00:13 PM) zlatinb: hi'), { kind: 'message', nick: 'zlatinb', text: 'hi', clock: { h: 16, m: 0, s: 13 } });
  assert.is(p('(12:05:00 AM) zzz: late')?.clock?.h, 0);
});

test('message with a 24-hour clock', () => {
  assert.equal(p('(15:48:58) eyedeekay: hello'), { kind: 'message', nick: 'eyedeekay', text: 'hello', clock: { h: 15, m: 48, s: 58 } });
});

test('a stamp with an ISO date gives the line its date', () => {
  assert.equal(p('(2022-10-05 00:01:02) zzz: eot'), {
    kind: 'message',
    nick: 'zzz',
    text: 'eot',
    clock: { h: 0, m: 1, s: 2 },
    date: { y: 2022, m: 10, d: 5 },
  });
});

test('entered, left and renamed (i2p 296, 316)', () => {
  assert.equal(p('(03:08:35 PM) John [john@example.b32.i2p] entered the room.'), {
    kind: 'join',
    nick: 'John',
    text: '[john@example.b32.i2p] entered the room.',
    clock: { h: 15, m: 8, s: 35 },
  });
  assert.equal(p('(03:05:07 PM) John left the room (quit: Read error).'), {
    kind: 'quit',
    nick: 'John',
    text: 'left the room (quit: Read error).',
    clock: { h: 15, m: 5, s: 7 },
  });
  assert.is(p('(03:05:07 PM) John left the room.')?.kind, 'part');
  assert.equal(p('(04:31:17 PM) uis is now known as Irc2PGuest33729'), {
    kind: 'nick',
    nick: 'uis',
    newNick: 'Irc2PGuest33729',
    text: 'is now known as Irc2PGuest33729',
    clock: { h: 16, m: 31, s: 17 },
  });
});

test('/me, topic and other notes', () => {
  assert.equal(p('(04:00:00 PM) ***zzz bafs the meeting closed'), {
    kind: 'action',
    nick: 'zzz',
    text: 'bafs the meeting closed',
    clock: { h: 16, m: 0, s: 0 },
  });
  assert.is(p('(04:00:01 PM) eyedeekay has changed the topic to: meeting')?.nick, 'eyedeekay');
  assert.equal(p('(04:00:02 PM) The topic for #i2p-dev is: meetings'), {
    kind: 'other',
    nick: null,
    text: 'The topic for #i2p-dev is: meetings',
    clock: { h: 16, m: 0, s: 2 },
  });
});

test('the "Conversation with" header carries the date', () => {
  assert.equal(p('Conversation with #i2p-dev at Tue 04 Oct 2022 03:59:00 PM EDT on me@irc.postman.i2p (irc)'), {
    kind: 'other',
    nick: null,
    text: 'Conversation with #i2p-dev at Tue 04 Oct 2022 03:59:00 PM EDT on me@irc.postman.i2p (irc)',
    clock: { h: 15, m: 59, s: 0 },
    date: { y: 2022, m: 10, d: 4 },
    dayMarker: true,
  });
  assert.equal(p('Conversation with #i2p-dev at Tue Oct  4 15:59:00 2022 on me@irc (irc)')?.date, { y: 2022, m: 10, d: 4 });
});

test('lines of other shapes are not mine', () => {
  assert.is(p('[15:48:58] <bob> hi'), null);
  assert.is(p('(not a time) bob: hi'), null);
  assert.is(p('Conversation about nothing'), null);
  assert.is(p(''), null);
});

test.run();
