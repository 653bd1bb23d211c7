// Chat exports (src/exports/) of any shape: JSON that looks like Slack's,
// Element's, DiscordChatExporter's or Telegram's with every field of the wrong type, missing or odd, and any JSON
// at all. Parsing never throws, every invariant holds, and a file that is no
// export is left to the line formats.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { params } from '../support/fuzz-config.js';
import { assertSound } from '../support/fuzz-check.js';

const odd = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('', '#startmeeting x', '#topic t\n#action bob x', '#endmeeting', '<@U1> hi &amp; <https://x|y>', '> <@a:b> quoted\n\nreply', '\u2028', '\r\n'),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);
/** Mostly what the export holds, now and then anything. */
const mostly = <T>(usual: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: usual }, { weight: 1, arbitrary: odd });
const ts = mostly(
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1_000_000_000, max: 2_000_000_000 }).map((s) => `${s}.000100`) },
    { weight: 1, arbitrary: fc.constantFrom('1696514401', '-1', '1e30', 'NaN', '') },
    { weight: 1, arbitrary: fc.double().map(String) },
  ),
);
const ms = mostly(fc.oneof(fc.integer({ min: 1_000_000_000_000, max: 2_000_000_000_000 }), fc.constantFrom(-1, 1e30, Number.MAX_SAFE_INTEGER)));

const slackMessage = fc.record(
  {
    type: mostly(fc.constant('message')),
    subtype: fc.oneof(fc.constantFrom('channel_join', 'channel_leave', 'me_message', 'bot_message', 'channel_topic', 'message_deleted', 'file_share', '__proto__', 'constructor'), odd),
    ts,
    user: fc.oneof(fc.constantFrom('U1', 'U2', ''), odd),
    text: odd,
    username: odd,
    user_profile: fc.oneof(fc.record({ name: odd, display_name: odd, real_name: odd }, { requiredKeys: [] }), odd),
    bot_profile: odd,
    files: fc.oneof(fc.array(fc.oneof(fc.record({ name: odd, title: odd }, { requiredKeys: [] }), odd), { maxLength: 2 }), odd),
    attachments: fc.oneof(fc.array(fc.oneof(fc.record({ fallback: odd }, { requiredKeys: [] }), odd), { maxLength: 2 }), odd),
  },
  { requiredKeys: ['type', 'ts'] },
);

const matrixEvent = fc.record(
  {
    type: mostly(fc.constantFrom('m.room.message', 'm.room.member', 'm.room.topic', 'm.room.name', 'm.reaction')),
    sender: mostly(fc.constantFrom('@alice:x', '@bob:y', '@:', 'alice')),
    state_key: fc.oneof(fc.constantFrom('@alice:x', '@bob:y'), odd),
    origin_server_ts: ms,
    content: fc.oneof(
      fc.record(
        {
          msgtype: fc.oneof(fc.constantFrom('m.text', 'm.emote', 'm.notice', 'm.image'), odd),
          body: odd,
          membership: fc.oneof(fc.constantFrom('join', 'leave', 'ban', 'invite'), odd),
          topic: odd,
          name: odd,
          'm.relates_to': fc.oneof(fc.record({ rel_type: fc.oneof(fc.constant('m.replace'), odd), 'm.in_reply_to': odd }, { requiredKeys: [] }), odd),
        },
        { requiredKeys: [] },
      ),
      odd,
    ),
    unsigned: fc.oneof(fc.record({ prev_content: fc.oneof(fc.record({ membership: odd }, { requiredKeys: [] }), odd) }, { requiredKeys: [] }), odd),
  },
  { requiredKeys: ['type', 'sender', 'origin_server_ts'] },
);

const iso = mostly(
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1_000_000_000_000, max: 2_000_000_000_000 }).map((t) => new Date(t).toISOString().replace('Z', '+00:00')) },
    { weight: 1, arbitrary: fc.constantFrom('2023-10-05T14:00:00+02:00', '2023-10-05T14:00', '9999-99-99T99:99:99', '2023-10-05', '') },
  ),
);

const discordMessage = fc.record(
  {
    type: fc.oneof(fc.constantFrom('Default', 'Reply', 'GuildMemberJoin', 'RecipientRemove', 'ChannelPinnedMessage', 'Call', '__proto__', 'hasOwnProperty'), odd),
    timestamp: iso,
    content: odd,
    author: fc.oneof(fc.record({ id: odd, name: fc.oneof(fc.constantFrom('alice', 'bob.w', 'Old Name', ' '), odd), nickname: odd, isBot: odd }, { requiredKeys: [] }), odd),
    attachments: fc.oneof(fc.array(fc.oneof(fc.record({ url: odd, fileName: odd }, { requiredKeys: [] }), odd), { maxLength: 2 }), odd),
    mentions: fc.oneof(fc.array(fc.oneof(fc.record({ id: fc.oneof(fc.constantFrom('42', '43'), odd), name: odd }, { requiredKeys: [] }), odd), { maxLength: 2 }), odd),
  },
  { requiredKeys: ['timestamp', 'author'] },
);

