import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bracketed } from '../../src/lines/bracketed.js';
import { parseLog } from '../../src/pipeline.js';

const p = (line: string) => bracketed.parse(line);

test('ZNC message with seconds (znc-qtox)', () => {
  assert.equal(p('[00:04:30] <linuxmodder> not seeing where tho only includepath I see is for filteraudip'), {
    kind: 'message',
    nick: 'linuxmodder',
    text: 'not seeing where tho only includepath I see is for filteraudip',
    clock: { h: 0, m: 4, s: 30 },
  });
});

test('message without seconds (i2p 057)', () => {
  assert.equal(p('[22:58] <co> You forgot 5) questions.'), {
    kind: 'message',
    nick: 'co',
    text: 'You forgot 5) questions.',
    clock: { h: 22, m: 58, s: 0 },
  });
});

test('full date in the stamp gives the line its date', () => {
  assert.equal(p('[2016-06-11 00:04:30] <@tux3> meeting time'), {
    kind: 'message',
    nick: 'tux3',
    text: 'meeting time',
    clock: { h: 0, m: 4, s: 30 },
    date: { y: 2016, m: 6, d: 11 },
  });
});

test('/me line', () => {
  assert.equal(p('[23:02] * w0rmus taps nop'), { kind: 'action', nick: 'w0rmus', text: 'taps nop', clock: { h: 23, m: 2, s: 0 } });
});

test('ZNC joins, parts and quits: nick, then the rest of the line', () => {
  assert.equal(p('[00:00:57] *** Joins: cisc (~cisc@ )'), { kind: 'join', nick: 'cisc', text: '(~cisc@ )', clock: { h: 0, m: 0, s: 57 } });
  assert.equal(p('[04:26:35] *** Parts: tdmps (~ray@ ) ()'), { kind: 'part', nick: 'tdmps', text: '(~ray@ ) ()', clock: { h: 4, m: 26, s: 35 } });
  assert.equal(p('[23:56:25] *** Quits: abbat (~Anton@ ) (Quit: Leaving)'), {
    kind: 'quit',
    nick: 'abbat',
    text: '(~Anton@ ) (Quit: Leaving)',
    clock: { h: 23, m: 56, s: 25 },
  });
});

test("mIRC's joins, parts and quits (one star, as mIRC 6 and 7 write them): never a /me by \"Joins:\"", () => {
  assert.equal(p('[14:00] * Joins: bob (~bob@host.example)'), { kind: 'join', nick: 'bob', text: '(~bob@host.example)', clock: { h: 14, m: 0, s: 0 } });
  assert.equal(p('[14:02] * Parts: dan (~d@h)'), { kind: 'part', nick: 'dan', text: '(~d@h)', clock: { h: 14, m: 2, s: 0 } });
  assert.equal(p('[14:02:09] * Quits: carol (~c@host) (Quit: bye)'), { kind: 'quit', nick: 'carol', text: '(~c@host) (Quit: bye)', clock: { h: 14, m: 2, s: 9 } });
  assert.equal(p('[14:03] * Joinsmith waves'), { kind: 'action', nick: 'Joinsmith', text: 'waves', clock: { h: 14, m: 3, s: 0 } });
});

test('ZNC nick change and mode', () => {
  assert.equal(p('[22:42:39] *** peace is now known as Guest22517'), {
    kind: 'nick',
    nick: 'peace',
    newNick: 'Guest22517',
    text: 'is now known as Guest22517',
    clock: { h: 22, m: 42, s: 39 },
  });
  assert.equal(p('[10:46:50] *** ChanServ sets mode: +o tux3'), {
    kind: 'other',
    nick: 'ChanServ',
    text: 'ChanServ sets mode: +o tux3',
    clock: { h: 10, m: 46, s: 50 },
  });
});

test('notice keeps the dashes inside the nick', () => {
  const line = p('[17:21:08] -qtox-git-spam- [qTox] antis81 opened pull request #3351');
  assert.is(line?.kind, 'notice');
  assert.is(line?.nick, 'qtox-git-spam');
  assert.is(line?.text, '[qTox] antis81 opened pull request #3351');
});

test('ircII-era status lines (i2p 057, 068)', () => {
  assert.equal(p('[23:05] *** Signoff: cohesion (class)'), { kind: 'quit', nick: 'cohesion', text: '(class)', clock: { h: 23, m: 5, s: 0 } });
  assert.equal(p('[22:05] *** Nostradumbass (nostradum@anon.iip) has joined channel #iip-dev'), {
    kind: 'join',
    nick: 'Nostradumbass',
    text: '(nostradum@anon.iip) has joined channel #iip-dev',
    clock: { h: 22, m: 5, s: 0 },
  });
  assert.equal(p('[22:49] *** joda has left #iip-dev'), { kind: 'part', nick: 'joda', text: 'has left #iip-dev', clock: { h: 22, m: 49, s: 0 } });
});

