// Gives every parsed line an absolute UTC time. Dates come, in this order,
// from the bot's "Meeting started … UTC" line, the file name, the log's own
// date lines, a W3C scribe's "Date: 2023-11-01" line, then front matter.
// Times that run backwards by more than an hour roll over to the next day;
// smaller steps back are kept on the same day with a diagnostic (a
// reordered bot reply, not a new day).
import type { CalendarDate, Clock, Diagnostic, ParsedLine } from './types.js';
import { diagnostic, perLineNotes } from './errors.js';
import { dateOf, monthOf, namedDate } from './lines/shared.js';

const ROLLOVER_SECONDS = 3600;
const STARTED = /^Meeting started \w{3} (\w{3}) +(\d{1,2}) (\d\d):(\d\d):(\d\d) (\d{4})/;
/** A W3C scribe's (or trackbot's) date of the meeting: "Date: 2023-11-01", "Date: 27 February 2017". */
const SCRIBE_DATE = /^date\s*:\s*(?:(\d{4})-(\d\d)-(\d\d)|(\d{1,2}) ([A-Za-z]{3,}) (\d{4}))\s*$/i;

export interface TimelineInput {
  file: string;
  /** Index i holds the parse of line `firstLine + i`, or null when unrecognized. */
  parsed: readonly (ParsedLine | null)[];
  firstLine: number;
  fileDate?: CalendarDate;
  /** Front matter's `date`: before the file name and the log's date lines, after the bot's line. */
  frontMatterDate?: CalendarDate;
  /** The date of a summary written beside the log (written-summary.ts): when nothing else dates it. */
  summaryDate?: CalendarDate;
  timezone?: string;
}

export interface Timeline {
  times: (string | null)[];
  diagnostics: Diagnostic[];
  /** Where the base date came from, for diagnostics and docs. */
  dateSource: 'bot' | 'file name' | 'log' | 'scribe' | 'front matter' | 'none';
}

/** The date of a scribe's "Date:" line, or null (an unknown month, a day the month does not have). */
export function scribeDateOf(text: string): CalendarDate | null {
  const m = SCRIBE_DATE.exec(text);
  const date = !m ? undefined : m[1] ? dateOf(m[1], m[2], m[3]) : namedDate(m[5], m[4], m[6]);
  // dateOf allows any day up to 31; a scribe's date is the meeting's, so it must be a day of its month.
  return date && date.d <= new Date(Date.UTC(date.y, date.m, 0)).getUTCDate() ? date : null;
}

/** Days since 1970-01-01 for a calendar date. */
export function dayNumber(d: CalendarDate): number {
  const ms = Date.UTC(d.y, d.m - 1, d.d);
  // Date.UTC reads years 0-99 as 1900-1999.
  return Math.floor((d.y >= 0 && d.y < 100 ? new Date(ms).setUTCFullYear(d.y) : ms) / 86400000);
}

function secondsOf(c: Clock): number {
  return c.h * 3600 + c.m * 60 + c.s;
}

