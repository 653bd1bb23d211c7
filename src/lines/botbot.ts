// The botbot.me channel logs as exported by fluid-project/fluid-irc-logs (botbot_parser.py):
// "2016-09-21T17:44:27 <nick> text" (one space), "* nick joined the channel", "* nick has quit",
// "* old is now known as new", "* nick action". The export wrote each day through Python's
// bytes repr, so text carries escapes ("that\'s", "\xe2\x80\xa6"); they are undone here.
// Its own file, not Limnoria's: the stamps match but "* nick has quit" means a quit here.
import type { Clock, LineFormat, ParsedLine } from '../types.js';
import { bareNick, clockOf, dateOf, digitsAt, statusOf, withDate } from './shared.js';

const STAMP = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d) (<|\* )(.*)$/s;
const MESSAGE = /^([^\s>]+)> ?(.*)$/s;
const ACTION = /^(\S+) ?(.*)$/s;
const JOIN_OR_PART = /^(\S+) ((joined|left) the channel)$/;

export const botbot: LineFormat = {
  name: 'botbot',
  description: 'botbot.me export: "YYYY-MM-DDTHH:MM:SS <nick> text", "* nick joined the channel"',
  parse(line) {
    let first = line.charCodeAt(0);
    // A day's block opens with the repr's b' on its first line: "b'2016-09-21T17:44:27 <nick> text".
    if (first === 98 /* b */ && (line.charCodeAt(1) === 39 || line.charCodeAt(1) === 34) && digitsAt(line, 2, 4) >= 0) {
      line = line.slice(2);
      first = line.charCodeAt(0);
    }
    if (first < 48 || first > 57) return null;
    const fast = parseFast(line);
    if (fast !== undefined) return fast;
    const m = STAMP.exec(line);
    if (!m) return null;
    const parsed = m[7] === '<' ? message(m[8], clockOf(m[4], m[5], m[6])) : star(m[8], clockOf(m[4], m[5], m[6]));
    return parsed && withDate(parsed, dateOf(m[1], m[2], m[3]));
  },
};

/**
 * The common "YYYY-MM-DDTHH:MM:SS <nick> text" read by position, as STAMP and MESSAGE
 * would read it; undefined for anything else, which the regexes decide.
 */
function parseFast(line: string): ParsedLine | undefined {
  const y = digitsAt(line, 0, 4);
  const mo = digitsAt(line, 5, 2);
  const d = digitsAt(line, 8, 2);
  const h = digitsAt(line, 11, 2);
  const m = digitsAt(line, 14, 2);
  const s = digitsAt(line, 17, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || m < 0 || s < 0) return undefined;
  if (line.charCodeAt(4) !== 45 || line.charCodeAt(7) !== 45 || line.charCodeAt(10) !== 84 /* T */) return undefined;
  if (line.charCodeAt(13) !== 58 || line.charCodeAt(16) !== 58 || line.charCodeAt(19) !== 32 || line.charCodeAt(20) !== 60 /* < */) return undefined;
  let i = 21;
  // Printable ASCII but ">": anything else (and the end of the line) is left to MESSAGE.
  for (let c = line.charCodeAt(i); c > 32 && c < 127 && c !== 62; c = line.charCodeAt(++i));
  if (i === 21 || line.charCodeAt(i) !== 62 /* > */) return undefined;
  const nick = bareNick(line.slice(21, i++));
  if (line.charCodeAt(i) === 32) i++;
  const clock = h < 24 && m < 60 && s < 61 ? { h, m, s } : null;
  const parsed: ParsedLine = { kind: 'message', nick, text: unrepr(line.slice(i)), clock };
  return withDate(parsed, mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { y, m: mo, d } : undefined);
}

function message(b: string, clock: Clock | null): ParsedLine | null {
  const m = MESSAGE.exec(b);
  return m ? { kind: 'message', nick: bareNick(m[1]), text: unrepr(m[2]), clock } : null;
}

function star(b: string, clock: Clock | null): ParsedLine | null {
  const status = statusOf(b, clock);
  if (status) return status;
  const m = JOIN_OR_PART.exec(b);
  if (m) return { kind: m[3] === 'joined' ? 'join' : 'part', nick: bareNick(m[1]), text: m[2], clock };
  const a = ACTION.exec(b);
  return a ? { kind: 'action', nick: bareNick(a[1]), text: unrepr(a[2]), clock } : null;
}

// Python escapes a quote, a backslash and a tab by name; line breaks were split on by the export.
const ESCAPES = new Map([["'", 39], ['"', 34], ['\\', 92], ['t', 9]]);
const HEX = /^[0-9a-fA-F]{2}$/;
const NAMED = /\\(['"\\t])/g;
const SURROGATE = /[\ud800-\udfff]/;
const utf8 = new TextDecoder();
const encoder = new TextEncoder();

/** Undo Python's bytes repr (\xe2\x80\xa6 → "…", \' → "'"); text without a backslash comes back as is. */
export function unrepr(text: string): string {
  if (!text.includes('\\')) return text;
  // Named escapes only ("that\'s"): the same as going through the bytes, when no surrogate
  // (which the encoder would turn into U+FFFD) or leading BOM (which the decoder drops) is in the way.
  if (!text.includes('\\x') && !SURROGATE.test(text) && text.charCodeAt(0) !== 0xfeff) {
    return text.replace(NAMED, (_, c: string) => (c === 't' ? '\t' : c));
  }
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      const next = text.charAt(i + 1);
      const hex = text.slice(i + 2, i + 4);
      if (next === 'x' && HEX.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 3;
        continue;
      }
      const named = ESCAPES.get(next);
      if (named !== undefined) {
        bytes.push(named);
        i += 1;
        continue;
      }
    }
    if (c < 128) {
      bytes.push(c);
      continue;
    }
    // Not a repr after all: keep the character, as UTF-8 bytes like the rest.
    const char = String.fromCodePoint(text.codePointAt(i) ?? c);
    for (const b of encoder.encode(char)) bytes.push(b);
    i += char.length - 1;
  }
  return utf8.decode(new Uint8Array(bytes));
}
