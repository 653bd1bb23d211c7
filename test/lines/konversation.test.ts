import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bracketed } from '../../src/lines/bracketed.js';
import { konversation } from '../../src/lines/konversation.js';
import { detect } from '../../src/lines/registry.js';
import { parseLog } from '../../src/pipeline.js';

// Shapes from KDE/konversation's source (chatwindow.cpp logText, ircview.cpp textToLog, channel.cpp);
// the lines marked "real" are from published Konversation logs (see src/lines/konversation.ts).
const p = (line: string) => konversation.parse(line);
const at = (h: number, m: number, s: number) => ({ h, m, s });
const FIXTURE = fileURLToPath(new URL('../fixtures/formats/konversation-libera_proj.log', import.meta.url));

test('message, as QLocale LongFormat writes it in en_US: the line carries its date, the 12-hour clock is read', () => {
  assert.equal(p('[Tuesday, March 5, 2024] [2:00:00 PM UTC] <alice>\t#startmeeting proj weekly'), {
    kind: 'message',
    nick: 'alice',
    text: '#startmeeting proj weekly',
    clock: at(14, 0, 0),
    date: { y: 2024, m: 3, d: 5 },
  });
  assert.equal(p('[Tuesday, March 5, 2024] [12:30:05 AM CET] <@bob>\tlate')?.clock, at(0, 30, 5));
  assert.equal(p('[Tuesday, March 5, 2024] [12:30:05 PM CET] <bob>\tnoon')?.clock, at(12, 30, 5));
  // Newer locale data puts a narrow no-break space before PM.
  assert.equal(p('[Tuesday, March 5, 2024] [2:00:00\u202fPM UTC] <bob>\thi')?.clock, at(14, 0, 0));
  assert.equal(p('[Tuesday, March 5, 2024] [2:00:00 PM UTC] <bob>\t'), { kind: 'message', nick: 'bob', text: '', clock: at(14, 0, 0), date: { y: 2024, m: 3, d: 5 } });
});

test("KDE 4's long date (real, #zeromq 2010) and Qt's QDate::toString() (KDE 3)", () => {
  assert.equal(p('[Monday 29 March 2010] [18:37:34] Part\tdh1r has left this channel.'), {
    kind: 'part',
    nick: 'dh1r',
    text: 'has left this channel.',
    clock: at(18, 37, 34),
    date: { y: 2010, m: 3, d: 29 },
  });
  assert.equal(p('[Wednesday 31 March 2010] [04:04:55] Nick\tmato_ is now known as mato.'), {
    kind: 'nick',
    nick: 'mato_',
    newNick: 'mato',
    text: 'is now known as mato.',
    clock: at(4, 4, 55),
    date: { y: 2010, m: 3, d: 31 },
  });
  assert.equal(p('[Sat Jan 4 2014] [10:21:31] <nick>\tmessage'), {
    kind: 'message',
    nick: 'nick',
    text: 'message',
    clock: at(10, 21, 31),
    date: { y: 2014, m: 1, d: 4 },
  });
});

test('a copy that turned the tab into spaces (real, #gtk+ 2014) is read the same', () => {
  assert.equal(p('[Saturday, March 22, 2014] [12:23:43 PM] Join nkoep (~nik@koln-4db46460.pool.mediaWays.net) has joined this channel.'), {
    kind: 'join',
    nick: 'nkoep',
    text: '(~nik@koln-4db46460.pool.mediaWays.net) has joined this channel.',
    clock: at(12, 23, 43),
    date: { y: 2014, m: 3, d: 22 },
  });
  const quit = p('[Saturday, March 22, 2014] [12:22:07 PM] Quit nkoep (~nik@koln-4db46460.pool.mediaWays.net) has left this server (Remote closed the connection).');
  assert.is(quit?.kind, 'quit');
  assert.is(quit?.nick, 'nkoep');
  assert.equal(p('[Saturday, March 22, 2014] [12:22:04 PM] <andlabs> well I keep running into problems'), {
    kind: 'message',
    nick: 'andlabs',
    text: 'well I keep running into problems',
    clock: at(12, 22, 4),
    date: { y: 2014, m: 3, d: 22 },
  });
  assert.is(p('[Tuesday 30 March 2010] [20:14:02] <davelee>    hi. So i\'ve installed zeromq.')?.text, "hi. So i've installed zeromq.");
  assert.equal(p('[Tuesday, March 5, 2024] [2:00:15 PM UTC]      * dave waves')?.kind, 'action');
});

test('/me: a tab, then " * nick text"', () => {
  assert.equal(p('[Tuesday, March 5, 2024] [2:00:15 PM UTC] \t * dave waves'), {
    kind: 'action',
    nick: 'dave',
    text: 'waves',
    clock: at(14, 0, 15),
    date: { y: 2024, m: 3, d: 5 },
  });
  assert.equal(p('[Tuesday, March 5, 2024] [2:00:15 PM UTC] \t * dave')?.text, '');
});

