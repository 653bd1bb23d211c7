// irssi's default log: "HH:MM <@nick> text" (the mode prefix or a space inside the brackets),
// "HH:MM  * nick action", "HH:MM -!- nick [host] has joined #chan" and the day lines
// "--- Log opened Tue Aug 13 23:58:45 2002" / "--- Day changed Wed Aug 14 2002".
// Also read: the same with seconds and with one or two spaces after the time (so the
// i2p logs of several clients fit), "-nick(host)- notice" and ircII-style "*** " status.
import type { Clock, LineFormat, ParsedLine } from '../types.js';
import { bareNick, clockOf, dayMarker, statusOf } from './shared.js';

const STAMP = /^(\d\d):(\d\d)(?::(\d\d))? {1,2}(.*)$/s;
const MESSAGE = /^< ?([^\s>]+) *>[ \t]?(.*)$/s;
const ACTION = /^\* (\S+) ?(.*)$/s;
// "-nick(~u@host)- text" in a query, "-nick:#chan- text" to a channel.
const NOTICE = /^-([^\s(:]+)(?:\([^)]*\)|:\S+?)?- (.*)$/s;
const DAY = /^--- (Log opened|Log closed|Day changed) (.*)$/;
const MODE = /^mode\/\S+ .* by (\S+)$/s;
const TOPIC = /^(\S+) changed the topic of /;

export const irssi: LineFormat = {
  name: 'irssi',
  description: 'irssi: "HH:MM <nick> text", "HH:MM -!- nick [host] has joined #chan", "--- Day changed …"',
  parse(line) {
    const first = line.charCodeAt(0);
    if (first === 45 /* - */) {
      const d = DAY.exec(line);
      if (!d) return null;
      // A date in another locale is still a day line, only without its date.
      return dayMarker(line.slice(4), d[2]) ?? { kind: 'other', nick: null, text: line.slice(4), clock: null };
    }
    if (first < 48 || first > 57) return null;
    const fast = parseFast(line);
    if (fast !== undefined) return fast;
    const m = STAMP.exec(line);
    if (!m) return null;
    return body(m[4], clockOf(m[1], m[2], m[3]));
  },
};

function digit(line: string, at: number): number {
  const d = line.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * The common "HH:MM <@nick> text" (or "HH:MM:SS") read by position, as STAMP and
 * MESSAGE would read it; undefined for anything else, which the regexes decide.
 */
function parseFast(line: string): ParsedLine | undefined {
  const h1 = digit(line, 0);
  const h2 = digit(line, 1);
  const m1 = digit(line, 3);
  const m2 = digit(line, 4);
  if (h1 < 0 || h2 < 0 || line.charCodeAt(2) !== 58 /* : */ || m1 < 0 || m2 < 0) return undefined;
  let i = 5;
  let s = 0;
  if (line.charCodeAt(5) === 58) {
    const s1 = digit(line, 6);
    const s2 = digit(line, 7);
    if (s1 < 0 || s2 < 0) return undefined;
    s = s1 * 10 + s2;
    i = 8;
  }
  if (line.charCodeAt(i) !== 32) return undefined;
  i += line.charCodeAt(i + 1) === 32 ? 2 : 1;
  if (line.charCodeAt(i++) !== 60 /* < */) return undefined;
  if (line.charCodeAt(i) === 32) i++;
  const nickStart = i;
  // Printable ASCII but ">": anything else (and the end of the line) is left to MESSAGE.
  for (let c = line.charCodeAt(i); c > 32 && c < 127 && c !== 62; c = line.charCodeAt(++i));
  const nickEnd = i;
  if (nickEnd === nickStart) return undefined;
  while (line.charCodeAt(i) === 32) i++;
  if (line.charCodeAt(i++) !== 62 /* > */) return undefined;
  // A space or a tab (HexChat with a clock-only stamp) parts the nick from the text.
  if (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  const h = h1 * 10 + h2;
  const m = m1 * 10 + m2;
  return {
    kind: 'message',
    nick: bareNick(line.slice(nickStart, nickEnd)),
    text: line.slice(i),
    clock: h < 24 && m < 60 && s < 61 ? { h, m, s } : null,
  };
}

function body(b: string, clock: Clock | null): ParsedLine | null {
  let m = MESSAGE.exec(b);
  if (m) return { kind: 'message', nick: bareNick(m[1]), text: m[2], clock };
  m = ACTION.exec(b);
  if (m) return { kind: 'action', nick: bareNick(m[1]), text: m[2], clock };
  if (b.startsWith('-!- ') || b.startsWith('*** ')) return status(b.slice(4), clock);
  m = NOTICE.exec(b);
  if (m) return { kind: 'notice', nick: bareNick(m[1]), text: m[2], clock };
  // "[Users #chan]", "[@op] [ nick]": the /names table irssi prints on join.
  if (b.startsWith('[')) return { kind: 'other', nick: null, text: b, clock };
  return null;
}

function status(s: string, clock: Clock | null): ParsedLine {
  const known = statusOf(s, clock);
  if (known) return known;
  const m = MODE.exec(s) ?? TOPIC.exec(s);
  return { kind: 'other', nick: m ? bareNick(m[1]) : null, text: s, clock };
}
