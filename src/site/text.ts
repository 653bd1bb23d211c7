// Log text for pages: links found by linkify-it (markdown-it's own linkifier),
// kept only when their scheme is one we trust; everything else stays text,
// and templates escape it. Also the small time formats pages show.
import { LinkifyIt } from 'linkify-it';
import type { MeetingRef, Part } from './site-view.js';

function linkifier(fuzzyLink: boolean): LinkifyIt {
  const l = new LinkifyIt({ fuzzyLink, fuzzyEmail: true });
  // Protocol-relative "//host" would point at file://host/ when the site is read from disk.
  l.add('//', null);
  // linkify-it's own "//host/path" after the scheme. A sticky expression: it matches at its lastIndex only, which
  // each exec leaves where the match ended, so it is set each time (it was not: every other irc: link stayed text).
  const httpTail = l.re.get_http_validator();
  for (const scheme of ['irc:', 'ircs:']) {
    l.add(scheme, {
      validate(text, pos) {
        httpTail.lastIndex = pos;
        const m = httpTail.exec(text);
        return m ? m[0].length : 0;
      },
    });
  }
  return l;
}

/**
 * What is a link: a URL with its scheme, a www. address, an email address.
 * Bare domain names ("example.org") are not: finding them costs linkify-it a
 * slow search on every line with a full stop, and chat is full of those.
 */
const strict = linkifier(false);
const withWww = linkifier(true);
/** Every link has one of these; most lines have none, and are done at once. */
const LINK_HINT = /\/\/|@|www\.|mailto:/i;
const WWW = /www\./i;
const linkifyFor = (text: string) => (WWW.test(text) ? withWww : strict);

/** The only schemes a link made from log text may have. */
export const SAFE_SCHEME = /^(https?|ftp|mailto|ircs?):/i;

/** Text with its safe links cut out as {href, text}; the text alone when it has none. */
export function linkParts(text: string): Part[] {
  if (!LINK_HINT.test(text)) return [text];
  const matches = linkifyFor(text).match(text);
  if (!matches) return [text];
  const parts: Part[] = [];
  let at = 0;
  for (const m of matches) {
    if (!SAFE_SCHEME.test(m.url)) continue;
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push({ href: m.url, text: text.slice(m.index, m.lastIndex) });
    at = m.lastIndex;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** True when the parts hold a link (linkParts gives a lone string for text without one). */
export const hasLink = (parts: Part[]): boolean => parts.length !== 1 || typeof parts[0] !== 'string';

/**
 * The lines of an item's text: one, unless the item is a chat message of
 * several lines (Item.text), whose blank lines are left out (and so an
 * empty first line: a command alone on its message's first line).
 */
export function textLines(text: string): string[] {
  if (!text.includes('\n')) return [text];
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines : [''];
}

/** "16:01:02" from an ISO time; "" for none. */
export const clockOf = (iso: string | null): string => (iso ? iso.slice(11, 19) : '');
/** "2016-11-07" from an ISO time. */
export const dateOf = (iso: string): string => iso.slice(0, 10);
/** "16:01" from an ISO time. */
export const minuteOf = (iso: string): string => iso.slice(11, 16);

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2013-03" → "March 2013". */
export const monthLabel = (month: string): string => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** "1 h 5 min", "45 min", "under a minute"; "" when the end is not after the start. */
export function duration(startIso: string, endIso: string): string {
  const minutes = Math.floor((Date.parse(endIso) - Date.parse(startIso)) / 60000);
  if (!(minutes >= 0)) return '';
  if (minutes === 0) return 'under a minute';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`;
}

/**
 * Titles, topics and actions compared across meetings: case, punctuation and spacing do not count. A
 * letter's combining marks do (Devanagari's vowel signs, Arabic's harakat, Thai's vowels): "दिन" and "दान"
 * are two words, where dropping the marks made them one.
 */
export function normalizeTitle(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/** Longest <title> a page gets: browsers' tabs and search results cut longer ones anyway. */
export const TITLE_MAX = 70;

/**
 * Characters as they stand in the HTML source, where validators count them:
 * "<" is "&lt;", and a character beyond the BMP (an emoji, U+10000) is two
 * UTF-16 units, as a string's length counts it.
 */
const HTML_WIDTH: Record<string, number> = { '&': 5, '<': 4, '>': 4, '"': 6, "'": 5 };
const widthOf = (c: string) => HTML_WIDTH[c] ?? c.length;

/** The longest start of text that takes at most `max` characters of HTML. */
function cut(text: string, max: number): string {
  let width = 0;
  let out = '';
  for (const c of text) {
    width += widthOf(c);
    if (width > max) break;
    out += c;
  }
  return out;
}

const widthOfText = (text: string) => [...text].reduce((n, c) => n + widthOf(c), 0);

/**
 * "What · Site" for <title>, shortened with "…" to TITLE_MAX characters of
 * HTML, the page's own part first. `kept` follows `what` and is never cut
 * (a meeting's ", 2016-11-07"): two meetings of one long title stay two
 * titles in tabs, history and bookmarks. With no room for it beside the
 * site's title, the site's title goes first.
 */
export function pageTitle(what: string, siteTitle: string, kept = ''): string {
  const whole = what + kept;
  const full = whole === siteTitle ? whole : `${whole} · ${siteTitle}`;
  if (cut(full, TITLE_MAX) === full) return full;
  for (const tail of [`${kept} · ${siteTitle}`, kept]) {
    const room = TITLE_MAX - widthOfText(tail);
    if (room >= 20) return `${cut(what, room - 1).trimEnd()}…${tail}`;
  }
  return `${cut(full, TITLE_MAX - 1).trimEnd()}…`;
}

/** A page description's length at most, in characters of HTML: link previews show two or three lines of it. */
export const DESCRIPTION_MAX = 300;

/** Text for a page's <meta name="description">: white space runs as one space, shortened with "…" at a word's end. */
export function pageDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (cut(flat, DESCRIPTION_MAX) === flat) return flat;
  const short = cut(flat, DESCRIPTION_MAX - 1);
  const space = short.lastIndexOf(' ');
  return `${(space > DESCRIPTION_MAX / 2 ? short.slice(0, space) : short).trimEnd()}…`;
}

/** What a meeting without a date shows for its date (MeetingRef.date). */
export const DATE_UNKNOWN = 'date unknown';
/** The year an undated meeting is listed under on its series' page. */
export const UNDATED_YEAR = 'Undated';

/**
 * A meeting's start as its pages give it, in the site's time zone: "2020-01-02 11:00 CET", its date alone
 * when its log gives no time ("date unknown 22:57" when only the clock, as the log gives it). Search results
 * and feed entries say it; the templates' whenPlain is its twin.
 */
export const whenOf = (ref: Pick<MeetingRef, 'date' | 'time' | 'zone'>): string => (ref.time ? `${ref.date} ${ref.time}${ref.zone ? ` ${ref.zone}` : ''}` : ref.date);
