// Element's JSON export of a Matrix room (src/exports/matrix.ts). Written here
// from Element's exporter (JSONExport.ts: room_name, topic, export_date,
// exported_by, messages as Matrix events); no Matrix export is in the corpus.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { localPart, matrix, nicks, withoutQuote } from '../../src/exports/matrix.js';
import { parseLog } from '../../src/pipeline.js';
import { invariantProblems } from '../support/invariants.js';

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'exports', 'matrix-room', 'weekly.json');
const T = 1696514400000;
const event = (type: string, sender: string, dt: number, content: object, more: object = {}) => ({ type, sender, origin_server_ts: T + dt * 1000, content, ...more });

test('a sender is the local part of their user id', () => {
  assert.is(localPart('@alice:example.org'), 'alice');
  assert.is(localPart('@irc_bob:libera.chat'), 'irc_bob');
  assert.is(localPart('not an id'), 'not_an_id');
});

test('two users who share a local part are each their whole id, never one person', () => {
  const events = [
    event('m.room.message', '@alice:example.org', 0, { msgtype: 'm.text', body: '#startmeeting Weekly' }),
    event('m.room.message', '@alice:matrix.org', 1, { msgtype: 'm.text', body: 'hello' }),
    event('m.room.member', '@bob:y', 2, { membership: 'join' }, { state_key: '@bob:y' }),
    event('m.room.member', '@bob:y', 3, { membership: 'leave' }, { state_key: '@bob:z' }),
    event('m.room.message', '@carol:y', 4, { msgtype: 'm.text', body: '#action alice:matrix.org write it up' }),
    event('m.room.message', '@alice:example.org', 5, { msgtype: 'm.text', body: '#endmeeting' }),
  ];
  const nickOf = nicks(events);
  assert.equal(['@alice:example.org', '@alice:matrix.org', '@bob:y', '@bob:z', '@carol:y'].map(nickOf), ['alice:example.org', 'alice:matrix.org', 'bob:y', 'bob:z', 'carol']);
  const doc = JSON.stringify({ room_name: 'Weekly', messages: events });
  const { meetings } = parseLog(new TextEncoder().encode(doc), 'weekly.json');
  assert.is(meetings.length, 1);
  const m = meetings[0];
  assert.equal(m.people.map((p) => p.nick).sort(), ['alice:example.org', 'alice:matrix.org', 'carol']);
  assert.equal(m.items.find((i) => i.kind === 'action')?.assignees, ['alice:matrix.org']);
});

test('a reply loses the quote Matrix puts before it; other text is kept whole', () => {
  assert.is(withoutQuote('> <@alice:x> #startmeeting\n> more\n\nhello!'), 'hello!');
  assert.is(withoutQuote('plain > text'), 'plain > text');
});

test('messages, /me, notices, joins, leaves, kicks and topic changes are lines; edits, reactions and invites are not', () => {
  const lines = matrix.read({
    room_name: 'Weekly',
    messages: [
      event('m.room.member', '@alice:x', 0, { membership: 'join' }, { state_key: '@alice:x' }),
      event('m.room.member', '@alice:x', 1, { membership: 'join', displayname: 'Alice L.' }, { state_key: '@alice:x', unsigned: { prev_content: { membership: 'join' } } }),
      event('m.room.message', '@alice:x', 2, { msgtype: 'm.text', body: '#topic One\n#info two' }),
      event('m.room.message', '@alice:x', 3, { msgtype: 'm.text', body: ' * #topic Uno', 'm.relates_to': { rel_type: 'm.replace', event_id: '$e' } }),
      event('m.reaction', '@bob:y', 4, { 'm.relates_to': { rel_type: 'm.annotation', key: '👍' } }),
      event('m.room.message', '@bob:y', 5, { msgtype: 'm.emote', body: 'waves' }),
      event('m.room.message', '@bot:y', 6, { msgtype: 'm.notice', body: 'Meeting started' }),
      event('m.room.topic', '@alice:x', 7, { topic: 'Release week' }),
      event('m.room.member', '@alice:x', 8, { membership: 'invite' }, { state_key: '@carol:z' }),
      event('m.room.member', '@alice:x', 9, { membership: 'leave' }, { state_key: '@bob:y' }),
      event('m.room.member', '@bot:y', 10, { membership: 'leave' }, { state_key: '@bot:y' }),
      event('m.room.message', '@alice:x', 11, {}, { unsigned: { redacted_because: {} } }),
    ],
  })!;
  assert.equal(
    lines.map((l) => [l.kind, l.nick, l.text, l.clock.s]),
    [
      ['join', 'alice', 'joined the room', 0],
      ['message', 'alice', '#topic One', 2],
      ['message', 'alice', '#info two', 2],
      ['action', 'bob', 'waves', 5],
      ['notice', 'bot', 'Meeting started', 6],
      ['other', 'alice', 'changed the topic to: Release week', 7],
      ['part', 'bob', 'was removed from the room by alice', 9],
      ['part', 'bot', 'left the room', 10],
    ],
  );
});

test('not a Matrix export: other JSON is left to the other readers', () => {
  assert.is(matrix.read([]), null);
  assert.is(matrix.read({ messages: [{ type: 'm.room.message', sender: '@a:x', origin_server_ts: 'soon' }] }), null);
});

test('a Matrix room with MeetBot commands makes its meeting, dated by its events', () => {
  const rel = 'matrix-room/weekly.json';
  const bytes = fs.readFileSync(FIXTURE);
  const result = parseLog(bytes, rel, { relPath: rel });
  assert.equal(invariantProblems(bytes, result), []);
  assert.is(result.format, 'matrix');
  const [m] = result.meetings;
  assert.is(m.id, 'matrix-room/2023/matrix-room.2023-10-05-14.00');
  assert.is(m.title, 'Weekly sync');
  // The edit ("#topic Release 2.0") came after the bot had read the command: the topic is as first sent.
  assert.equal(
    m.items.map((i) => `${i.kind}: ${i.text}`),
    ['topic: Release', 'action: bob to tag it', 'info: two lines'],
  );
  assert.equal(m.items[1].assignees, ['bob']);
  assert.equal(m.people.map((p) => [p.nick, p.lines]), [['alice', 5], ['bob', 2]]);
  assert.is(m.lines.find((l) => l.nick === 'bob' && l.kind === 'message')!.text, 'hello!');
});

test.run();
