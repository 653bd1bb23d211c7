// Small helpers shared by the line formats: clocks, dates, nick prefixes and the status
// sentences ("has joined", "is now known as") that many clients word alike.
import type { CalendarDate, Clock, ParsedLine } from '../types.js';

/** "16:00:59" or "16:00" → Clock; null if out of range. */
export function clockOf(h: string, m: string, s?: string): Clock | null {
  const clock = { h: Number(h), m: Number(m), s: s === undefined ? 0 : Number(s) };
  return clock.h < 24 && clock.m < 60 && clock.s < 61 ? clock : null;
}

/** The number written by the `count` ASCII digits at `at`, or -1 when one of them is not a digit. */
export function digitsAt(line: string, at: number, count: number): number {
  let n = 0;
  for (let k = at; k < at + count; k++) {
    const d = line.charCodeAt(k) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** 12-hour clock with AM/PM → Clock. */
export function clock12(h: string, m: string, s: string | undefined, ampm: string): Clock | null {
  return clockOf(String(hour24(Number(h), /p/i.test(ampm))), m, s);
}

/** An hour on a 12-hour clock → 0-23: 12 AM is 0, 12 PM is 12; an hour past 12 is kept, for clockOf to judge. */
export function hour24(h: number, pm: boolean): number {
  return h > 12 ? h : (h % 12) + (pm ? 12 : 0);
}

export function dateOf(y: string, m: string, d: string): CalendarDate | undefined {
  const date = { y: Number(y), m: Number(m), d: Number(d) };
  return date.m >= 1 && date.m <= 12 && date.d >= 1 && date.d <= 31 ? date : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Aug" → 8; 0 when not a month name. */
export function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * Characters that show nothing: white space, controls, invisible format
 * characters (zero-width space, bidi marks, a byte order mark), marks that
 * only change the character before them, and the blank letters people take
 * for an "invisible name" on Discord and Telegram (Hangul fillers, the
 * blank Braille pattern).
 */
const INVISIBLE = /^[\s\p{Cc}\p{Cf}\p{Mn}\u115f\u1160\u3164\uffa0\u2800]*$/u;

/**
 * A nick with nothing to show (empty, or made only of invisible characters):
 * no one a page could name or link to. The regex runs only when the first
 * character could be one of them.
 */
export function namesNoOne(nick: string): boolean {
  const first = nick.charCodeAt(0);
  return nick === '' || ((first <= 32 || first >= 127) && INVISIBLE.test(nick));
}

/** Drop the channel-mode prefix clients put before a nick ("@op", "+voice", " plain"); a nick that is all prefix ("@") stays as it is. */
export function bareNick(nick: string): string {
  // Most nicks are already bare: printable ASCII at both ends, no prefix.
  const first = nick.charCodeAt(0);
  const last = nick.charCodeAt(nick.length - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127 && !NICK_PREFIX.has(first)) return nick;
  const trimmed = nick.trim();
  return trimmed.replace(/^[@+%~&]+/, '') || trimmed;
}

/**
 * Could this character open a nick: a letter or one of []\\`_^{|} (RFC 2812), or any non-ASCII
 * character (networks that allow them)? Not "!", "-", "*": those open a client's status marks.
 */
export function opensNick(code: number): boolean {
  // A-Z [ \ ] ^ _ ` a-z { | } are one run of ASCII, 65 to 125.
  return (code >= 65 && code <= 125) || code >= 128;
}

const NICK_FIRST = /^(\S+) ?(.*)$/s;
const SIGNOFF = /^Signoff: (\S+) ?(.*)$/s;

/** "nick text" (a /me behind its mark, a join behind an arrow) → a line of `kind` by nick; null when no word leads. */
export function nickFirst(kind: ParsedLine['kind'], s: string, clock: Clock | null): ParsedLine | null {
  const m = NICK_FIRST.exec(s);
  return m ? { kind, nick: bareNick(m[1]), text: m[2], clock } : null;
}

/** ircII's "Signoff: nick (reason)" (behind "*** ") → a quit; null for anything else. */
export function signoffOf(s: string, clock: Clock | null): ParsedLine | null {
  const m = SIGNOFF.exec(s);
  return m ? { kind: 'quit', nick: bareNick(m[1]), text: m[2], clock } : null;
}

/** @ + % ~ & */
const NICK_PREFIX = new Set([64, 43, 37, 126, 38]);

/** Set `date` only when there is one, so parsed lines stay minimal and comparable. */
export function withDate(parsed: ParsedLine, date: CalendarDate | undefined): ParsedLine {
  if (date) parsed.date = date;
  return parsed;
}

/** "Aug", "13", "2002" → CalendarDate; undefined when the month name is unknown. */
export function namedDate(month: string, day: string, year: string): CalendarDate | undefined {
  return dateOf(year, String(monthOf(month)), day);
}

// C's asctime() as clients print it, with or without the clock:
// "Tue Aug 13 23:58:45 2002", "Mon Jan  1 12:00:00 2018", "Wed Aug 14 2002".
const CTIME = /^[A-Za-z]{3},? ([A-Za-z]{3}) {1,2}(\d\d?) (?:(\d\d):(\d\d):(\d\d) )?(\d{4})$/;

/** Day-marker line ("Log opened …", "BEGIN LOGGING AT …"): an `other` line that carries its date. */
export function dayMarker(text: string, stamp: string): ParsedLine | null {
  const m = CTIME.exec(stamp);
  if (!m) return null;
  const clock = m[3] === undefined ? null : clockOf(m[3], m[4], m[5]);
  return withDate({ kind: 'other', nick: null, text, clock, dayMarker: true }, namedDate(m[1], m[2], m[6]));
}

// The status sentences most clients share: "nick [host] has joined #chan", "nick has left #chan",
// "nick (host) has quit IRC (reason)", "nick was kicked by op", "old is now known as new"
// (ChatZilla and Konversation end that with a period, which no nick can end with).
// Join and part must name a channel and quit must end or give a reason, so a /me such as
// "* bob has left the building" is not taken for a part.
const STATUS =
  /^(\S+) (?:(?:[[(<][^\])>]*[\])>] )?(?:has (joined|left) (?:channel )?[#&!+]|has (quit)(?: IRC)?(?: [[(]|$)|was (kicked) (?:from \S+ )?by )|is now known as (\S+?)\.?$)/;

/**
 * A shared status sentence → join, part (also kicks: the person leaves), quit or nick;
 * null when the body is none of them. `text` is the line after the nick.
 */
export function statusOf(body: string, clock: Clock | null): ParsedLine | null {
  const m = STATUS.exec(body);
  if (!m) return null;
  const nick = bareNick(m[1]);
  const text = body.slice(m[1].length + 1);
  if (m[5] !== undefined) return { kind: 'nick', nick, text, clock, newNick: bareNick(m[5]) };
  const kind = m[2] === 'joined' ? 'join' : m[3] === 'quit' ? 'quit' : 'part';
  return { kind, nick, text, clock };
}
