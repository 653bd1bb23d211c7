// The pure pipeline for one file: bytes → lines → parsed lines → timed log
// lines → meetings. No file system here: build.ts and the CLI read files.
import type { Diagnostic, LogLine, Meeting, ParsedLine } from './types.js';
import { decode } from './decode.js';
import { diagnostic } from './errors.js';
import { readFrontMatter } from './frontmatter.js';
import { detect, type Detection } from './lines/registry.js';
import { dateFromFileName, dayNumber, resolveTimes } from './timeline.js';
import { interpret } from './meeting/interpret.js';

export interface ParseOptions {
  /** Path relative to the logs folder (default: the file name); gives the default series. */
  relPath?: string;
  /** Time zone the log's clock times are in when front matter does not say (default UTC). */
  timezone?: string;
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

export function parseLog(bytes: Uint8Array, file: string, options: ParseOptions = {}): ParseResult {
  const decoded = decode(bytes, file);
  const fileDiagnostics: Diagnostic[] = [...decoded.diagnostics];
  const front = readFrontMatter(decoded.lines, file);
  fileDiagnostics.push(...front.diagnostics);
  const firstLine = front.lineCount + 1;
  const body = decoded.lines.slice(front.lineCount);
  const result = (format: string | null, meetings: Meeting[]): ParseResult => ({
    file,
    format,
    meetings,
    // File-level diagnostics are stored on the meetings when there are any (placeFileDiagnostics).
    diagnostics: meetings.length ? meetings.flatMap((m) => m.diagnostics) : fileDiagnostics,
    frontMatterLines: front.lineCount,
  });

  if (body.every((l) => l.trim() === '')) {
    fileDiagnostics.push(diagnostic(file, 0, 'warning', 'empty log: no lines to read'));
    return result(null, []);
  }
  const detection = detect(body);
  if (!detection) {
    fileDiagnostics.push(
      diagnostic(file, 0, 'error', 'not a recognized chat log: no line matches a known format (see `minutebook --help` for the formats); skipped'),
    );
    return result(null, []);
  }

  const format = detection.format;
  const parsed = parseLines(detection, body, firstLine, file, fileDiagnostics);
  const relPath = options.relPath ?? file.split(/[\\/]/).pop() ?? file;
  const fileDate = dateFromFileName(relPath.split(/[\\/]/).pop() ?? relPath);
  const timeline = resolveTimes({
    file,
    parsed,
    firstLine,
    fileDate,
    frontMatterDate: front.meta.date,
    timezone: front.meta.timezone ?? options.timezone,
  });
  fileDiagnostics.push(...timeline.diagnostics);

  const lines: LogLine[] = new Array(body.length);
  for (let i = 0; i < body.length; i++) {
    const p = parsed[i];
    lines[i] = p
      ? p.newNick !== undefined
        ? { line: firstLine + i, time: timeline.times[i], nick: p.nick, kind: p.kind, text: p.text, newNick: p.newNick }
        : { line: firstLine + i, time: timeline.times[i], nick: p.nick, kind: p.kind, text: p.text }
      : { line: firstLine + i, time: null, nick: null, kind: 'other', text: body[i] };
  }
  const day = front.meta.date ?? fileDate;
  const fallbackStart = day ? new Date(dayNumber(day) * 86400000).toISOString().replace('.000Z', 'Z') : '1970-01-01T00:00:00Z';
  const meetings = interpret({ file, relPath, format: format.name, fallbackStart, meta: front.meta, lines });
  placeFileDiagnostics(meetings, fileDiagnostics);
  return result(format.name, meetings);
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
  let k = 0; // next sampled line, already parsed by detection
  for (let i = 0; i < body.length; i++) {
    let p: ParsedLine | null;
    if (sample[k] === i) p = sampled[k++];
    else p = body[i] === '' ? null : format.parse(body[i]);
    parsed[i] = p;
    if (!p && body[i].trim() !== '') {
      if (++unrecognized <= UNRECOGNIZED_SHOWN) {
        diagnostics.push(diagnostic(file, firstLine + i, 'info', `line not recognized as ${format.name}; kept as text`));
      }
    }
  }
  if (unrecognized > UNRECOGNIZED_SHOWN) {
    diagnostics.push(
      diagnostic(file, 0, 'info', `${unrecognized} lines in all not recognized as ${format.name}; kept as text`),
    );
  }
  return parsed;
}

/** File-level problems are also stored on the meeting whose lines they concern. */
function placeFileDiagnostics(meetings: Meeting[], diagnostics: Diagnostic[]): void {
  if (meetings.length === 0) return;
  const stored: Diagnostic[][] = meetings.map(() => []);
  for (const d of diagnostics) {
    let k = meetings.findIndex((m) => d.line >= m.source.firstLine && d.line <= m.source.lastLine);
    if (k < 0) k = 0;
    stored[k].push(d);
  }
  meetings.forEach((m, k) => m.diagnostics.unshift(...stored[k]));
}
