// #link, and the auto-link MeetBot makes of a line that starts with a URL.
import { addItem, type CommandContext, type CommandHandler } from '../state.js';

// MeetBot's schemes, then "//", then non-space; a trailing "." or ")" is not part of it.
const URL_IN_TEXT = /(?:https?|irc|ftp|mailto|ssh):\/\/\S*[^\s.)]/;
const STARTS_WITH_URL = /^(?:https?|irc|ftp|mailto|ssh):\/\//;

/** The URL MeetBot would link: the first URL anywhere, else the first word. */
export function urlOf(text: string): string {
  const m = URL_IN_TEXT.exec(text);
  if (m) return m[0];
  return text.trim().split(/\s+/)[0] ?? '';
}

export const link: CommandHandler = {
  chairOnly: false,
  run: (ctx) => addItem(ctx, 'link', ctx.arg, { url: urlOf(ctx.arg) }),
};

/** A non-command line that starts with scheme:// becomes a link, from anyone. */
export function autoLink(ctx: Omit<CommandContext, 'word' | 'arg'>, text: string): boolean {
  if (!STARTS_WITH_URL.test(text)) return false;
  addItem({ ...ctx, word: '', arg: text }, 'link', text, { url: urlOf(text) });
  return true;
}