export function resolveTimes(input: TimelineInput): Timeline {
  const { parsed, file, firstLine } = input;
  const diagnostics: Diagnostic[] = [];
  // Pass 1: each line's day relative to the start (or absolute once a date line is seen).
  const day = new Array<number>(parsed.length);
  const absolute = new Array<boolean>(parsed.length);
  let current = 0;
  let isAbsolute = false;
  let prev: number | null = null;
  let anchor: { index: number; day: number } | null = null;
  /** The day a scribe's "Date:" line names, less the days counted before it. */
  let scribeDay: number | null = null;
  /** Lines whose clock stepped back a little and were kept on the same day. */
  const sameDay = new Set<number>();
  for (let i = 0; i < parsed.length; i++) {
    const p = parsed[i];
    if (p?.date) {
      current = dayNumber(p.date);
      isAbsolute = true;
      prev = p.clock ? secondsOf(p.clock) : null;
    } else if (p?.clock) {
      const secs = secondsOf(p.clock);
      if (prev !== null && secs < prev) {
        if (prev - secs > ROLLOVER_SECONDS) current++;
        else sameDay.add(i);
      }
      prev = secs;
    }
    day[i] = current;
    absolute[i] = isAbsolute;
    if (!anchor && p?.kind === 'message' && !isAbsolute && p.text.startsWith('Meeting started ')) {
      const m = STARTED.exec(p.text);
      const month = m ? monthOf(m[1]) : 0;
      if (m && month) anchor = { index: i, day: dayNumber({ y: Number(m[6]), m: month, d: Number(m[2]) }) - current };
      // A reply that comes just after midnight can name the previous day's start.
      if (m && anchor && p.clock && secondsOf(p.clock) < Number(m[3]) * 3600 + Number(m[4]) * 60 + Number(m[5]) - ROLLOVER_SECONDS) {
        anchor.day += 1;
      }
    }
    if (scribeDay === null && p?.kind === 'message' && !isAbsolute && (p.text.charCodeAt(0) | 0x20) === 100 /* d, D */) {
      const date = scribeDateOf(p.text);
      if (date) scribeDay = dayNumber(date) - current;
    }
  }

  let base: number | null = null;
  let dateSource: Timeline['dateSource'] = 'none';
  // Front matter is a person saying the date, over what the file's name or lines suggest; the bot's own
  // "Meeting started" line, which the bot wrote as it happened, stays first.
  if (anchor) [base, dateSource] = [anchor.day, 'bot'];
  else if (input.frontMatterDate) [base, dateSource] = [dayNumber(input.frontMatterDate), 'front matter'];
  else if (input.fileDate) [base, dateSource] = [dayNumber(input.fileDate), 'file name'];
  else if (absolute.includes(true)) {
    const first = absolute.indexOf(true);
    // Lines before the first date line count back from it.
    [base, dateSource] = [day[first] - relativeBefore(parsed, day, absolute, first), 'log'];
  } else if (scribeDay !== null) [base, dateSource] = [scribeDay, 'scribe'];
  else if (input.summaryDate) [base, dateSource] = [dayNumber(input.summaryDate), 'front matter'];
  if (base === null) {
    base = 0;
    if (parsed.some((p) => p?.clock)) {
      diagnostics.push(
        diagnostic(file, 0, 'warning', 'no date found (no "Meeting started" line, no date in the file name, no date lines, no "Date:" line, no front matter date); times are dated 1970-01-01 (front matter `date: YYYY-MM-DD` gives the log its date)'),
      );
    }
  }

  if (input.frontMatterDate) {
    const said = dayNumber(input.frontMatterDate);
    const firstTimed = parsed.findIndex((p) => p?.clock);
    const shown = (d: number) => new Date(d * 86400000).toISOString().slice(0, 10);
    if (dateSource === 'bot' && anchor && said !== base + day[anchor.index]) {
      diagnostics.push(diagnostic(file, 0, 'warning', `front matter date ${shown(said)} is not used: the bot's "Meeting started" line dates the meeting ${shown(base + day[anchor.index])}`));
    } else if (dateSource === 'front matter' && firstTimed >= 0 && absolute[firstTimed] && said !== day[firstTimed]) {
      diagnostics.push(diagnostic(file, 0, 'warning', `front matter date ${shown(said)} is not used: the log's own date lines date its lines (from ${shown(day[firstTimed])})`));
    }
  }
  const times = new Array<string | null>(parsed.length);
  // Without a date there is no offset to take (1970-01-01's would be made up): the log's clock is kept as it reads.
  const zone = input.timezone && input.timezone !== 'UTC' && dateSource !== 'none' ? input.timezone : null;
  let cachedDay = NaN;
  let prefix = '';
  // Every step back gets a diagnostic, whatever its cause (a reordered bot reply, a date line
  // earlier than the file name's date): readers of the data may assume times only run forward.
  const backwards = perLineNotes(file, 'info', (n) => `time runs backwards on ${n} lines in all; kept in file order`);
  // The last time given, as its string and as a number that sorts the same way (NaN when the
  // clock is out of range and only the string can be compared): no string is compared or
  // built again for a line in the same second as the one above.
  let last: string | null = null;
  let lastKey = NaN;
  let outOfRange = 0;
  for (let i = 0; i < parsed.length; i++) {
    const clock = parsed[i]?.clock;
    if (!clock) {
      times[i] = null;
      continue;
    }
    const d = absolute[i] ? day[i] : base + day[i];
    let key = NaN;
    let time: string | null = null;
    if (zone) {
      key = zonedInstant(d, clock, zone);
      time = key >= FIRST_MS && key < END_MS ? (key === lastKey ? last : isoSeconds(key)) : null;
    } else if (d >= FIRST_DAY && d < END_DAY) {
      key = clockKey(d, clock);
      if (key === lastKey) time = last;
      else {
        if (d !== cachedDay) {
          cachedDay = d;
          prefix = new Date(d * 86400000).toISOString().slice(0, 11);
        }
        time = key === key ? isoTime(prefix, clock) : prefix + pad(clock.h) + ':' + pad(clock.m) + ':' + pad(clock.s) + 'Z';
      }
    }
    if (time === null) {
      // Rolled past 9999-12-31 (or before year 0): no ISO time can say it.
      if (outOfRange++ === 0) {
        diagnostics.push(diagnostic(file, firstLine + i, 'warning', 'time falls outside the years 0000-9999; lines from here that do are left without a time'));
      }
      times[i] = null;
      continue;
    }
    times[i] = time;
    if (last !== null && (key === key && lastKey === lastKey ? key < lastKey : time < last)) {
      const message = sameDay.has(i)
        ? 'time runs backwards; kept on the same day'
        : `time runs backwards (${absolute[i] ? "the log's own date for this line is earlier than the line above" : 'the line above is later'}); kept in file order`;
      backwards.note(diagnostics, firstLine + i, message);
    }
    last = time;
    lastKey = key;
  }
  backwards.summarize(diagnostics);
  return { times, diagnostics, dateSource };
}

