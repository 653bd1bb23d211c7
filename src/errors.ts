// Diagnostics: positioned problems, printed as "file:line: level: message".
import type { Diagnostic, Level } from './types.js';

export function diagnostic(file: string, line: number, level: Level, message: string): Diagnostic {
  return { file, line, level, message };
}

/**
 * A per-line problem that can touch every line of a file (a Latin-1 log, clocks that
 * keep stepping back): the first few are reported on their lines, the rest counted in
 * one whole-file summary, so a big file never gives a diagnostic per line.
 */
export function perLineNotes(file: string, level: Level, summary: (count: number) => string, shown = 5) {
  let count = 0;
  return {
    note(into: Diagnostic[], line: number, message: string): void {
      if (++count <= shown) into.push(diagnostic(file, line, level, message));
    },
    summarize(into: Diagnostic[]): void {
      if (count > shown) into.push(diagnostic(file, 0, level, summary(count)));
    },
  };
}

/** Text quoted in a message: whole, or its first `most - 1` characters (whole code points, no half of an emoji) and "…". */
export function clipped(text: string, most: number): string {
  if (text.length <= most) return text;
  const chars = Array.from(text);
  return chars.length <= most ? text : `${chars.slice(0, most - 1).join('')}…`;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.level}: ${d.message}`;
}

/** GitHub Actions' command for each level: its annotations are error, warning and notice. */
const GITHUB_COMMAND: Record<Diagnostic['level'], string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * The diagnostic as a GitHub Actions workflow command ("::warning file=…,line=…::message"),
 * which the run's summary and the pull request's files show at the line. Escaped as the
 * runner unescapes: % and line breaks everywhere, and : and , in the properties too.
 */
export function githubAnnotation(d: Diagnostic): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const where = d.line > 0 ? `file=${property(d.file)},line=${d.line}` : `file=${property(d.file)}`;
  return `::${GITHUB_COMMAND[d.level]} ${where}::${data(d.message)}`;
}

/** An error the user can act on: the message says what to do; `cause` keeps the original. */
export class MinutebookError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MinutebookError';
  }
}
