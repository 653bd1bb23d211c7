import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { limnoria } from '../../src/lines/limnoria.js';
import { parseLog } from '../../src/pipeline.js';

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

test('a stamp without seconds, with a "T" or a space (timestampFormat changed; older suckless ii): seconds 0, the date kept', () => {
  const date = { y: 2024, m: 3, d: 5 };
  const clock = { h: 14, m: 0, s: 0 };
  assert.equal(p('2024-03-05T14:00 <alice> #startmeeting Weekly'), { kind: 'message', nick: 'alice', text: '#startmeeting Weekly', clock, date });
  assert.equal(p('2024-03-05 14:00 <alice> hi'), { kind: 'message', nick: 'alice', text: 'hi', clock, date });
  assert.equal(p('2024-03-05 14:00:07  * bob waves'), { kind: 'action', nick: 'bob', text: 'waves', clock: { h: 14, m: 0, s: 7 }, date });
  // ii's status lines are not Limnoria's: no notice by "!".
  assert.is(p('2024-03-05 13:59 -!- alice(~alice@host) has joined #proj'), null);
  assert.is(p('2024-03-05T14 <alice> hi'), null);
  assert.is(p('2024-03-05T14:00:0 <alice> hi'), null);
});

test('a day, month name and year: "05-Mar-2024 14:00:00"', () => {
  assert.equal(p('05-Mar-2024 14:00:00 <alice> hi'), { kind: 'message', nick: 'alice', text: 'hi', clock: { h: 14, m: 0, s: 0 }, date: { y: 2024, m: 3, d: 5 } });
  assert.equal(p('21-sep-2016 17:44  <bob> hi')?.date, { y: 2016, m: 9, d: 21 });
  assert.is(p('5-Mar-2024 14:00:00 <alice> hi'), null);
  assert.is(p('05-March-2024 14:00:00 <alice> hi'), null);
});

const meeting = (stamps: string[]) => {
  const says = ['<alice> #startmeeting Weekly sync', '<bob> hi all', '<alice> #topic Release', '<alice> #action bob to test', '<alice> #endmeeting'];
  const log = says.map((said, k) => `${stamps[k]} ${said}`).join('\n');
  return parseLog(Buffer.from(`${log}\n`), 'proj.log', { relPath: 'proj.log' });
};

test('a MeetBot meeting under each of these stamps is read through, dated by its lines', () => {
  const stamps = {
    iso: ['2024-03-05T14:00', '2024-03-05T14:00', '2024-03-05T14:01', '2024-03-05T14:02', '2024-03-05T14:04'],
    ii: ['2024-03-05 14:00', '2024-03-05 14:00', '2024-03-05 14:01', '2024-03-05 14:02', '2024-03-05 14:04'],
    dmy: ['05-Mar-2024 14:00:00', '05-Mar-2024 14:00:01', '05-Mar-2024 14:01:00', '05-Mar-2024 14:02:00', '05-Mar-2024 14:04:00'],
  };
  for (const [name, s] of Object.entries(stamps)) {
    const r = meeting(s);
    assert.is(r.format, 'limnoria', name);
    assert.is(r.meetings.length, 1, name);
    const [m] = r.meetings;
    assert.is(m.title, 'Weekly sync', name);
    assert.is(m.start, '2024-03-05T14:00:00Z', name);
    assert.is(m.end, '2024-03-05T14:04:00Z', name);
    assert.equal(m.items.map((i) => `${i.kind}: ${i.text}`), ['topic: Release', 'action: bob to test'], name);
  }
});

test.run();
