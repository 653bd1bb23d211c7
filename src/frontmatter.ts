// Optional YAML front matter at the top of a log or a series notes file.
// Only a first line that is exactly "---" opens it: irssi's "--- Log opened"
// must not be mistaken for front matter.
import { createRequire } from 'node:module';
import type grayMatter from 'gray-matter';
import type { CalendarDate, Diagnostic } from './types.js';
import { clipped, diagnostic } from './errors.js';
import { dateOf } from './lines/shared.js';
import { closest } from './closest.js';
import { aliasConflicts } from './meeting/aliases.js';

export interface FrontMatter {
  title?: string;
  series?: string;
  date?: CalendarDate;
  timezone?: string;
  tags: string[];
  /** alias → canonical nick */
  aliases: Record<string, string>;
}

export interface FrontMatterResult {
  meta: FrontMatter;
  /** How many lines at the top of the file the front matter took (0 when none). */
  lineCount: number;
  diagnostics: Diagnostic[];
}

const EMPTY: FrontMatter = { tags: [], aliases: {} };

const require = createRequire(import.meta.url);
let loaded: typeof grayMatter | undefined;
/**
 * gray-matter, loaded when a file first has front matter: most logs have
 * none, and loading it (with js-yaml) took 60 ms of every start-up, each
 * page worker's too.
 */
export const matter = (): typeof grayMatter => (loaded ??= require('gray-matter') as typeof grayMatter);

export function readFrontMatter(lines: readonly string[], file: string): FrontMatterResult {
  if (lines[0]?.trimEnd() !== '---') return { meta: { ...EMPTY }, lineCount: 0, diagnostics: [] };
  const close = frontMatterEnd(lines);
  if (close < 0) {
    return {
      meta: { ...EMPTY },
      lineCount: 0,
      diagnostics: [diagnostic(file, 1, 'warning', 'front matter opened with "---" is never closed; read as log lines')],
    };
  }
  const diagnostics: Diagnostic[] = [];
  let data: Record<string, unknown> = {};
  try {
    data = matter()(lines.slice(0, close + 1).join('\n'), {}).data;
  } catch (err) {
    const { line, reason } = yamlProblem(err);
    diagnostics.push(diagnostic(file, line, 'error', `front matter is not valid YAML: ${reason}`));
  }
  const source = new Source(lines.slice(0, close));
  const warn = (line: number, message: string) => diagnostics.push(diagnostic(file, line, 'warning', message));
  return { meta: interpret(data, source, file, diagnostics, warn), lineCount: close + 1, diagnostics };
}

/** The index of the line that closes front matter opened on the first ("---" or "..."); -1 when none does. */
export function frontMatterEnd(lines: readonly string[]): number {
  return lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
}

const KNOWN_KEYS = ['title', 'series', 'date', 'timezone', 'tags', 'aliases'];
/** Read as aliases when there are none; not suggested for a misspelt key. */
const OLD_KEYS = ['nicks'];
/**
 * Keys Jekyll posts (Monero's meeting logs) and scribejs minutes (W3C's) carry for their own site:
 * not ours, not mistakes either, so not warned of in every such log.
 */
const OTHER_TOOLS_KEYS = ['layout', 'permalink', 'published', 'category', 'categories', 'author', 'summary', 'excerpt', 'json-ld'];

type Warn = (line: number, message: string) => void;

/**
 * A warning, at its line, for each key of front matter `data` that is not `known` (nor another tool's):
 * a series' notes (site/notes.ts) as a log's front matter. `lines`: the file's, its opening "---" first.
 */
export function unknownKeys(data: Record<string, unknown>, lines: readonly string[], known: readonly string[]): { line: number; message: string }[] {
  return unknownKeysIn(data, new Source(lines.slice(0, Math.max(frontMatterEnd(lines), 0))), known);
}

function unknownKeysIn(data: Record<string, unknown>, source: Source, known: readonly string[], allowed: readonly string[] = []): { line: number; message: string }[] {
  return Object.keys(data)
    .filter((key) => !known.includes(key) && !allowed.includes(key) && !OTHER_TOOLS_KEYS.includes(key))
    .map((key) => {
      const near = closest(key, [...known]);
      return { line: source.line(key), message: `unknown front matter key "${clipped(key, 41)}" ignored${near ? ` (did you mean "${near}"?)` : ''}; known keys: ${known.join(', ')}` };
    });
}