/** The days and instants an ISO time can say: 0000-01-01 up to, not including, 10000-01-01. */
const FIRST_DAY = -719528;
const END_DAY = 2932897;
const FIRST_MS = FIRST_DAY * 86400000;
const END_MS = END_DAY * 86400000;

/**
 * A number that orders (day, clock) as their ISO strings do; NaN for a clock outside
 * 00:00:00-23:59:60, whose string ("24:00:00", "10:75:00") sorts otherwise.
 */
function clockKey(d: number, { h, m, s }: Clock): number {
  return h >>> 0 === h && h < 24 && m >>> 0 === m && m < 60 && s >>> 0 === s && s < 61 ? ((d * 24 + h) * 60 + m) * 61 + s : NaN;
}

/**
 * "YYYY-MM-DDT" and a clock in range as one flat string. Joined with `+` it would be a
 * rope, which every later reader (a comparison, JSON.stringify) copies into a flat string
 * kept beside it: more work and more memory for the lines the build holds.
 */
function isoTime(prefix: string, { h, m, s }: Clock): string {
  const c = (k: number) => prefix.charCodeAt(k);
  return String.fromCharCode(
    c(0), c(1), c(2), c(3), 45, c(5), c(6), 45, c(8), c(9), 84,
    48 + ((h / 10) | 0), 48 + (h % 10), 58, 48 + ((m / 10) | 0), 48 + (m % 10), 58, 48 + ((s / 10) | 0), 48 + (s % 10), 90,
  );
}

function relativeBefore(parsed: readonly (ParsedLine | null)[], day: number[], absolute: boolean[], first: number): number {
  // Relative day count reached just before the first absolute line.
  if (first === 0 || absolute[first - 1]) return 0;
  // A date line names the day from there on ("--- Day changed Thu Aug 15"): a clock before it later than the
  // first one after it (23:58, then 00:01) was on the day before.
  let before: Clock | null = null;
  let after: Clock | null = null;
  for (let j = first - 1; j >= 0 && before === null; j--) before = parsed[j]?.clock ?? null;
  for (let k = first; k < parsed.length && after === null; k++) after = parsed[k]?.clock ?? null;
  return day[first - 1] + (before !== null && after !== null && secondsOf(before) > secondsOf(after) ? 1 : 0);
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** Wall-clock time in an IANA zone → ISO UTC. */
export function zonedToUtc(dayNum: number, clock: Clock, timeZone: string): string {
  return isoSeconds(zonedInstant(dayNum, clock, timeZone));
}

/** Wall-clock time in an IANA zone → milliseconds since 1970 UTC (whole seconds: offsets are). */
function zonedInstant(dayNum: number, clock: Clock, timeZone: string): number {
  const asUtc = dayNum * 86400000 + secondsOf(clock) * 1000;
  // The zone's offset at that instant, applied twice to settle across DST changes.
  const guess = asUtc - offsetMs(asUtc, timeZone);
  return asUtc - offsetMs(guess, timeZone);
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetMs(instant: number, timeZone: string): number {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, fmt);
  }
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(new Date(instant))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** A date in a file name: 2016-11-07, or 20160604 as ZNC writes it. */
export function dateFromFileName(name: string): CalendarDate | undefined {
  const m = /(?:^|[^\d])((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?!\d)/.exec(name);
  if (!m) return undefined;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return date.m >= 1 && date.m <= 12 && date.d >= 1 && date.d <= 31 ? date : undefined;
}
