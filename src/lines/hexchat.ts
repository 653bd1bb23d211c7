// HexChat and XChat: "Jan 01 12:34:56 <nick><TAB>text". The stamp has no year, so message
// lines carry only a clock and the "**** BEGIN LOGGING AT Mon Jan  1 12:00:00 2018" line
// carries the date. Before the tab: "<nick>", "*" (/me, and HexChat's status lines),
// "-->" join, "<--" part/quit, "---" nick changes and topics, "-nick-" notices.
import type { Clock, LineFormat, ParsedLine } from '../types.js';
import { bareNick, clockOf, dayMarker, statusOf } from './shared.js';

const STAMP = /^[A-Z][a-z]{2} [ \d]\d (\d\d):(\d\d):(\d\d) ([^\t]*)\t(.*)$/s;
const LOGGING = /^\*{4} (?:BEGIN|ENDING) LOGGING AT (.*)$/;
const FIRST_WORD = /^(\S+) ?(.*)$/s;
const NOTICE = /^-([^\s/]+)(?:\/\S+)?-$/;
const KICK = /^\S+ has kicked (\S+) from /;
const TOPIC_OR_MODE =
  /^(\S+) (?:has changed the topic to|sets (?:mode|ban|exempt|invite)|removes (?:ban|exempt|invite|channel|voice)|gives (?:channel|voice))/;

export const hexchat: LineFormat = {
  name: 'hexchat',
  description: 'HexChat/XChat: "Jan 01 12:34:56 <nick>\\ttext", "**** BEGIN LOGGING AT …"',
  parse(line) {
    const first = line.charCodeAt(0);
    if (first === 42 /* * */) {
      const m = LOGGING.exec(line);
      if (!m) return null;
      const text = line.slice(5);
      return dayMarker(text, m[1]) ?? { kind: 'other', nick: null, text, clock: null };
    }
    if (first < 65 || first > 90) return null;
    const m = STAMP.exec(line);
    if (!m) return null;
    return body(m[4], m[5], clockOf(m[1], m[2], m[3]));
  },
};

function body(prefix: string, text: string, clock: Clock | null): ParsedLine {
  if (prefix.length > 2 && prefix.startsWith('<') && prefix.endsWith('>')) {
    return { kind: 'message', nick: bareNick(prefix.slice(1, -1)), text, clock };
  }
  switch (prefix) {
    case '*':
      // HexChat 2.9+ writes joins, quits and nick changes with the /me marker.
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
  return { kind: 'other', nick: null, text, clock };
}

function kickOrTopic(text: string, clock: Clock | null): ParsedLine | null {
  const kick = KICK.exec(text);
  if (kick) return { kind: 'part', nick: bareNick(kick[1]), text, clock };
  const m = TOPIC_OR_MODE.exec(text);
  return m ? { kind: 'other', nick: bareNick(m[1]), text, clock } : null;
}

function firstWord(kind: ParsedLine['kind'], text: string, clock: Clock | null): ParsedLine {
  const m = FIRST_WORD.exec(text);
  return { kind, nick: m ? bareNick(m[1]) : null, text: m ? m[2] : text, clock };
}
