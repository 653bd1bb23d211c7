// DiscordChatExporter's JSON export of a Discord channel (Tyrrrz's tool, the
// common way to keep a Discord channel's history): one object per channel,
//   {"guild": {…}, "channel": {"name": "meetings", …},
//    "messages": [ {"type": "Default", "timestamp": "2023-10-05T14:00:00.123+00:00",
//                   "content": "#startmeeting Weekly",
//                   "author": {"id": "…", "name": "alice", "nickname": "Alice L.", "isBot": false},
//                   "attachments": [{"url": …, "fileName": …}], "mentions": [{"id": …, "name": …}]}, … ]}
// Messages and replies are lines, a member's joining is a join, Discord's
// other notices (a pin, a call, a thread) are status lines. An author is
// their username ("alice"), unique and one word as a nick is, not the display
// name a server gives them. A message holds its last edit (the export keeps
// only that). With the exporter's Markdown formatting off, mentions are still
// "<@id>": the message's own list of mentioned users names them.
import type { ExportFormat, LineKind } from '../types.js';
import { messageLines, messagesOf, oneWord, plausibleMs, record, shownName, text } from './shared.js';

/** Discord's message types that are no one speaking, as the lines they become; any other type is read as a message. */
const NOTICES: Readonly<Record<string, LineKind>> = {
  GuildMemberJoin: 'join',
  RecipientAdd: 'join',
  RecipientRemove: 'part',
  Call: 'other',
  ChannelNameChange: 'other',
  ChannelIconChange: 'other',
  ChannelPinnedMessage: 'other',
  ThreadCreated: 'other',
  GuildBoost: 'other',
};

export const discord: ExportFormat = {
  name: 'discord',
  description: 'Discord (DiscordChatExporter\'s JSON): {"channel": {…}, "messages": [{"type": "Default", "timestamp": …, "author": {"name": …}, "content": …}]}',
  read(doc) {
    const read = messagesOf(doc, (root) => record(root.channel) !== null, (m) => msOf(m.timestamp) !== null && nickOf(m.author) !== null);
    if (!read) return null;
    return messageLines(
      read,
      (m) => msOf(m.timestamp)!,
      (m) => {
        const type = text(m.type) ?? 'Default';
        const kind: LineKind = Object.hasOwn(NOTICES, type) ? NOTICES[type] : 'message';
        return [{ kind, nick: nickOf(m.author), body: [plain(text(m.content) ?? '', m.mentions), ...attachments(m.attachments)].join('\n') }];
      },
    );
  },
};

/** An ISO 8601 instant with its offset ("2023-10-05T14:00:00.123+00:00") → milliseconds; null when it is none. */
function msOf(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) return null;
  const ms = Date.parse(value);
  return plausibleMs(ms) ? ms : null;
}

/** The author's username as a nick (no spaces: commands name people by one word), their id when the name shows nothing; null when the message has no author. */
function nickOf(author: unknown): string | null {
  const a = record(author);
  const name = shownName(a?.name) ?? (a?.name === undefined ? undefined : shownName(a?.id));
  return name ? oneWord(name) : null;
}

/** "<@123>" and "<@!123>" → "@alice" (the message's mentions name them); a custom emoji "<:party:123>" → ":party:". */
function plain(content: string, mentions: unknown): string {
  const names = new Map<string, string>();
  if (Array.isArray(mentions)) {
    for (const u of mentions.map(record)) {
      const id = text(u?.id);
      const name = nickOf(u);
      if (id && name) names.set(id, name);
    }
  }
  return content.replace(/<@!?(\d+)>/g, (whole, id: string) => (names.has(id) ? `@${names.get(id)}` : whole)).replace(/<a?(:\w+:)\d+>/g, '$1');
}

/** Each attached file as a line of its URL, as a chat client shows a file someone posted. */
function attachments(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const a of list.map(record)) {
    const url = text(a?.url);
    if (url) out.push(url);
  }
  return out;
}
