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

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.level}: ${d.message}`;
}

/** An error the user can act on: the message says what to do; `cause` keeps the original. */
export class MinutebookError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MinutebookError';
  }
}
