// HexChat and XChat: "Jan 01 12:34:56 <nick><TAB>text". The stamp has no year, so message
// lines carry only a clock and the "**** BEGIN LOGGING AT Mon Jan  1 12:00:00 2018" line
// carries the date. The stamp is strftime's "%b %d %H:%M:%S" by default, so in another
// locale the month is "mar", "Mär", "févr."; users also set "%H:%M:%S", "%H:%M" or
// "[%H:%M:%S]". Before the tab: "<nick>", "*" (/me, and HexChat's status lines and notes),
// "-->" join, "<--" part/quit, "---" nick changes and topics, "-nick-" notices. Some write a space
// for the tab ("Mar 05 14:00:00 <nick> text"): read only after a month, as "HH:MM:SS <nick>" is
// irssi's and MeetBot's, and only with a prefix HexChat writes, as syslog's lines look alike.
import type { Clock, LineFormat, ParsedLine } from '../types.js';
import { bareNick, clockOf, dayMarker, nickFirst, statusOf } from './shared.js';

// The month is any word, as the locale writes it: the date comes from BEGIN LOGGING, not from here.
const STAMP = /^(?:(\p{L}+\.?) [ \d]\d )?(\[)?(\d\d):(\d\d)(?::(\d\d))?(\])? ([^\t]*)\t(.*)$/su;
const SPACED = /^(\p{L}+\.?) [ \d]\d (\d\d):(\d\d)(?::(\d\d))? (\S+) ?(.*)$/su;
const LOGGING = /^\*{4} (?:BEGIN|ENDING) LOGGING AT (.*)$/;
const NOTICE = /^-([^\s/]+)(?:\/\S+)?-$/;
const KICK = /^\S+ has kicked (\S+) from /;
const TOPIC_OR_MODE =
  /^(\S+) (?:has changed the topic to|sets (?:mode|ban|exempt|invite)|removes (?:ban|exempt|invite|channel|voice)|gives (?:channel|voice))/;
// HexChat's own notes on a "*" line (its text events), which would otherwise read as a /me by
// "Now", "Topic", "Users"…; "You are now known as x" too: the old nick is not in the line.
const CLIENT_NOTE =
  /^(?:Now talking on |Topic for |Users on |Channel \S+ (?:modes|created on|url)|URL for |Disconnected\b|Connecting to |Connected\.|Looking up |Cannot join |You(?:r)? |Retrieving |Nickname |Ping reply|Received a CTCP|Sending CTCP)/;

export const hexchat: LineFormat = {
  name: 'hexchat',
  description: 'HexChat/XChat: "Jan 01 12:34:56 <nick>\\ttext" (any locale\'s month, or the clock alone), "**** BEGIN LOGGING AT …"',
  parse(line) {
    const first = line.charCodeAt(0);
    if (first === 42 /* * */) {
      const m = LOGGING.exec(line);
      if (!m) return null;
      const text = line.slice(5);
      return dayMarker(text, m[1]) ?? { kind: 'other', nick: null, text, clock: null };
    }
    // The stamp opens with a month (a letter, maybe not ASCII), a digit or "[": anything else is not mine.
    const letter = (first | 32) >= 97 && (first | 32) <= 122;
    if (!letter && !(first >= 48 && first <= 57) && first !== 91 && first < 128) return null;
    if (line.indexOf('\t') < 0) return letter || first >= 128 ? spaced(line) : null;
    const m = STAMP.exec(line);
    if (!m) return null;
    const dated = m[1] !== undefined;
    // "[" only with "]", and not after a month.
    if ((m[2] === undefined) !== (m[6] === undefined) || (dated && m[2] !== undefined)) return null;
    const parsed = body(m[7], m[8], clockOf(m[3], m[4], m[5]));
    // Without the month, the stamp alone says little: the prefix must be one HexChat writes.
    return parsed ?? (dated ? { kind: 'other', nick: null, text: m[8], clock: clockOf(m[3], m[4], m[5]) } : null);
  },
};

/** "Mar 05 14:00:00 <nick> text": a space for the tab, after a month; null unless the prefix is one HexChat writes. */
function spaced(line: string): ParsedLine | null {
  const m = SPACED.exec(line);
  return m && body(m[5], m[6], clockOf(m[2], m[3], m[4]));
}

/** The line by its prefix; null when the prefix is none HexChat writes. */
function body(prefix: string, text: string, clock: Clock | null): ParsedLine | null {
  if (prefix.length > 2 && prefix.startsWith('<') && prefix.indexOf('>') === prefix.length - 1 && !prefix.includes(' ')) {
    return { kind: 'message', nick: bareNick(prefix.slice(1, -1)), text, clock };
  }
  switch (prefix) {
    case '*':
      // HexChat 2.9+ writes joins, quits, nick changes and its own notes with the /me marker.
      if (CLIENT_NOTE.test(text)) return { kind: 'other', nick: null, text, clock };
      return statusOf(text, clock) ?? kickOrTopic(text, clock) ?? firstWord('action', text, clock);
    case '-->':
      return statusOf(text, clock) ?? firstWord('join', text, clock);
    case '<--':
      return statusOf(text, clock) ?? kickOrTopic(text, clock) ?? firstWord('part', text, clock);
    case '---':
      return statusOf(text, clock) ?? kickOrTopic(text, clock) ?? { kind: 'other', nick: null, text, clock };
  }
  const notice = NOTICE.exec(prefix);
  if (notice) return { kind: 'notice', nick: bareNick(notice[1]), text, clock };
  return null;
}

function kickOrTopic(text: string, clock: Clock | null): ParsedLine | null {
  const kick = KICK.exec(text);
  if (kick) return { kind: 'part', nick: bareNick(kick[1]), text, clock };
  const m = TOPIC_OR_MODE.exec(text);
  return m ? { kind: 'other', nick: bareNick(m[1]), text, clock } : null;
}

function firstWord(kind: ParsedLine['kind'], text: string, clock: Clock | null): ParsedLine {
  return nickFirst(kind, text, clock) ?? { kind, nick: null, text, clock };
}
