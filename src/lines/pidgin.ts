// Pidgin's plain-text IRC log: "(03:48:58 PM) nick: text" or "(15:48:58) nick: text" (the
// clock follows the locale), "(…) ***nick action", "(…) nick [user@host] entered the room.",
// "(…) nick left the room (quit: reason).", "(…) old is now known as new". A line from another
// day than the log's start shows a date in the stamp; only the ISO form is read, as M/D and
// D/M cannot be told apart. The first line, "Conversation with #chan at <date> on me@server
// (irc)", carries the date.
import type { Clock, LineFormat, ParsedLine } from '../types.js';
import { bareNick, clock12, clockOf, dateOf, dayMarker, namedDate, statusOf, withDate } from './shared.js';

const STAMP =
  /^\((?:(\d{4})-(\d\d)-(\d\d) |\d\d?[/.]\d\d?[/.]\d{2,4} )?(\d\d?):(\d\d):(\d\d)(?: ([AaPp][Mm]))?\) (.*)$/s;
const MESSAGE = /^([^\s:]+): ?(.*)$/s;
const ACTION = /^\*\*\*(\S+) ?(.*)$/s;
const ENTERED = /^(\S+) ((?:\[[^\]]*\] )?entered the room\.?)$/;
const LEFT = /^(\S+) (left the room(?: \((quit: )?.*\))?\.?)$/s;
const OTHER_BY = /^(?:(\S+) has changed the topic to|mode \(.*\) by (\S+)$)/s;
const HEADER = /^Conversation with \S+ at (.+) on \S+ \(\w+\)$/;
// glibc's %c in en_US: "Tue 01 Jan 2019 03:00:00 PM EST".
const US_DATE = /^[A-Za-z]{3} (\d\d?) ([A-Za-z]{3}) (\d{4}) (\d\d?):(\d\d):(\d\d) ([AP]M)\b/;
const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)/;

export const pidgin: LineFormat = {
  name: 'pidgin',
  description: 'Pidgin: "(HH:MM:SS AM) nick: text", "(HH:MM:SS) nick [host] entered the room."',
  parse(line) {
    const first = line.charCodeAt(0);
    if (first === 67 /* C */) return header(line);
    if (first !== 40 /* ( */) return null;
    const m = STAMP.exec(line);
    if (!m) return null;
    const clock = m[7] === undefined ? clockOf(m[4], m[5], m[6]) : clock12(m[4], m[5], m[6], m[7]);
    const date = m[1] === undefined ? undefined : dateOf(m[1], m[2], m[3]);
    return withDate(body(m[8], clock), date);
  },
};

function body(b: string, clock: Clock | null): ParsedLine {
  let m = MESSAGE.exec(b);
  if (m) return { kind: 'message', nick: bareNick(m[1]), text: m[2], clock };
  m = ACTION.exec(b);
  if (m) return { kind: 'action', nick: bareNick(m[1]), text: m[2], clock };
  m = ENTERED.exec(b);
  if (m) return { kind: 'join', nick: bareNick(m[1]), text: m[2], clock };
  m = LEFT.exec(b);
  if (m) return { kind: m[3] ? 'quit' : 'part', nick: bareNick(m[1]), text: m[2], clock };
  const status = statusOf(b, clock);
  if (status) return status;
  m = OTHER_BY.exec(b);
  return { kind: 'other', nick: m ? bareNick(m[1] ?? m[2]) : null, text: b, clock };
}

function header(line: string): ParsedLine | null {
  const h = HEADER.exec(line);
  if (!h) return null;
  const stamp = h[1];
  const ctime = dayMarker(line, stamp.replace(/ [A-Z]{3,5}$/, ''));
  if (ctime) return ctime;
  const marker: ParsedLine = { kind: 'other', nick: null, text: line, clock: null, dayMarker: true };
  let m = US_DATE.exec(stamp);
  if (m) {
    marker.clock = clock12(m[4], m[5], m[6], m[7]);
    return withDate(marker, namedDate(m[2], m[1], m[3]));
  }
  m = ISO_DATE.exec(stamp);
  if (m) {
    marker.clock = clockOf(m[4], m[5], m[6]);
    return withDate(marker, dateOf(m[1], m[2], m[3]));
  }
  delete marker.dayMarker;
  return marker;
}
