// Textual (the macOS client) plain-text logs: every line opens with an ISO 8601
// stamp that carries its UTC offset, "[2017-09-19T17:58:34+0200] ". After it:
//   "<nick> text", "• nick: /me text", "-nick- notice",
//   "nick (user@host) joined the channel", "… left the channel (reason)",
//   "… left IRC (reason)", "old is now known as new", "nick changed the topic to …",
//   and the client's own notes ("------------- Begin Session -------------").
// Times are turned to UTC here, by the offset each line gives.
import type { CalendarDate, Clock, LineFormat, ParsedLine } from '../types.js';
import { bareNick, clockOf, dateOf, statusOf } from './shared.js';

const STAMP = /^\[(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?(Z|[+-]\d\d:?\d\d)\] ?(.*)$/s;
const MESSAGE = /^<([^\s>]+)> ?(.*)$/s;
const ACTION = /^• ([^\s:]+): ?(.*)$/s;
// Not "------------- Begin Session -------------": a nick does not start with a dash.
const NOTICE = /^-([^\s-]\S*?)- (.*)$/s;
const JOIN_PART_QUIT = /^(\S+) \([^)]*\) (?:(joined) the channel$|left (?:(the channel)|IRC)(?: \(|$))/;
const TOPIC_OR_MODE = /^(\S+) (?:changed the topic to|sets mode|set the topic)/;

export const textual: LineFormat = {
  name: 'textual',
  description: 'Textual: "[2017-09-19T17:58:34+0200] <nick> text", "• nick: action", "nick (host) joined the channel"',
  utc: true,
  parse(line) {
    if (line.charCodeAt(0) !== 91 /* [ */) return null;
    const m = STAMP.exec(line);
    if (!m) return null;
    const when = utcOf(m);
    if (!when) return null;
    const parsed = body(m[8], when.clock);
    parsed.date = when.date;
    return parsed;
  },
};

/** The stamp's local date and time, less its offset: the UTC date and clock; null when out of range. */
function utcOf(m: RegExpExecArray): { date: CalendarDate; clock: Clock } | null {
  const local = dateOf(m[1], m[2], m[3]);
  const clock = clockOf(m[4], m[5], m[6]);
  // Years 0-99 would be read as 1900-1999 by Date.UTC; no Textual log is from then.
  if (!local || !clock || local.y < 100) return null;
  const zone = m[7];
  const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const utc = new Date(Date.UTC(local.y, local.m - 1, local.d, clock.h, clock.m, Math.min(clock.s, 59)) - offset * 60_000);
  return {
    date: { y: utc.getUTCFullYear(), m: utc.getUTCMonth() + 1, d: utc.getUTCDate() },
    clock: { h: utc.getUTCHours(), m: utc.getUTCMinutes(), s: clock.s === 60 ? 60 : utc.getUTCSeconds() },
  };
}

function body(b: string, clock: Clock): ParsedLine {
  let m = MESSAGE.exec(b);
  if (m) return { kind: 'message', nick: bareNick(m[1]), text: m[2], clock };
  m = ACTION.exec(b);
  if (m) return { kind: 'action', nick: bareNick(m[1]), text: m[2], clock };
  m = NOTICE.exec(b);
  if (m) return { kind: 'notice', nick: bareNick(m[1]), text: m[2], clock };
  m = JOIN_PART_QUIT.exec(b);
  if (m) return { kind: m[2] ? 'join' : m[3] ? 'part' : 'quit', nick: bareNick(m[1]), text: b.slice(m[1].length + 1), clock };
  const status = statusOf(b, clock);
  if (status?.kind === 'nick') return status;
  m = TOPIC_OR_MODE.exec(b);
  if (m) return { kind: 'other', nick: bareNick(m[1]), text: b, clock };
  return { kind: 'other', nick: null, text: b, clock };
}
