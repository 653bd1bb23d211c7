// Properties every parse must have, whatever the input: used over the
// fixtures, the whole corpus and (later) generated logs.
import { decode } from '../../src/decode.js';
import type { ParseResult } from '../../src/pipeline.js';

/** Problems found, as readable strings; empty when the parse is sound. */
export function invariantProblems(bytes: Uint8Array, result: ParseResult): string[] {
  const problems: string[] = [];
  const total = decode(bytes, result.file).lines.length;
  const seen = result.meetings.flatMap((m) => m.lines.map((l) => l.line));
  const skipped = result.meetings.length === 0 && result.diagnostics.some((d) => d.level === 'error' || d.message.startsWith('empty log'));
  if (!skipped) {
    const expected = total - result.frontMatterLines;
    if (seen.length !== expected) problems.push(`${seen.length} output lines for ${expected} input lines`);
    seen.forEach((n, i) => {
      if (n !== result.frontMatterLines + 1 + i && problems.length < 5) problems.push(`output line ${i} is input line ${n}`);
    });
  }
  for (const m of result.meetings) {
    const numbers = new Set(m.lines.map((l) => l.line));
    for (const item of m.items) {
      if (!numbers.has(item.line)) problems.push(`${m.id}: item on line ${item.line} is not one of the meeting's lines`);
      if (item.topic !== null && !m.topics[item.topic]) problems.push(`${m.id}: item on line ${item.line} points at a missing topic`);
    }
    if (!(m.start <= m.end)) problems.push(`${m.id}: start ${m.start} is after end ${m.end}`);
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(m.start)) problems.push(`${m.id}: start ${m.start} is not ISO UTC`);
  }
  return problems;
}