test('mIRC status lines behind a star (i2p 073)', () => {
  assert.equal(p('[22:05] * eco has joined #i2p'), { kind: 'join', nick: 'eco', text: 'has joined #i2p', clock: { h: 22, m: 5, s: 0 } });
  assert.is(p('[22:16] * eco has quit IRC (Ping timeout\x0f)')?.kind, 'quit');
  assert.is(p('[22:25] * wiht has left #i2p (wiht\x0f)')?.kind, 'part');
  assert.is(p('[22:05] * mihi_away is now known as mihi')?.newNick, 'mihi');
});

test('a /me that merely sounds like a status line stays a /me', () => {
  assert.is(p('[22:26] * lucky has a reliable net connection...')?.kind, 'action');
  assert.is(p('[22:26] * bob has left the building')?.kind, 'action');
});

test('IRCCloud export (w3c/irccloud.txt)', () => {
  const date = { y: 2019, m: 5, d: 20 };
  assert.equal(p('[2019-05-20 10:30:15] → rachel_ joined (~uid250946@public.cloak)'), {
    kind: 'join',
    nick: 'rachel_',
    text: 'joined (~uid250946@public.cloak)',
    clock: { h: 10, m: 30, s: 15 },
    date,
  });
  assert.equal(p('[2019-05-20 12:01:47] ⇐ Karen quit (Karen@public.cloak): Client closed connection'), {
    kind: 'quit',
    nick: 'Karen',
    text: 'quit (Karen@public.cloak): Client closed connection',
    clock: { h: 12, m: 1, s: 47 },
    date,
  });
  assert.is(p('[2019-05-20 12:48:49] ← CharlesL left (~Adium@public.cloak): ')?.kind, 'part');
  assert.equal(p('[2019-05-20 12:01:17] — tzviya is lurking on IRC while the sick little boy sleeps'), {
    kind: 'action',
    nick: 'tzviya',
    text: 'is lurking on IRC while the sick little boy sleeps',
    clock: { h: 12, m: 1, s: 17 },
    date,
  });
  assert.is(p('[2019-05-20 12:20:00] — rachel_ is now known as rachel')?.kind, 'nick');
  assert.equal(p('[2019-05-20 09:35:51] → Joined channel #pwg'), {
    kind: 'join',
    nick: null,
    text: 'Joined channel #pwg',
    clock: { h: 9, m: 35, s: 51 },
    date,
  });
});

test('mIRC session line is a day marker', () => {
  assert.equal(p('Session Start: Sat Jun 04 00:00:00 2016'), {
    kind: 'other',
    nick: null,
    text: 'Session Start: Sat Jun 04 00:00:00 2016',
    clock: { h: 0, m: 0, s: 0 },
    date: { y: 2016, m: 6, d: 4 },
    dayMarker: true,
  });
});

test('an impossible clock is kept as null', () => {
  assert.is(p('[25:61] <bob> hi')?.clock, null);
});

test('lines of other shapes are not mine', () => {
  assert.is(p('12:00 <bob> hi'), null);
  assert.is(p('[later] <bob> hi'), null);
  assert.is(p('hello'), null);
  assert.is(p(''), null);
});

test('the common message line read by position agrees with the regular expressions at its edges', () => {
  assert.equal(p('[9:05] < @op> one-digit hour'), { kind: 'message', nick: 'op', text: 'one-digit hour', clock: { h: 9, m: 5, s: 0 } });
  assert.equal(p('[2016-13-40T12:00:00] <bob> no such date'), { kind: 'message', nick: 'bob', text: 'no such date', clock: { h: 12, m: 0, s: 0 } });
  assert.equal(p('[12:00] <ünï> non-ASCII nick'), { kind: 'message', nick: 'ünï', text: 'non-ASCII nick', clock: { h: 12, m: 0, s: 0 } });
  assert.equal(p('[12:00] <bob >'), { kind: 'other', nick: null, text: '<bob >', clock: { h: 12, m: 0, s: 0 } });
  assert.equal(p('[123:00] <bob> hi'), null);
});

const at = (h: number, m: number, s: number) => ({ h, m, s });

