import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { limnoria } from '../../src/lines/limnoria.js';

// Lines in ChannelLogger's shape, as written by Limnoria's plugins/ChannelLogger/plugin.py.
const p = (line: string) => limnoria.parse(line);
const date = { y: 2016, m: 9, d: 21 };
const clock = { h: 17, m: 44, s: 27 };

test('message with two spaces after the stamp, and with one', () => {
  assert.equal(p('2016-09-21T17:44:27  <colinclark> thanks, ewbjr'), { kind: 'message', nick: 'colinclark', text: 'thanks, ewbjr', clock, date });
  assert.is(p('2016-09-21T17:44:27 <colinclark> thanks')?.kind, 'message');
});

test('/me and notice', () => {
  assert.equal(p('2016-09-21T17:44:27  * alice waves'), { kind: 'action', nick: 'alice', text: 'waves', clock, date });
  assert.equal(p('2016-09-21T17:44:27  -ChanServ- welcome'), { kind: 'notice', nick: 'ChanServ', text: 'welcome', clock, date });
});

test('status lines after "***"', () => {
  assert.equal(p('2016-09-21T17:44:27  *** bob <bob!~bob@host.example> has joined #fluid-work'), {
    kind: 'join',
    nick: 'bob',
    text: '<bob!~bob@host.example> has joined #fluid-work',
    clock,
    date,
  });
  assert.is(p('2016-09-21T17:44:27  *** bob <bob!~bob@host.example> has quit IRC (Ping timeout)')?.kind, 'quit');
  assert.is(p('2016-09-21T17:44:27  *** bob has quit IRC (Quit: bye)')?.kind, 'quit');
  assert.is(p('2016-09-21T17:44:27  *** bob <bob!~bob@host.example> has left #fluid-work (bye)')?.kind, 'part');
  assert.is(p('2016-09-21T17:44:27  *** bob was kicked by op (spam)')?.kind, 'part');
  assert.equal(p('2016-09-21T17:44:27  *** bob is now known as bobby'), {
    kind: 'nick',
    nick: 'bob',
    newNick: 'bobby',
    text: 'is now known as bobby',
    clock,
    date,
  });
  assert.equal(p('2016-09-21T17:44:27  *** op sets mode: +o bob'), { kind: 'other', nick: 'op', text: 'op sets mode: +o bob', clock, date });
  assert.is(p('2016-09-21T17:44:27  *** op changes topic to "meeting"')?.nick, 'op');
});

test('lines of other shapes are not mine', () => {
  assert.is(p('2016-09-21 17:44:27\tbob\thi'), null);
  assert.is(p('2016-09-21T17:44:27  just words'), null);
  assert.is(p('17:44:27 <bob> hi'), null);
  assert.is(p(''), null);
});

test.run();
