import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { weechat } from '../../src/lines/weechat.js';

// Lines in WeeChat's documented logger shape (no WeeChat log in the corpus).
const p = (line: string) => weechat.parse(line);
const date = { y: 2016, m: 11, d: 22 };

test('message, with and without a mode prefix', () => {
  assert.equal(p('2016-11-22 03:09:33\tJamal_Jones\ti dont like bean peer pressured'), {
    kind: 'message',
    nick: 'Jamal_Jones',
    text: 'i dont like bean peer pressured',
    clock: { h: 3, m: 9, s: 33 },
    date,
  });
  assert.is(p('2016-11-22 03:09:34\t@op\tmeeting starts')?.nick, 'op');
});

test('/me line', () => {
  assert.equal(p('2016-11-22 22:56:37\t *\tbedroom_eyes cries'), {
    kind: 'action',
    nick: 'bedroom_eyes',
    text: 'cries',
    clock: { h: 22, m: 56, s: 37 },
    date,
  });
});

test('join, quit, part and kick', () => {
  assert.equal(p('2016-11-22 11:56:03\t-->\tBrowsing (~browsing@host.example) has joined #ghetty'), {
    kind: 'join',
    nick: 'Browsing',
    text: '(~browsing@host.example) has joined #ghetty',
    clock: { h: 11, m: 56, s: 3 },
    date,
  });
  assert.is(p('2016-11-22 15:22:24\t<--\trubywoo (~woo@host.example) has quit (Read error: Connection reset by peer)')?.kind, 'quit');
  assert.is(p('2016-11-22 14:46:15\t<--\tunderdoge (~echapa@my.dude) has left #ghetty (WeeChat 1.5)')?.kind, 'part');
  const kick = p('2016-11-22 20:38:31\t<--\thikiraka has kicked gnu (rejoin, friend)');
  assert.is(kick?.kind, 'part');
  assert.is(kick?.nick, 'gnu');
});

test('network lines: nick change, mode, notice', () => {
  assert.equal(p('2016-11-22 10:00:00\t--\tbob is now known as bobby'), {
    kind: 'nick',
    nick: 'bob',
    newNick: 'bobby',
    text: 'is now known as bobby',
    clock: { h: 10, m: 0, s: 0 },
    date,
  });
  assert.is(p('2016-11-22 19:58:26\t--\tMode #trollhour [-q marley] by Sexy')?.nick, 'Sexy');
  assert.is(p('2016-11-22 19:58:27\t--\tChannel #ghetty: 35 nicks (2 ops, 0 halfops, 1 voice, 32 normals)')?.nick, null);
  assert.equal(p('2016-11-22 19:59:00\t--\tNotice(ChanServ) -> #ghetty: welcome'), {
    kind: 'notice',
    nick: 'ChanServ',
    text: 'welcome',
    clock: { h: 19, m: 59, s: 0 },
    date,
  });
  assert.is(p('2016-11-22 19:59:01\t-\tsomething noticed')?.kind, 'notice');
});

test('the logger\'s own "Beginning of log" line is a day marker', () => {
  assert.equal(p('2016-11-22 00:00:01\t****  Beginning of log  ****'), {
    kind: 'other',
    nick: null,
    text: '****  Beginning of log  ****',
    clock: { h: 0, m: 0, s: 1 },
    date,
    dayMarker: true,
  });
});

test('lines of other shapes are not mine', () => {
  assert.is(p('2016-11-22 03:09:33 Jamal_Jones i dont like'), null);
  assert.is(p('2016-09-21T17:44:27  <nick> text'), null);
  assert.is(p('03:09 <bob> hi'), null);
  assert.is(p(''), null);
});

test.run();
