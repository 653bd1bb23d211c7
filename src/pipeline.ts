// The pure pipeline for one file: bytes → lines → parsed lines → timed log
// lines → meetings. No file system here: build.ts and the CLI read files.
import type { CalendarDate, Clock, Diagnostic, LogContext, LogLine, Meeting, ParsedLine } from './types.js';
import { decode } from './decode.js';
import { diagnostic } from './errors.js';
import { readFrontMatter, validTimeZone, type FrontMatterResult } from './frontmatter.js';
import { detect, type Detection } from './lines/registry.js';
import { namesNoOne } from './lines/shared.js';
import { pageLines } from './lines/pages.js';
import { notALog } from './lines/not-logs.js';
import { readExport } from './exports/registry.js';
import { dateFromFileName, dayNumber, resolveTimes } from './timeline.js';
import { interpret } from './meeting/interpret.js';
import { outsideLine } from './meeting/finish.js';
import { attributeRelays } from './relays.js';
import type { Fork } from './meeting/state.js';
import { COMMAND_WORDS } from './meeting/commands/index.js';

export interface ParseOptions {
  /** Path relative to the logs folder (default: the file name); gives the default series. */
  relPath?: string;
  /** Time zone the log's clock times are in when front matter does not say (default UTC). */
  timezone?: string;
  /** What other files say about the log (read-logs.ts): a Slack export's users.json, a summary written beside it. */
  logContext?: LogContext;
}

export interface ParseResult {
  file: string;
  format: string | null;
  meetings: Meeting[];
  /** Every diagnostic for the file, including those stored on its meetings. */
  diagnostics: Diagnostic[];
  /** Lines the front matter took at the top of the file; they are not log lines. */
  frontMatterLines: number;
}

/** Unrecognized lines reported one by one before a single summary. */
const UNRECOGNIZED_SHOWN = 5;
/**
 * A MeetBot command in a line the log's format does not read ("[10:02:20] <bob> #action …" in an irssi log):
 * kept as text, its command is not obeyed, so the line is a warning, not an info that `check` hides.
 */
const COMMAND_IN_TEXT = new RegExp(`(?:^|[\\s>:])#(startmeeting|${COMMAND_WORDS.join('|')})(?![\\w-])`, 'i');
/** Lines of a log with a command kept as text that get a warning of their own; the rest are counted in one. */
const COMMANDS_SHOWN = 20;
/** Diagnostics listed per meeting; a crafted log can earn one on every line (a non-chair's #topic…). */
const DIAGNOSTICS_LISTED = 200;

export function parseLog(bytes: Uint8Array, file: string, options: ParseOptions = {}): ParseResult {
  const read = logLines(bytes, file, options);
  const { front, fileDiagnostics } = read;
  const result = (format: string | null, meetings: Meeting[]): ParseResult => ({
    file,
    format,
    meetings,
    // File-level diagnostics are stored on the meetings when there are any (placeFileDiagnostics).
    diagnostics: meetings.length ? meetings.flatMap((m) => m.diagnostics) : fileDiagnostics,
    frontMatterLines: front.lineCount,
  });
  if (read.format === null) return result(null, []);
  const { format, lines, relPath } = read;
  const day = front.meta.date ?? read.fileDate;
  const fallbackStart = day ? new Date(dayNumber(day) * 86400000).toISOString().replace('.000Z', 'Z') : '1970-01-01T00:00:00Z';
  const meetings = interpret({ file, relPath, format, fallbackStart, undated: !read.dated, meta: front.meta, lines, ...(read.fork ? { fork: read.fork } : {}), ...(options.logContext?.aliases ? { settingsAliases: options.logContext.aliases } : {}) });
  placeFileDiagnostics(meetings, fileDiagnostics);
  for (const m of meetings) boundDiagnostics(m, file);
  return result(format, meetings);
}

