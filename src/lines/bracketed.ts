// Logs whose lines open with a bracketed time, "[HH:MM:SS]", "[HH:MM]" or "[YYYY-MM-DD HH:MM:SS]",
// or a 12-hour clock as mIRC and ZNC can be set to write: "[02:00:00 PM]", "[02:00 PM]", "[2:00pm]".
// ZNC, mIRC, ircII-era clients and IRCCloud exports all write this stamp; their status lines
// are worded differently but never collide, so one format reads them all:
//   ZNC       "*** Joins: nick (host)", "*** Quits: nick (host) (reason)", "-nick- notice"
//   mIRC      "* Joins: nick (host)", "* Quits: nick (host) (reason)", older "* nick has joined #chan",
//             "Session Start: <ctime>"
//   ircII     "*** nick (host) has joined channel #chan", "*** Signoff: nick (reason)"
//   IRCCloud  "→ nick joined (host)", "← nick left (host)", "⇐ nick quit (host)", "— nick /me text"
//   Quassel   "--> nick (host) has joined #chan", "<-- nick (host) has quit (reason)", "<-> a is now known as b",
//             "-*- nick action"
//   ChatZilla "--> nick has joined this channel (host).", "<-- nick has left this server (reason)."
//   eggdrop   "Action: nick text", "Nick change: a -> b", "nick (host) joined #chan.", "nick (host) left irc: reason",
//             "--- Wed Mar  6 2024"
//   irssi     with a "[%H:%M:%S]" stamp: "-!- nick [host] has joined #chan"
//   Konversation's first releases (a clock alone in the stamp): "Join\tnick (host) has joined this channel.",
//             "\t * nick action", "*** on <ctime>" (konversation.ts knows them)
// A tab may stand for the space after "<nick>" or "*" (HexChat with a bracketed stamp).
import type { CalendarDate, Clock, LineFormat, ParsedLine } from '../types.js';
import { eggdrop, marks } from './bracketed-marks.js';
import { konversationBody, konversationHeader } from './konversation.js';
import { bareNick, clock12, clockOf, dateOf, dayMarker, digitsAt, hour24, nickFirst, opensNick, signoffOf, statusOf, withDate } from './shared.js';

