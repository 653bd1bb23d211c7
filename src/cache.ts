// The parse cache: a log's parse result stored under a hash of everything
// the result depends on (the parser's own code, the options, the file's
// path and bytes), so an unchanged log is never parsed twice. Entries that
// cannot be read are parsed again: a cache can be deleted at any time.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LineSpan, ParseResult } from './pipeline.js';

/** Default cache folder, relative to the working directory (the Pages workflow keeps it between runs). */
export const DEFAULT_CACHE_DIR = path.join('.cache', 'minutebook');

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The parts of the code a parse result depends on (test/cache.test.ts checks that every module parsing imports is among them). */
export const PARSER_CODE = ['decode', 'frontmatter', 'closest', 'timeline', 'relays', 'pipeline', 'errors', 'types', 'lines', 'exports', 'meeting'];

let fingerprint: string | undefined;

/** A hash of the parser's code: a new minutebook (or an edited parser) never reads an old entry. */
export function parserFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const add = (file: string) => {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) for (const f of fs.readdirSync(file).sort()) add(path.join(file, f));
    else if (/\.(js|ts)$/.test(file)) hash.update(path.relative(HERE, file)).update(fs.readFileSync(file));
  };
  for (const name of PARSER_CODE) {
    for (const candidate of [path.join(HERE, name), path.join(HERE, `${name}.js`), path.join(HERE, `${name}.ts`)]) {
      if (fs.existsSync(candidate)) add(candidate);
    }
  }
  return (fingerprint = hash.digest('hex').slice(0, 16));
}

export interface ParseKey {
  /** The path as given to the parser (it is written into the result). */
  file: string;
  relPath: string;
  timezone?: string;
  /** The id of what other files say about the log (pipeline.ts ParseOptions.logContext: a Slack export's users, a summary beside it). */
  context?: string;
  bytes: Uint8Array;
}

/** Bumped when an entry's shape changes: entries of another shape are never read. */
const ENTRY_FORMAT = 3;

export function cacheKey(k: ParseKey): string {
  return createHash('sha256')
    .update(`${ENTRY_FORMAT}\0${parserFingerprint()}\0${k.file}\0${k.relPath}\0${k.timezone ?? ''}\0${k.context ?? ''}\0`)
    .update(k.bytes)
    .digest('hex');
}

/**
 * A parse result without its meetings' lines (line-store.ts reads them
 * again when they are needed): an entry is a few kilobytes, so a build that
 * reads ten thousand of them spends milliseconds, not seconds, on it.
 */
export interface CacheEntry {
  result: ParseResult;
  /** Each meeting's number of lines. */
  lineCounts: number[];
  /** Where each meeting's lines lie in the log (pipeline.ts spanOf): line-store.ts reads them back by it. */
  spans: LineSpan[];
  /** Each meeting's nicks (search/keys.ts nicksOf), for the search index's keys without the lines. */
  nicks?: string[][];
}

export interface ParseCache {
  get(key: string): Promise<CacheEntry | undefined>;
  /** Stores an entry, as entryJson() writes it; never rejects. Entries being stored may be read only once it settles. */
  set(key: string, json: string): Promise<void>;
  /**
   * The key a file had when it was last read, if it has not been touched
   * since (same size, modification and change times, inode), so an unchanged
   * log is neither read nor hashed: at 10,000 logs that is most of a build
   * with nothing to do. The key is still the hash of the bytes. Recorded
   * under everything else the key depends on (the file as named, its path
   * in the logs folder): the same log read as logs/x and as /abs/logs/x has
   * two keys, its meetings two `source.file`s.
   */
  knownKey(k: Omit<ParseKey, 'bytes'>, stat: fs.Stats): string | undefined;
  remember(k: Omit<ParseKey, 'bytes'>, stat: fs.Stats, key: string): void;
  /** Writes what remember() learnt. */
  flush(): Promise<void>;
}

