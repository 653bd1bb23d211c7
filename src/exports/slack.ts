// Slack's workspace export: a folder per channel, a JSON file per day
// ("general/2023-10-05.json"), each an array of messages:
//   {"type": "message", "user": "U012AB3CD", "ts": "1696500000.000100",
//    "text": "#startmeeting Weekly", "user_profile": {"name": "alice", …}}
// Subtypes mark joins ("channel_join"), leaves, /me ("me_message"), bots
// ("bot_message", with "username") and topic changes. Text is Slack's
// markup: "<@U012AB3CD>" mentions, "<https://x|label>" links, "&lt;" escapes.
import type { ExportFormat, LineKind } from '../types.js';
import { messageLines, oneWord, plausibleMs, record, shownName, text } from './shared.js';

/**
 * users.json of a Slack export ([{"id": "U012AB3CD", "name": "alice", …}]) as
 * user id → handle; null when the text is no such list.
 */
export function slackUsers(json: string): Record<string, string> | null {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(doc)) return null;
  const users = new Map<string, string>();
  for (const u of doc.map(record)) {
    const id = text(u?.id);
    const name = text(u?.name) ?? text(record(u?.profile)?.display_name) ?? text(record(u?.profile)?.real_name);
    if (id && name && !users.has(id)) users.set(id, name);
  }
  return Object.fromEntries(users);
}

/** The files of a Slack export that are not a channel's day: its lists of users, channels and the like. Not logs. */
export const SLACK_LISTS: readonly string[] = [
  'users.json',
  'channels.json',
  'groups.json',
  'dms.json',
  'mpims.json',
  'integration_logs.json',
  'canvases.json',
  'org_users.json',
];

/** Subtype → the kind of log line and, for status lines, the text shown after the nick. */
const SUBTYPES: Readonly<Record<string, { kind: LineKind; says?: string } | null>> = {
  channel_join: { kind: 'join', says: 'has joined the channel' },
  group_join: { kind: 'join', says: 'has joined the channel' },
  channel_leave: { kind: 'part', says: 'has left the channel' },
  group_leave: { kind: 'part', says: 'has left the channel' },
  me_message: { kind: 'action' },
  channel_topic: { kind: 'other' },
  channel_purpose: { kind: 'other' },
  channel_name: { kind: 'other' },
  // Edits and deletions as events of their own (an export applies edits in place): not lines.
  message_changed: null,
  message_deleted: null,
  message_replied: null,
};

export const slack: ExportFormat = {
  name: 'slack',
  description: 'Slack export: a JSON array of messages per channel and day ({"type": "message", "user": …, "ts": …, "text": …})',
  read(doc, context) {
    if (!Array.isArray(doc) || doc.length === 0) return null;
    const messages = doc.map(record).filter((m): m is Record<string, unknown> => m !== null && m.type === 'message' && msOf(m.ts) !== null);
    if (messages.length * 2 < doc.length || messages.length === 0) return null;
    // The export's users.json names everyone (an old export's messages carry no profile); else the profiles of the day's messages.
    const names = new Map<string, string>(Object.entries(context?.slackUsers ?? {}));
    for (const m of messages) {
      const id = text(m.user);
      const name = profileName(m);
      if (id && name && !names.has(id)) names.set(id, name);
    }
    return messageLines(
      messages,
      (m) => msOf(m.ts)!,
      (m) => {
        const sub = text(m.subtype);
        const how = sub !== undefined && Object.hasOwn(SUBTYPES, sub) ? SUBTYPES[sub] : { kind: 'message' as LineKind };
        if (how === null) return [];
        // A status line's text names its author first ("<@U012AB3CD> set the channel topic: …"): the log shows the nick already.
        const own = how.kind === 'message' || how.kind === 'action' ? (text(m.text) ?? '') : (text(m.text) ?? '').replace(/^<@[^>]*>\s*/, '');
        return [{ kind: how.kind, nick: nickOf(m, names), body: how.says ?? (unmarked(own, names) || attached(m)) }];
      },
    );
  },
};

/** "1696500000.000100" → milliseconds; null when it is no plausible instant. */
function msOf(ts: unknown): number | null {
  if (typeof ts !== 'string' && typeof ts !== 'number') return null;
  const ms = Number(ts) * 1000;
  return plausibleMs(ms) ? ms : null;
}

/** The handle the message's author has in the workspace ("alice"), as its profile gives it. */
function profileName(m: Record<string, unknown>): string | undefined {
  const p = record(m.user_profile);
  return p ? (shownName(p.name) ?? shownName(p.display_name) ?? shownName(p.real_name)) : undefined;
}

/** The author as a nick: their handle (users.json's, else the profile's), a bot's name, or the user id, the first that shows something; no spaces (commands name people by one word). */
function nickOf(m: Record<string, unknown>, names: ReadonlyMap<string, string>): string {
  const id = shownName(m.user);
  const name = shownName(id ? names.get(id) : undefined) ?? profileName(m) ?? shownName(m.username) ?? shownName(record(m.bot_profile)?.name) ?? id ?? shownName(m.bot_id) ?? 'unknown';
  return oneWord(name);
}

/** A message without text (a file, an attachment): what Slack would show of it. */
function attached(m: Record<string, unknown>): string {
  const files = Array.isArray(m.files) ? m.files.map(record).map((f) => text(f?.title) ?? text(f?.name)).filter(Boolean) : [];
  if (files.length) return files.map((f) => `[file: ${f}]`).join(' ');
  const fallback = Array.isArray(m.attachments) ? m.attachments.map((a) => text(record(a)?.fallback)).find(Boolean) : undefined;
  return fallback ?? '';
}

const MARKUP = /<([@#!])?([^<>|]*)(?:\|([^<>]*))?>/g;

/**
 * Slack's markup as plain text: "<@U012AB3CD>" → "@alice" (a name the file
 * knows, else the id), "<#C012|general>" → "#general", "<!here>" → "@here",
 * "<https://x|the agenda>" → "the agenda (https://x)", "<https://x>" and
 * "<https://x|x>" → "https://x", "<mailto:a@b|a@b>" → "a@b"; then "&lt;", "&gt;", "&amp;" as the characters.
 */
export function unmarked(body: string, names: ReadonlyMap<string, string> = new Map()): string {
  const plain = body.replace(MARKUP, (_, sigil: string | undefined, target: string, label: string | undefined) => {
    if (sigil === '@') return `@${label ?? names.get(target) ?? target}`;
    if (sigil === '#') return `#${label ?? target}`;
    if (sigil === '!') return label ?? `@${target.split('^')[0]}`;
    if (target.startsWith('mailto:')) return label ?? target.slice('mailto:'.length);
    if (label === undefined || label === target || target.replace(/^https?:\/\//, '') === label) return target;
    return `${label} (${target})`;
  });
  return plain.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
