// Konversation (KDE) logs, "~/logs/libera_#proj.log". Where each shape comes from, in KDE/konversation:
//   src/viewer/chatwindow.cpp, ChatWindow::logText: every line is "[%1] [%2] %3", the date and the time
//     in the user's locale: in KDE 3 releases Qt's QDate::toString() and "hh:mm:ss" ("[Sat Jan 4 2014]
//     [10:21:31]"), then KDE 4's LongDate and formatTime ("[Monday 29 March 2010] [18:37:34]", in en_US
//     "[Saturday, March 22, 2014] [12:22:04 PM]"), now QLocale's LongFormat for both, which adds the
//     zone ("[Tuesday, March 5, 2024] [2:00:00 PM UTC]"; Qt's German data gives "[Dienstag, 5. März 2024] [14:00:00 UTC]").
//     The first releases wrote "[%1] %2", the clock alone: bracketed.ts reads those, with konversationBody().
//     A session opens with i18n("\n*** Logfile started\n*** on %1\n\n") and QDateTime::toString().
//   src/viewer/ircview.cpp, the textToLog signal, after the stamp: "<%1>\t%2" (append), "<-> %1>\t%2" (the
//     logger's /msg shown in the channel, appendQuery), "\t * %1 %2" (appendAction), "%1\t%2" for the
//     typed notes (appendServerMessage, appendCommandMessage): "Join\t…", "Part\t…", "Quit\t…", "Nick\t…".
//   src/irc/channel.cpp (joinNickname, removeNick, kickNick, nickRenamed, setTopic) and inputfilter.cpp
//     (channel notices) word the notes: "%1 (%2) has joined this channel.", "%1 (%2) has left this
//     channel (%3).", "… has left this server (%3).", "%1 is now known as %2.", "%1 has been kicked from
//     the channel by %2 (%3).", "%1 sets the channel topic to \"%2\".", "-%1 to %2- %3"; older releases
//     "%1 has joined this channel (%2).", "%1 has left this channel.".
// Real logs: a #zeromq log of March 2010 ("[Monday 29 March 2010] [18:37:34] Part  dh1r has left this
// channel.") and a #gtk+ excerpt in andlabs/ui's areaplan.md ("[Saturday, March 22, 2014] [12:23:43 PM]
// Join nkoep (~nik@…) has joined this channel."). Both copies show the tab as spaces, so spaces are read too.
// The type words and sentences are translated with the rest of Konversation: in another language a
// note is kept as a line by no one, and a date whose month is not written in English gives no date.
import type { CalendarDate, Clock, LineFormat, ParsedLine } from '../types.js';
import { bareNick, clock12, clockOf, dateOf, dayMarker, monthOf } from './shared.js';

// "[<date, with a year>] [<time: a clock, maybe AM/PM and a zone>] body"; bounded, as no locale writes more.
const STAMP = /^\[([^\]]{6,80})\] \[([^\]]{4,60})\] ?(.*)$/s;
const YEAR = /\d{4}/;
const CLOCK = /(\d\d?)[:.](\d\d)(?:[:.](\d\d))?(?:[\s\u00a0\u202f]*([AaPp])\.?[Mm]\.?(?!\p{L}))?/u;
const ENGLISH_MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
// The separator is a tab as Konversation writes it, or the spaces a copy turned it into.
const MESSAGE = /^<([^\s>]+)>(?:\t| +|$)(.*)$/s;
const ACTION = /^[\t ]*\* (\S+) ?(.*)$/s;
const TYPED = /^([^\t ]+)(?:\t| +)(.*)$/s;
// "*** on Tue Mar 5 13:58:02 2024": "on" is translated, the date (Qt's TextDate) is not always.
const SESSION_DATE = /^\*\*\* \S+ (.+)$/;

const JOINED = /^(\S+) (?:\([^)]*\) )?has joined this channel\b/;
const LEFT = /^(\S+) (?:\([^)]*\) )?has left this (?:channel|server)\b/;
const RENAMED = /^(\S+) is now known as (\S+?)\.?$/;
const KICKED = /^(\S+) has been kicked from the channel by /;
const YOU_KICKED = /^You have kicked (?!yourself )(\S+) from the channel\b/;
const TOPIC_BY = /^(\S+) sets the channel topic to /;
const NOTICE = /^-(\S+) to \S+- ?(.*)$/s;

export const konversation: LineFormat = {
  name: 'konversation',
  description: 'Konversation: "[Tuesday, March 5, 2024] [2:00:00 PM UTC] <nick>\\ttext" (any locale\'s date and time), "Join\\t…", "*** Logfile started"',
  parse(line) {
    const first = line.charCodeAt(0);
    if (first === 42 /* * */) return konversationHeader(line);
    if (first !== 91 /* [ */) return null;
    const m = STAMP.exec(line);
    if (!m || !YEAR.test(m[1]) || !CLOCK.test(m[2])) return null;
    const clock = clockIn(m[2]);
    const parsed = body(m[3], clock, false) ?? { kind: 'other', nick: null, text: m[3], clock };
    const date = dateIn(m[1]);
    if (date) parsed.date = date;
    return parsed;
  },
};

