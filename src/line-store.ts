// Keeping an archive's log lines out of memory between the phases that need
// them. At 10,000 meetings the lines are three million objects, most of the
// build's memory; the model and the rollups need only their count. The build
// lets each log's lines go as soon as it is parsed (read-logs.ts), and loads
// them again a run of meetings at a time: a year of them for the search
// index, a thousand for the data files and log pages. It loads them by
// reading the log's lines again (parsing is deterministic, and cheaper than
// keeping or caching the objects), without interpreting its meetings again:
// where each meeting's lines lie is kept from the parse (pipeline.ts spanOf).
import fs from 'node:fs';
import type { LogContext, Meeting } from './types.js';
import { meetingLines, type LineSpan } from './pipeline.js';
import { cacheKey } from './cache.js';
import { MinutebookError } from './errors.js';

export interface LineSource {
  /** The path the log was parsed under, and its path in the logs folder. */
  file: string;
  relPath: string;
  /** The parse key of the bytes the meeting came from: a log edited meanwhile is caught. */
  key: string;
  /** How many lines it has. */
  count: number;
  /** Where they lie in the log. */
  span: LineSpan;
  /** Its nicks (search/keys.ts nicksOf), when known without its lines: parsed now, or kept in its cache entry. */
  nicks?: string[];
  /** What other files said about the log when it was parsed (read-logs.ts): a Slack export's users, a summary beside it. */
  logContext?: LogContext;
}

export interface LineStore {
  /** How many lines the meeting has, whether they are loaded or not. */
  count(m: Meeting): number;
  /** Lets the meetings' lines go (their count stays known). */
  drop(meetings: Meeting[]): void;
  /** Gives the meetings their lines again, reading each log once. */
  load(meetings: Meeting[]): void;
}

/** Meetings read from the parse cache come without their lines: they start dropped. */
export function lineStore(sources: ReadonlyMap<string, LineSource>, all: Meeting[]): LineStore {
  const dropped = new Set(all.filter((m) => m.lines.length !== sources.get(m.id)!.count).map((m) => m.id));
  return {
    count: (m) => sources.get(m.id)?.count ?? m.lines.length,
    drop(meetings) {
      for (const m of meetings) {
        if (dropped.has(m.id)) continue;
        m.lines = [];
        dropped.add(m.id);
      }
    },
    load(meetings) {
      const byFile = new Map<string, Meeting[]>();
      for (const m of meetings) {
        if (!dropped.has(m.id)) continue;
        const file = sources.get(m.id)!.file;
        let list = byFile.get(file);
        if (!list) byFile.set(file, (list = []));
        list.push(m);
      }
      for (const [file, list] of byFile) {
        const { relPath, key, logContext } = sources.get(list[0].id)!;
        const bytes = fs.readFileSync(file);
        if (cacheKey({ file, relPath, context: logContext?.id, bytes }) !== key) {
          throw new MinutebookError(`${file} changed while the site was being built; build again`);
        }
        const lines = meetingLines(bytes, file, { relPath, logContext }, list.map((m) => sources.get(m.id)!.span));
        list.forEach((m, k) => {
          m.lines = lines[k];
          dropped.delete(m.id);
        });
      }
    },
  };
}
