// Telegram Desktop's JSON export of a chat (src/exports/telegram.ts). Written
// here in the shape of its result.json (name, type, id, messages with
// date, date_unixtime, from, from_id, text and text_entities; service
// messages with actor, action, members); no Telegram export is in the corpus.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { telegram } from '../../src/exports/telegram.js';
import { parseLog } from '../../src/pipeline.js';
import { invariantProblems } from '../support/invariants.js';

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'exports', 'telegram-chat', 'result.json');
const T = 1696514400;
const message = (dt: number, from: string | null, text: unknown, more: object = {}) => ({ id: dt, type: 'message', date: 'ignored', date_unixtime: String(T + dt), from, from_id: 'user9', text, ...more });
const chat = (messages: unknown[]) => ({ name: 'Team', type: 'private_supergroup', id: 1, messages });
const shown = (doc: unknown) => telegram.read(doc)!.map((l) => [l.kind, l.nick, l.text, `${l.clock.h}:${l.clock.m}:${l.clock.s}`]);

test('a text is a string or a list of strings and entities, read as it shows; each line of it is a line', () => {
  assert.equal(
    shown(
      chat([
        message(0, 'Alice Liddell', [{ type: 'hashtag', text: '#topic' }, ' One\n#info see ', { type: 'text_link', text: 'the draft', href: 'https://x' }, { type: 'bold' }]),
        message(5, 'Bob', 'plain'),
        message(6, null, 'from a deleted account'),
        message(7, 'Bob', '', { file: 'files/notes.pdf', file_name: 'notes.pdf' }),
        message(8, 'Bob', 'look', { photo: 'photos/photo_1.jpg' }),
        message(9, '\u3164', 'from a name that shows nothing'),
        message(10, ' \u200b ', 'and another'),
      ]),
    ),
    [
      ['message', 'Alice_Liddell', '#topic One', '14:0:0'],
      ['message', 'Alice_Liddell', '#info see the draft', '14:0:0'],
      ['message', 'Bob', 'plain', '14:0:5'],
      ['message', 'user9', 'from a deleted account', '14:0:6'],
      ['message', 'Bob', '[file: notes.pdf]', '14:0:7'],
      ['message', 'Bob', 'look', '14:0:8'],
      ['message', 'Bob', '[photo]', '14:0:8'],
      // An "invisible name" (a Hangul filler, a zero-width space) would be a person no page can show: the id instead.
      ['message', 'user9', 'from a name that shows nothing', '14:0:9'],
      ['message', 'user9', 'and another', '14:0:10'],
    ],
  );
});

test('service messages: members added and removed are joins and parts, others are status lines', () => {
  const svc = (dt: number, actor: string, action: string, more: object = {}) => ({ id: dt, type: 'service', date_unixtime: String(T + dt), actor, actor_id: 'user1', action, text: '', ...more });
  assert.equal(
    shown(
      chat([
        svc(0, 'Alice', 'invite_members', { members: ['Bob Wu', 'Carol'] }),
        svc(1, 'Dan', 'join_group_by_link'),
        svc(2, 'Alice', 'remove_members', { members: ['Carol'] }),
        svc(3, 'Bob Wu', 'remove_members', { members: ['Bob Wu'] }),
        svc(4, 'Alice', 'edit_group_title', { title: 'Docs' }),
        svc(5, 'Alice', 'migrate_to_supergroup'),
      ]),
    ),
    [
      ['join', 'Bob_Wu', 'was added by Alice', '14:0:0'],
      ['join', 'Carol', 'was added by Alice', '14:0:0'],
      ['join', 'Dan', 'joined the group by link', '14:0:1'],
      ['part', 'Carol', 'was removed by Alice', '14:0:2'],
      ['part', 'Bob_Wu', 'left the group', '14:0:3'],
      ['other', 'Alice', 'changed the group title to: Docs', '14:0:4'],
      ['other', 'Alice', 'migrate to supergroup', '14:0:5'],
    ],
  );
});

test('the instant is date_unixtime (UTC); an older export has only date, read as UTC', () => {
  const [line] = telegram.read(chat([{ id: 1, type: 'message', date: '2023-10-05T16:00:00', from: 'A', text: 'hi' }]))!;
  assert.equal([line.date, line.clock], [{ y: 2023, m: 10, d: 5 }, { h: 16, m: 0, s: 0 }]);
});

test('not a Telegram export: other JSON is left to the other readers', () => {
  assert.is(telegram.read([]), null);
  assert.is(telegram.read({ messages: [message(0, 'a', 'hi')] }), null, 'no chat type');
  assert.is(telegram.read(chat([])), null, 'no message');
  assert.is(telegram.read(chat([{ id: 1, type: 'message', date: 'soon', from: 'a', text: 'hi' }])), null);
  assert.is(telegram.read({ about: 'all chats', chats: { list: [chat([message(0, 'a', 'hi')])] } }), null, "a whole account's export");
});

test('a Telegram chat with MeetBot commands makes its meeting', () => {
  const rel = 'telegram-chat/result.json';
  const bytes = fs.readFileSync(FIXTURE);
  const result = parseLog(bytes, rel, { relPath: rel });
  assert.equal(invariantProblems(bytes, result), []);
  assert.is(result.format, 'telegram');
  const [m] = result.meetings;
  assert.is(m.id, 'telegram-chat/2023/telegram-chat.2023-10-05-14.00');
  assert.is(m.title, 'Docs team weekly');
  assert.equal(
    m.items.map((i) => `${i.kind}: ${i.text}`),
    ['topic: Release notes', 'action: Bob_Wu to proofread the notes', 'agreed: ship the notes on Friday'],
  );
  assert.equal(m.items[1].assignees, ['Bob_Wu']);
  assert.equal(m.people.map((p) => [p.nick, p.lines]), [['Alice_Liddell', 6], ['Bob_Wu', 2]]);
});

test.run();
