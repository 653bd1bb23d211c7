// Text from a log in Markdown. Anyone in the channel wrote it, so none of it
// may turn into markup: not HTML (<script>), not links ([a](javascript:…)),
// not emphasis, code, tables, strikethrough, math, headings or list markers.
// Every character that can open such a construct is backslash-escaped
// (CommonMark lets any ASCII punctuation be escaped, and renders it as
// itself). The links the pages make of the text (text.ts linkParts: a URL
// with a trusted scheme, a www. address, an email address) are links here
// too, to the same address: an autolink (<https://…>) when the text is the
// address, else [text](<address>); nothing else ever becomes a link.
import { linkParts } from './text.js';

/**
 * Punctuation that opens markup anywhere in a line: HTML, entities, links,
 * emphasis, code, tables, ~~, $math$; and runs of "_", which are left alone
 * inside a word (snake_case, nick_away), where they can never be emphasis.
 */
const INLINE_MARKUP = /[\\`*[\]<>&|~$]|_+/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A URL of a scheme the site links (src/site/text.ts), then what an autolink may hold: no space, <, >, control, backslash or backtick. */
const URL = /(?:https?|ftp|ircs?|mailto):\/\/[^\s<>\x00-\x1f\x7f\\`]+/g;

/** Punctuation that ends a sentence more often than a URL. */
const TRAILING = /[.,:;!?'"]$/;

/** The URL without the punctuation after it; a ")" stays only when it closes a "(" of the URL. */
function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    if (TRAILING.test(u)) u = u.slice(0, -1);
    else if (u.endsWith(')') && count(u, '(') < count(u, ')')) u = u.slice(0, -1);
    else return u;
  }
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** One line: log lines never hold line breaks, but a stray one must not start a new block. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/** Text that is never markup, inside a line. */
export function escapeText(text: string): string {
  return oneLine(text).replace(INLINE_MARKUP, (m: string, at: number, s: string) => {
    if (m[0] !== '_') return `\\${m}`;
    const inWord = WORD_CHAR.test(s[at - 1] ?? '') && WORD_CHAR.test(s[at + m.length] ?? '');
    return inWord ? m : m.replace(/_/g, '\\_');
  });
}

/** Text in a heading: also no "#", which would close an ATX heading early. */
export function escapeHeading(text: string): string {
  return escapeText(text).replace(/#/g, '\\#');
}

/** A list marker, heading or quote at the start of a block stays text. ">" is escaped everywhere already. */
function escapeLeadingMarker(escaped: string): string {
  return escaped.replace(/^[#+=-]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/**
 * Log text with its URLs as autolinks and everything else escaped. With
 * `blockStart` (it opens a list item), leading spaces, which could make it
 * code, are dropped and a leading marker ("#", "-", "+", "=", "1.", "1)")
 * stays text.
 */
export function markdownText(text: string, blockStart = false): string {
  const flat = blockStart ? oneLine(text).trimStart() : oneLine(text);
  let out = '';
  for (const part of linkParts(flat)) {
    if (typeof part === 'string') out += unlinked(part);
    // "![…](…)" would be an image.
    else out = out.replace(/!$/, '\\!') + link(part.href, part.text);
  }
  return blockStart ? escapeLeadingMarker(out) : out;
}

/**
 * Text the pages link nothing in, escaped; but a URL in it ("_https://…", which linkify-it does not take
 * for one) an autolink all the same: a renderer that links URLs in text (GitHub's, markdown-it's linkify)
 * would link it, and its escapes with it.
 */
function unlinked(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(URL)) {
    const url = trimUrl(m[0]);
    out += escapeText(text.slice(at, m.index)) + `<${url}>`;
    at = m.index! + url.length;
  }
  return out + escapeText(text.slice(at));
}

/** A link the pages make: an autolink when its text is its address, else its text escaped, to the address. */
function link(href: string, text: string): string {
  // An autolink and a <…> destination hold no space, "<", ">" or control character; in the destination a backslash escapes.
  const address = href.replace(/[\s<>\x00-\x1f\x7f]/g, encodeURIComponent);
  if (text === href && address === href) return `<${address}>`;
  return `[${escapeText(text)}](<${address.replace(/\\/g, '%5C')}>)`;
}
