// Reading the logs folder: which files are logs, their parse results (from
// the cache when the bytes are unchanged), and the series notes. Problems
// with a file are diagnostics on that file; the other logs still build.
import fs from 'node:fs/promises';
import fsSync from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Diagnostic, LogContext, Meeting } from './types.js';
import { diagnostic, MinutebookError } from './errors.js';
import { parseLog, spanOf, type LineSpan, type ParseResult } from './pipeline.js';
import { cacheKey, entryJson, NO_CACHE, type CacheEntry, type ParseCache } from './cache.js';
import type { ReadNotes } from './site/notes.js';
import { uniqueIds } from './site/summary.js';
import { breather, type Progress } from './progress.js';
import type { LineSource } from './line-store.js';
import { nicksOf } from './search/keys.js';
import { SLACK_LISTS, slackUsers } from './exports/slack.js';
import { logTree, type TreeOptions } from './log-tree.js';
import { readWrittenSummary, SUMMARY_EXTENSION, summariesAmong, summaryPathOf } from './written-summary.js';

/**
 * Files that sit among logs but are not logs: series notes, a repository's
 * README, LICENSE and the like, images, PDFs and archives, and the lists a
 * Slack export keeps beside its channels' folders (src/exports/slack.ts).
 * Matched in any case (readme.md, License.txt, photo.PNG), by name. One
 * expression, not a glob pattern each: fast-glob tried every entry against
 * the 40-odd patterns the globs expand to, 0.13 s of every build at 10,000
 * logs.
 */
const NOT_A_LOG = new RegExp(
  `^(?:${[
    '.*\\.series\\.md',
    'readme.*',
    // The name alone, or with a text extension: "license-review.log" is a log.
    '(?:license|licence|copying|notice|authors|changelog|changes|contributing|code_of_conduct)(?:\\.md|\\.txt|\\.rst|\\.markdown)?',
    '.*\\.(?:png|jpg|jpeg|gif|svg|webp|ico|pdf|zip|gz|tgz|bz2|xz|7z|tar)',
    ...SLACK_LISTS.map((name) => name.replaceAll('.', '\\.')),
  ].join('|')})$`,
  'i',
);

/** The entry (a file, or a folder ending in "/") is named as what is not a log. A folder so named is still read (as fast-glob's ignore did). */
const notALog = (rel: string): boolean => NOT_A_LOG.test(rel.slice(rel.lastIndexOf('/', rel.length - 2) + 1, rel.endsWith('/') ? -1 : undefined));

/** Names that say "a log": a folder so named is a mistake worth a word. */
const LOG_NAME = /\.(log|txt|md)$/i;
/** Larger files are read, but a diagnostic says why the build may be slow. */
export const LARGE_LOG_BYTES = 64 * 1024 * 1024;

export interface LogList {
  files: string[];
  /** Every file of the logs folder, logs or not (notes, summaries, users.json), each once: for readNotes and readAndParse (`listed`), which need not walk it again. */
  listed: string[];
  diagnostics: Diagnostic[];
}

/** The settings' `ignore`, and the logs folder's files as listLogs found them (walked again when not given). */
export interface Listed extends TreeOptions {
  listed?: readonly string[];
}

/** Files in the logs folder that are logs, relative to it, sorted; and diagnostics for what looks wrong. What `ignore` names is not listed. */
export async function listLogs(logsDir: string, options: TreeOptions = {}): Promise<LogList> {
  const stat = await fs.stat(logsDir).catch(() => null);
  if (stat && !stat.isDirectory()) {
    // A log named where its folder goes: creating the folder is not the way out.
    throw new MinutebookError(`logs folder "${logsDir}" is a file, not a folder: give the folder your meeting logs are in (--logs DIR), or read this one log with minutebook parse ${logsDir}`);
  }
  if (!stat) {
    throw new MinutebookError(`logs folder "${logsDir}" not found: create it and put your meeting logs in it, or pass --logs DIR`);
  }
  const { entries, diagnostics } = await logTree(logsDir, options);
  const files: string[] = [];
  for (const e of entries) {
    if (notALog(e)) continue;
    if (!e.endsWith('/')) files.push(e);
    else if (LOG_NAME.test(e.slice(0, -1))) {
      diagnostics.push(diagnostic(path.join(logsDir, e.slice(0, -1)), 0, 'warning', 'is a folder, not a log; the files inside it are read as logs'));
    }
  }
  // Beside the logs, what is no log: MeetBot's own output, and summaries people wrote (read with their log: logContexts).
  const beside = new Set([...meetbotOutputs(files), ...summariesAmong(files)]);
  const logs = beside.size ? files.filter((f) => !beside.has(f)) : files;
  if (logs.length === 0) {
    // An empty site is built all the same (a new archive's first push); the reader of the build's output learns why.
    diagnostics.push(diagnostic(logsDir, 0, 'warning', 'holds no log, so the site has no meeting: put your meeting logs in it, a folder per series (README, "Adding logs"); READMEs, licences, images and series notes are not read as logs'));
  }
  return { files: logs, listed: entries.filter((e) => !e.endsWith('/')), diagnostics };
}