function interpret(data: Record<string, unknown>, source: Source, file: string, diagnostics: Diagnostic[], warn: Warn): FrontMatter {
  const meta: FrontMatter = { tags: [], aliases: {} };
  for (const { line, message } of unknownKeysIn(data, source, KNOWN_KEYS, OLD_KEYS)) warn(line, message);
  const text = (key: string): string | undefined => {
    const v = data[key];
    if (v instanceof Date) return source.written(key) ?? undefined; // "title: 2024-03-05" is the text written, not a Date
    if (typeof v === 'string' || typeof v === 'number') return String(v).trim();
    if (v !== undefined && v !== null) warn(source.line(key), `front matter ${key} must be text; ${preview(v)} ignored`);
    return undefined;
  };
  meta.title = text('title') || undefined;
  meta.series = text('series') || undefined;
  meta.date = dateValue(data.date, source.written('date'));
  if (data.date !== undefined && !meta.date) {
    const written = data.date instanceof Date ? source.written('date') : undefined;
    const shown = written !== undefined ? JSON.stringify(clipped(written, 41)) : preview(data.date);
    warn(source.line('date'), `front matter date ${shown} is not a YYYY-MM-DD date${/^\d{4}-\d\d?-\d\d?/.test(written ?? (typeof data.date === 'string' ? data.date : '')) ? ' (no such day)' : ''}; ignored`);
  }
  const tz = text('timezone');
  if (tz) {
    if (validTimeZone(tz)) meta.timezone = tz;
    else diagnostics.push(diagnostic(file, source.line('timezone'), 'error', `unknown time zone "${tz}" in front matter: use an IANA name such as Europe/Berlin`));
  }
  const tags = data.tags;
  if (Array.isArray(tags)) {
    // Only scalars: a nested list could be a YAML alias bomb that String() would flatten into gigabytes.
    meta.tags = tags.filter(isScalar).map(String);
    if (meta.tags.length < tags.length) {
      warn(source.line('tags'), `front matter tags: ${tags.length - meta.tags.length} that are not plain text ignored`);
    }
  } else if (typeof tags === 'string') meta.tags = tags.split(/[,\s]+/).filter(Boolean);
  else if (typeof tags === 'number' || typeof tags === 'boolean') meta.tags = [String(tags)];
  else if (tags !== undefined && tags !== null) warn(source.line('tags'), `front matter tags must be a list such as [planning, q2]; ${preview(tags)} ignored`);
  const aliasKey = data.aliases !== undefined ? 'aliases' : 'nicks';
  meta.aliases = aliasesOf(data[aliasKey], (message, nick) => warn(source.line(aliasKey, nick), `front matter ${aliasKey}${nick === undefined ? ' ' : ': '}${message}`));
  return meta;
}

/**
 * The front matter's text, to place a warning at the line of its key and to read a value as written
 * (YAML makes 2024-02-30 a Date of March 1st).
 */
class Source {
  constructor(private readonly lines: readonly string[]) {}

  /** The line of a top-level key, or of `nested` under it; the first line when not found (a key in {…}). */
  line(key: string, nested?: string): number {
    const at = this.index(key, 0, false);
    if (at < 0) return 1;
    if (nested === undefined) return at + 1;
    const under = this.index(nested, at + 1, true);
    return under < 0 ? at + 1 : under + 1;
  }

