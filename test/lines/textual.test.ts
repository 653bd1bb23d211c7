// Textual's plain-text logs. The lines are written here from the client's
// message formats (no Textual log is among the fixtures): the stamp with its
// UTC offset, then what Textual writes for messages, /me, notices, joins,
// parts, quits, nick and topic changes, and its own session notes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { textual } from '../../src/lines/textual.js';
import { detectFormat } from '../../src/lines/registry.js';
import { parseLog } from '../../src/pipeline.js';

const p = (line: string) => textual.parse(line);
const at = (h: number, m: number, s: number) => ({ h, m, s });

test('a message: the stamp\'s local time less its offset is the UTC time and date', () => {
  assert.equal(p('[2017-09-19T17:58:34+0200] <ivan> Meeting: Steering Committee'), {
    kind: 'message',
    nick: 'ivan',
    text: 'Meeting: Steering Committee',
    clock: at(15, 58, 34),
    date: { y: 2017, m: 9, d: 19 },
  });
  // West of UTC, late in the evening: the next day in UTC.
  assert.equal(p('[2017-12-31T21:30:00-0500] <@op> happy new year')!.date, { y: 2018, m: 1, d: 1 });
  assert.equal(p('[2017-12-31T21:30:00-0500] <@op> happy new year')!.clock, at(2, 30, 0));
  assert.is(p('[2017-12-31T21:30:00-0500] <@op> x')!.nick, 'op');
  assert.equal(p('[2020-02-29T00:10:00+05:30] <a> b')!.date, { y: 2020, m: 2, d: 28 });
  assert.equal(p('[2020-02-29T00:10:00Z] <a> b')!.clock, at(0, 10, 0));
});

test('/me, notices and status lines', () => {
  const clock = at(16, 9, 40);
  const stamp = '[2017-09-19T18:09:40+0200] ';
  assert.equal(p(`${stamp}• Zakim: sees BillM on the speaker queue`), { kind: 'action', nick: 'Zakim', text: 'sees BillM on the speaker queue', clock, date: { y: 2017, m: 9, d: 19 } });
  assert.is(p(`${stamp}-NickServ- This nickname is registered`)!.kind, 'notice');
  const status = (body: string) => {
    const l = p(stamp + body)!;
    return [l.kind, l.nick, l.text, l.newNick];
  };
  assert.equal(status('ivan (ivan@team.cloak) joined the channel'), ['join', 'ivan', '(ivan@team.cloak) joined the channel', undefined]);
  assert.equal(status('ivan (ivan@team.cloak) left the channel'), ['part', 'ivan', '(ivan@team.cloak) left the channel', undefined]);
  assert.equal(status('ivan (ivan@team.cloak) left the channel (bye)'), ['part', 'ivan', '(ivan@team.cloak) left the channel (bye)', undefined]);
  assert.equal(status('ivan (ivan@team.cloak) left IRC (Quit: sleep)'), ['quit', 'ivan', '(ivan@team.cloak) left IRC (Quit: sleep)', undefined]);
  assert.equal(status('graham is now known as graham_'), ['nick', 'graham', 'is now known as graham_', 'graham_']);
  assert.equal(status('ivan changed the topic to Agenda: http://example.org/'), ['other', 'ivan', 'ivan changed the topic to Agenda: http://example.org/', undefined]);
  assert.equal(status('------------- Begin Session -------------'), ['other', null, '------------- Begin Session -------------', undefined]);
  assert.equal(status('Disconnected for Sleep Mode'), ['other', null, 'Disconnected for Sleep Mode', undefined]);
  assert.equal(status(' '), ['other', null, ' ', undefined]);
});

test('not Textual: no offset, an impossible time, no stamp', () => {
  assert.is(p('[2017-09-19 17:58:34] <ivan> hi'), null);
  assert.is(p('[2017-09-19T17:58:34] <ivan> hi'), null);
  assert.is(p('[2017-09-19T25:58:34+0200] <ivan> hi'), null);
  assert.is(p('[2017-13-19T17:58:34+0200] <ivan> hi'), null);
  assert.is(p('17:58:34 <ivan> hi'), null);
});

const LOG = [
  '[2017-09-19T12:07:41+0200]  ',
  '[2017-09-19T12:07:41+0200] ------------- Begin Session -------------',
  '[2017-09-19T12:07:50+0200] ivan (ivan@team.cloak) joined the channel',
  '[2017-09-19T17:58:34+0200] <ivan> Meeting: Steering Committee Telco',
  '[2017-09-19T17:58:35+0200] <RRSAgent> logging to https://www.w3.org/2017/09/19-sc-irc',
  '[2017-09-19T18:08:48+0200] <ivan> topic: ISO issues',
  '[2017-09-19T18:09:40+0200] • Zakim: sees BillM on the speaker queue',
  '[2017-09-19T18:34:05+0200] <laudrain> RESOLVED: ask the group',
];

test('a Textual log is detected as one, and read through: UTC times, a W3C meeting', () => {
  assert.is(detectFormat(LOG)?.name, 'textual');
  const { meetings } = parseLog(Buffer.from(LOG.join('\n') + '\n'), 'logs/sc/textual.txt', { relPath: 'sc/textual.txt' });
  assert.is(meetings.length, 1);
  const [m] = meetings;
  assert.is(m.source.format, 'textual');
  assert.is(m.start, '2017-09-19T10:07:41Z');
  assert.is(m.id, 'sc/2017/sc.2017-09-19-10.07');
  assert.is(m.title, 'Steering Committee Telco');
  assert.equal(m.items.map((i) => `${i.kind}: ${i.text}`), ['topic: ISO issues', 'agreed: ask the group']);
  assert.equal(m.lines.map((l) => l.kind), ['other', 'other', 'join', 'message', 'message', 'message', 'action', 'message']);
  assert.ok(!m.diagnostics.some((d) => d.level !== 'info'), JSON.stringify(m.diagnostics));
});

test('a time zone in front matter or the settings does not shift times that carry their own offset', () => {
  const zoned = ['---', 'timezone: America/New_York', '---', ...LOG].join('\n') + '\n';
  const [m] = parseLog(Buffer.from(zoned), 'sc/textual.txt', { relPath: 'sc/textual.txt', timezone: 'Asia/Tokyo' }).meetings;
  assert.is(m.start, '2017-09-19T10:07:41Z');
});

test.run();