/** What MeetBot writes beside NAME.log.txt besides it: its minutes and its log page. */
const MEETBOT_OUTPUTS = ['.html', '.txt', '.rst', '.rst.html', '.mw.txt', '.log.html'];

/**
 * MeetBot's own outputs among the files, beside the raw log they were made
 * from (a folder of MeetBot's output copied whole): NAME.html, NAME.txt…
 * beside NAME.log.txt, and NAME.log.html too (the raw log is read, not its
 * page). Beside a NAME.log.html with no NAME.log.txt, its minutes only: the
 * page is then the log (lines/meetbot-html.ts).
 */
export function meetbotOutputs(files: readonly string[]): Set<string> {
  const outputs = new Set<string>();
  const all = new Set(files);
  for (const f of files) {
    const raw = f.endsWith('.log.txt');
    const name = raw ? f.slice(0, -'.log.txt'.length) : f.endsWith('.log.html') ? f.slice(0, -'.log.html'.length) : null;
    if (name === null || (!raw && all.has(`${name}.log.txt`))) continue;
    for (const ext of MEETBOT_OUTPUTS) if (ext !== '.log.html' || raw) outputs.add(name + ext);
  }
  return outputs;
}

export interface ParsedLogs {
  meetings: Meeting[];
  diagnostics: Diagnostic[];
  /** meeting id → the parse it came from and its place in the file (for incremental builds). */
  parseKeys: Map<string, string>;
  /** meeting id → where its lines can be read again (line-store.ts). */
  sources: Map<string, LineSource>;
  /** Logs parsed now, and logs read from the cache. */
  parsed: number;
  cached: number;
}

/** Cache entries being written at once, at most. */
const STORING = 64;

export interface ReadOptions extends Listed {
  /**
   * false: each meeting's lines are let go once its log is parsed (their
   * count is in `sources`; line-store.ts reads them back). Default true.
   */
  keepLines?: boolean;
  /** The settings' `relays` (relays.ts): part of every log's context, so of its parse's cache key. */
  relays?: Record<string, boolean>;
  /** The settings' `aliases`: part of every log's context (an action naming an alias is its person's), so of its parse's cache key. */
  aliases?: Record<string, string[]>;
}

export async function readAndParse(logsDir: string, relPaths: string[], cache: ParseCache = NO_CACHE, progress?: Progress, options: ReadOptions = {}): Promise<ParsedLogs> {
  const keepLines = options.keepLines ?? true;
  const meetings: Meeting[] = [];
  const diagnostics: Diagnostic[] = [];
  const keys: string[] = [];
  const from: LineSource[] = [];
  let parsed = 0;
  let cached = 0;
  const storing: Promise<void>[] = [];
  const record = (file: string, rel: string, key: string, result: ParseResult, counts: number[], spans: LineSpan[], nicks: string[][] | undefined, logContext: LogContext | undefined) => {
    result.meetings.forEach((m, k) => {
      meetings.push(m);
      keys.push(`${key}:${k}`);
      from.push({ file, relPath: rel, key, count: counts[k], span: spans[k], ...(nicks ? { nicks: nicks[k] } : {}), ...(logContext ? { logContext } : {}) });
    });
    for (const d of result.diagnostics) diagnostics.push(d);
  };
  const contextOf = withSettings(await logContexts(logsDir, relPaths, diagnostics, options), options.relays, options.aliases);
  // Reading the cache's entries and parsing are synchronous: now and then the event loop runs (a Ctrl-C).
  const breathe = breather();
  try {
    for (const rel of relPaths) {
      const file = path.join(logsDir, rel);
      const pause = breathe();
      if (pause) await pause;
      progress?.tick();
      const logContext = contextOf(rel);
      const at = { file, relPath: rel, context: logContext?.id };
      let bytes: Buffer | undefined;
      let stat: Stats;
      try {
        stat = fsSync.statSync(file);
        const known = cache.knownKey(at, stat);
        const entry = known ? await cache.get(known) : undefined;
        if (known && entry) {
          record(file, rel, known, entry.result, entry.lineCounts, entry.spans, entry.nicks, logContext);
          cached++;
          continue;
        }
        bytes = fsSync.readFileSync(file);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const hint = code === 'EACCES' || code === 'EPERM' ? ': check its permissions' : code === 'EISDIR' ? ': it is a folder' : '';
        diagnostics.push(diagnostic(file, 0, 'error', `cannot read the file (${code ?? err})${hint}; skipped, the other logs still build`));
        continue;
      }
      if (bytes.length > LARGE_LOG_BYTES) {
        diagnostics.push(diagnostic(file, 0, 'info', `large log (${Math.round(bytes.length / 1048576)} MB); read whole`));
      }
      const key = cacheKey({ ...at, bytes });
      cache.remember(at, stat, key);
      let result: ParseResult;
      let counts: number[];
      let spans: LineSpan[];
      let nicks: string[][] | undefined;
      const entry = await cache.get(key);
      if (entry) {
        ({ result, lineCounts: counts, spans, nicks } = entry);
        cached++;
      } else {
        result = parseLog(bytes, file, { relPath: rel, logContext });
        counts = result.meetings.map((m) => m.lines.length);
        spans = result.meetings.map(spanOf);
        parsed++;
        if (cache !== NO_CACHE || !keepLines) {
          nicks = result.meetings.map(nicksOf);
          const json = entryJson({ result, lineCounts: counts, spans, nicks });
          // Written while the next logs are parsed; a few dozen at most under way (each holds its entry's JSON).
          storing.push(cache.set(key, json));
          if (storing.length >= STORING) await Promise.all(storing.splice(0));
          // Read back rather than cut: a parsed meeting's texts are slices of its whole log's text, and keep
          // all of it alive (a third of a gigabyte at 10,000 logs); these are strings of their own.
          if (!keepLines) result = (JSON.parse(json) as CacheEntry).result;
        }
      }
      record(file, rel, key, result, counts, spans, nicks, logContext);
    }
  } finally {
    // Every entry written before the logs are handed on, or the build stops: no write outlives it.
    await Promise.all(storing);
  }
  await cache.flush();
  const before = meetings.map((m) => m.diagnostics.length);
  const unique = uniqueIds(meetings);
  const parseKeys = new Map(unique.map((m, k) => [m.id, keys[k]]));
  const sources = new Map(unique.map((m, k) => [m.id, from[k]]));
  // Duplicate-id warnings are added after parsing; gather them too.
  unique.forEach((m, k) => diagnostics.push(...m.diagnostics.slice(before[k])));
  return { meetings: unique, diagnostics, parseKeys, sources, parsed, cached };
}