test('a tab after "<nick>" or "*" parts it from the text, as a space does (HexChat with a bracketed stamp)', () => {
  assert.equal(p('[14:00:00] <alice>\t#startmeeting Weekly'), { kind: 'message', nick: 'alice', text: '#startmeeting Weekly', clock: at(14, 0, 0) });
  assert.is(p('[14:00:00] <ali\u00e7e>\t#endmeeting')?.text, '#endmeeting');
  assert.equal(p('[14:00:02] *\tcarol waves'), { kind: 'action', nick: 'carol', text: 'waves', clock: at(14, 0, 2) });
});

test("the logger's own nick change (mIRC, ChatZilla) names no one: no /me by \"Your\"", () => {
  assert.equal(p('[14:05] * Your nick is now alice_'), { kind: 'other', nick: null, text: 'Your nick is now alice_', clock: at(14, 5, 0) });
  assert.equal(p('[09:16] *** You are now known as alice_.'), { kind: 'other', nick: null, text: 'You are now known as alice_.', clock: at(9, 16, 0) });
});

test("mIRC's long-form quit, join and part behind a star", () => {
  assert.equal(p('[14:03] * eve (~e@h) Quit (Quit: Leaving)'), { kind: 'quit', nick: 'eve', text: '(~e@h) Quit (Quit: Leaving)', clock: at(14, 3, 0) });
  assert.is(p('[14:03] * eve (~e@h) Quit')?.kind, 'quit');
  assert.is(p('[14:03] * eve (~e@h) has joined #proj')?.kind, 'join');
  assert.is(p('[14:03] * eve (~e@h) has left #proj')?.kind, 'part');
  assert.is(p('[14:03] * eve quits the project (and smiles)')?.kind, 'action');
});

test('a notice comes from a nick: irssi\'s "-!-", eggdrop\'s "---" and Quassel\'s "-*-" are what they are', () => {
  assert.equal(p('[13:59:00] -!- alice [~a@h] has joined #proj'), { kind: 'join', nick: 'alice', text: '[~a@h] has joined #proj', clock: at(13, 59, 0) });
  assert.equal(p('[14:03:02] -!- mode/#proj [+o bob] by alice'), { kind: 'other', nick: null, text: 'mode/#proj [+o bob] by alice', clock: at(14, 3, 2) });
  assert.equal(p('[00:00] --- Wed Mar  6 2024'), {
    kind: 'other',
    nick: null,
    text: 'Wed Mar  6 2024',
    clock: null,
    date: { y: 2024, m: 3, d: 6 },
    dayMarker: true,
  });
  assert.equal(p('[14:00:02] -*- carol waves'), { kind: 'action', nick: 'carol', text: 'waves', clock: at(14, 0, 2) });
  assert.is(p('[14:00:02] -!- something odd')?.nick, null);
  assert.is(p('[14:00:02] -!!- odd')?.kind, 'other');
  assert.is(p('[14:00:02] -_bot- hello')?.nick, '_bot');
  assert.is(p('[14:00:02] -[dev]null- hello')?.kind, 'notice');
});

test("irssi's unstamped day lines, beside a \"[%H:%M:%S]\" stamp", () => {
  assert.equal(p('--- Day changed Wed Mar 06 2024'), {
    kind: 'other',
    nick: null,
    text: 'Day changed Wed Mar 06 2024',
    clock: null,
    date: { y: 2024, m: 3, d: 6 },
    dayMarker: true,
  });
  assert.is(p('--- Log opened Tue Mar 05 13:58:45 2024')?.dayMarker, true);
  assert.is(p('--- something'), null);
});

test('a trailing period is no part of the new nick (ChatZilla, Konversation)', () => {
  assert.equal(p('[09:15] *** carol is now known as carol|away.'), {
    kind: 'nick',
    nick: 'carol',
    newNick: 'carol|away',
    text: 'is now known as carol|away.',
    clock: at(9, 15, 0),
  });
});

test('ChatZilla and Quassel arrows: join, part, quit, nick change', () => {
  assert.equal(p('[09:13] --> bob has joined this channel (~bob@host).'), {
    kind: 'join',
    nick: 'bob',
    text: 'has joined this channel (~bob@host).',
    clock: at(9, 13, 0),
  });
  assert.equal(p('[09:16] <-- dave has left this server (Ping timeout: 255 seconds).'), {
    kind: 'quit',
    nick: 'dave',
    text: 'has left this server (Ping timeout: 255 seconds).',
    clock: at(9, 16, 0),
  });
  assert.is(p('[09:16] <-- eve has left #proj (bye).')?.kind, 'part');
  assert.equal(p('[09:12] --> You have joined the channel #proj (~alice@host).')?.nick, null);
  assert.is(p('[14:00:00] --> alice (~alice@host) has joined #proj')?.kind, 'join');
  assert.is(p('[14:03:01] <-- dave (~d@h) has left #proj (bye)')?.kind, 'part');
  assert.is(p('[14:03:02] <-- eve (~e@h) has quit (Quit: Leaving)')?.kind, 'quit');
  assert.equal(p('[14:03:00] <-> carol is now known as carol|away'), {
    kind: 'nick',
    nick: 'carol',
    newNick: 'carol|away',
    text: 'is now known as carol|away',
    clock: at(14, 3, 0),
  });
});

