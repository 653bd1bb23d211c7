// #link, and the auto-link MeetBot makes of a line that starts with a URL.
import type { LogLine } from '../../types.js';
import { addItem, type CommandHandler, type MeetingState } from '../state.js';

// MeetBot's schemes, then "//", then non-space; a trailing "." or ")" is not part of it.
const URL_IN_TEXT = /(?:https?|irc|ftp|mailto|ssh):\/\/\S*[^\s.)]/;
const STARTS_WITH_URL = /^(?:https?|irc|ftp|mailto|ssh):\/\//;

// The schemes a link may have, whatever the case; anything else (javascript:, data:,
// vbscript:, file:…) is never a `url`, and stays in the item's text only.
const SAFE_SCHEME = /^(?:https?|irc|ftp|mailto|ssh):/i;

/**
 * The URL MeetBot would link: the first URL anywhere, else the first word.
 * Undefined when that word is not safe to link: it has a scheme not in MeetBot's
 * list, or a ":" or "&" that could spell one once a browser reads it.
 */
export function urlOf(text: string): string | undefined {
  const m = URL_IN_TEXT.exec(text);
  if (m) return m[0];
  const word = text.trim().split(/\s+/)[0] ?? '';
  // Browsers drop leading controls and spaces, and tabs and line breaks anywhere, before reading the scheme.
  const read = word.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+/, '');
  if (SAFE_SCHEME.test(read)) return word;
  return read === '' || /[:&]/.test(read) ? undefined : word;
}

/** `url` only when there is a safe one: the item's text keeps what was said either way. */
function linkItem(text: string) {
  const url = urlOf(text);
  return url === undefined ? {} : { url };
}

export const link: CommandHandler = {
  chairOnly: false,
  run: (ctx) => addItem(ctx, 'link', ctx.arg, linkItem(ctx.arg)),
};

// HCoop Meetbot's (command.py _URL_REGEX): spaces may come first, and the link is the URL alone, without the rest of the line.
const HCOOP_URL_LINE = /^\s*((?:https?|irc|ftp|mailto|ssh):\/\/\S*)/;

/** A non-command line that starts with scheme:// becomes a link, from anyone. */
export function autoLink(state: MeetingState, line: LogLine, nick: string): boolean {
  const text = line.text;
  if (state.fork === 'hcoop') {
    const m = HCOOP_URL_LINE.exec(text);
    if (m) addItem({ state, line, nick, word: '', arg: m[1] }, 'link', m[1], linkItem(m[1]));
    return m !== null;
  }
  // Every scheme opens with one of h, i, f, m, s: most lines are told apart without the regex.
  const first = text.charCodeAt(0);
  if (first !== 104 && first !== 105 && first !== 102 && first !== 109 && first !== 115) return false;
  // Deviation: MeetBot's test is the text before the first "//", so a line that is just "http:" is a LINK
  // to it; a link needs an address to us.
  if (!STARTS_WITH_URL.test(text)) return false;
  addItem({ state, line, nick, word: '', arg: text }, 'link', text, linkItem(text));
  return true;
}
