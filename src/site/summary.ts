// The data files the build writes before any page: one file per meeting and
// an index. These shapes are part of the documented data format
// (docs/data-format.md); SCHEMA_VERSION changes when they do.
import type { Meeting } from '../types.js';
import { SCHEMA_VERSION } from '../types.js';
import { diagnostic } from '../errors.js';
import { dataFilePath, minutesPath } from './paths.js';

export interface MeetingFile {
  schemaVersion: number;
  meeting: Meeting;
}

export interface MeetingSummary extends Pick<Meeting, 'id' | 'series' | 'title' | 'start' | 'end' | 'ended' | 'undated' | 'untimed'> {
  /** The meeting's data file, relative to the data folder; null when the site has none (settings `downloads`). */
  data: string | null;
  /** The minutes page, relative to the site root. */
  page: string;
  topics: number;
  actions: number;
  people: number;
  lines: number;
}

export interface IndexFile {
  schemaVersion: number;
  generator: string;
  /** Newest first. */
  meetings: MeetingSummary[];
  diagnostics: { errors: number; warnings: number; infos: number };
}

/**
 * A meeting's data file. Its log, and any file its diagnostics name in the
 * logs folder, go by their path in that folder (`relPath`: the log's), not
 * the path the build read them under (`meeting.source.file`, which names
 * them in the build's own messages): a site built from another folder, or
 * from a folder given by its absolute path, holds the same bytes, and no
 * path of the builder's disk.
 */
export function meetingFile(meeting: Meeting, relPath: string): MeetingFile {
  const file = meeting.source.file;
  const root = file.endsWith(relPath) ? file.slice(0, file.length - relPath.length) : null;
  const published = (f: string) => (f === file ? relPath : root && f.startsWith(root) ? f.slice(root.length) : f);
  const diagnostics = meeting.diagnostics.map((d) => {
    const named = published(d.file);
    return named === d.file ? d : { ...d, file: named };
  });
  return { schemaVersion: SCHEMA_VERSION, meeting: { ...meeting, source: { ...meeting.source, file: relPath }, diagnostics } };
}

export function summaryOf(m: Meeting, lines = m.lines.length, dataFile = true): MeetingSummary {
  return {
    id: m.id,
    series: m.series,
    title: m.title,
    start: m.start,
    end: m.end,
    ended: m.ended,
    // As in the meeting itself: present (true) only when so, so a reader of the index alone can tell 1970 is no date.
    ...(m.undated ? { undated: true as const } : {}),
    ...(m.untimed ? { untimed: true as const } : {}),
    data: dataFile ? dataFilePath(m.id).slice('data/'.length) : null,
    page: minutesPath(m.id),
    topics: m.topics.length,
    actions: m.items.filter((i) => i.kind === 'action').length,
    people: m.people.length,
    lines,
  };
}

/** Newest first; meetings that start at the same moment go by id. */
export function newestFirst(a: Pick<Meeting, 'start' | 'id'>, b: Pick<Meeting, 'start' | 'id'>): number {
  return a.start < b.start ? 1 : a.start > b.start ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function indexFile(meetings: Meeting[], version: string, lineCount = (m: Meeting) => m.lines.length, dataFiles = true): IndexFile {
  const count = { errors: 0, warnings: 0, infos: 0 };
  for (const m of meetings) {
    for (const d of m.diagnostics) count[`${d.level}s` as keyof typeof count]++;
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: `minutebook ${version}`,
    meetings: [...meetings].sort(newestFirst).map((m) => summaryOf(m, lineCount(m), dataFiles)),
    diagnostics: count,
  };
}

/**
 * Two meetings with the same id (two logs of one meeting, or two meetings
 * started in one minute) would write one page: later ones, in file order,
 * get "-2", "-3"…, with a warning on each.
 */
export function uniqueIds(meetings: Meeting[]): Meeting[] {
  const taken = new Set<string>();
  return meetings.map((m) => {
    if (!taken.has(m.id)) {
      taken.add(m.id);
      return m;
    }
    let n = 2;
    while (taken.has(`${m.id}-${n}`)) n++;
    const id = `${m.id}-${n}`;
    taken.add(id);
    const warning = diagnostic(m.source.file, m.source.firstLine, 'warning', `another meeting already has the id ${m.id}; this one is ${id}`);
    return { ...m, id, diagnostics: [...m.diagnostics, warning] };
  });
}
