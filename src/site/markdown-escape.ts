// Text from a log in Markdown. Anyone in the channel wrote it, so none of it
// may turn into markup: not HTML (<script>), not links ([a](javascript:…)),
// not emphasis, code, tables, strikethrough, math, headings or list markers.
// Every character that can open such a construct is backslash-escaped
// (CommonMark lets any ASCII punctuation be escaped, and renders it as
// itself). URLs with a trusted scheme become autolinks (<https://…>),
// so they stay readable and clickable; nothing else ever becomes a link.

/**
 * Punctuation that opens markup anywhere in a line: HTML, entities, links,
 * emphasis, code, tables, ~~, $math$; and runs of "_", which are left alone
 * inside a word (snake_case, nick_away), where they can never be emphasis.
 */
const INLINE_MARKUP = /[\\`*[\]<>&|~$]|_+/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The schemes the site links (src/site/text.ts), then what an autolink may hold: no space, <, >, control, backslash or backtick. */
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
  let at = 0;
  for (const m of flat.matchAll(URL)) {
    const url = trimUrl(m[0]);
    out += escapeText(flat.slice(at, m.index)) + `<${url}>`;
    at = m.index! + url.length;
  }
  out += escapeText(flat.slice(at));
  return blockStart ? escapeLeadingMarker(out) : out;
}
