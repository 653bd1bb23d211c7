// Element's "Export chat" as JSON (Matrix): one object for the room,
//   {"room_name": …, "topic": …, "export_date": …, "exported_by": …,
//    "messages": [ {"type": "m.room.message", "sender": "@alice:example.org",
//                   "origin_server_ts": 1696500000000,
//                   "content": {"msgtype": "m.text", "body": "#startmeeting Weekly"}}, … ]}
// Messages, /me (m.emote) and notices (m.notice) are lines; so are joins,
// leaves, kicks, bans and topic and name changes. Edits (m.replace) stay out:
// the line is the message as first sent. A reply loses the quote of what it
// answers that Matrix puts before it. A sender is its user id's local part
// ("@alice:example.org" → "alice"), one word as a nick is; when two users
// of the room share a local part (@alice:example.org, @alice:matrix.org),
// each is its whole id without the "@" ("alice:example.org"), never one
// person made of two.
import type { ExportFormat, LineKind } from '../types.js';
import { type Said, messageLines, messagesOf, oneWord, plausibleMs, record, text } from './shared.js';

export const matrix: ExportFormat = {
  name: 'matrix',
  description: 'Matrix (Element\'s JSON export): {"room_name": …, "messages": [{"type": "m.room.message", "sender": …, "origin_server_ts": …}]}',
  read(doc) {
    const events = messagesOf(doc, () => true, isEvent);
    if (!events) return null;
    const nickOf = nicks(events);
    return messageLines(
      events,
      (e) => e.origin_server_ts as number,
      (e) => {
        const line = lineOf(e, nickOf);
        return line ? [line] : [];
      },
    );
  },
};

function isEvent(e: Record<string, unknown>): boolean {
  return typeof e.type === 'string' && typeof e.sender === 'string' && typeof e.origin_server_ts === 'number' && plausibleMs(e.origin_server_ts);
}

/** "@alice:example.org" → "alice". */
export function localPart(userId: string): string {
  const m = /^@([^:]+)(?::|$)/.exec(userId);
  return oneWord(m ? m[1] : userId);
}

type NickOf = (userId: string) => string;

/** Each user id of the export as a nick: its local part, or its whole id when another user shares the local part. */
export function nicks(events: readonly (Record<string, unknown> | null)[]): NickOf {
  const ids = new Map<string, Set<string>>();
  const see = (id: unknown) => {
    if (typeof id !== 'string') return;
    const local = localPart(id);
    let set = ids.get(local);
    if (!set) ids.set(local, (set = new Set()));
    set.add(id);
  };
  for (const e of events) {
    if (e === null || !isEvent(e)) continue;
    see(e.sender);
    if (e.type === 'm.room.member') see(e.state_key);
  }
  return (id) => {
    const local = localPart(id);
    return (ids.get(local)?.size ?? 1) > 1 ? oneWord(id.replace(/^@/, '')) : local;
  };
}

const MSGTYPES: Readonly<Record<string, LineKind>> = { 'm.emote': 'action', 'm.notice': 'notice' };

function lineOf(e: Record<string, unknown>, nickOf: NickOf): Said | null {
  const content = record(e.content) ?? {};
  const nick = nickOf(e.sender as string);
  switch (e.type) {
    case 'm.room.message': {
      const relation = record(content['m.relates_to']);
      if (relation?.rel_type === 'm.replace') return null;
      const body = text(content.body);
      if (body === undefined) return null;
      const kind = MSGTYPES[text(content.msgtype) ?? ''] ?? 'message';
      return { kind, nick, body: relation?.['m.in_reply_to'] ? withoutQuote(body) : body };
    }
    case 'm.room.member':
      return membership(e, content, nick, nickOf);
    case 'm.room.topic':
      return { kind: 'other', nick, body: `changed the topic to: ${text(content.topic) ?? ''}` };
    case 'm.room.name':
      return { kind: 'other', nick, body: `changed the room name to: ${text(content.name) ?? ''}` };
    default:
      return null;
  }
}

/** A membership change as a join or a part; a new display name or avatar (join after join) and invites are no line. */
function membership(e: Record<string, unknown>, content: Record<string, unknown>, sender: string, nickOf: NickOf): Said | null {
  const target = typeof e.state_key === 'string' ? nickOf(e.state_key) : sender;
  const before = record(record(e.unsigned)?.prev_content) ?? record(e.prev_content);
  switch (content.membership) {
    case 'join':
      return before?.membership === 'join' ? null : { kind: 'join', nick: target, body: 'joined the room' };
    case 'leave':
      if (target === sender) return { kind: 'part', nick: target, body: 'left the room' };
      return { kind: 'part', nick: target, body: `was removed from the room by ${sender}` };
    case 'ban':
      return { kind: 'part', nick: target, body: `was banned from the room by ${sender}` };
    default:
      return null;
  }
}

/** A reply's body without the quote Matrix puts before it ("> <@bob:x> what he said", a blank line, then the reply). */
export function withoutQuote(body: string): string {
  const lines = body.split('\n');
  let k = 0;
  while (k < lines.length && lines[k].startsWith('>')) k++;
  if (k === 0) return body;
  if (k < lines.length && lines[k].trim() === '') k++;
  return lines.slice(k).join('\n');
}
