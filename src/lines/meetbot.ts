// MeetBot's own raw log (.log.txt): "HH:MM:SS <nick> text" and "HH:MM:SS  * nick action".
// RRSAgent and many bots write the same shape.
import type { LineFormat, ParsedLine } from '../types.js';
import { bareNick, clockOf } from './shared.js';

// `s`: the text may hold U+2028/U+2029, which `.` would not match otherwise.
// A tab may stand for the space after "<nick>": HexChat with a clock-only stamp writes one.
const MESSAGE = /^(\d\d):(\d\d):(\d\d) <([^>\s]*)>[ \t]?(.*)$/s;
const ACTION = /^(\d\d):(\d\d):(\d\d) {1,2}\* (\S+) ?(.*)$/s;

export const meetbot: LineFormat = {
  name: 'meetbot',
  description: 'MeetBot raw log: "HH:MM:SS <nick> text", "HH:MM:SS  * nick action"',
  parse(line) {
    const first = line.charCodeAt(0);
    if (first < 48 || first > 57) return null; // both shapes open with the clock
    const fast = parseFast(line);
    if (fast !== undefined) return fast;
    let m = MESSAGE.exec(line);
    if (m) return { kind: 'message', nick: bareNick(m[4]), text: m[5], clock: clockOf(m[1], m[2], m[3]) };
    m = ACTION.exec(line);
    if (m) return { kind: 'action', nick: m[4], text: m[5], clock: clockOf(m[1], m[2], m[3]) };
    return null;
  },
};

const COLON = 58;
const SPACE = 32;
const TAB = 9;

function digits2(line: string, at: number): number {
  const a = line.charCodeAt(at) - 48;
  const b = line.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The common "HH:MM:SS <nick> text" line read by position, without a regex:
 * parsing speed is a stated goal. Returns undefined to let the regexes decide.
 */
function parseFast(line: string): ParsedLine | undefined {
  if (line.length < 12 || line.charCodeAt(2) !== COLON || line.charCodeAt(5) !== COLON || line.charCodeAt(8) !== SPACE) return undefined;
  if (line.charCodeAt(9) !== 60 /* < */) return undefined;
  const h = digits2(line, 0);
  const m = digits2(line, 3);
  const s = digits2(line, 6);
  if (h < 0 || m < 0 || s < 0 || h > 23 || m > 59 || s > 60) return undefined;
  const close = line.indexOf('>', 10);
  if (close < 0) return undefined;
  const nick = line.slice(10, close);
  if (nick.includes(' ') || nick.includes('\t')) return undefined;
  const after = line.charCodeAt(close + 1);
  const textStart = after === SPACE || after === TAB ? close + 2 : close + 1;
  const first = nick.charCodeAt(0);
  return {
    kind: 'message',
    nick: first === 64 || first === 43 || first === 37 || first === 126 || first === 38 ? bareNick(nick) : nick,
    text: line.slice(textStart),
    clock: { h, m, s },
  };
}