test('joins, parts, quits and kicks, in the current and the older wording', () => {
  const line = (body: string) => p(`[Tuesday, March 5, 2024] [2:00:00 PM UTC] ${body}`);
  const who = (body: string) => {
    const r = line(body);
    return r && `${r.kind} ${r.nick} ${r.text}`;
  };
  assert.is(who('Join\tdave (~dave@198.51.100.23) has joined this channel.'), 'join dave (~dave@198.51.100.23) has joined this channel.');
  assert.is(who('Join\tcarol has joined this channel (~c@h).'), 'join carol has joined this channel (~c@h).');
  assert.is(who('Part\tbob (~bob@h) has left this channel (see you Friday).'), 'part bob (~bob@h) has left this channel (see you Friday).');
  assert.is(who('Quit\tdave (~d@h) has left this server (Ping timeout: 260 seconds).'), 'quit dave (~d@h) has left this server (Ping timeout: 260 seconds).');
  assert.is(who('Quit\tdave has left this server.'), 'quit dave has left this server.');
  assert.is(who('Kick\tmallory has been kicked from the channel by alice (spam).'), 'part mallory has been kicked from the channel by alice (spam).');
  assert.is(who('Kick\tYou have kicked mallory from the channel (spam).'), 'part mallory You have kicked mallory from the channel (spam).');
  // The logger's own comings and goings: its nick is not in the line.
  assert.is(who('Join\tYou (~alice@203.0.113.7) have joined the channel #proj.'), 'join null You (~alice@203.0.113.7) have joined the channel #proj.');
  assert.is(who('Part\tYou have left channel #proj.'), 'part null You have left channel #proj.');
  assert.is(who('Quit\tYou (~alice@h) have left this server (bye).'), 'quit null You (~alice@h) have left this server (bye).');
  assert.is(who('Kick\tYou have been kicked from channel #proj by alice.'), 'part null You have been kicked from channel #proj by alice.');
  assert.is(who('Kick\tYou have kicked yourself from channel #proj.'), 'part null You have kicked yourself from channel #proj.');
  assert.is(who('Nick\tYou are now known as alice_.'), 'other null You are now known as alice_.');
});

test('topics, notices, server notes and the logger\'s own /msg', () => {
  const line = (body: string) => p(`[Monday 29 March 2010] [19:06:08] ${body}`);
  assert.equal(line('Topic\talice sets the channel topic to "Release week".'), {
    kind: 'other',
    nick: 'alice',
    text: 'alice sets the channel topic to "Release week".',
    clock: at(19, 6, 8),
    date: { y: 2010, m: 3, d: 29 },
  });
  assert.equal(line('Notice\t-carol to #proj- sorry, stuck in another call'), {
    kind: 'notice',
    nick: 'carol',
    text: 'sorry, stuck in another call',
    clock: at(19, 6, 8),
    date: { y: 2010, m: 3, d: 29 },
  });
  // Real (#zeromq 2010): notes of the server, by no one.
  for (const note of ['Topic\tThe channel topic is "Welcome!".', 'Mode\tChannel modes: no messages from outside, topic protection', 'Created\tThis channel was created on 2010-02-05 10:44.']) {
    assert.equal(line(note), { kind: 'other', nick: null, text: note.slice(note.indexOf('\t') + 1), clock: at(19, 6, 8), date: { y: 2010, m: 3, d: 29 } }, note);
  }
  assert.equal(line('<-> bob>\tsee the agenda')?.nick, null);
  assert.is(line('<-> bob>\tsee the agenda')?.kind, 'other');
});

test('another language: the clock is kept, a month not written in English gives no date', () => {
  assert.equal(p('[Dienstag, 5. März 2024] [14:00:00 MEZ] <alice>\t#startmeeting Woche'), {
    kind: 'message',
    nick: 'alice',
    text: '#startmeeting Woche',
    clock: at(14, 0, 0),
  });
  // A weekday that starts like a month ("martes", "mar.") is not taken for one.
  assert.is(p('[mar. 5 abr. 2024] [14:00:00] <alice>\thola')?.date, undefined);
  assert.is(p('[martes, 5 de marzo de 2024] [14:00:00 CET] <alice>\thola')?.date, undefined);
  assert.equal(p('[tiistai 5. maaliskuuta 2024] [14.00.00] <alice>\thei')?.clock, at(14, 0, 0));
});

test('the session lines: "*** Logfile started", and "*** on <date>", which gives the date', () => {
  assert.equal(p('*** Logfile started'), { kind: 'other', nick: null, text: 'Logfile started', clock: null });
  assert.equal(p('*** on Mon Mar 29 19:06:08 2010'), {
    kind: 'other',
    nick: null,
    text: 'on Mon Mar 29 19:06:08 2010',
    clock: at(19, 6, 8),
    date: { y: 2010, m: 3, d: 29 },
    dayMarker: true,
  });
  assert.is(p('*** on Tue Mar 5 13:58:02 2024')?.date?.d, 5);
});

