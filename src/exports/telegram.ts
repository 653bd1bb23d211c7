// Telegram Desktop's "Export chat history" as JSON (result.json), one chat:
//   {"name": "Docs team", "type": "private_supergroup", "id": 1234567890,
//    "messages": [ {"id": 2, "type": "message", "date": "2023-10-05T16:00:00",
//                   "date_unixtime": "1696514400", "from": "Alice Liddell", "from_id": "user111",
//                   "text": ["see ", {"type": "link", "text": "https://example.org"}]}, … ]}
// Messages are lines; service messages (someone added, someone left, a pin,
// a call) are status lines. A message's text is a string or a list of plain
// strings and entities ({"type": "bold", "text": …}), read as the text they
// show. The export names senders by their display name only ("Alice
// Liddell" → the nick "Alice_Liddell", one word as a nick is), and gives the
// instant as "date_unixtime" (UTC); an older export has only "date", the
// exporting computer's local time, read as UTC. A whole account's export
// (many chats in one file) is not one log: export the meeting's chat.
import type { ExportFormat, LineKind } from '../types.js';
import { type Said, messageLines, messagesOf, oneWord, plausibleMs, record, shownName, text } from './shared.js';

/** Service actions in which members come or go: each member named is a join or a part, said of them. */
const MEMBERS: Readonly<Record<string, { kind: LineKind; says: string }>> = {
  invite_members: { kind: 'join', says: 'was added by' },
  remove_members: { kind: 'part', says: 'was removed by' },
};
/** Service actions in which the actor comes. Any other service message (a pin, a call, a new title) is a status line of kind other. */
const JOINS: Readonly<Record<string, string>> = {
  join_group_by_link: 'joined the group by link',
  join_group_by_request: 'joined the group',
};
/** What the commonest other service actions say; the rest say their action's name ("migrate_to_supergroup" → "migrate to supergroup"). */
const SAYS: Readonly<Record<string, string>> = {
  pin_message: 'pinned a message',
  edit_group_title: 'changed the group title to:',
  create_group: 'created the group',
  group_call: 'started a call',
  phone_call: 'made a call',
  topic_created: 'created the topic',
};

export const telegram: ExportFormat = {
  name: 'telegram',
  description: 'Telegram (Telegram Desktop\'s JSON export of a chat): {"name": …, "type": …, "messages": [{"type": "message", "date_unixtime": …, "from": …, "text": …}]}',
  read(doc) {
    const read = messagesOf(doc, (chat) => typeof chat.type === 'string', (m) => (m.type === 'message' || m.type === 'service') && msOf(m) !== null);
    if (!read) return null;
    return messageLines(
      read,
      (m) => msOf(m)!,
      (m) => (m.type === 'service' ? service(m) : [{ kind: 'message', nick: nickOf(m.from, m.from_id), body: [shown(m.text), ...files(m)].filter(Boolean).join('\n') }]),
    );
  },
};

/** "date_unixtime" ("1696514400", UTC), else "date" ("2023-10-05T16:00:00", read as UTC) → milliseconds; null when neither is an instant. */
function msOf(m: Record<string, unknown>): number | null {
  const unix = typeof m.date_unixtime === 'string' || typeof m.date_unixtime === 'number' ? Number(m.date_unixtime) * 1000 : NaN;
  if (plausibleMs(unix)) return unix;
  const date = typeof m.date === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/.test(m.date) ? Date.parse(`${m.date}Z`) : NaN;
  return plausibleMs(date) ? date : null;
}

/** A display name as a nick: one word ("Alice Liddell" → "Alice_Liddell"); a deleted account, or a name that shows nothing, by its id. */
function nickOf(name: unknown, id: unknown): string {
  return oneWord(shownName(name) ?? shownName(id) ?? 'Deleted_Account');
}

/** A text as Telegram shows it: a string, or a list of strings and entities ({"type": …, "text": …}). */
function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  return value.map((part) => (typeof part === 'string' ? part : (text(record(part)?.text) ?? ''))).join('');
}

/** What a message carries besides its text: a file, a photo, a sticker, as the name Telegram's export gives it. */
function files(m: Record<string, unknown>): string[] {
  const out: string[] = [];
  const file = text(m.file_name) ?? (text(m.file) && !/^\(File/.test(m.file as string) ? text(m.file) : undefined);
  if (file) out.push(`[file: ${file}]`);
  else if (text(m.photo)) out.push('[photo]');
  else if (text(m.sticker_emoji)) out.push(`[sticker ${m.sticker_emoji}]`);
  return out;
}

/** A service message as its status lines: each member added or removed, or the actor and what they did. */
function service(m: Record<string, unknown>): Said[] {
  const action = text(m.action) ?? 'service';
  const actor = nickOf(m.actor, m.actor_id);
  const members = Array.isArray(m.members) ? m.members.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
  if (Object.hasOwn(MEMBERS, action) && members.length) {
    const { kind, says } = MEMBERS[action];
    return members.map((member) => {
      const nick = nickOf(member, null);
      // Leaving a group is its member removing themselves.
      return { kind, nick, body: nick === actor && kind === 'part' ? 'left the group' : `${says} ${actor}` };
    });
  }
  if (Object.hasOwn(JOINS, action)) return [{ kind: 'join', nick: actor, body: JOINS[action] }];
  const says = Object.hasOwn(SAYS, action) ? SAYS[action] : action.replace(/_/g, ' ');
  const more = [text(m.title), shown(m.text)].filter(Boolean).join(' ');
  return [{ kind: 'other', nick: actor, body: more ? `${says} ${more}` : says }];
}
