// Properties every parse must have, whatever the input: used over the
// fixtures, the whole corpus and the generated logs of test/fuzz/.
import { decode } from '../../src/decode.js';
import { EXPORTS, readExport } from '../../src/exports/registry.js';
import { pageLines } from '../../src/lines/pages.js';
import { RESERVED_SERIES } from '../../src/meeting/naming.js';
import type { ParseResult } from '../../src/pipeline.js';
import type { Diagnostic } from '../../src/types.js';

const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const SERIES = /^[a-z0-9][a-z0-9._-]*$/;
/** SERIES/YYYY/SERIES.YYYY-MM-DD-HH.MM, with -2, -3… when ids collide. */
export const MEETING_ID = /^[a-z0-9][a-z0-9._-]*\/(\d{4}\/[a-z0-9][a-z0-9._-]*\.\d{4}-\d\d-\d\d-\d\d\.\d\d|undated\/[a-z0-9][a-z0-9._-]*\.\d\d\.\d\d)(-\d+)?$/;
/** The first line of an HTML page (pipeline.ts htmlPageLine). */
const HTML_PAGE = /^\s*<(?:!doctype\s+html|html[\s>]|\?xml\b)/i;
const LEVELS = new Set(['error', 'warning', 'info']);
const MAX_PROBLEMS = 20;

/** Problems found, as readable strings; empty when the parse is sound. */
export function invariantProblems(bytes: Uint8Array, result: ParseResult): string[] {
  const problems: string[] = [];
  const problem = (p: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const decoded = decode(bytes, result.file).lines;
  // A chat export's lines are its messages' lines, numbered in order (src/exports/), not the JSON's lines.
  // A log written as a page: the lines of its log (src/lines/pages.ts), after any front matter.
  const body = decoded.slice(result.frontMatterLines);
  const page = HTML_PAGE.test(body.find((l) => l.trim() !== '') ?? '') ? pageLines(body)?.lines : null;
  const total = EXPORTS.some((f) => f.name === result.format) ? (readExport(decoded)?.lines.length ?? 0) : page ? result.frontMatterLines + page.length : decoded.length;
  const seen = result.meetings.flatMap((m) => m.lines.map((l) => l.line));
  // Skipped with an error, or with a warning that says so (src/lines/not-logs.ts: minutes, a link checked out as a file).
  const skipped =
    result.meetings.length === 0 && result.diagnostics.some((d) => d.level === 'error' || d.message.startsWith('empty log') || (d.level === 'warning' && /\bskipped\b/.test(d.message)));
  if (!skipped) {
    const expected = total - result.frontMatterLines;
    if (seen.length !== expected) problem(`${seen.length} output lines for ${expected} input lines`);
    seen.forEach((n, i) => {
      if (n !== result.frontMatterLines + 1 + i && problems.length < 5) problem(`output line ${i} is input line ${n}`);
    });
  }
  const allDiagnostics = [...result.diagnostics, ...result.meetings.flatMap((m) => m.diagnostics)];
  for (const d of allDiagnostics) for (const p of diagnosticProblems(d, result.file, total)) problem(p);
  const diagnosedLines = new Set(allDiagnostics.map((d) => d.line));
  // Past the first few, steps back in time are counted in one whole-file diagnostic.
  const backwardsSummed = allDiagnostics.some((d) => d.line === 0 && /time runs backwards/.test(d.message));

  for (const m of result.meetings) {
    if (!MEETING_ID.test(m.id)) problem(`meeting id ${JSON.stringify(m.id)} is not SERIES/YYYY/SERIES.YYYY-MM-DD-HH.MM (SERIES/undated/SERIES.HH.MM without a date)`);
    if ((m.id.split('/')[1] === 'undated') !== (m.undated === true)) problem(`meeting id ${m.id} and undated ${m.undated ?? false} disagree`);
    if (!SERIES.test(m.series) || RESERVED_SERIES.has(m.series)) problem(`series ${JSON.stringify(m.series)} is not a safe path segment`);
    if (!m.id.startsWith(`${m.series}/`)) problem(`meeting id ${m.id} does not start with its series ${m.series}`);
    const byLine = new Map(m.lines.map((l) => [l.line, l]));
    for (const item of m.items) {
      const line = byLine.get(item.line);
      if (!line) problem(`${m.id}: item on line ${item.line} is not one of the meeting's lines`);
      else if (line.outside) problem(`${m.id}: item on line ${item.line} comes from a line outside the meeting`);
      if (item.url !== undefined && (item.kind !== 'link' || !linkable(item.url))) problem(`${m.id}: item on line ${item.line} has an unsafe url ${JSON.stringify(item.url)}`);
      if (item.topic !== null && !m.topics[item.topic]) problem(`${m.id}: item on line ${item.line} points at a missing topic`);
      else if (item.topic !== null && m.topics[item.topic].line > item.line) {
        problem(`${m.id}: item on line ${item.line} stands under a topic that comes after it`);
      }
    }
    for (const t of m.topics) if (!byLine.has(t.line)) problem(`${m.id}: topic on line ${t.line} is not one of the meeting's lines`);
    if (!(m.start <= m.end)) problem(`${m.id}: start ${m.start} is after end ${m.end}`);
    if (!ISO_UTC.test(m.start)) problem(`${m.id}: start ${m.start} is not ISO UTC`);
    if (!ISO_UTC.test(m.end)) problem(`${m.id}: end ${m.end} is not ISO UTC`);
    // Times run forward within a meeting, or a diagnostic on the line says why they do not.
    let previous: string | null = null;
    for (const l of m.lines) {
      if (l.time === null) continue;
      if (!ISO_UTC.test(l.time)) problem(`${m.id}: line ${l.line} has time ${l.time}, not ISO UTC`);
      if (previous !== null && l.time < previous && !diagnosedLines.has(l.line) && !backwardsSummed) {
        problem(`${m.id}: line ${l.line} goes back in time (${previous} → ${l.time}) and no diagnostic says why`);
      }
      previous = l.time;
    }
  }
  return problems;
}

/** A link's url: a MeetBot scheme, or no scheme at all and nothing that could spell one (":" or an "&" entity). */
export function linkable(url: string): boolean {
  const read = url.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+/, '');
  return /^(https?|irc|ftp|mailto|ssh):/i.test(read) || (read !== '' && !/[:&]/.test(read));
}

function diagnosticProblems(d: Diagnostic, file: string, totalLines: number): string[] {
  const out: string[] = [];
  const where = JSON.stringify(d);
  if (d.file !== file) out.push(`diagnostic for another file: ${where}`);
  if (!Number.isInteger(d.line) || d.line < 0 || d.line > totalLines) out.push(`diagnostic line outside the file (0..${totalLines}): ${where}`);
  if (!LEVELS.has(d.level)) out.push(`diagnostic level unknown: ${where}`);
  if (typeof d.message !== 'string' || d.message.trim() === '') out.push(`diagnostic without a message: ${where}`);
  return out;
}