/** Where a meeting's lines lie in its file: line numbers, inclusive (`inside`: [0, -1] when no line is). */
export interface LineSpan {
  first: number;
  last: number;
  /** The lines from its #startmeeting to its #endmeeting (or its last line); the rest are marked `outside`. */
  inside: [number, number];
}

/** A parsed meeting's span (its lines must be there). */
export function spanOf(m: Meeting): LineSpan {
  let from = 0;
  let to = -1;
  for (const l of m.lines) {
    if (l.outside) continue;
    if (to < 0) from = l.line;
    to = l.line;
  }
  return { first: m.source.firstLine, last: m.source.lastLine, inside: [from, to] };
}

/**
 * The lines of meetings of the file, as parseLog gives them, from where they
 * lie (spanOf of each, parsed from the same bytes): the lines without the
 * meetings interpreted again, which is most of parsing (line-store.ts reads
 * lines back this way, thousands of logs in a build).
 */
export function meetingLines(bytes: Uint8Array, file: string, options: ParseOptions, spans: LineSpan[]): LogLine[][] {
  const read = logLines(bytes, file, options);
  const all = read.format === null ? [] : read.lines;
  const firstLine = read.front.lineCount + 1;
  return spans.map(({ first, last, inside: [from, to] }) => {
    const lines = new Array<LogLine>(Math.max(0, last - first + 1));
    for (let n = first; n <= last; n++) {
      const l = all[n - firstLine];
      if (l === undefined) throw new Error(`${file}: line ${n} is not in the log; it changed since it was parsed`);
      lines[n - first] = n < from || n > to ? outsideLine(l) : l;
    }
    return lines;
  });
}

type ReadLines =
  | { format: null; front: FrontMatterResult; fileDiagnostics: Diagnostic[] }
  | {
      format: string;
      front: FrontMatterResult;
      fileDiagnostics: Diagnostic[];
      lines: LogLine[];
      relPath: string;
      fileDate: CalendarDate | undefined;
      dated: boolean;
      /** The MeetBot a page says wrote it (lines/pages.ts Page.fork). */
      fork?: Fork;
    };

