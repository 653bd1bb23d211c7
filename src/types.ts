// Plain data shared by every stage of the pipeline. No classes, no methods:
// each stage takes these and returns these, so stages stay pure and testable.
// These types are the source of truth for docs/data-format.md.

/** Bumped whenever the JSON written by `build` changes shape. */
export const SCHEMA_VERSION = 1;

export type Level = 'error' | 'warning' | 'info';

/** A problem found in the input, always tied to a place in it. */
export interface Diagnostic {
  file: string;
  /** 1-based line in the file; 0 when the problem concerns the whole file. */
  line: number;
  level: Level;
  message: string;
}

export type LineKind = 'message' | 'action' | 'join' | 'part' | 'quit' | 'nick' | 'notice' | 'other';

export interface Clock {
  h: number;
  m: number;
  s: number;
}

export interface CalendarDate {
  y: number;
  /** 1-12 */
  m: number;
  d: number;
}

/** What one line format recognizes on one raw line, before dates are resolved. */
export interface ParsedLine {
  kind: LineKind;
  /** Who spoke, or whom a join/part/quit/nick line is about. */
  nick: string | null;
  /** The message; for status lines, the rest of the line after the nick. */
  text: string;
  /** Time of day as written in the log, if any. */
  clock: Clock | null;
  /** A full date carried by the line itself (ZNC, WeeChat, Limnoria…). */
  date?: CalendarDate;
  /** The line only announces a date ("--- Day changed", "--- Log opened"). */
  dayMarker?: boolean;
  /** For nick changes: the new nick. */
  newNick?: string;
  /** The line goes on with the message of the line before it (a chat export's message of several lines). */
  continues?: true;
}

/** One entry of the line format registry (src/lines/registry.ts). */
export interface LineFormat {
  /** Short stable id, e.g. "meetbot", "irssi". Written into the data files. */
  name: string;
  /** One line for docs and `--help`. */
  description: string;
  /** Recognize one line (already decoded, no line terminator) or say "not mine" with null. */
  parse(line: string): ParsedLine | null;
  /** Its lines give their own UTC offset and parse() turns them to UTC: no time zone setting applies. */
  utc?: true;
  /**
   * A file is read in this format only if one of the lines it reads in the sample is such a line
   * (untimed's "* nick action" alone is a bulleted list, not a chat log).
   */
  needs?(line: ParsedLine): boolean;
}

/** A line an export gives: a ParsedLine whose date and clock are UTC. */
export interface ExportLine extends ParsedLine {
  date: CalendarDate;
  clock: Clock;
}

/**
 * One entry of the registry of chat exports (src/exports/registry.ts): a
 * whole file of JSON (Slack's, Element's), read as one document, not line by
 * line. Its lines are numbered in the order it gives them.
 */
export interface ExportFormat {
  /** Short stable id, e.g. "slack". Written into the data files as the log's format. */
  name: string;
  /** One line for docs and `--help`. */
  description: string;
  /** The export's lines, oldest first as the export lists them; null when the document is not this export. */
  read(doc: unknown, context?: LogContext): ExportLine[] | null;
}

/**
 * What other files say about a log (read-logs.ts finds them): the names a
 * Slack export's users.json gives its user ids; the title and date of a
 * summary people wrote beside it (NAME.rst beside NAME.log). Plain data,
 * handed to the page workers as it is.
 */
export interface LogContext {
  /** A hash of what it holds: part of the parse's cache key. */
  id: string;
  /** Slack user id → the handle users.json gives it ("U012AB3CD" → "alice"). */
  slackUsers?: Record<string, string>;
  /** A written summary beside the log (written-summary.ts): its title and date stand in for front matter's. */
  summary?: WrittenSummary;
  /** The settings' `relays`: nick → a relay bot (true) or never one (false), whatever its lines' shape (relays.ts). */
  relays?: Record<string, boolean>;
  /** The settings' `aliases` (canonical → its other nicks): an action that names one is its person's (meeting/people.ts aliasNames). */
  aliases?: Record<string, string[]>;
}

