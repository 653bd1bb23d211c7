// DiscordChatExporter's JSON export of a Discord channel (src/exports/discord.ts).
// Written here in the shape its JSON writer gives (JsonMessageWriter.cs:
// guild, channel, dateRange, exportedAt, messages, messageCount); no Discord
// export is in the corpus.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { discord } from '../../src/exports/discord.js';
import { parseLog } from '../../src/pipeline.js';
import { invariantProblems } from '../support/invariants.js';
import { attachLogs, siteModel } from '../../src/site/model.js';
import { markdownMinutes } from '../../src/site/markdown-minutes.js';
import { meetbotText } from '../../src/site/meetbot-text.js';
import MarkdownIt from 'markdown-it';
import * as meetingTemplate from '../../templates/meeting.11ty.js';

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'exports', 'discord-meetings', 'weekly.json');
const author = (name: string, id = '1') => ({ id, name, discriminator: '0000', nickname: `${name} (shown)`, isBot: false });
const message = (type: string, timestamp: string, content: string, name: string, more: object = {}) => ({ id: '9', type, timestamp, content, author: author(name), attachments: [], mentions: [], ...more });
const channel = (messages: unknown[]) => ({ guild: { id: '3', name: 'G' }, channel: { id: '2', type: 'GuildTextChat', name: 'meetings' }, messages, messageCount: messages.length });

test('messages and replies are lines, each line of a message one; joins and Discord’s notices are status lines', () => {
  const lines = discord.read(
    channel([
      message('GuildMemberJoin', '2023-10-05T13:58:10.512+00:00', 'Joined the server.', 'carol'),
      message('Default', '2023-10-05T14:00:02.104+00:00', '#topic One\n\n#info two', 'alice'),
      message('Reply', '2023-10-05T16:00:09+02:00', 'sure', 'bob'),
      message('ChannelPinnedMessage', '2023-10-05T14:00:30+00:00', 'Pinned a message.', 'alice'),
      message('RecipientRemove', '2023-10-05T14:00:40+00:00', 'Removed a recipient.', 'alice'),
    ]),
  )!;
  assert.equal(
    lines.map((l) => [l.kind, l.nick, l.text, `${l.clock.h}:${l.clock.m}:${l.clock.s}`]),
    [
      ['join', 'carol', 'Joined the server.', '13:58:10'],
      ['message', 'alice', '#topic One', '14:0:2'],
      ['message', 'alice', '#info two', '14:0:2'],
      ['message', 'bob', 'sure', '14:0:9'],
      ['other', 'alice', 'Pinned a message.', '14:0:30'],
      ['part', 'alice', 'Removed a recipient.', '14:0:40'],
    ],
  );
});

test('an author is their username, one word; raw mentions are named by the message’s mentions, custom emoji by their name, files by their URL', () => {
  const [first, second, file] = discord.read(
    channel([
      message('Default', '2023-10-05T14:00:00+00:00', '#action <@42> and <@!43> and <@44> <a:party:7>', 'Old Name#1', {
        mentions: [
          { id: '42', name: 'bob' },
          { id: '43', name: 'carol' },
        ],
      }),
      message('Default', '2023-10-05T14:00:01+00:00', '', 'dave', { attachments: [{ id: '5', url: 'https://cdn.example/x/notes.pdf', fileName: 'notes.pdf' }] }),
      message('Default', '2023-10-05T14:00:02+00:00', 'see', 'erin', { attachments: [{ id: '6', url: 'https://cdn.example/y.png' }] }),
    ]),
  )!;
  assert.equal([first.nick, first.text], ['Old_Name#1', '#action @bob and @carol and <@44> :party:']);
  assert.equal([second.nick, second.text], ['dave', 'https://cdn.example/x/notes.pdf']);
  assert.equal([file.nick, file.text], ['erin', 'see']);
});

test('an author whose name shows nothing (a Hangul filler, a zero-width space) is named by their id', () => {
  const lines = discord.read(
    channel([
      message('Default', '2023-10-05T14:00:00+00:00', 'hi', 'x', { author: author('\u3164', '77') }),
      message('Default', '2023-10-05T14:00:01+00:00', 'hey', 'x', { author: author('\u200b\u200b', '78') }),
    ]),
  )!;
  assert.equal(lines.map((l) => l.nick), ['77', '78']);
});