/** bytes → timed log lines: everything parseLog does before it finds the meetings; format null when the file holds no log. */
function logLines(bytes: Uint8Array, file: string, options: ParseOptions): ReadLines {
  const decoded = decode(bytes, file);
  // Concatenated, never push(...list): a list with a diagnostic per line of a big file overflows the call stack.
  let fileDiagnostics: Diagnostic[] = decoded.diagnostics;
  const front = readFrontMatter(decoded.lines, file);
  fileDiagnostics = fileDiagnostics.concat(front.diagnostics);
  // A summary written beside the log (written-summary.ts) gives the title and date its front matter does not.
  const summary = options.logContext?.summary;
  const summaryDate = front.meta.date ? undefined : summary?.date;
  if (summary) front.meta = { ...front.meta, title: front.meta.title ?? summary.title, date: front.meta.date ?? summary.date };
  const firstLine = front.lineCount + 1;
  let body = front.lineCount ? decoded.lines.slice(front.lineCount) : decoded.lines;
  const none = (): ReadLines => ({ format: null, front, fileDiagnostics });

  if (body.every((l) => l.trim() === '')) {
    fileDiagnostics.push(diagnostic(file, 0, 'warning', 'empty log: no lines to read'));
    return none();
  }
  const notLog = notALog(body);
  if (notLog) {
    fileDiagnostics.push(diagnostic(file, 0, 'warning', notLog.says(file, body)));
    return none();
  }
  const html = htmlPageLine(body);
  let fork: Fork | undefined;
  if (html >= 0) {
    // A chat log written as a page (MeetBot's log page, Pidgin's HTML log: lines/pages.ts) is its plain lines with markup;
    // MeetBot's are numbered as its #l-N are.
    const page = pageLines(body);
    if (!page) {
      fileDiagnostics.push(
        diagnostic(file, firstLine + html, 'error', 'an HTML page, not a chat log: give the plain-text log (MeetBot\'s .log.txt) instead; skipped'),
      );
      return none();
    }
    body = page.lines;
    fork = page.fork;
    // What decoding said of the page's lines (a NUL byte, a long line) is said of the log's line made from it; of the page's
    // head, of the file.
    if (fileDiagnostics.length) {
      const madeFrom = logLineOf(page.at);
      fileDiagnostics = fileDiagnostics.map((d) => {
        if (d.line < firstLine) return d;
        const k = madeFrom.get(d.line - firstLine);
        return { ...d, line: k === undefined ? 0 : firstLine + k };
      });
    }
  }
  // A chat service's JSON export (src/exports/) is one document, its lines numbered in its order; any other file is read line by line.
  // An export's lines all parse (none is kept as text from `body`), and there is one per line of its messages.
  const exported = readExport(body, options.logContext);
  let format: { name: string; utc?: true };
  let parsed: (ParsedLine | null)[];
  if (exported) {
    format = { name: exported.format.name, utc: true };
    parsed = exported.lines;
  } else {
    const detection = detect(body);
    if (!detection) {
      // No line of it is read, so how its bytes were decoded says nothing: a binary file's half-dozen "not valid
      // UTF-8" warnings buried the one thing to do. "NUL bytes" (it may be binary) and a long line stay: they say why.
      // The file's diagnostics start with decode's, in order (front matter's are after them; a page's are remapped
      // one for one).
      fileDiagnostics = fileDiagnostics.slice(decoded.howRead);
      fileDiagnostics.push(
        diagnostic(file, 0, 'error', 'not a recognized chat log: no line matches a known format (see `minutebook --help` for the formats); skipped (list it under `ignore` in the settings if it is not a log)'),
      );
      return none();
    }
    format = detection.format;
    parsed = parseLines(detection, body, firstLine, file, fileDiagnostics);
  }
  const relPath = options.relPath ?? file.split(/[\\/]/).pop() ?? file;
  const fileDate = dateFromFileName(relPath.split(/[\\/]/).pop() ?? relPath);
  const timeline = resolveTimes({
    file,
    parsed,
    firstLine,
    fileDate,
    // A summary's date dates a log with none of its own; front matter's comes before the file's name and lines.
    frontMatterDate: summaryDate ? undefined : front.meta.date,
    summaryDate,
    timezone: format.utc ? undefined : (front.meta.timezone ?? optionZone(options.timezone, file, fileDiagnostics)),
  });
  fileDiagnostics = fileDiagnostics.concat(timeline.diagnostics);
  if (summaryDate && timeline.dateSource === 'front matter') {
    const day = `${summaryDate.y}-${String(summaryDate.m).padStart(2, '0')}-${String(summaryDate.d).padStart(2, '0')}`;
    fileDiagnostics.push(diagnostic(file, 0, 'info', `the log gives no date; dated ${day} by the title of the summary beside it (${summary!.file})`));
  }
  if (summary?.utc) {
    const hint = clockHint(summary.utc, timeline.times.find((t) => t !== null) ?? null, summary.file);
    if (hint) fileDiagnostics.push(diagnostic(file, 0, 'info', hint));
  }

  const lines: LogLine[] = new Array(parsed.length);
  const times = timeline.times;
  const nickOf = nickInterner();
  for (let i = 0; i < parsed.length; i++) {
    const p = parsed[i];
    if (p === null) {
      lines[i] = { line: firstLine + i, time: null, nick: null, kind: 'other', text: body[i] };
      continue;
    }
    const nick = p.nick === null ? null : nickOf(p.nick);
    lines[i] =
      p.newNick !== undefined
        ? { line: firstLine + i, time: times[i], nick, kind: p.kind, text: p.text, newNick: p.newNick }
        : p.continues
          ? { line: firstLine + i, time: times[i], nick, kind: p.kind, text: p.text, continues: true }
          : { line: firstLine + i, time: times[i], nick, kind: p.kind, text: p.text };
  }
  // What a relay bot posted for people elsewhere is theirs (relays.ts).
  const relayed = attributeRelays(lines, file, options.logContext?.relays);
  fileDiagnostics = fileDiagnostics.concat(relayed.diagnostics);
  return { format: format.name, front, fileDiagnostics, lines: relayed.lines, relPath, fileDate, dated: timeline.dateSource !== 'none', ...(fork ? { fork } : {}) };
}

