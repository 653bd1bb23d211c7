// A summary people wrote beside a log, in reStructuredText: NAME.rst beside
// NAME.log, as I2P keeps its meetings (i2p.www's meetings/logs/NNN.log and
// NNN.rst, "I2P dev meeting, August 31, 2004" over a recap). Most of those
// logs carry no date at all; the summary's title does. Its title and date
// stand in for the log's front matter (pipeline.ts): the log's own front
// matter, and any date the log gives itself, win. Pure: read-logs.ts reads
// the file.
import type { CalendarDate, Clock, WrittenSummary } from './types.js';
import { dateOf, namedDate } from './lines/shared.js';

/** The log a summary can stand beside, by its name: NAME.log (not MeetBot's NAME.log.txt, whose NAME.rst is MeetBot's minutes). */
const LOG = /\.log$/;
export const SUMMARY_EXTENSION = '.rst';

/** The summary a log would have beside it (its relative path), or null when the log's name takes none. */
export function summaryPathOf(logRel: string): string | null {
  return LOG.test(logRel) ? logRel.replace(LOG, SUMMARY_EXTENSION) : null;
}

/** Summaries among the files: each NAME.rst beside a NAME.log. They are not logs. */
export function summariesAmong(files: readonly string[]): Set<string> {
  const all = new Set(files);
  const found = new Set<string>();
  for (const f of files) {
    const s = summaryPathOf(f);
    if (s !== null && all.has(s)) found.add(s);
  }
  return found;
}

/** A reStructuredText section adornment: one punctuation character, repeated. */
const ADORNMENT = /^([!-/:-@[-`{-~])\1+\s*$/;
/** Past this, the first line is no title. */
const TITLE_MAX = 200;

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const MONTH_FIRST = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d\d)-(\d\d)\b/;

/** The date a title names ("August 31, 2004", "31 August 2004", "2004-08-31"), if it is a day of its month. */
export function dateInTitle(title: string): CalendarDate | undefined {
  let m: RegExpExecArray | null;
  let date: CalendarDate | undefined;
  if ((m = MONTH_FIRST.exec(title))) date = namedDate(m[1], m[2], m[3]);
  else if ((m = DAY_FIRST.exec(title))) date = namedDate(m[2], m[1], m[3]);
  else if ((m = ISO.exec(title))) date = dateOf(m[1], m[2], m[3]);
  return date && date.d <= new Date(Date.UTC(date.y, date.m, 0)).getUTCDate() ? date : undefined;
}

/** "@ 20:00 UTC", "at 20:00 GMT": a time the title gives in UTC. */
const UTC_TIME = /(?:@|\bat)\s*(\d{1,2}):(\d\d)\s*(?:UTC|GMT)\b/i;

/** The time in UTC a title gives, if any. */
export function utcTimeInTitle(title: string): Clock | undefined {
  const m = UTC_TIME.exec(title);
  const [h, min] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
  return h <= 23 && min <= 59 ? { h, m: min, s: 0 } : undefined;
}

/** The summary's title (its first line of text, not an adornment), the date in it, and the time in UTC if it says one. */
export function readWrittenSummary(text: string, file: string): WrittenSummary {
  const first = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .find((l) => l.trim() !== '' && !ADORNMENT.test(l));
  const title = first?.trim();
  if (!title || title.length > TITLE_MAX) return { file };
  const date = dateInTitle(title);
  const utc = utcTimeInTitle(title);
  return { file, title, ...(date ? { date } : {}), ...(utc ? { utc } : {}) };
}
