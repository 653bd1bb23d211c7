import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { irssi } from '../../src/lines/irssi.js';

const p = (line: string) => irssi.parse(line);

test('message with a mode prefix or a space inside the brackets (i2p 008, 145)', () => {
  assert.equal(p('01:00 <@mids> Meeting nr 8!'), { kind: 'message', nick: 'mids', text: 'Meeting nr 8!', clock: { h: 1, m: 0, s: 0 } });
  assert.equal(p('01:00 < Neo> yes'), { kind: 'message', nick: 'Neo', text: 'yes', clock: { h: 1, m: 0, s: 0 } });
  assert.is(p('13:03 <+bla> Is there a meeting today?')?.nick, 'bla');
});

test('seconds and two spaces after the time (i2p 216)', () => {
  assert.equal(p('20:07:05  <hottuna_> Alright, meeting-time'), {
    kind: 'message',
    nick: 'hottuna_',
    text: 'Alright, meeting-time',
    clock: { h: 20, m: 7, s: 5 },
  });
});

test('/me line', () => {
  assert.equal(p('14:10  * jrandom *baf*s the meeting closed'), {
    kind: 'action',
    nick: 'jrandom',
    text: '*baf*s the meeting closed',
    clock: { h: 14, m: 10, s: 0 },
  });
});

test('join, quit and part: nick, then the rest of the line', () => {
  assert.equal(p('15:26 -!- Teal`c [tealc@irc2p] has joined #i2p'), {
    kind: 'join',
    nick: 'Teal`c',
    text: '[tealc@irc2p] has joined #i2p',
    clock: { h: 15, m: 26, s: 0 },
  });
  assert.equal(p('15:26 -!- gloin [gloin@irc2p] has quit [Connection reset by peer]'), {
    kind: 'quit',
    nick: 'gloin',
    text: '[gloin@irc2p] has quit [Connection reset by peer]',
    clock: { h: 15, m: 26, s: 0 },
  });
  assert.is(p('15:30 -!- gloin [gloin@irc2p] has left #i2p [bye]')?.kind, 'part');
  assert.is(p('15:31 -!- gloin was kicked from #i2p by zzz [spam]')?.kind, 'part');
});

test('nick change', () => {
  assert.equal(p('14:08 -!- ]Replica[ is now known as ]Replica|zZz['), {
    kind: 'nick',
    nick: ']Replica[',
    newNick: ']Replica|zZz[',
    text: 'is now known as ]Replica|zZz[',
    clock: { h: 14, m: 8, s: 0 },
  });
  assert.is(p('20:18:37  *** trolly_ is now known as trolly')?.newNick, 'trolly');
});

test('mode, topic and client notes are "other", with the nick when known', () => {
  assert.equal(p('23:58 -!- mode/#iip-dev [-o logger] by Trent'), {
    kind: 'other',
    nick: 'Trent',
    text: 'mode/#iip-dev [-o logger] by Trent',
    clock: { h: 23, m: 58, s: 0 },
  });
  assert.is(p('00:02 -!- mids changed the topic of #iip-dev to: IIP Meeting')?.nick, 'mids');
  assert.equal(p('23:58 -!- Irssi: Join to #iip-dev was synced in 1 secs')?.nick, null);
  assert.is(p('23:58 [Users #iip-dev]')?.kind, 'other');
});

test('notices', () => {
  assert.equal(p('12:00 -NickServ(NickServ@services.)- This nickname is registered.'), {
    kind: 'notice',
    nick: 'NickServ',
    text: 'This nickname is registered.',
    clock: { h: 12, m: 0, s: 0 },
  });
  assert.is(p('12:00 -zzz:#i2p- meeting in 5')?.nick, 'zzz');
});

test('"Log opened" carries date and clock; "Day changed" only the date', () => {
  assert.equal(p('--- Log opened Tue Aug 13 23:58:45 2002'), {
    kind: 'other',
    nick: null,
    text: 'Log opened Tue Aug 13 23:58:45 2002',
    clock: { h: 23, m: 58, s: 45 },
    date: { y: 2002, m: 8, d: 13 },
    dayMarker: true,
  });
  assert.equal(p('--- Day changed Wed Aug 14 2002'), {
    kind: 'other',
    nick: null,
    text: 'Day changed Wed Aug 14 2002',
    clock: null,
    date: { y: 2002, m: 8, d: 14 },
    dayMarker: true,
  });
  assert.is(p('--- Log closed Wed Aug 14 01:28:33 2002')?.dayMarker, true);
});

test('lines of other shapes are not mine', () => {
  assert.is(p('[18:03] <bob> hi'), null);
  assert.is(p('2016-01-01 12:00:00\tbob\thi'), null);
  assert.is(p('12:00 just words'), null);
  assert.is(p('--- something else'), null);
  assert.is(p(''), null);
});

test('the common message line read by position agrees with the regular expressions at its edges', () => {
  assert.equal(p('09:05:07  < @op >  two spaces'), { kind: 'message', nick: 'op', text: ' two spaces', clock: { h: 9, m: 5, s: 7 } });
  assert.equal(p('25:61 <bob> impossible clock'), { kind: 'message', nick: 'bob', text: 'impossible clock', clock: null });
  assert.equal(p('12:00 <ünï> non-ASCII nick'), { kind: 'message', nick: 'ünï', text: 'non-ASCII nick', clock: { h: 12, m: 0, s: 0 } });
  assert.equal(p('12:00 <bob>'), { kind: 'message', nick: 'bob', text: '', clock: { h: 12, m: 0, s: 0 } });
  assert.is(p('12:00   <bob> three spaces'), null);
  assert.is(p('12:00 <a\tb> tab'), null);
  assert.is(p('12:00:7 <bob> short seconds'), null);
});

test('a tab after "<nick>" parts it from the text, as a space does', () => {
  assert.equal(p('14:00 <alice>\t#startmeeting Weekly'), {
    kind: 'message',
    nick: 'alice',
    text: '#startmeeting Weekly',
    clock: { h: 14, m: 0, s: 0 },
  });
  assert.is(p('14:00:00 < ali\u00e7e>\t#endmeeting')?.text, '#endmeeting');
});

test.run();