/** What a summary written beside a log (NAME.rst) says of the meeting. */
export interface WrittenSummary {
  /** The summary's path, as diagnostics name it. */
  file: string;
  title?: string;
  date?: CalendarDate;
  /** The meeting's time in UTC when the title gives one ("@ 20:00 UTC"): compared with the log's clock (pipeline.ts). */
  utc?: Clock;
}

/** A line of the log as it appears in the output. */
export interface LogLine {
  /** 1-based line number in the source file. */
  line: number;
  /** ISO 8601 UTC, e.g. 2016-11-07T16:00:59Z; null when the log gives no time. */
  time: string | null;
  nick: string | null;
  kind: LineKind;
  text: string;
  /** For nick changes: the new nick. */
  newNick?: string;
  /** The line goes on with the message of the line before it: a chat export's message of several lines. */
  continues?: true;
  /** The relay bot that posted the line for `nick`, who said it on another network or service (relays.ts). */
  via?: string;
  /** Set on lines of the file that lie outside the meeting (before #startmeeting, after #endmeeting). */
  outside?: true;
}

export type ItemKind =
  | 'topic'
  | 'action'
  | 'info'
  | 'idea'
  | 'help'
  | 'link'
  | 'agreed'
  | 'accepted'
  | 'rejected'
  | 'vote'
  /** W3C scribe logs only: what the scribe recorded someone saying (`nick` is the speaker). */
  | 'said';

export interface Item {
  kind: ItemKind;
  text: string;
  nick: string;
  time: string | null;
  /** Source line number of the command (file line). */
  line: number;
  /** Index into `topics` of the topic this item stands under; null before the first topic. */
  topic: number | null;
  /** Actions only: the attendees named in the text; empty means unassigned. */
  assignees?: string[];
  /**
   * Actions only: those of `assignees` the text names by a variant of their nick ("oleg_nenashev" for
   * oleg-nenashev, "kohsuke_" for kohsuke), whom MeetBot's own rule does not find. Absent when none.
   */
  variantAssignees?: string[];
  /** Links only: the URL found in the text (may be a bare word, as in MeetBot). */
  url?: string;
}

export interface Topic {
  title: string;
  nick: string;
  time: string | null;
  line: number;
}

export interface Person {
  nick: string;
  /** Lines said inside the meeting, MeetBot's count (commands, /me and bot lines included). */
  lines: number;
}

export interface SourceRef {
  file: string;
  firstLine: number;
  lastLine: number;
  /** Line format detected for the file. */
  format: string;
}

export interface Meeting {
  /** SERIES/YYYY/SERIES.YYYY-MM-DD-HH.MM, MeetBot's naming. */
  id: string;
  series: string;
  title: string;
  /** ISO 8601 UTC. */
  start: string;
  /** ISO 8601 UTC; the last line's time when the meeting never ended. */
  end: string;
  ended: boolean;
  /**
   * true when the log gives no date at all (no "Meeting started" line, no date in its name or lines,
   * no front matter date): `start`, `end` and every time are on 1970-01-01, at the clock the log gave.
   * Absent otherwise.
   */
  undated?: true;
  /**
   * true when no line of the meeting gives a time (a Markdown or untimed log): `start` and `end` are
   * 00:00 of its date, which is no time of day, and pages show the date alone. Absent otherwise.
   */
  untimed?: true;
  /** Nick of the person who started the meeting; null for a log with no #startmeeting. */
  owner: string | null;
  /** Nick of the MeetBot instance, when one answered. */
  bot: string | null;
  source: SourceRef;
  chairs: string[];
  people: Person[];
  topics: Topic[];
  items: Item[];
  lines: LogLine[];
  /** W3C scribe logs only: who scribed ("scribe: ivan"), as first named, each once. */
  scribes?: string[];
  /** W3C scribe logs only: who sent regrets ("regrets+ ivan"), as first named, each once. */
  regrets?: string[];
  /** Front matter tags, if any. */
  tags: string[];
  /** Nick aliases from front matter: alias → canonical nick. */
  aliases: Record<string, string>;
  diagnostics: Diagnostic[];
}