/** The files in the logs folder, each once (its problems are said by listLogs): as listed, or walked. */
async function filesIn(logsDir: string, options: Listed): Promise<readonly string[]> {
  if (options.listed) return options.listed;
  const tree = await logTree(logsDir, { ignore: options.ignore }).catch(() => null);
  return tree ? tree.entries.filter((e) => !e.endsWith('/')) : [];
}

/** filesIn, listed on the first call only: the summaries and the Slack user lists of one read share a walk. */
function filesOnce(logsDir: string, options: Listed): () => Promise<readonly string[]> {
  let listed: Promise<readonly string[]> | undefined;
  return () => (listed ??= filesIn(logsDir, options));
}

/** Series notes (SERIES.series.md) anywhere in the logs folder, in path order; not those `ignore` names. */
export async function readNotes(logsDir: string, options: Listed = {}): Promise<ReadNotes[]> {
  // Listed as the logs are (log-tree.ts): a folder linked twice, or a link loop, gives its notes once.
  const files = (await filesIn(logsDir, options)).filter((rel) => rel.endsWith('.series.md'));
  const notes: ReadNotes[] = [];
  if (files.length === 0) return notes;
  // Loaded only for notes (markdown-it: 60 ms of a start-up).
  const { readSeriesNotes } = await import('./site/notes.js');
  for (const rel of files) notes.push(readSeriesNotes(await fs.readFile(path.join(logsDir, rel), 'utf8'), path.join(logsDir, rel)));
  return notes;
}

/**
 * What other files say about each log: a log with a summary people wrote
 * beside it (NAME.rst beside NAME.log: written-summary.ts) gets its title
 * and date; a JSON log in a Slack export gets the names users.json gives
 * its user ids (slackContexts).
 */
async function logContexts(logsDir: string, relPaths: string[], diagnostics: Diagnostic[], options: Listed): Promise<(rel: string) => LogContext | undefined> {
  const files = filesOnce(logsDir, options);
  const slack = await slackContexts(logsDir, relPaths, diagnostics, files);
  const summaries = new Map<string, LogContext>();
  // The summaries there are, found in one listing: a log without one costs no failed open (10,000 of them, 0.15 s).
  const written = relPaths.some((rel) => summaryPathOf(rel) !== null) ? new Set((await files()).filter((rel) => rel.endsWith(SUMMARY_EXTENSION))) : null;
  for (const rel of relPaths) {
    const summary = summaryPathOf(rel);
    if (summary === null || !written?.has(summary)) continue;
    const context = summaryContext(path.join(logsDir, summary), diagnostics);
    if (context) summaries.set(rel, context);
  }
  // A log is a .log or a .json, never both: one context or the other.
  return summaries.size ? (rel) => summaries.get(rel) ?? slack(rel) : slack;
}

