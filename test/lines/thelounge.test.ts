// The Lounge's text logs. The lines are written here as its text message
// storage writes them (server/plugins/messageStorage/text.ts: the stamp is
// toISOString(), then one form per message type); no Lounge log is among the
// fixtures.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { thelounge } from '../../src/lines/thelounge.js';
import { detectFormat } from '../../src/lines/registry.js';
import { parseLog } from '../../src/pipeline.js';

const p = (line: string) => thelounge.parse(line);
const stamp = '[2023-10-05T14:00:02.123Z] ';
const shown = (body: string) => {
  const l = p(stamp + body)!;
  return [l.kind, l.nick, l.text, l.newNick];
};

test('a message: the UTC stamp, the nick without its mode', () => {
  assert.equal(p(`${stamp}<@alice> #startmeeting Weekly`), { kind: 'message', nick: 'alice', text: '#startmeeting Weekly', clock: { h: 14, m: 0, s: 2 }, date: { y: 2023, m: 10, d: 5 } });
  assert.equal(shown('<bob> hi'), ['message', 'bob', 'hi', undefined]);
});

test('/me, notices and every status line The Lounge writes', () => {
  assert.equal(shown('* @alice is eating cookies'), ['action', 'alice', 'is eating cookies', undefined]);
  assert.equal(shown('-NickServ- pssst, I have cookies!'), ['notice', 'NickServ', 'pssst, I have cookies!', undefined]);
  assert.equal(shown('*** Arnold (~arnold@foo.bar) joined'), ['join', 'Arnold', '(~arnold@foo.bar) joined', undefined]);
  assert.equal(shown('*** Arnold (~arnold@foo.bar) left (Bye all!)'), ['part', 'Arnold', '(~arnold@foo.bar) left (Bye all!)', undefined]);
  assert.equal(shown('*** Arnold (~arnold@foo.bar) quit (Connection reset by peer)'), ['quit', 'Arnold', '(~arnold@foo.bar) quit (Connection reset by peer)', undefined]);
  assert.equal(shown("*** Arnold was kicked by Bernie (Don't steal my cookies!)"), ['part', 'Arnold', "was kicked by Bernie (Don't steal my cookies!)", undefined]);
  assert.equal(shown('*** Arnold changed nick to Bernie'), ['nick', 'Arnold', 'changed nick to Bernie', 'Bernie']);
  assert.equal(shown('*** Arnold set mode +o Bernie'), ['other', 'Arnold', 'Arnold set mode +o Bernie', undefined]);
  assert.equal(shown("*** Arnold changed topic to 'welcome everyone!'"), ['other', 'Arnold', "Arnold changed topic to 'welcome everyone!'", undefined]);
  assert.equal(shown("*** Arnold changed host to 'new@fancy.host'"), ['other', 'Arnold', "Arnold changed host to 'new@fancy.host'", undefined]);
});

test("not The Lounge's: Textual's stamps carry an offset and no milliseconds", () => {
  assert.is(p('[2017-09-19T17:58:34+0200] <ivan> hi'), null);
  assert.is(p('[2023-10-05T14:00:02Z] <ivan> hi'), null);
  assert.is(p('[14:00:02] <ivan> hi'), null);
});

test("a channel's log, many days in one file: detected, and its meeting found with its nick changes", () => {
  const log = [
    '[2023-10-04T09:00:00.000Z] <carol> yesterday’s chatter',
    '[2023-10-05T13:59:00.000Z] *** bob (~bob@host) joined',
    '[2023-10-05T14:00:02.123Z] <@alice> #startmeeting Weekly',
    '[2023-10-05T14:00:05.000Z] * @alice waves',
    '[2023-10-05T14:00:09.000Z] *** bob changed nick to bobby',
    '[2023-10-05T14:00:20.000Z] <@alice> #topic Release',
    '[2023-10-05T14:00:30.000Z] <+bobby> I can tag it',
    '[2023-10-05T14:01:00.000Z] <@alice> #action bobby to tag it',
    '[2023-10-05T14:02:00.000Z] <@alice> #endmeeting',
  ];
  assert.is(detectFormat(log)?.name, 'thelounge');
  const r = parseLog(Buffer.from(`${log.join('\n')}\n`), '#meetings.log');
  assert.is(r.format, 'thelounge');
  const [m] = r.meetings;
  assert.is(m.start, '2023-10-05T14:00:02Z');
  assert.equal(m.people.map((x) => [x.nick, x.lines]), [['alice', 5], ['bobby', 1]]);
  assert.equal(m.items.map((i) => `${i.kind}: ${i.text}`), ['topic: Release', 'action: bobby to tag it']);
});

test.run();