  /** A top-level key's value as written on its line: no quotes, no comment. */
  written(key: string): string | undefined {
    const at = this.index(key, 0, false);
    if (at < 0) return undefined;
    const value = this.lines[at].slice(this.lines[at].indexOf(':', keyEnd(this.lines[at], key)) + 1);
    return value.replace(/\s+#.*$/, '').trim() || undefined;
  }

  private index(key: string, from: number, indented: boolean): number {
    for (let i = from; i < this.lines.length; i++) {
      const line = this.lines[i];
      const indent = /^\s*/.exec(line)![0].length;
      if (indented && indent === 0 && line.trim() !== '' && !line.startsWith('#')) return -1; // the next top-level key
      if (indented !== indent > 0) continue;
      if (keyEnd(line, key) >= 0) return i;
    }
    return -1;
  }
}

/**
 * A YAML error in front matter (js-yaml's, through gray-matter): its reason, without the "at line 3,
 * column 1:" and snippet that count the YAML's own lines, and the file's line it is on (the opening
 * "---" is line 1).
 */
export function yamlProblem(err: unknown): { line: number; reason: string } {
  const e = err as { reason?: unknown; mark?: { line?: unknown } } | null;
  const line = typeof e?.mark?.line === 'number' ? e.mark.line + 1 : 1;
  const reason = typeof e?.reason === 'string' ? e.reason : String((err as Error | null)?.message ?? err).split('\n')[0];
  return { line, reason };
}

/** Where `key` (bare or quoted, then a colon) ends on a line; -1 when the line is not that key's. */
function keyEnd(line: string, key: string): number {
  const body = line.trimStart();
  const offset = line.length - body.length;
  for (const written of [key, JSON.stringify(key), `'${key}'`]) {
    if (body.startsWith(written) && /^\s*:(\s|$)/.test(body.slice(written.length))) return offset + written.length;
  }
  return -1;
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** A front matter value for a message, short whatever its size. */
function preview(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(clipped(v, 41));
  if (v instanceof Date) return 'an invalid date';
  if (Array.isArray(v)) return 'a list';
  return v !== null && typeof v === 'object' ? 'a mapping' : String(v);
}

/**
 * `aliases: { canonical: [alias, …] }` (or a single alias string) → alias → canonical. What is not
 * that shape, and aliases that conflict (aliasConflicts), are left out and told to `report`.
 */
export function aliasesOf(value: unknown, report: (message: string, nick?: string) => void = () => {}): Record<string, string> {
  const out: Record<string, string> = {};
  if (value === undefined || value === null) return out;
  if (typeof value !== 'object' || Array.isArray(value)) {
    report(`must be a mapping of each person's nick to their other nicks, such as "alice: [alice_, ali]"; ${preview(value)} ignored`);
    return out;
  }
  const lists: Record<string, string[]> = {};
  for (const [canonical, aliases] of Object.entries(value as Record<string, unknown>)) {
    const list = Array.isArray(aliases) ? aliases : [aliases];
    const nicks = list.filter((a) => (typeof a === 'string' && a !== '') || typeof a === 'number').map(String);
    const dropped = list.length - nicks.length;
    if (dropped) report(`"${clipped(canonical, 41)}": ${dropped === 1 ? '1 item that is not a nick' : `${dropped} items that are not nicks`} ignored; give a nick or a list of nicks`, canonical);
    Object.defineProperty(lists, canonical, { value: nicks, enumerable: true, writable: true, configurable: true });
  }
  const conflicts = aliasConflicts(lists);
  const told = new Set<string>();
  for (const c of conflicts) {
    if (!told.has(c.message)) report(`${c.message}; ignored`, c.canonical);
    told.add(c.message);
  }
  for (const [canonical, aliases] of Object.entries(lists)) {
    for (const alias of aliases) {
      if (conflicts.some((c) => c.canonical === canonical && c.alias === alias)) continue;
      // Defined, not assigned: "__proto__" is a valid nick, and `out[alias] =` would drop it.
      Object.defineProperty(out, alias, { value: canonical, enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

/** A date as written ("2024-02-30" is no date, though YAML makes it March 1st), or a YAML Date's when the text is not found. */
function dateValue(v: unknown, written: string | undefined): CalendarDate | undefined {
  const text = v instanceof Date ? written : v;
  if (v instanceof Date && text === undefined) {
    return Number.isNaN(v.getTime()) ? undefined : { y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() };
  }
  const m = typeof text === 'string' ? /^(\d{4})-(\d\d?)-(\d\d?)/.exec(text) : null;
  const date = m && (v instanceof Date || (m[2].length === 2 && m[3].length === 2)) ? dateOf(m[1], m[2], m[3]) : undefined;
  return date && date.d <= new Date(Date.UTC(date.y, date.m, 0)).getUTCDate() ? date : undefined;
}

export function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
