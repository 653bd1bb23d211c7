// What the chat exports share: instants to UTC dates and clocks, and a
// message's text split into the lines a log shows (a message of three lines
// is three lines of the log, as a paste is on IRC).
import type { ExportLine, LineKind } from '../types.js';
import { namesNoOne } from '../lines/shared.js';

/** A plain object (a JSON object), or null. */
export function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A non-empty string field, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A name trimmed, or undefined when it is not a string or shows nothing (empty, white space, only invisible characters: lines/shared.ts). */
export function shownName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.trim();
  return namesNoOne(name) ? undefined : name;
}

/** A name as a nick: one word, its runs of spaces made "_" (commands name people by one word: "#action Alice_Liddell …"). */
export const oneWord = (name: string): string => name.replace(/\s+/g, '_');

/**
 * The lines of one message at `ms` (milliseconds since 1970, UTC): one per line of its text, blank lines
 * left out, each after the first marked as going on with it (an item a command opens takes them in: finish.ts).
 */
function linesAt(ms: number, kind: LineKind, nick: string | null, body: string): ExportLine[] {
  const at = new Date(Math.floor(ms / 1000) * 1000);
  const date = { y: at.getUTCFullYear(), m: at.getUTCMonth() + 1, d: at.getUTCDate() };
  const clock = { h: at.getUTCHours(), m: at.getUTCMinutes(), s: at.getUTCSeconds() };
  const out: ExportLine[] = [];
  for (const line of body.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue;
    out.push(out.length ? { kind, nick, text: line, clock: { ...clock }, date: { ...date }, continues: true } : { kind, nick, text: line, clock: { ...clock }, date: { ...date } });
  }
  return out;
}

/** An instant an export may hold: within the years a log can be from (Date's range is wider). */
export function plausibleMs(ms: number): boolean {
  return Number.isFinite(ms) && ms >= Date.UTC(1980, 0, 1) && ms < Date.UTC(2200, 0, 1);
}

/** A message as the lines it makes: of what kind, by whom, saying what (its text's lines are lines of their own). */
export interface Said {
  kind: LineKind;
  nick: string | null;
  body: string;
}

/** The lines of the messages, in their order: each says what `said` makes of it, at the instant `msOf` gives. */
export function messageLines<T>(messages: readonly T[], msOf: (m: T) => number, said: (m: T) => readonly Said[]): ExportLine[] {
  const lines: ExportLine[] = [];
  for (const m of messages) for (const s of said(m)) for (const l of linesAt(msOf(m), s.kind, s.nick, s.body)) lines.push(l);
  return lines;
}

/**
 * The messages of an export that is one object holding a `messages` list
 * (Element's, DiscordChatExporter's, Telegram's), those `readable` keeps;
 * null when the document is no such object, `isRoot` refuses it, or no
 * message is readable (the document is left to the other readers).
 */
export function messagesOf(doc: unknown, isRoot: (root: Record<string, unknown>) => boolean, readable: (m: Record<string, unknown>) => boolean): Record<string, unknown>[] | null {
  const root = record(doc);
  if (!root || !Array.isArray(root.messages) || !isRoot(root)) return null;
  const read = root.messages.map(record).filter((m): m is Record<string, unknown> => m !== null && readable(m));
  return read.length ? read : null;
}