const STAMP = /^\[(?:(\d{4})-(\d\d)-(\d\d)[ T])?(\d\d?):(\d\d)(?::(\d\d))?(?: ?([AaPp][Mm]))?\] (.*)$/s;
const MESSAGE = /^< ?([^\s>]+)>[ \t]?(.*)$/s;
// The nick is lazy so "-qtox-git-spam- text" keeps its inner dashes; it opens as a nick does, so
// irssi's "-!-", eggdrop's "---" and Quassel's "-*-" are no one's notices.
const NOTICE = /^-(\S+?)- (.*)$/s;
const ZNC = /^(Joins|Parts|Quits): (\S+) ?(.*)$/s;
const MODE_OR_TOPIC = /^(\S+) (?:sets mode|changes topic|has changed the topic|set the topic)/;
// mIRC's own notes, which would otherwise read as a /me by "Now", "Topic"…
const MIRC_NOTE = /^(?:Now talking in|Topic is|Set by|Disconnected|Attempting to rejoin|Retrieving|Rejoined channel)\b/;
const IRCCLOUD = /^([→←⇐—]) (\S+) ?(.*)$/s;
const SESSION = /^Session (Start|Close): (.*)$/;
// irssi's day lines, unstamped, when its stamp is set to "[%H:%M:%S]".
const IRSSI_DAY = /^--- (Log opened|Log closed|Day changed) (.*)$/;
// mIRC's long form: "* eve (~e@h) Quit (Quit: Leaving)".
const MIRC_QUIT = /^(\S+) \([^)]*\) Quit(?: \((.*)\))?$/s;
// The logger's own nick change: the old nick is not in the line, so it stays a note.
const OWN_NICK = /^(?:Your nick is now |You are now known as |You're now known as )/;

export const bracketed: LineFormat = {
  name: 'bracketed',
  description: 'ZNC, mIRC, IRCCloud, Quassel, ChatZilla and eggdrop: "[HH:MM:SS] <nick> text" (or "[02:00 PM]"), "[YYYY-MM-DD HH:MM:SS] <nick> text", "*** Joins: …"',
  parse(line) {
    if (line.charCodeAt(0) !== 91 /* [ */) {
      const first = line.charCodeAt(0);
      if (first === 83 /* S */) {
        const s = SESSION.exec(line);
        return s ? dayMarker(line, s[2]) : null;
      }
      if (first === 42 /* * */) return konversationHeader(line);
      const d = first === 45 /* - */ ? IRSSI_DAY.exec(line) : null;
      // A date in another locale is still a day line, only without its date (as irssi.ts reads it).
      return d ? (dayMarker(line.slice(4), d[2]) ?? { kind: 'other', nick: null, text: line.slice(4), clock: null }) : null;
    }
    const fast = parseFast(line);
    if (fast !== undefined) return fast;
    const m = STAMP.exec(line);
    if (!m) return null;
    const clock = m[7] === undefined ? clockOf(m[4], m[5], m[6]) : clock12(m[4], m[5], m[6], m[7]);
    const date = m[1] === undefined ? undefined : dateOf(m[1], m[2], m[3]);
    return withDate(body(m[8], clock), date);
  },
};

/**
 * The common "[HH:MM:SS] <nick> text" (or "[H:MM]", "[H:MM PM]", or after a date) read by position, as
 * STAMP and MESSAGE would read it; undefined for anything else, which the regexes decide.
 */
function parseFast(line: string): ParsedLine | undefined {
  let i = 1;
  let date: CalendarDate | undefined;
  if (line.charCodeAt(5) === 45 /* - */) {
    // "[YYYY-MM-DD " or "[YYYY-MM-DDT"
    const y = digitsAt(line, 1, 4);
    const mo = digitsAt(line, 6, 2);
    const d = digitsAt(line, 9, 2);
    const sep = line.charCodeAt(11);
    if (y < 0 || mo < 0 || d < 0 || line.charCodeAt(8) !== 45 || (sep !== 32 && sep !== 84)) return undefined;
    date = mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { y, m: mo, d } : undefined;
    i = 12;
  }
  let h = digitsAt(line, i, 2);
  if (h >= 0) i += 2;
  else if ((h = digitsAt(line, i, 1)) >= 0) i += 1;
  else return undefined;
  const m = digitsAt(line, i + 1, 2);
  if (line.charCodeAt(i) !== 58 /* : */ || m < 0) return undefined;
  i += 3;
  let s = 0;
  if (line.charCodeAt(i) === 58) {
    if ((s = digitsAt(line, i + 1, 2)) < 0) return undefined;
    i += 3;
  }
  // "AM"/"PM" (any case), maybe after a space: a 12-hour clock.
  const mark = line.charCodeAt(i) === 32 ? i + 1 : i;
  const ampm = line.charCodeAt(mark) | 32;
  if ((ampm === 97 /* a */ || ampm === 112 /* p */) && (line.charCodeAt(mark + 1) | 32) === 109 /* m */) {
    h = hour24(h, ampm === 112);
    i = mark + 2;
  }
  if (line.charCodeAt(i) !== 93 /* ] */ || line.charCodeAt(i + 1) !== 32 || line.charCodeAt(i + 2) !== 60 /* < */) return undefined;
  i += 3;
  if (line.charCodeAt(i) === 32) i++;
  const nickStart = i;
  // Printable ASCII but ">": anything else (and the end of the line) is left to MESSAGE.
  for (let c = line.charCodeAt(i); c > 32 && c < 127 && c !== 62; c = line.charCodeAt(++i));
  if (i === nickStart || line.charCodeAt(i) !== 62 /* > */) return undefined;
  // Quassel's "<->" marks a nick change: left to body().
  if (i === nickStart + 1 && line.charCodeAt(nickStart) === 45 /* - */) return undefined;
  const nick = bareNick(line.slice(nickStart, i++));
  // A space or a tab (HexChat with a bracketed stamp) parts the nick from the text.
  if (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  const clock = h < 24 && m < 60 && s < 61 ? { h, m, s } : null;
  return withDate({ kind: 'message', nick, text: line.slice(i), clock }, date);
}

function body(b: string, clock: Clock | null): ParsedLine {
  // Quassel's "<->" nick change is no message by "-".
  if (b.startsWith('<->')) return marks(b, clock) ?? { kind: 'other', nick: null, text: b, clock };
  let m = MESSAGE.exec(b);
  if (m) return { kind: 'message', nick: bareNick(m[1]), text: m[2], clock };
  const konversation = konversationBody(b, clock);
  if (konversation) return konversation;
  if (b.startsWith('*** ')) return starStarStar(b.slice(4), clock);
  // "* " (mIRC, ircII), "*\t" (HexChat), " * " (irssi's /me behind a bracketed stamp).
  const star = b.startsWith('* ') || b.startsWith('*\t') ? 2 : b.startsWith(' * ') ? 3 : 0;
  if (star) {
    const s = b.slice(star);
    // mIRC's "* Joins: nick (host)" is ZNC's with one star (no nick has a colon: never a /me).
    if (ZNC.test(s)) return starStarStar(s, clock);
    const status = statusOf(s, clock) ?? modeOrTopic(s, clock);
    if (status) return status;
    const quit = MIRC_QUIT.exec(s);
    if (quit) return { kind: 'quit', nick: bareNick(quit[1]), text: s.slice(quit[1].length + 1), clock };
    if (MIRC_NOTE.test(s) || OWN_NICK.test(s)) return { kind: 'other', nick: null, text: s, clock };
    const me = nickFirst('action', s, clock);
    if (me) return me;
  }
  if (b.charCodeAt(0) === 45 /* - */ || b.charCodeAt(0) === 60 /* < */) {
    const marked = marks(b, clock);
    if (marked) return marked;
  }
  m = NOTICE.exec(b);
  if (m && opensNick(m[1].charCodeAt(0))) return { kind: 'notice', nick: bareNick(m[1]), text: m[2], clock };
  m = IRCCLOUD.exec(b);
  if (m) return ircCloud(m[1], m[2], m[3], b, clock);
  return eggdrop(b, clock) ?? { kind: 'other', nick: null, text: b, clock };
}

function starStarStar(s: string, clock: Clock | null): ParsedLine {
  let m = ZNC.exec(s);
  if (m) {
    const kind = m[1] === 'Joins' ? 'join' : m[1] === 'Parts' ? 'part' : 'quit';
    return { kind, nick: bareNick(m[2]), text: m[3], clock };
  }
  return signoffOf(s, clock) ?? statusOf(s, clock) ?? modeOrTopic(s, clock) ?? { kind: 'other', nick: null, text: s, clock };
}

function modeOrTopic(s: string, clock: Clock | null): ParsedLine | null {
  const m = MODE_OR_TOPIC.exec(s);
  return m ? { kind: 'other', nick: bareNick(m[1]), text: s, clock } : null;
}

// IRCCloud marks status lines with an arrow and /me lines with an em dash.
function ircCloud(mark: string, nick: string, rest: string, b: string, clock: Clock | null): ParsedLine {
  if (mark === '—') {
    const status = statusOf(b.slice(2), clock);
    if (status?.kind === 'nick') return status;
    return { kind: 'action', nick: bareNick(nick), text: rest, clock };
  }
  // "→ Joined channel #pwg": the logging user's own join, nick unknown.
  if (mark === '→' && nick === 'Joined' && rest.startsWith('channel ')) {
    return { kind: 'join', nick: null, text: b.slice(2), clock };
  }
  const kind = mark === '→' ? 'join' : mark === '←' ? 'part' : 'quit';
  return { kind, nick: bareNick(nick), text: rest, clock };
}
