// The Lounge (the self-hosted web IRC client) logs each channel to a text
// file, every line stamped with its UTC instant as JavaScript writes it
// ("[2023-10-05T14:00:02.123Z] "). After it (server/plugins/messageStorage/text.ts):
//   "<@nick> text", "* @nick action", "-nick- notice",
//   "*** nick (host) joined", "*** nick (host) left (reason)", "*** nick (host) quit (reason)",
//   "*** nick was kicked by op (reason)", "*** nick changed nick to new",
//   "*** nick set mode +o x", "*** nick changed topic to 'text'", "*** nick changed host to 'u@h'".
// A channel's whole history is one file: its meetings are found in it.
import type { Clock, LineFormat, ParsedLine } from '../types.js';
import { bareNick, clockOf, dateOf } from './shared.js';

// toISOString() always writes the milliseconds and "Z": Textual's stamps (an offset, no milliseconds) are not these.
const STAMP = /^\[(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.\d{3}Z\] (.*)$/s;
const MESSAGE = /^<([^\s>]+)> ?(.*)$/s;
const ACTION = /^\* (\S+) ?(.*)$/s;
const NOTICE = /^-(\S+?)- (.*)$/s;
const CAME_OR_WENT = /^(\S+) \([^)]*\) (joined$|left|quit)/;
const KICKED = /^(\S+) was kicked by /;
const RENAMED = /^(\S+) changed nick to (\S+)$/;
const OTHER_BY = /^(\S+) (?:set mode |changed topic to |changed host to )/;

export const thelounge: LineFormat = {
  name: 'thelounge',
  description: 'The Lounge: "[2023-10-05T14:00:02.123Z] <@nick> text", "*** nick (host) joined"',
  utc: true,
  parse(line) {
    if (line.charCodeAt(0) !== 91 /* [ */) return null;
    const m = STAMP.exec(line);
    if (!m) return null;
    const date = dateOf(m[1], m[2], m[3]);
    const clock = clockOf(m[4], m[5], m[6]);
    if (!date || !clock) return null;
    return { ...body(m[7], clock), date };
  },
};

function body(b: string, clock: Clock): ParsedLine {
  let m = MESSAGE.exec(b);
  if (m) return { kind: 'message', nick: bareNick(m[1]), text: m[2], clock };
  if (b.startsWith('*** ')) return status(b.slice(4), clock);
  m = ACTION.exec(b);
  if (m) return { kind: 'action', nick: bareNick(m[1]), text: m[2], clock };
  m = NOTICE.exec(b);
  if (m) return { kind: 'notice', nick: bareNick(m[1]), text: m[2], clock };
  return { kind: 'other', nick: null, text: b, clock };
}

function status(s: string, clock: Clock): ParsedLine {
  let m = CAME_OR_WENT.exec(s);
  if (m) return { kind: m[2] === 'joined' ? 'join' : m[2] === 'left' ? 'part' : 'quit', nick: bareNick(m[1]), text: s.slice(m[1].length + 1), clock };
  m = KICKED.exec(s);
  if (m) return { kind: 'part', nick: bareNick(m[1]), text: s.slice(m[1].length + 1), clock };
  m = RENAMED.exec(s);
  if (m) return { kind: 'nick', nick: bareNick(m[1]), newNick: bareNick(m[2]), text: s.slice(m[1].length + 1), clock };
  m = OTHER_BY.exec(s);
  return { kind: 'other', nick: m ? bareNick(m[1]) : null, text: s, clock };
}
