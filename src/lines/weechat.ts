// WeeChat's logger: "YYYY-MM-DD HH:MM:SS<TAB>prefix<TAB>text". The prefix is the nick (with
// its mode char, "@op") or a marker: "-->" join, "<--" part/quit/kick, "--" network notes
// (nick changes, modes, topics, "Notice(nick)"), " *" /me, "-" notice. The logger's own
// "****  Beginning of log  ****" line has no prefix column.
import type { Clock, LineFormat, ParsedLine } from '../types.js';
import { bareNick, clockOf, dateOf, statusOf, withDate } from './shared.js';

const STAMP = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\t(.*)$/s;
const FIRST_WORD = /^(\S+) ?(.*)$/s;
const KICK = /^\S+ has kicked (\S+)/;
const NOTICE = /^Notice\(([^)\s]+)\)(?: -> \S+)?: ?(.*)$/s;
const NETWORK_NICK = /^(?:Mode \S+ .* by (\S+)$|(\S+) has changed topic for )/s;

export const weechat: LineFormat = {
  name: 'weechat',
  description: 'WeeChat: "YYYY-MM-DD HH:MM:SS\\tnick\\ttext", "-->"/"<--"/"--" status prefixes',
  parse(line) {
    const first = line.charCodeAt(0);
    if (first < 48 || first > 57) return null;
    const m = STAMP.exec(line);
    if (!m) return null;
    const clock = clockOf(m[4], m[5], m[6]);
    const date = dateOf(m[1], m[2], m[3]);
    const rest = m[7];
    const tab = rest.indexOf('\t');
    if (tab < 0) {
      const note: ParsedLine = { kind: 'other', nick: null, text: rest, clock };
      if (rest.startsWith('****')) note.dayMarker = true;
      return withDate(note, date);
    }
    return withDate(body(rest.slice(0, tab), rest.slice(tab + 1), clock), date);
  },
};

function body(column: string, text: string, clock: Clock | null): ParsedLine {
  const prefix = column.trim();
  switch (prefix) {
    case '-->':
      return statusOf(text, clock) ?? firstWord('join', text, clock);
    case '<--': {
      const status = statusOf(text, clock);
      if (status) return status;
      // "op has kicked victim (reason)": the victim is the one who leaves.
      const kick = KICK.exec(text);
      if (kick) return { kind: 'part', nick: bareNick(kick[1]), text, clock };
      return firstWord(/ has quit\b/.test(text) ? 'quit' : 'part', text, clock);
    }
    case '--':
    case '-': {
      const notice = NOTICE.exec(text);
      if (notice) return { kind: 'notice', nick: bareNick(notice[1]), text: notice[2], clock };
      if (prefix === '-') return { kind: 'notice', nick: null, text, clock };
      const status = statusOf(text, clock);
      if (status?.kind === 'nick') return status;
      const who = NETWORK_NICK.exec(text);
      return { kind: 'other', nick: who ? bareNick(who[1] ?? who[2]) : null, text, clock };
    }
    case '*':
      return firstWord('action', text, clock);
    case '':
    case '=!=':
      return { kind: 'other', nick: null, text, clock };
    default:
      return { kind: 'message', nick: bareNick(prefix), text, clock };
  }
}

function firstWord(kind: ParsedLine['kind'], text: string, clock: Clock | null): ParsedLine {
  const m = FIRST_WORD.exec(text);
  return { kind, nick: m ? bareNick(m[1]) : null, text: m ? m[2] : text, clock };
}