/** A session's opening lines: "*** Logfile started", and "*** on <ctime>", which carries the date; null for others. */
export function konversationHeader(line: string): ParsedLine | null {
  if (line === '*** Logfile started') return { kind: 'other', nick: null, text: line.slice(4), clock: null };
  const m = SESSION_DATE.exec(line);
  return m && dayMarker(line.slice(4), m[1]);
}

/**
 * What follows the stamp, when Konversation's own: "\t * nick text" (a /me) or an English typed note
 * ("Join\t…"), separated by the tab alone (for bracketed.ts, where a space could be anyone's); null otherwise.
 */
export function konversationBody(b: string, clock: Clock | null): ParsedLine | null {
  return b.includes('\t') ? body(b, clock, true) : null;
}

function body(b: string, clock: Clock | null, tabOnly: boolean): ParsedLine | null {
  // "<-> nick>\ttext": the logger's own /msg to nick: said by the logger, whose nick the line does not give.
  if (b.startsWith('<-> ')) return tabOnly ? null : { kind: 'other', nick: null, text: b, clock };
  if (!tabOnly) {
    const m = MESSAGE.exec(b);
    if (m) return { kind: 'message', nick: bareNick(m[1]), text: m[2], clock };
  }
  if (!tabOnly || b.startsWith('\t * ')) {
    const m = ACTION.exec(b);
    if (m) return { kind: 'action', nick: bareNick(m[1]), text: m[2], clock };
  }
  const m = TYPED.exec(b);
  if (!m || (tabOnly && b.charCodeAt(m[1].length) !== 9)) return null;
  const note = typed(m[1], m[2], clock);
  return note ?? (tabOnly ? null : { kind: 'other', nick: null, text: m[2], clock });
}

/** A typed note by its English type; null when the type is none of these (or another language's). */
function typed(type: string, s: string, clock: Clock | null): ParsedLine | null {
  const other: ParsedLine = { kind: 'other', nick: null, text: s, clock };
  const own = s.startsWith('You ');
  switch (type) {
    case 'Join':
      // "You (~me@host) have joined the channel #proj.": the logger's own join, nick unknown.
      return own ? { kind: 'join', nick: null, text: s, clock } : (about('join', JOINED, s, clock) ?? other);
    case 'Part':
    case 'Quit': {
      const kind = type === 'Part' ? 'part' : 'quit';
      return own ? { kind, nick: null, text: s, clock } : (about(kind, LEFT, s, clock) ?? other);
    }
    case 'Kick': {
      // The person kicked leaves: a part, as other formats read kicks.
      const you = YOU_KICKED.exec(s);
      if (you) return { kind: 'part', nick: bareNick(you[1]), text: s, clock };
      return own ? { kind: 'part', nick: null, text: s, clock } : (about('part', KICKED, s, clock) ?? other);
    }
    case 'Nick': {
      // "You are now known as x.": the old nick is not in the line.
      const r = own ? null : RENAMED.exec(s);
      return r ? { kind: 'nick', nick: bareNick(r[1]), text: s.slice(r[1].length + 1), clock, newNick: bareNick(r[2]) } : other;
    }
    case 'Topic': {
      const t = TOPIC_BY.exec(s);
      return t ? { kind: 'other', nick: bareNick(t[1]), text: s, clock } : other;
    }
    case 'Notice': {
      const n = NOTICE.exec(s);
      return n ? { kind: 'notice', nick: bareNick(n[1]), text: n[2], clock } : other;
    }
  }
  return null;
}

function about(kind: ParsedLine['kind'], re: RegExp, s: string, clock: Clock | null): ParsedLine | null {
  const m = re.exec(s);
  return m ? { kind, nick: bareNick(m[1]), text: s.slice(m[1].length + 1), clock } : null;
}

/** The clock in a locale's time: "18:37:34", "12:22:04 PM", "2:00:00 PM UTC", "14.00.00"; null when there is none. */
function clockIn(time: string): Clock | null {
  const m = CLOCK.exec(time);
  if (!m) return null;
  return m[4] === undefined ? clockOf(m[1], m[2], m[3]) : clock12(m[1], m[2], m[3], m[4]);
}

/**
 * The date in a locale's long date, when its month is written in English: "Sat Jan 4 2014", "Monday 29 March
 * 2010", "Saturday, March 22, 2014". The weekday comes first, so the month is looked for after it.
 */
function dateIn(date: string): CalendarDate | undefined {
  const words = date.match(/\p{L}+/gu) ?? [];
  const numbers = date.match(/\d+/g) ?? [];
  const year = numbers.find((n) => n.length === 4);
  const day = numbers.find((n) => n.length <= 2);
  const month = words.slice(words.length > 1 ? 1 : 0).find((w) => ENGLISH_MONTH.test(w));
  return year && day && month ? dateOf(year, String(monthOf(month)), day) : undefined;
}