const telegramMessage = fc.record(
  {
    type: fc.oneof(fc.constantFrom('message', 'service'), odd),
    date: fc.oneof(fc.constantFrom('2023-10-05T16:00:00', '2023-10-05T16:00', 'soon'), odd),
    date_unixtime: mostly(fc.oneof(fc.integer({ min: 1_000_000_000, max: 2_000_000_000 }).map(String), fc.constantFrom('-1', '1e30', ''))),
    from: fc.oneof(fc.constantFrom('Alice Liddell', 'Bob', ' '), odd),
    from_id: odd,
    text: fc.oneof(odd, fc.array(fc.oneof(odd, fc.record({ type: odd, text: odd }, { requiredKeys: [] })), { maxLength: 4 })),
    actor: odd,
    action: fc.oneof(fc.constantFrom('invite_members', 'remove_members', 'join_group_by_link', 'pin_message', '__proto__', 'toString'), odd),
    members: fc.oneof(fc.array(odd, { maxLength: 3 }), odd),
    file_name: odd,
    photo: odd,
  },
  { requiredKeys: ['type'] },
);

const bytesOf = (value: unknown, pretty: boolean) => new TextEncoder().encode(JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null');

/** Runs the property and checks that a fair share of its inputs were read as the export (the readers were exercised, not only refused). */
function exercised(format: string, property: (count: (format: string | null) => void) => fc.IPropertyWithHooks<never> | fc.IProperty<never>): void {
  let runs = 0;
  let read = 0;
  const count = (f: string | null) => {
    runs++;
    if (f === format) read++;
  };
  fc.assert(property(count), params(1));
  assert.ok(read * 5 >= runs, `${read} of ${runs} inputs read as ${format}`);
}

test('Slack-like days with fields of any shape parse soundly', () => {
  exercised('slack', (count) =>
    fc.property(fc.array(fc.oneof({ weight: 6, arbitrary: slackMessage }, { weight: 1, arbitrary: odd }), { minLength: 1, maxLength: 30 }), fc.boolean(), (messages, pretty) => {
      count(assertSound(bytesOf(messages, pretty), 'general/2023-10-05.json', { relPath: 'general/2023-10-05.json' })?.format ?? null);
    }) as never,
  );
});

test('Element-like exports with events of any shape parse soundly', () => {
  exercised('matrix', (count) =>
    fc.property(fc.array(fc.oneof({ weight: 6, arbitrary: matrixEvent }, { weight: 1, arbitrary: odd }), { minLength: 1, maxLength: 30 }), odd, fc.boolean(), (messages, roomName, pretty) => {
      count(assertSound(bytesOf({ room_name: roomName, messages }, pretty), 'room/export.json', { relPath: 'room/export.json' })?.format ?? null);
    }) as never,
  );
});

test('DiscordChatExporter-like channels with messages of any shape parse soundly', () => {
  exercised('discord', (count) =>
    fc.property(fc.array(fc.oneof({ weight: 6, arbitrary: discordMessage }, { weight: 1, arbitrary: odd }), { minLength: 1, maxLength: 30 }), odd, fc.boolean(), (messages, name, pretty) => {
      count(assertSound(bytesOf({ guild: { id: '3', name: 'G' }, channel: { id: '2', name }, messages }, pretty), 'meetings/export.json', { relPath: 'meetings/export.json' })?.format ?? null);
    }) as never,
  );
});

test('Telegram-like chats with messages of any shape parse soundly', () => {
  exercised('telegram', (count) =>
    fc.property(fc.array(fc.oneof({ weight: 6, arbitrary: telegramMessage }, { weight: 1, arbitrary: odd }), { minLength: 1, maxLength: 30 }), odd, fc.boolean(), (messages, name, pretty) => {
      count(assertSound(bytesOf({ name, type: 'private_supergroup', id: 1, messages }, pretty), 'team/result.json', { relPath: 'team/result.json' })?.format ?? null);
    }) as never,
  );
});

test('any JSON at all parses soundly', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
      assertSound(bytesOf(value, pretty), 'x.json');
    }),
    params(1),
  );
});

test.run();
