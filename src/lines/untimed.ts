// IRC lines copied without their timestamps: "<nick> text" and "* nick action" (i2p meeting
// 276 is one), and ircII's status lines, "*** carol is now known as carol2", "*** Signoff: eve (reason)".
// Last in the registry: any timestamped format that reads a file wins over it.
// The space (or tab) after "<nick>" is required, so HTML such as "<title>Wayback Machine</title>" is not mine.
import type { LineFormat, ParsedLine } from '../types.js';
import { bareNick, signoffOf, statusOf } from './shared.js';

const MESSAGE = /^< ?([^\s<>/!"=]+)>[ \t](.*)$/s;
const ACTION = /^\* (\S+) (.*)$/s;

export const untimed: LineFormat = {
  name: 'untimed',
  description: 'Untimed IRC lines: "<nick> text", "* nick action"',
  parse(line) {
    const first = line.charCodeAt(0);
    if (first === 42 && line.startsWith('*** ')) return ircII(line.slice(4));
    const m = first === 60 /* < */ ? MESSAGE.exec(line) : first === 42 /* * */ ? ACTION.exec(line) : null;
    if (!m) return null;
    return { kind: first === 60 ? 'message' : 'action', nick: bareNick(m[1]), text: m[2], clock: null };
  },
  // Without a "<nick> text" line, "* word …" lines are a list (hand-written minutes), not /me lines.
  needs: (line) => line.kind === 'message',
};

/** ircII's "*** " status line: a join, part, quit or nick change, or not mine. */
function ircII(s: string): ParsedLine | null {
  return signoffOf(s, null) ?? statusOf(s, null);
}
