// `minutebook check`: lints a logs folder for the CI of a log repository.
// Everything the parser says, plus what only matters to the people who keep
// the logs (an action nobody owns). Pure over parsed meetings.
import type { Diagnostic, Meeting } from './types.js';
import { diagnostic } from './errors.js';

/** Problems worth fixing in the logs beyond what parsing reports. */
export function lintMeetings(meetings: Meeting[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const m of meetings) {
    for (const item of m.items) {
      if (item.kind !== 'action' || (item.assignees?.length ?? 0) > 0) continue;
      const text = item.text.length > 60 ? `${item.text.slice(0, 59)}…` : item.text;
      found.push(
        diagnostic(m.source.file, item.line, 'warning', `action "${text}" has no owner: no attendee is named in it; start it with the nick of whoever does it: "#action NICK ${item.text.slice(0, 20)}…"`),
      );
    }
  }
  return found;
}

export type Level = Diagnostic['level'];
const RANK: Record<Level, number> = { error: 0, warning: 1, info: 2 };

/** Diagnostics at `level` or worse, in file and line order, each once. */
export function reportable(diagnostics: Diagnostic[], level: Level): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics
    .filter((d) => RANK[d.level] <= RANK[level])
    .filter((d) => {
      const key = `${d.file}\0${d.line}\0${d.level}\0${d.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
