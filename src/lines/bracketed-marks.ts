// The status marks other clients write behind a bracketed stamp, for bracketed.ts: Quassel's
// "-->", "<--", "<->" and "-*-", ChatZilla's "-->"/"<--" sentences, irssi's "-!-" (stamp set to
// "[%H:%M:%S]"), and eggdrop's unmarked lines ("Action: …", "Nick change: a -> b", "--- <date>").
import type { Clock, ParsedLine } from '../types.js';
import { bareNick, dayMarker, nickFirst, statusOf } from './shared.js';

const CHATZILLA = /^(\S+) has (?:(joined) this channel|left (?:(this server)|this channel|[#&!+]))/;
const EGGDROP =
  /^(?:Action: (\S+) ?(.*)|Nick change: (\S+) -> (\S+)|(\S+) \([^)]*\) (?:(joined) [#&!+]\S*\.|left (?:(irc):|[#&!+]))|(\S+) kicked from \S+ by )/s;

/** The marks other clients open a status line with: "-!-", "-->", "<--", "<->", "-*-", "---". */
export function marks(b: string, clock: Clock | null): ParsedLine | null {
  const mark = b.slice(0, 3);
  const sep = b.charCodeAt(3);
  if (sep !== 32 && sep !== 9) return null;
  const s = b.slice(4);
  switch (mark) {
    case '-*-':
      return nickFirst('action', s, clock);
    case '---':
      // eggdrop's day line, "--- Wed Mar  6 2024".
      return dayMarker(s, s) ?? { kind: 'other', nick: null, text: s, clock };
    case '-!-':
    case '<->':
      return statusOf(s, clock) ?? { kind: 'other', nick: null, text: s, clock };
    case '-->':
    case '<--': {
      const status = statusOf(s, clock) ?? chatZilla(s, clock);
      if (status) return status;
      // ChatZilla's "--> You have joined the channel #chan": the logging user's own join, nick unknown.
      if (s.startsWith('You have joined ')) return { kind: 'join', nick: null, text: s, clock };
      return { kind: 'other', nick: null, text: s, clock };
    }
  }
  return null;
}

function chatZilla(s: string, clock: Clock | null): ParsedLine | null {
  const m = CHATZILLA.exec(s);
  if (!m) return null;
  const kind = m[2] ? 'join' : m[3] ? 'quit' : 'part';
  return { kind, nick: bareNick(m[1]), text: s.slice(m[1].length + 1), clock };
}

/** eggdrop's lines, which have no mark: a /me, a nick change, a join, part, quit or kick; null for others. */
export function eggdrop(b: string, clock: Clock | null): ParsedLine | null {
  const m = EGGDROP.exec(b);
  if (!m) return null;
  if (m[1] !== undefined) return { kind: 'action', nick: bareNick(m[1]), text: m[2], clock };
  if (m[3] !== undefined) return { kind: 'nick', nick: bareNick(m[3]), text: b, clock, newNick: bareNick(m[4]) };
  if (m[5] !== undefined) {
    const kind = m[6] ? 'join' : m[7] ? 'quit' : 'part';
    return { kind, nick: bareNick(m[5]), text: b.slice(m[5].length + 1), clock };
  }
  return { kind: 'part', nick: bareNick(m[8]), text: b, clock };
}
