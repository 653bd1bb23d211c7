// Diagnostics: positioned problems, printed as "file:line: level: message".
import type { Diagnostic, Level } from './types.js';

export function diagnostic(file: string, line: number, level: Level, message: string): Diagnostic {
  return { file, line, level, message };
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
