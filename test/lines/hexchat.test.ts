import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hexchat } from '../../src/lines/hexchat.js';
import { parseLog } from '../../src/pipeline.js';

// Lines in HexChat/XChat's documented shape (no HexChat log in the corpus).
const p = (line: string) => hexchat.parse(line);

test('message: clock only, no date', () => {
  assert.equal(p('Jan 01 12:34:56 <alice>\thello there'), {
    kind: 'message',
    nick: 'alice',
    text: 'hello there',
    clock: { h: 12, m: 34, s: 56 },
  });
  assert.is(p('Jan 01 12:34:57 <@op>\tmeeting starts')?.nick, 'op');
});

test('BEGIN and ENDING LOGGING carry the date', () => {
  assert.equal(p('**** BEGIN LOGGING AT Mon Jan  1 12:00:00 2018'), {
    kind: 'other',
    nick: null,
    text: 'BEGIN LOGGING AT Mon Jan  1 12:00:00 2018',
    clock: { h: 12, m: 0, s: 0 },
    date: { y: 2018, m: 1, d: 1 },
    dayMarker: true,
  });
  assert.is(p('**** ENDING LOGGING AT Mon Jan  1 13:00:00 2018')?.dayMarker, true);
});

test('XChat arrows: join, quit, part, nick change', () => {
  assert.equal(p('Jan 01 12:35:00 -->\tbob (~bob@host.example) has joined #chan'), {
    kind: 'join',
    nick: 'bob',
    text: '(~bob@host.example) has joined #chan',
    clock: { h: 12, m: 35, s: 0 },
  });
  assert.is(p('Jan 01 12:36:00 <--\tbob has quit (Ping timeout)')?.kind, 'quit');
  assert.is(p('Jan 01 12:36:01 <--\tbob (~bob@host.example) has left #chan ("bye")')?.kind, 'part');
  assert.equal(p('Jan 01 12:37:00 ---\tbob is now known as bobby'), {
    kind: 'nick',
    nick: 'bob',
    newNick: 'bobby',
    text: 'is now known as bobby',
    clock: { h: 12, m: 37, s: 0 },
  });
});

test('HexChat writes status lines and /me with the same star', () => {
  assert.equal(p('Jan 01 12:38:00 *\talice waves'), { kind: 'action', nick: 'alice', text: 'waves', clock: { h: 12, m: 38, s: 0 } });
  assert.is(p('Jan 01 12:38:01 *\tbob (~bob@host.example) has joined #chan')?.kind, 'join');
  assert.is(p('Jan 01 12:38:02 *\tbob is now known as bobby')?.kind, 'nick');
  const kick = p('Jan 01 12:38:03 *\top has kicked bob from #chan (spam)');
  assert.is(kick?.kind, 'part');
  assert.is(kick?.nick, 'bob');
  assert.is(p('Jan 01 12:38:04 *\top has changed the topic to: meeting')?.kind, 'other');
});

test('notice', () => {
  assert.equal(p('Jan 01 12:39:00 -ChanServ-\twelcome to #chan'), {
    kind: 'notice',
    nick: 'ChanServ',
    text: 'welcome to #chan',
    clock: { h: 12, m: 39, s: 0 },
  });
  assert.is(p('Jan 01 12:39:01 -bob/#chan-\tmeeting in 5')?.nick, 'bob');
});

test('lines of other shapes are not mine', () => {
  assert.is(p('Jan 01 12:34:56 <alice see> no tab'), null);
  assert.is(p('Jan  1 12:34:56 host sshd[42]: no tab'), null);
  assert.is(p('12:34:56 <alice> no tab'), null);
  // Without the month, only the prefixes HexChat writes: not any clock and a tab.
  assert.is(p('12:34:56 some\ttext'), null);
  assert.is(p('12:34:56 <alice> see <url>\tthere'), null);
  assert.is(p('2024-03-05 14:00:00\talice\thi'), null);
  assert.is(p('**** something'), null);
  assert.is(p(''), null);
});

