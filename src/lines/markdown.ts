// IRC pasted into Markdown posts, as on getmonero.org: "**\<nick>** text" and "**\* nick** action",
// no timestamps. Backslash escapes are undone ("vtnerd\_\_" → "vtnerd__") and the trailing spaces
// of a Markdown line break dropped. Relay and quote prefixes that the bold also covers
// ("**\<meeting-bot> [anonimal]** hi") stay in the text, as the raw IRC line had them.
// Front matter is removed before this stage; headings and prose are not mine.
import type { LineFormat } from '../types.js';
import { bareNick } from './shared.js';

const MESSAGE = /^\*\*\\?<([^\s>]+)>(.*?)\*\* ?(.*)$/s;
const ACTION = /^\*\*\\\* ([^\s*]+)\*\* ?(.*)$/s;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const TRAILING_SPACE = /[ \t]+$/;

function unescape(s: string): string {
  return s.includes('\\') ? s.replace(ESCAPE, '$1') : s;
}

export const markdown: LineFormat = {
  name: 'markdown',
  description: 'Markdown-escaped IRC: "**\\<nick>** text", "**\\* nick** action", no timestamps',
  parse(line) {
    if (line.charCodeAt(0) !== 42 /* * */ || line.charCodeAt(1) !== 42) return null;
    let m = MESSAGE.exec(line);
    if (m) {
      const inBold = m[2].trim();
      const text = inBold === '' ? m[3] : m[3] === '' ? inBold : `${inBold} ${m[3]}`;
      return { kind: 'message', nick: bareNick(unescape(m[1])), text: unescape(text).replace(TRAILING_SPACE, ''), clock: null };
    }
    m = ACTION.exec(line);
    if (m) return { kind: 'action', nick: bareNick(unescape(m[1])), text: unescape(m[2]).replace(TRAILING_SPACE, ''), clock: null };
    return null;
  },
};