/** An entry as the cache keeps it: JSON, the meetings without their lines. */
export function entryJson({ result, lineCounts, spans, nicks }: CacheEntry): string {
  const stripped = { ...result, meetings: result.meetings.map((m) => ({ ...m, lines: [] })) };
  return JSON.stringify({ result: stripped, lineCounts, spans, nicks });
}

/** A log modified less than this long ago is not remembered by its stat (remember). */
const RACY_MS = 2000;

/** Where the stat memo keeps a log: its absolute path, and every part of its key but the bytes. */
const memoKey = (k: Omit<ParseKey, 'bytes'>) => JSON.stringify([path.resolve(k.file), k.file, k.relPath, k.timezone ?? '', k.context ?? '']);
const statOf = (s: fs.Stats) => `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;

/** A cache in `dir`; every failure to read or write is a miss, never an error. */
export function parseCache(dir: string): ParseCache {
  const fileOf = (key: string) => path.join(dir, 'parse', key.slice(0, 2), `${key}.json`);
  const statsFile = path.join(dir, 'files.json');
  let stats: Record<string, [string, string]> = {};
  try {
    const saved = JSON.parse(fs.readFileSync(statsFile, 'utf8')) as { parser: string; files: Record<string, [string, string]> };
    if (saved.parser === parserFingerprint()) stats = saved.files;
  } catch {
    // No record yet: every log is read and hashed.
  }
  let learnt = false;
  let written = 0;
  return {
    knownKey(k, stat) {
      const known = stats[memoKey(k)];
      return known && known[0] === statOf(stat) ? known[1] : undefined;
    },
    remember(k, stat, key) {
      // Written just now: a write later in the same tick of the file system's clock, of the same size, would
      // leave the same stat and this key would stand for bytes it was not made from (git's "racily clean").
      // Such a file is read and hashed again next time, until it is older.
      if (Date.now() - stat.mtimeMs < RACY_MS) return;
      const at = memoKey(k);
      if (stats[at]?.[1] === key && stats[at][0] === statOf(stat)) return;
      stats[at] = [statOf(stat), key];
      learnt = true;
    },
    async flush() {
      if (!learnt) return;
      try {
        await fsp.mkdir(dir, { recursive: true });
        const temp = `${statsFile}.${process.pid}.tmp`;
        await fsp.writeFile(temp, JSON.stringify({ parser: parserFingerprint(), files: stats }));
        await fsp.rename(temp, statsFile);
      } catch {
        // Costs speed next time, not this build.
      }
    },
    async get(key) {
      try {
        // Synchronous on purpose: an incremental build reads thousands of entries, and through promises
        // that costs three times as long (3.5 s against 1.2 s at 10,000 logs).
        const entry = JSON.parse(fs.readFileSync(fileOf(key), 'utf8')) as CacheEntry;
        if (!Array.isArray(entry?.result?.meetings) || !Array.isArray(entry.lineCounts) || !Array.isArray(entry.spans)) return undefined;
        if (entry.spans.length !== entry.lineCounts.length) return undefined;
        if (!Array.isArray(entry.nicks) || entry.nicks.length !== entry.lineCounts.length) delete entry.nicks;
        return entry;
      } catch {
        return undefined;
      }
    },
    async set(key, json) {
      const file = fileOf(key);
      // Written aside and renamed: a reader never sees half an entry. Through the thread pool, so the caller can
      // parse the next log meanwhile (read-logs.ts does not wait for each write).
      const temp = `${file}.${process.pid}.${++written}.tmp`;
      try {
        try {
          await fsp.writeFile(temp, json);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
          await fsp.mkdir(path.dirname(file), { recursive: true });
          await fsp.writeFile(temp, json);
        }
        await fsp.rename(temp, file);
      } catch {
        // A read-only or full disk costs speed, not the build.
        await fsp.rm(temp, { force: true }).catch(() => {});
      }
    },
  };
}

/** No cache: every log is parsed. */
export const NO_CACHE: ParseCache = { get: async () => undefined, set: async () => {}, knownKey: () => undefined, remember: () => {}, flush: async () => {} };