/** A log's first time this far from the UTC time its summary gives is likely on another clock than UTC. */
const CLOCK_HINT_MINUTES = 45;

/**
 * When the summary beside a log says the meeting was at 20:00 UTC and the log's first line reads 16:00:08,
 * the log's clock was likely local time: a hint naming the fixed offset that would make them agree (front
 * matter `timezone`). Only a hint: a meeting can start late, and a log can open early.
 */
function clockHint(utc: Clock, first: string | null, summaryFile: string): string | null {
  if (first === null) return null;
  const at = Number(first.slice(11, 13)) * 60 + Number(first.slice(14, 16));
  const said = utc.h * 60 + utc.m;
  const diff = ((at - said + 720 + 1440) % 1440) - 720;
  if (Math.abs(diff) < CLOCK_HINT_MINUTES) return null;
  const hours = Math.round(diff / 60);
  const hhmm = (n: number) => `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
  // IANA's Etc zones count the other way: a clock 4 hours behind UTC is Etc/GMT+4.
  const zone = hours === 0 ? '' : ` (\`timezone: Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}\` if its clock was ${Math.abs(hours)} h ${hours > 0 ? 'ahead of' : 'behind'} UTC, or the zone it was in)`;
  return `the summary beside the log (${summaryFile}) says ${hhmm(said)} UTC, and the log's first line reads ${hhmm(at)}: if the log's times are local, give it front matter${zone}`;
}

/**
 * One string per nick for the file, not a copy on every line: less memory for the lines
 * the build holds, and the interpreter's lookups find the nick's hash already computed.
 * A few slots keep the nicks seen last: comparing with one is cheaper than hashing a new
 * string, and a meeting's few dozen nicks nearly always find theirs.
 */
function nickInterner(): (nick: string) => string {
  const all = new Map<string, string>();
  const recent = new Array<string>(64).fill('');
  return (nick) => {
    const slot = (nick.length * 7 + nick.charCodeAt(0)) & 63;
    if (recent[slot] === nick) return recent[slot];
    let same = all.get(nick);
    if (same === undefined) all.set(nick, (same = nick));
    recent[slot] = same;
    return same;
  };
}

function parseLines(
  { format, sample, parsed: sampled }: Detection,
  body: string[],
  firstLine: number,
  file: string,
  diagnostics: Diagnostic[],
): (ParsedLine | null)[] {
  const parsed = new Array<ParsedLine | null>(body.length);
  let unrecognized = 0;
  let commands = 0;
  let k = 0; // next sampled line, already parsed by detection
  for (let i = 0; i < body.length; i++) {
    let p: ParsedLine | null;
    if (sample[k] === i) p = sampled[k++];
    else p = body[i] === '' ? null : format.parse(body[i]);
    // A line that names no one ("00:00:00 <> #undo": no client writes it) is no one's: kept as text, so it is
    // neither counted for a person nor obeyed as a command, and no person without a name gets a page.
    const nameless = p !== null && p.nick !== null && namesNoOne(p.nick);
    if (nameless) p = null;
    parsed[i] = p;
    if (!p && body[i].trim() !== '') {
      const command = nameless ? null : COMMAND_IN_TEXT.exec(body[i]);
      if (command) {
        if (++commands <= COMMANDS_SHOWN) {
          const message = `a command (#${command[1].toLowerCase()}) in a line not recognized as ${format.name}: kept as text, the command not obeyed (a line from another client's log?)`;
          diagnostics.push(diagnostic(file, firstLine + i, 'warning', message));
        }
        continue;
      }
      if (++unrecognized <= UNRECOGNIZED_SHOWN) {
        const why = nameless ? 'names no one (an empty or invisible nick)' : `not recognized as ${format.name}`;
        diagnostics.push(diagnostic(file, firstLine + i, 'info', `line ${why}; kept as text`));
      }
    }
  }
  if (commands > COMMANDS_SHOWN) {
    diagnostics.push(diagnostic(file, 0, 'warning', `${commands} lines in all not recognized as ${format.name} hold a command; kept as text, their commands not obeyed`));
  }
  if (unrecognized > UNRECOGNIZED_SHOWN) {
    diagnostics.push(
      diagnostic(file, 0, 'info', `${unrecognized} lines in all not recognized as ${format.name}; kept as text`),
    );
  }
  return parsed;
}

/** A page's line (its index in the body) → the index of the first line of the log made from it; a line of the page's head or foot has none. */
function logLineOf(at: readonly number[]): Map<number, number> {
  const made = new Map<number, number>();
  at.forEach((index, k) => {
    if (!made.has(index)) made.set(index, k);
  });
  return made;
}

/** The caller's default time zone, when it is one: an unknown name would make every time throw. */
function optionZone(zone: string | undefined, file: string, diagnostics: Diagnostic[]): string | undefined {
  if (!zone || validTimeZone(zone)) return zone || undefined;
  diagnostics.push(diagnostic(file, 0, 'error', `unknown time zone "${zone}" given for the logs: use an IANA name such as Europe/Berlin; times read as UTC`));
  return undefined;
}

/** Keeps a meeting's diagnostics to a readable number; the rest are counted, at their worst level. */
function boundDiagnostics(m: Meeting, file: string): void {
  if (m.diagnostics.length <= DIAGNOSTICS_LISTED) return;
  const rest = m.diagnostics.slice(DIAGNOSTICS_LISTED);
  const level = rest.some((d) => d.level === 'error') ? 'error' : rest.some((d) => d.level === 'warning') ? 'warning' : 'info';
  m.diagnostics = m.diagnostics.slice(0, DIAGNOSTICS_LISTED);
  m.diagnostics.push(diagnostic(file, m.source.firstLine, level, `${rest.length} more diagnostics for this meeting not listed`));
}

/** File-level problems are also stored on the meeting whose lines they concern. */
function placeFileDiagnostics(meetings: Meeting[], diagnostics: Diagnostic[]): void {
  if (meetings.length === 0) return;
  const stored: Diagnostic[][] = meetings.map(() => []);
  for (const d of diagnostics) stored[meetingHolding(meetings, d.line)].push(d);
  meetings.forEach((m, k) => {
    if (stored[k].length) m.diagnostics = stored[k].concat(m.diagnostics);
  });
}

/**
 * Index of the meeting whose lines hold `line`, 0 when none does (line 0, front matter).
 * Meetings cover the file in order, so a binary search: a file of many tiny meetings made
 * a linear search per diagnostic quadratic.
 */
function meetingHolding(meetings: Meeting[], line: number): number {
  let lo = 0;
  let hi = meetings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const { firstLine, lastLine } = meetings[mid].source;
    if (line < firstLine) hi = mid - 1;
    else if (line > lastLine) lo = mid + 1;
    else return mid;
  }
  return 0;
}

/** A saved web page: its first non-blank line opens an HTML document. Index of that line, or -1. */
function htmlPageLine(body: string[]): number {
  const first = body.findIndex((l) => l.trim() !== '');
  return first >= 0 && /^\s*<(?:!doctype\s+html|html[\s>]|\?xml\b)/i.test(body[first]) ? first : -1;
}