test('lines of other shapes are not mine', () => {
  assert.is(p('[10:21:31] <nick>\tmessage'), null);
  assert.is(p('[2016-06-11 00:04:30] <@tux3> meeting time'), null);
  assert.is(p('[2019-05-20T10:30:15Z] <bob> hi'), null);
  assert.is(p('[Monday] [18:37:34] <bob> no year'), null);
  assert.is(p('[Monday 29 March 2010] <bob> no time'), null);
  assert.is(p('*** Joins: cisc (~cisc@ )'), null);
  assert.is(p('*** something else'), null);
  assert.is(p('Mar 05 14:00:00 <alice>\thi'), null);
  assert.is(p(''), null);
});

test("the first releases' clock-only stamp is bracketed's, which reads Konversation's notes behind it", () => {
  assert.equal(bracketed.parse('[10:21:31] Join\tcarol has joined this channel (~c@h).'), {
    kind: 'join',
    nick: 'carol',
    text: 'has joined this channel (~c@h).',
    clock: at(10, 21, 31),
  });
  assert.equal(bracketed.parse('[10:21:32] \t * bob waves'), { kind: 'action', nick: 'bob', text: 'waves', clock: at(10, 21, 32) });
  assert.equal(bracketed.parse('[10:21:33] Nick\tbob is now known as bobby.')?.newNick, 'bobby');
  assert.equal(bracketed.parse('*** on Sat Jan 4 10:21:31 2014')?.date, { y: 2014, m: 1, d: 4 });
  // Only with the tab Konversation writes, and only its English types.
  assert.equal(bracketed.parse('[10:21:34] Join bob has joined this channel.')?.kind, 'other');
  assert.equal(bracketed.parse('[10:21:35] Mode\tChannel modes: +nt')?.kind, 'other');
});

test('a made-up Konversation log of a MeetBot meeting is detected, every line read, each with its date', () => {
  const lines = readFileSync(FIXTURE, 'utf8').split('\n');
  const found = detect(lines);
  assert.is(found?.format.name, 'konversation');
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  assert.equal(nonEmpty.filter((l) => !konversation.parse(l)), []);
  // Sessions of two days: Monday's lines are dated Monday, Tuesday's Tuesday.
  assert.equal(found?.parsed[4]?.date, { y: 2024, m: 3, d: 4 });
  assert.equal(found?.parsed.at(-1)?.date, { y: 2024, m: 3, d: 5 });
});

test('the meeting in it is found: title, times, topics, actions', () => {
  const r = parseLog(readFileSync(FIXTURE), 'libera_proj.log', { relPath: 'proj/libera_proj.log' });
  assert.is(r.format, 'konversation');
  assert.is(r.meetings.length, 1);
  const [m] = r.meetings;
  assert.is(m.title, 'proj weekly');
  assert.is(m.start, '2024-03-05T14:00:00Z');
  assert.is(m.end, '2024-03-05T14:04:30Z');
  assert.ok(m.ended);
  assert.equal(m.topics.map((t) => t.title), ['Release 2.1', 'Mentoring']);
  assert.equal(
    m.items.filter((i) => i.kind === 'action').map((i) => i.text),
    ['bob to write the changelog for 2.1', 'dave|mobile to pair with the new contributor'],
  );
  assert.equal(m.items.find((i) => i.kind === 'agreed')?.text, 'release 2.1 on Friday');
  const byLine = new Map(m.lines.map((l) => [l.line, l]));
  assert.is(byLine.get(7)?.time, '2024-03-04T16:21:40Z');
  assert.is(byLine.get(21)?.kind, 'action');
  assert.is(byLine.get(24)?.newNick, 'dave|mobile');
});

test("without the bot's line or a date in the file name, the lines' own dates date the meeting", () => {
  const text = readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter((l) => !l.includes('<projbot>'))
    .join('\n');
  const r = parseLog(Buffer.from(text), 'libera_proj.log', { relPath: 'proj/libera_proj.log' });
  const [m] = r.meetings;
  assert.is(m.start, '2024-03-05T14:00:00Z');
  assert.is(m.undated, undefined);
  assert.equal(r.diagnostics, []);
});

test("a log of the first releases (clock alone) takes its date from \"*** on <date>\"", () => {
  const log = [
    '',
    '*** Logfile started',
    '*** on Sat Jan 4 10:21:31 2014',
    '',
    '[10:21:31] Join\tYou have joined the channel #proj.',
    '[10:22:00] <alice>\t#startmeeting Old times',
    '[10:22:05] \t * bob waves',
    '[10:23:00] <alice>\t#topic Release',
    '[10:24:00] <alice>\t#endmeeting',
  ];
  const r = parseLog(Buffer.from(`${log.join('\n')}\n`), 'libera_proj.log', { relPath: 'proj/libera_proj.log' });
  assert.is(r.format, 'bracketed');
  const [m] = r.meetings;
  assert.is(m.start, '2014-01-04T10:22:00Z');
  assert.equal(m.topics.map((t) => t.title), ['Release']);
  assert.is(m.lines.find((l) => l.line === 7)?.kind, 'action');
});

test.run();