test('a message of several lines is one item: its further lines go on the command, unless one is a command of its own', () => {
  const doc = channel([
    message('Default', '2023-10-05T14:00:00+00:00', '#startmeeting Weekly', 'alice'),
    message('Default', '2023-10-05T14:00:10+00:00', '#agreed we will:\n- do X\n\n- do Y', 'alice'),
    message('Default', '2023-10-05T14:00:20+00:00', '#topic Next\nsaid under it\n#info its own item\nand its own line', 'alice'),
    message('Default', '2023-10-05T14:00:30+00:00', 'bob, see:\nthe notes', 'alice'),
    // "#2" and "#openstack-nova" are no commands: talk, and so the item goes on through them.
    message('Default', '2023-10-05T14:00:40+00:00', '#action bob to:\n#1 write it\n#2 send it to #openstack-nova\n#link https://x.example/', 'alice'),
    message('Default', '2023-10-05T14:01:00+00:00', '#endmeeting', 'alice'),
  ]);
  const bytes = Buffer.from(JSON.stringify(doc));
  const result = parseLog(bytes, 'meetings/x.json', { relPath: 'meetings/x.json' });
  assert.equal(invariantProblems(bytes, result), []);
  const [m] = result.meetings;
  assert.equal(
    m.items.map((i) => [i.kind, i.text]),
    [
      ['agreed', 'we will:\n- do X\n- do Y'],
      ['topic', 'Next'],
      ['info', 'its own item\nand its own line'],
      ['action', 'bob to:\n#1 write it\n#2 send it to #openstack-nova'],
      ['link', 'https://x.example/'],
    ],
  );
  // The log keeps a line per line of the message, marked as going on with it.
  assert.equal(m.lines.slice(1, 4).map((l) => [l.text, l.continues ?? false]), [['#agreed we will:', false], ['- do X', true], ['- do Y', true]]);
  // The minutes page keeps the item's lines (its text is white-space: pre-line), and so do the downloads.
  const site = siteModel([m], [], { logs: 'none' });
  attachLogs(site, site.meetings, [m]);
  assert.match(meetingTemplate.render({ minutebook: site, m: site.meetings[0] }), '<span class="text">we will:\n- do X\n- do Y</span>');
  // Markdown: hard breaks inside the one list item; "- do X" escaped, so it starts no list of its own.
  const md = markdownMinutes(m);
  assert.match(md, '- **Agreed:** we will:\\\n  \\- do X\\\n  \\- do Y (alice, [14:00:10]');
  const html = new MarkdownIt().render(md);
  assert.match(html, '<li><strong>Agreed:</strong> we will:<br>\n- do X<br>\n- do Y (alice, <a href=');
  assert.match(html, '<li><strong>Info:</strong> its own item<br>\nand its own line (alice, <a href=');
  // Text, in MeetBot's layout: each line wrapped on its own, under the bullet's text.
  assert.match(meetbotText(m), '* AGREED: we will:\n  - do X\n  - do Y  (alice, 14:00:10)\n');
});

test('an action of several lines keeps them in every list of the Markdown and text minutes', () => {
  const doc = channel([
    message('Default', '2023-10-05T14:00:00+00:00', '#startmeeting Weekly', 'alice'),
    message('Default', '2023-10-05T14:00:10+00:00', '#action bob to:\n1. write it\n2. send it', 'alice'),
    message('Default', '2023-10-05T14:01:00+00:00', '#endmeeting', 'alice'),
  ]);
  const [m] = parseLog(Buffer.from(JSON.stringify(doc)), 'meetings/x.json', { relPath: 'meetings/x.json' }).meetings;
  const md = markdownMinutes(m);
  // The action list, then the list by person, one level in: each line indented to its list item's text.
  assert.match(md, '\n- bob to:\\\n  1\\. write it\\\n  2\\. send it ([14:00:10]');
  assert.match(md, '\n  - bob to:\\\n    1\\. write it\\\n    2\\. send it ([14:00:10]');
  const html = new MarkdownIt().render(md);
  assert.match(html, '<li><strong>UNASSIGNED</strong>\n<ul>\n<li>bob to:<br>\n1. write it<br>\n2. send it (<a href=');
  assert.not.match(html, '<ol>');
  const text = meetbotText(m);
  assert.match(text, '\n* bob to:\n  1. write it\n  2. send it\n');
  assert.match(text, '\n* **UNASSIGNED**\n  * bob to:\n    1. write it\n    2. send it\n');
});

test('not a Discord export: other JSON is left to the other readers', () => {
  assert.is(discord.read([]), null);
  assert.is(discord.read({ messages: [message('Default', '2023-10-05T14:00:00+00:00', 'hi', 'a')] }), null, 'no channel');
  assert.is(discord.read(channel([])), null, 'no message');
  assert.is(discord.read(channel([{ type: 'Default', timestamp: 'yesterday', content: 'hi', author: author('a') }])), null);
  assert.is(discord.read(channel([{ type: 'Default', timestamp: '2023-10-05T14:00:00+00:00', content: 'hi' }])), null, 'no author');
});

test('a Discord channel with MeetBot commands makes its meeting', () => {
  const rel = 'discord-meetings/weekly.json';
  const bytes = fs.readFileSync(FIXTURE);
  const result = parseLog(bytes, rel, { relPath: rel });
  assert.equal(invariantProblems(bytes, result), []);
  assert.is(result.format, 'discord');
  const [m] = result.meetings;
  assert.is(m.id, 'discord-meetings/2023/discord-meetings.2023-10-05-14.00');
  assert.is(m.title, 'Docs team weekly');
  assert.equal(
    m.items.map((i) => `${i.kind}: ${i.text}`),
    ['topic: Release notes', 'link: https://cdn.discordapp.com/attachments/200000000000000001/500000000000000001/draft.pdf', 'action: @bob.w to proofread the notes', 'agreed: ship the notes on Friday'],
  );
  assert.equal(m.items[2].assignees, ['bob.w']);
  assert.equal(m.people.map((p) => [p.nick, p.lines]), [['alice', 6], ['bob.w', 3]]);
  // 16:00:20 at +02:00 is 14:00:20 UTC.
  assert.is(m.topics[0].time, '2023-10-05T14:00:20Z');
});

test.run();