/** Every log's context with the settings' relays and aliases in it (and in its id); the contexts as they are without either. */
export function withSettings(contextOf: (rel: string) => LogContext | undefined, relays: Record<string, boolean> | undefined, aliases: Record<string, string[]> | undefined): (rel: string) => LogContext | undefined {
  const parts: Pick<LogContext, 'relays' | 'aliases'> = {};
  if (relays && Object.keys(relays).length) parts.relays = sortedKeys(relays);
  if (aliases && Object.keys(aliases).length) parts.aliases = sortedKeys(aliases);
  if (!parts.relays && !parts.aliases) return contextOf;
  const id = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
  const name = `settings ${id}`;
  const alone: LogContext = { id: name, ...parts };
  // One object per other context (an export's, a summary's), made once.
  const withThem = new Map<LogContext, LogContext>();
  return (rel) => {
    const context = contextOf(rel);
    if (!context) return alone;
    let merged = withThem.get(context);
    if (!merged) withThem.set(context, (merged = { ...context, id: `${context.id} ${name}`, ...parts }));
    return merged;
  };
}

/** The object with its keys in order: the same settings give the same id whatever order the file lists them in. */
function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The context of a log with a written summary at `file`; undefined when there is none (and a warning when it cannot be read). */
function summaryContext(file: string, diagnostics: Diagnostic[]): LogContext | undefined {
  let text: string;
  try {
    text = fsSync.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') diagnostics.push(diagnostic(file, 0, 'warning', `cannot read the summary beside the log (${code ?? err}); the log is read without it`));
    return undefined;
  }
  const summary = readWrittenSummary(text, file);
  return { id: createHash('sha256').update(JSON.stringify(summary)).digest('hex').slice(0, 16), summary };
}

/**
 * The export context of each log: a JSON log in a Slack export (a folder
 * holding users.json, or under one) gets the names users.json gives its
 * user ids. Read once per export; a users.json that cannot be read or is no
 * list of users gets a warning, and its logs keep the names their messages
 * carry.
 */
async function slackContexts(logsDir: string, relPaths: string[], diagnostics: Diagnostic[], files: () => Promise<readonly string[]>): Promise<(rel: string) => LogContext | undefined> {
  if (!relPaths.some((rel) => rel.endsWith('.json'))) return () => undefined;
  const lists = (await files()).filter((rel) => rel === 'users.json' || rel.endsWith('/users.json'));
  const roots = new Map<string, LogContext>();
  for (const rel of lists) {
    const context = slackContext(path.join(logsDir, rel), diagnostics);
    if (!context) continue;
    const root = path.posix.dirname(rel.split(path.sep).join('/'));
    roots.set(root === '.' ? '' : `${root}/`, context);
  }
  if (roots.size === 0) return () => undefined;
  // The innermost export holding the log.
  const prefixes = [...roots.keys()].sort((a, b) => b.length - a.length);
  return (rel) => {
    if (!rel.endsWith('.json')) return undefined;
    const posix = rel.split(path.sep).join('/');
    const prefix = prefixes.find((p) => posix.startsWith(p));
    return prefix === undefined ? undefined : roots.get(prefix);
  };
}

/** The context a Slack export's users.json gives its logs; undefined (and a warning) when it is none. */
function slackContext(file: string, diagnostics: Diagnostic[]): LogContext | undefined {
  let users: Record<string, string> | null = null;
  try {
    users = slackUsers(fsSync.readFileSync(file, 'utf8'));
  } catch {
    // Unreadable: said below.
  }
  if (!users) {
    diagnostics.push(diagnostic(file, 0, 'warning', "not a Slack export's list of users (a JSON array of {id, name}); its channels' logs name people as their messages do"));
    return undefined;
  }
  return { id: createHash('sha256').update(JSON.stringify(users)).digest('hex').slice(0, 16), slackUsers: users };
}

/**
 * For `minutebook parse FILE`, which has no logs folder: the summary
 * beside a .log (NAME.rst), or the export a JSON file lies in, by the
 * users.json in its folder or the one above (a Slack export's day files
 * are CHANNEL/DAY.json).
 */
export function logContextOf(file: string, diagnostics: Diagnostic[]): LogContext | undefined {
  const summary = summaryPathOf(file);
  if (summary !== null) return summaryContext(summary, diagnostics);
  if (!file.endsWith('.json')) return undefined;
  const here = path.dirname(file);
  for (const dir of [here, path.dirname(here)]) {
    const users = path.join(dir, 'users.json');
    if (fsSync.existsSync(users) && path.resolve(users) !== path.resolve(file)) return slackContext(users, diagnostics);
  }
  return undefined;
}