test('a clock-only stamp: the tab parts "<nick>", "*" and the arrows from the text', () => {
  assert.equal(p('14:00:00 <alice>\t#startmeeting Weekly'), {
    kind: 'message',
    nick: 'alice',
    text: '#startmeeting Weekly',
    clock: { h: 14, m: 0, s: 0 },
  });
  assert.equal(p('14:00:02 *\tcarol waves'), { kind: 'action', nick: 'carol', text: 'waves', clock: { h: 14, m: 0, s: 2 } });
  assert.equal(p('14:00:03 -->\tbob (~b@h) has joined #proj'), {
    kind: 'join',
    nick: 'bob',
    text: '(~b@h) has joined #proj',
    clock: { h: 14, m: 0, s: 3 },
  });
  assert.is(p('14:00 <alice>\t#topic Release')?.text, '#topic Release');
  assert.is(p('[14:00:01] <bob>\thi')?.nick, 'bob');
  assert.is(p('[14:00:02 *\tcarol waves'), null);
});

test('a month in another locale: the clock is kept, the date comes from elsewhere', () => {
  for (const month of ['mar', 'Mär', 'mars', 'févr.', 'мар']) {
    assert.equal(p(`${month} 05 14:00:00 <alice>\t#startmeeting Weekly`), {
      kind: 'message',
      nick: 'alice',
      text: '#startmeeting Weekly',
      clock: { h: 14, m: 0, s: 0 },
    });
  }
  assert.is(p('févr.  5 14:00:02 *\tcarol waves')?.kind, 'action');
});

test("the logger's own nick change: the old nick is not in the line, so no one's", () => {
  assert.equal(p('Mar 05 14:01:00 *\tYou are now known as alice_'), {
    kind: 'other',
    nick: null,
    text: 'You are now known as alice_',
    clock: { h: 14, m: 1, s: 0 },
  });
});

test("HexChat's own notes on a star line are no one's /me", () => {
  for (const note of [
    'Now talking on #proj',
    'Topic for #proj is: Weekly',
    'Topic for #proj set by alice (Mon Mar  4 10:00:00 2024)',
    'Users on #proj: @alice bob carol',
    'Channel #proj modes: +nt',
    'Channel #proj created on Mon Mar  4 10:00:00 2024',
    'Disconnected (Remote host closed socket)',
    'Connecting to irc.libera.chat (1.2.3.4:6697)',
  ]) {
    assert.equal(p(`Mar 05 14:00:00 *\t${note}`), { kind: 'other', nick: null, text: note, clock: { h: 14, m: 0, s: 0 } }, note);
  }
  assert.is(p('Mar 05 14:00:00 *\tcarol waves at Now')?.nick, 'carol');
});

test('a space for the tab, after a month: "<nick>", "*" and the arrows are read as with the tab', () => {
  assert.equal(p('Mar 05 14:00:00 <alice> #startmeeting Weekly'), { kind: 'message', nick: 'alice', text: '#startmeeting Weekly', clock: { h: 14, m: 0, s: 0 } });
  assert.equal(p('Mar  5 14:00 * carol waves'), { kind: 'action', nick: 'carol', text: 'waves', clock: { h: 14, m: 0, s: 0 } });
  assert.is(p('Mar 05 14:00:01 --> dave (~d@h) has joined #proj')?.kind, 'join');
  assert.is(p('Mär 05 14:00:02 <@bob> hi')?.nick, 'bob');
  // Only the prefixes HexChat writes: not syslog, not a clock alone (irssi's and MeetBot's).
  assert.is(p('Mar 05 14:00:03 host kernel: hi'), null);
  assert.is(p('14:00:03 <alice> hi'), null);
});

test('a MeetBot meeting logged with a space for the tab is read through', () => {
  const log = [
    '**** BEGIN LOGGING AT Tue Mar  5 13:58:00 2024',
    'Mar 05 14:00:00 <alice> #startmeeting Weekly sync',
    'Mar 05 14:00:01 <bob> hi all',
    'Mar 05 14:00:02 * carol waves',
    'Mar 05 14:01:00 <alice> #topic Release',
    'Mar 05 14:02:00 <alice> #action bob to test',
    'Mar 05 14:04:00 <alice> #endmeeting',
  ];
  const r = parseLog(Buffer.from(`${log.join('\n')}\n`), 'proj.log', { relPath: 'proj.log' });
  assert.is(r.format, 'hexchat');
  assert.is(r.meetings.length, 1);
  const [m] = r.meetings;
  assert.is(m.title, 'Weekly sync');
  assert.is(m.start, '2024-03-05T14:00:00Z');
  assert.equal(m.items.map((i) => `${i.kind}: ${i.text}`), ['topic: Release', 'action: bob to test']);
  assert.equal(m.lines.map((l) => l.kind).slice(-6), ['message', 'message', 'action', 'message', 'message', 'message']);
});

test.run();