test('eggdrop: action, nick change, join, part, quit, kick', () => {
  assert.equal(p('[14:00] Action: carol waves'), { kind: 'action', nick: 'carol', text: 'waves', clock: at(14, 0, 0) });
  assert.equal(p('[14:03] Nick change: carol -> carol|away'), {
    kind: 'nick',
    nick: 'carol',
    newNick: 'carol|away',
    text: 'Nick change: carol -> carol|away',
    clock: at(14, 3, 0),
  });
  assert.equal(p('[13:59] alice (~alice@host) joined #proj.'), { kind: 'join', nick: 'alice', text: '(~alice@host) joined #proj.', clock: at(13, 59, 0) });
  assert.is(p('[14:03] dave (~d@h) left #proj (bye).')?.kind, 'part');
  assert.equal(p('[14:03] eve (~e@h) left irc: Quit: Leaving'), { kind: 'quit', nick: 'eve', text: '(~e@h) left irc: Quit: Leaving', clock: at(14, 3, 0) });
  const kick = p('[14:03] mallory kicked from #proj by alice: spam');
  assert.is(kick?.kind, 'part');
  assert.is(kick?.nick, 'mallory');
  assert.is(p('[14:02] Topic changed on #proj by alice!~alice@host: Release')?.kind, 'other');
});

test('a 12-hour clock, as mIRC and ZNC can be set to write it: 12 AM is 00, 12 PM is 12', () => {
  assert.equal(p('[02:00:00 PM] <alice> #startmeeting Weekly'), { kind: 'message', nick: 'alice', text: '#startmeeting Weekly', clock: { h: 14, m: 0, s: 0 } });
  assert.equal(p('[2:00pm] <alice> hi'), { kind: 'message', nick: 'alice', text: 'hi', clock: { h: 14, m: 0, s: 0 } });
  assert.equal(p('[02:00 PM] <@alice> hi'), { kind: 'message', nick: 'alice', text: 'hi', clock: { h: 14, m: 0, s: 0 } });
  assert.equal(p('[12:30 AM] <bob> late')?.clock, { h: 0, m: 30, s: 0 });
  assert.equal(p('[12:30:05 pm] <bob> noon')?.clock, { h: 12, m: 30, s: 5 });
  assert.equal(p('[9:05am] * carol waves'), { kind: 'action', nick: 'carol', text: 'waves', clock: { h: 9, m: 5, s: 0 } });
  assert.equal(p('[2024-03-05 02:00 PM] <alice> hi'), { kind: 'message', nick: 'alice', text: 'hi', clock: { h: 14, m: 0, s: 0 }, date: { y: 2024, m: 3, d: 5 } });
  // An impossible clock is kept as null, as without AM/PM.
  assert.is(p('[99:00 PM] <alice> hi')?.clock, null);
  assert.is(p('[99:00:00 pm] * bob waves')?.clock, null);
  assert.is(p('[02:00 XM] <alice> hi'), null);
  assert.is(p('[02:00 P] <alice> hi'), null);
});

test('a MeetBot meeting logged with a 12-hour clock is read through', () => {
  const log = [
    '[01:59:00 PM] * Joins: bob (~bob@host)',
    '[02:00:00 PM] <alice> #startmeeting Weekly',
    '[02:00:01 PM] <bob> hi',
    '[02:01:00 PM] <alice> #topic Release',
    '[02:02:00 PM] <alice> #action bob to tag it',
    '[02:03:00 PM] <alice> #endmeeting',
  ];
  const r = parseLog(Buffer.from(`${log.join('\n')}\n`), '2024-03-05.log', { relPath: 'proj/2024-03-05.log' });
  assert.is(r.format, 'bracketed');
  const [m] = r.meetings;
  assert.is(r.meetings.length, 1);
  assert.is(m.title, 'Weekly');
  assert.is(m.start, '2024-03-05T14:00:00Z');
  assert.is(m.end, '2024-03-05T14:03:00Z');
  assert.equal(m.items.map((i) => `${i.kind}: ${i.text}`), ['topic: Release', 'action: bob to tag it']);
});

test.run();
